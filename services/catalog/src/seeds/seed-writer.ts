import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CareerRepository } from '../repositories/career.repository';
import { ReferenceDataRepository } from '../repositories/reference-data.repository';
import { SkillRepository } from '../repositories/skill.repository';
import type { CareerSeed, CertificationSeed, IndustrySeed, SkillSeed } from './seed-types';

/**
 * Writes seed data through the same repositories as the admin API. Any reference to a skill,
 * industry or certification that does not exist stops the seed, so a typo never ships silently.
 */
@Injectable()
export class SeedWriter {
  constructor(
    private readonly skills: SkillRepository,
    private readonly careers: CareerRepository,
    private readonly references: ReferenceDataRepository,
  ) {}

  async industries(manager: EntityManager, seeds: IndustrySeed[]): Promise<void> {
    for (const seed of seeds) await this.references.insertIndustry(manager, seed);
  }

  async certifications(manager: EntityManager, seeds: CertificationSeed[]): Promise<void> {
    for (const seed of seeds) await this.references.insertCertification(manager, seed);
  }

  /** Inserts every skill first, then the graph edges and certifications, since skills point at each other. */
  async skillsWithRelations(manager: EntityManager, seeds: SkillSeed[]): Promise<void> {
    for (const seed of seeds) await this.skills.insert(manager, seed);
    const ids = await this.skills.idsBySlugs(
      seeds.map((seed) => seed.slug),
      manager,
    );
    for (const seed of seeds) {
      const skillId = ids.get(seed.slug)!;
      const related = await this.skills.idsBySlugs(seed.relatedSkills, manager);
      requireAll(`related skills of ${seed.slug}`, seed.relatedSkills, related);
      await this.skills.replaceRelations(
        manager,
        skillId,
        seed.relatedSkills.map((slug) => related.get(slug)!),
      );
      const missing = await this.references.linkCertifications(manager, skillId, seed.certifications ?? []);
      if (missing.length > 0) throw new Error(`Unknown certifications of ${seed.slug}: ${missing.join(', ')}`);
    }
  }

  async careersWithLinks(manager: EntityManager, seeds: CareerSeed[]): Promise<void> {
    for (const seed of seeds) {
      const careerId = await this.careers.insert(manager, seed);
      if (!careerId) continue;
      const skillIds = await this.skills.idsBySlugs(
        seed.skills.map((entry) => entry.skill),
        manager,
      );
      requireAll(
        `skills of ${seed.slug}`,
        seed.skills.map((entry) => entry.skill),
        skillIds,
      );
      await this.careers.replaceSkills(manager, careerId, seed.skills, skillIds);
      const industryIds = await this.careers.industryIdsBySlugs(seed.industries, manager);
      requireAll(`industries of ${seed.slug}`, seed.industries, industryIds);
      await this.careers.replaceIndustries(manager, careerId, [...industryIds.values()]);
    }
  }
}

function requireAll(what: string, slugs: string[], found: Map<string, string>): void {
  const missing = slugs.filter((slug) => !found.has(slug));
  if (missing.length > 0) throw new Error(`Unknown ${what}: ${missing.join(', ')}`);
}
