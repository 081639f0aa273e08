import { BUS_ENTITIES } from '@skillproof/bus';
import { GradeCacheEntity } from './grade-cache.entity';
import { GradingJobEntity } from './grading-job.entity';
import { GradingRegradeEntity } from './grading-regrade.entity';
import { GradingResultEntity } from './grading-result.entity';

export const GRADING_ENTITIES = [
  ...BUS_ENTITIES,
  GradingResultEntity,
  GradeCacheEntity,
  GradingJobEntity,
  GradingRegradeEntity,
];
