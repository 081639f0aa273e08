import type { SeedVersion } from '../seed-version';
import { CAREER_SEEDS_V1 } from './careers.seed';
import { CERTIFICATION_SEEDS_V1 } from './certifications.seed';
import { INDUSTRY_SEEDS_V1 } from './industries.seed';
import { SKILL_SEEDS_V1 } from './skills';

/** The first demo catalogue: Machine Learning in full, its neighbouring skills and the careers around them. */
export const catalogV1: SeedVersion = {
  version: '001-machine-learning-catalogue',
  async apply(writer, manager) {
    await writer.industries(INDUSTRY_SEEDS_V1, manager);
    await writer.certifications(CERTIFICATION_SEEDS_V1, manager);
    await writer.skillsWithRelations(SKILL_SEEDS_V1, manager);
    await writer.careersWithLinks(CAREER_SEEDS_V1, manager);
  },
};
