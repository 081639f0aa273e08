import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CatalogEvents,
  type SalaryBand,
  type SkillCreateRequest,
  type SkillUpdateRequest,
  type SkillView,
} from '@skillproof/contracts';
import { Outbox } from '@skillproof/bus';
import { DomainError } from '@skillproof/platform';
import { SkillRepository } from '../repositories/skill.repository';
import { assertAdmin } from './admin-principal.policy';

/**
 * Admin writes to skills. Each change and its `evt.catalog.skill.updated` event commit together,
 * so readers that cache the page learn about every change that happened, and only about those.
 */
@Injectable()
export class SkillAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly skills: SkillRepository,
    private readonly outbox: Outbox,
  ) {}

  async create(request: SkillCreateRequest, traceparent?: string): Promise<SkillView> {
    assertAdmin(request.principal);
    const input = request.skill;
    assertSalaryBandsOrdered(input.salaryByRegion);
    return this.dataSource.transaction(async (manager) => {
      const skillId = await this.skills.insert(input, manager);
      if (!skillId) throw DomainError.conflict('skill.exists', `A skill with slug "${input.slug}" already exists`);
      await this.relate(manager, input.slug, skillId, input.relatedSkills);
      await this.outbox.add(manager, CatalogEvents.skillUpdated, {
        subject: input.slug,
        data: { slug: input.slug, change: 'created' },
        traceparent,
      });
      return (await this.skills.findPage(input.slug, manager))!;
    });
  }

  async update(request: SkillUpdateRequest, traceparent?: string): Promise<SkillView> {
    assertAdmin(request.principal);
    const { slug, changes } = request;
    if (changes.salaryByRegion) assertSalaryBandsOrdered(changes.salaryByRegion);
    return this.dataSource.transaction(async (manager) => {
      const skillId = await this.skills.update(slug, changes, manager);
      if (!skillId) throw DomainError.notFound('skill', slug);
      if (changes.relatedSkills) await this.relate(manager, slug, skillId, changes.relatedSkills);
      await this.outbox.add(manager, CatalogEvents.skillUpdated, {
        subject: slug,
        data: { slug, change: 'updated' },
        traceparent,
      });
      return (await this.skills.findPage(slug, manager))!;
    });
  }

  private async relate(manager: EntityManager, slug: string, skillId: string, related: string[]): Promise<void> {
    if (related.includes(slug)) {
      throw unprocessable('skill.related_to_itself', `Skill "${slug}" cannot be related to itself`, 'relatedSkills');
    }
    const ids = await this.skills.idsBySlugs(related, manager);
    const unknown = related.filter((entry) => !ids.has(entry));
    if (unknown.length > 0) {
      throw unprocessable('skill.related_unknown', `Unknown related skills: ${unknown.join(', ')}`, 'relatedSkills');
    }
    await this.skills.replaceRelations(
      skillId,
      [...new Set(related)].map((entry) => ids.get(entry)!),
      manager,
    );
  }
}

function assertSalaryBandsOrdered(bands: SalaryBand[]): void {
  const index = bands.findIndex((band) => band.junior > band.mid || band.mid > band.senior);
  if (index >= 0) {
    throw unprocessable(
      'skill.salary_order',
      `Salary band for ${bands[index].region} must rise from junior to mid to senior`,
      `salaryByRegion.${index}`,
    );
  }
}

function unprocessable(code: string, detail: string, field: string): DomainError {
  return DomainError.ruleBroken(code, detail, [{ field, message: detail }]);
}
