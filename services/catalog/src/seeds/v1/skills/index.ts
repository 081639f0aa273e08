import type { SkillSeed } from '../../seed-types';
import { aiSkills } from './ai-skills.seed';
import { dataSkills } from './data-skills.seed';
import { engineeringSkills } from './engineering-skills.seed';
import { machineLearning } from './machine-learning.seed';

export const SKILL_SEEDS_V1: SkillSeed[] = [machineLearning, ...aiSkills, ...dataSkills, ...engineeringSkills];
