import type { SkillSeed } from '../skill-seed';
import { machineLearning } from './machine-learning.seed';

export const SKILL_SEEDS: SkillSeed[] = [machineLearning];
