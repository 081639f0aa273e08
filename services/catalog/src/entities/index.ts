import { BUS_ENTITIES } from '@skillproof/bus';
import { CareerIndustryEntity } from './career-industry.entity';
import { CareerSkillEntity } from './career-skill.entity';
import { CareerEntity } from './career.entity';
import { CertificationEntity } from './certification.entity';
import { IndustryEntity } from './industry.entity';
import { SeedVersionEntity } from './seed-version.entity';
import { SkillCertificationEntity } from './skill-certification.entity';
import { SkillRelationEntity } from './skill-relation.entity';
import { SkillEntity } from './skill.entity';

/**
 * Every catalogue table. Repositories read and write most of them with SQL (full-text search,
 * trigram ranking and graph joins are clearest that way); the entities state what the tables are,
 * and the schema-drift test holds the migrations to them.
 */
export const CATALOG_ENTITIES = [
  ...BUS_ENTITIES,
  SkillEntity,
  SkillRelationEntity,
  CertificationEntity,
  SkillCertificationEntity,
  IndustryEntity,
  CareerEntity,
  CareerSkillEntity,
  CareerIndustryEntity,
  SeedVersionEntity,
];
