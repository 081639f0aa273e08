import type { SeedVersion } from '../seed-version';
import { CAREER_SEEDS_V1 } from './careers.seed';
import { CERTIFICATION_SEEDS_V1 } from './certifications.seed';
import { INDUSTRY_SEEDS_V1 } from './industries.seed';
import { SKILL_SEEDS_V1 } from './skills';

/** The first demo catalogue: Machine Learning in full, its neighbouring skills and the careers around them. */
export const catalogV1: SeedVersion = {
  version: '001-machine-learning-catalogue',
  async apply(manager, writer) {
    await writer.industries(manager, INDUSTRY_SEEDS_V1);
    await writer.certifications(manager, CERTIFICATION_SEEDS_V1);
    await writer.skillsWithRelations(manager, SKILL_SEEDS_V1);
    await writer.careersWithLinks(manager, CAREER_SEEDS_V1);
  },
};
