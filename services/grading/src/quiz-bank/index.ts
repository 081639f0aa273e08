import type { BankQuestion } from './bank-question';
import { deepLearningBank } from './deep-learning.bank';
import { machineLearningBank } from './machine-learning.bank';
import { pythonBank } from './python.bank';
import { sqlBank } from './sql.bank';
import { statisticsBank } from './statistics.bank';

/** The offline question bank by skill slug, used when no AI provider is configured. */
export const QUESTION_BANK: Record<string, BankQuestion[]> = {
  'machine-learning': machineLearningBank,
  python: pythonBank,
  statistics: statisticsBank,
  'deep-learning': deepLearningBank,
  sql: sqlBank,
};
