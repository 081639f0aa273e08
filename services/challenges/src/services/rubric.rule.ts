import type { RubricCriterion } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';

export const RUBRIC_WEIGHT_TOTAL = 100;

/** A rubric is usable when its keys are unique and its weights add up to exactly 100. */
export function assertValidRubric(criteria: RubricCriterion[]): void {
  const keys = criteria.map((criterion) => criterion.key);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate) {
    throw DomainError.ruleBroken('rubric.duplicate_key', `The rubric names criterion "${duplicate}" twice`, [
      { field: 'rubric.criteria', message: `criterion key "${duplicate}" is used twice` },
    ]);
  }
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (total !== RUBRIC_WEIGHT_TOTAL) {
    throw DomainError.ruleBroken('rubric.weights_total', `The rubric weights add up to ${total}, not 100`, [
      { field: 'rubric.criteria', message: `weights must add up to 100 (they add up to ${total})` },
    ]);
  }
}
