import { BUS_ENTITIES } from '@skillproof/bus';
import { SkillEntity } from './skill.entity';

export const CATALOG_ENTITIES = [...BUS_ENTITIES, SkillEntity];
