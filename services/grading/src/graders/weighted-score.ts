import type { CriterionGrade, RubricCriterion } from '@skillproof/contracts';

/** The overall 0–100 score: criterion scores weighted as the rubric says, computed here, never by the model. */
export function weightedScore(criteria: RubricCriterion[], grades: CriterionGrade[]): number {
  const byKey = new Map(grades.map((grade) => [grade.key, grade.score]));
  const totalWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const weighted = criteria.reduce((sum, criterion) => sum + criterion.weight * (byKey.get(criterion.key) ?? 0), 0);
  return totalWeight === 0 ? 0 : Math.round(weighted / totalWeight);
}
