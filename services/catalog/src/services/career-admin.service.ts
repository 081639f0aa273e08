import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CatalogEvents,
  type CareerCreateRequest,
  type CareerSkillInput,
  type CareerUpdateRequest,
  type CareerView,
  type SalaryRange,
} from '@skillproof/contracts';
import { Outbox } from '@skillproof/bus';
import { DomainError } from '@skillproof/platform';
import { CareerRepository } from '../repositories/career.repository';
import { SkillRepository } from '../repositories/skill.repository';
import { assertAdmin } from './admin-principal.policy';

/** Admin writes to careers; each change commits with its `evt.catalog.career.updated` event. */
@Injectable()
export class CareerAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly careers: CareerRepository,
    private readonly skills: SkillRepository,
    private readonly outbox: Outbox,
  ) {}

  async create(request: CareerCreateRequest, traceparent?: string): Promise<CareerView> {
    assertAdmin(request.principal);
    const input = request.career;
    assertRangesValid(input.salaryRanges);
    return this.dataSource.transaction(async (manager) => {
      const careerId = await this.careers.insert(input, manager);
      if (!careerId) throw DomainError.conflict('career.exists', `A career with slug "${input.slug}" already exists`);
      await this.linkSkills(manager, careerId, input.skills);
      await this.linkIndustries(manager, careerId, input.industries);
      await this.outbox.add(manager, CatalogEvents.careerUpdated, {
        subject: input.slug,
        data: { slug: input.slug, change: 'created' },
        traceparent,
      });
      return (await this.careers.findBySlug(input.slug, manager))!;
    });
  }

  async update(request: CareerUpdateRequest, traceparent?: string): Promise<CareerView> {
    assertAdmin(request.principal);
    const { slug, changes } = request;
    if (changes.salaryRanges) assertRangesValid(changes.salaryRanges);
    return this.dataSource.transaction(async (manager) => {
      const careerId = await this.careers.update(slug, changes, manager);
      if (!careerId) throw DomainError.notFound('career', slug);
      if (changes.skills) await this.linkSkills(manager, careerId, changes.skills);
      if (changes.industries) await this.linkIndustries(manager, careerId, changes.industries);
      await this.outbox.add(manager, CatalogEvents.careerUpdated, {
        subject: slug,
        data: { slug, change: 'updated' },
        traceparent,
      });
      return (await this.careers.findBySlug(slug, manager))!;
    });
  }

  private async linkSkills(manager: EntityManager, careerId: string, skills: CareerSkillInput[]): Promise<void> {
    const slugs = skills.map((entry) => entry.skill);
    const duplicate = slugs.find((slug, index) => slugs.indexOf(slug) !== index);
    if (duplicate) {
      throw unprocessable('career.duplicate_skill', `Skill "${duplicate}" is listed twice`, 'skills');
    }
    const ids = await this.skills.idsBySlugs(slugs, manager);
    const unknown = slugs.filter((slug) => !ids.has(slug));
    if (unknown.length > 0) {
      throw unprocessable('career.unknown_skill', `Unknown skills: ${unknown.join(', ')}`, 'skills');
    }
    await this.careers.replaceSkills(careerId, skills, ids, manager);
  }

  private async linkIndustries(manager: EntityManager, careerId: string, industries: string[]): Promise<void> {
    const ids = await this.careers.industryIdsBySlugs(industries, manager);
    const unknown = industries.filter((slug) => !ids.has(slug));
    if (unknown.length > 0) {
      throw unprocessable('career.unknown_industry', `Unknown industries: ${unknown.join(', ')}`, 'industries');
    }
    await this.careers.replaceIndustries(careerId, [...new Set(ids.values())], manager);
  }
}

function assertRangesValid(ranges: SalaryRange[]): void {
  const index = ranges.findIndex((range) => range.min > range.max);
  if (index >= 0) {
    throw unprocessable(
      'career.salary_range',
      `The ${ranges[index].level} salary range starts above where it ends`,
      `salaryRanges.${index}`,
    );
  }
}

function unprocessable(code: string, detail: string, field: string): DomainError {
  return DomainError.ruleBroken(code, detail, [{ field, message: detail }]);
}
