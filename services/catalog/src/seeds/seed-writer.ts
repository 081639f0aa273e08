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

  async industries(seeds: IndustrySeed[], manager: EntityManager): Promise<void> {
    for (const seed of seeds) await this.references.insertIndustry(seed, manager);
  }

  async certifications(seeds: CertificationSeed[], manager: EntityManager): Promise<void> {
    for (const seed of seeds) await this.references.insertCertification(seed, manager);
  }

  /** Inserts every skill first, then the graph edges and certifications, since skills point at each other. */
  async skillsWithRelations(seeds: SkillSeed[], manager: EntityManager): Promise<void> {
    for (const seed of seeds) await this.skills.insert(seed, manager);
    const ids = await this.skills.idsBySlugs(
      seeds.map((seed) => seed.slug),
      manager,
    );
    for (const seed of seeds) {
      const skillId = ids.get(seed.slug)!;
      const related = await this.skills.idsBySlugs(seed.relatedSkills, manager);
      requireAll(`related skills of ${seed.slug}`, seed.relatedSkills, related);
      await this.skills.replaceRelations(
        skillId,
        seed.relatedSkills.map((slug) => related.get(slug)!),
        manager,
      );
      const missing = await this.references.linkCertifications(skillId, seed.certifications ?? [], manager);
      if (missing.length > 0) throw new Error(`Unknown certifications of ${seed.slug}: ${missing.join(', ')}`);
    }
  }

  async careersWithLinks(seeds: CareerSeed[], manager: EntityManager): Promise<void> {
    for (const seed of seeds) {
      const careerId = await this.careers.insert(seed, manager);
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
      await this.careers.replaceSkills(careerId, seed.skills, skillIds, manager);
      const industryIds = await this.careers.industryIdsBySlugs(seed.industries, manager);
      requireAll(`industries of ${seed.slug}`, seed.industries, industryIds);
      await this.careers.replaceIndustries(careerId, [...industryIds.values()], manager);
    }
  }
}

function requireAll(what: string, slugs: string[], found: Map<string, string>): void {
  const missing = slugs.filter((slug) => !found.has(slug));
  if (missing.length > 0) throw new Error(`Unknown ${what}: ${missing.join(', ')}`);
}
