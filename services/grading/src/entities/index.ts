import { BUS_ENTITIES } from '@skillproof/bus';
import { GradingResultEntity } from './grading-result.entity';

export const GRADING_ENTITIES = [...BUS_ENTITIES, GradingResultEntity];
