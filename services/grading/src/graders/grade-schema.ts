import type { CriterionGrade, RubricCriterion } from '@skillproof/contracts';

export interface ModelGrade {
  criteria: CriterionGrade[];
  feedback: string;
  injectionSuspected: boolean;
}

/** The JSON schema the model must answer with (structured outputs); the criterion keys are fixed per rubric. */
export function gradeJsonSchema(criteria: RubricCriterion[]): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['criteria', 'feedback', 'injectionSuspected'],
    properties: {
      criteria: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['key', 'score', 'feedback'],
          properties: {
            key: { type: 'string', enum: criteria.map((criterion) => criterion.key) },
            score: { type: 'integer', minimum: 0, maximum: 100 },
            feedback: { type: 'string' },
          },
        },
      },
      feedback: { type: 'string' },
      injectionSuspected: { type: 'boolean' },
    },
  };
}

/**
 * Checks the model's answer against the schema and the rubric: every criterion exactly once, integer
 * scores in range, feedback present. Returns why it is unusable, or the grade.
 */
export function parseModelGrade(text: string | null | undefined, criteria: RubricCriterion[]): ModelGrade | string {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    return 'the answer is not JSON';
  }
  if (typeof value !== 'object' || value === null) return 'the answer is not a JSON object';
  const answer = value as Record<string, unknown>;
  if (typeof answer.feedback !== 'string' || answer.feedback.trim() === '') return 'overall feedback is missing';
  if (typeof answer.injectionSuspected !== 'boolean') return 'injectionSuspected is missing';
  if (!Array.isArray(answer.criteria)) return 'criteria is not a list';
  const grades: CriterionGrade[] = [];
  for (const criterion of criteria) {
    const found = answer.criteria.filter(
      (entry): entry is Record<string, unknown> =>
        typeof entry === 'object' && entry !== null && (entry as { key?: unknown }).key === criterion.key,
    );
    if (found.length !== 1) return `criterion "${criterion.key}" appears ${found.length} times`;
    const { score, feedback } = found[0];
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 100) {
      return `criterion "${criterion.key}" has no integer score between 0 and 100`;
    }
    if (typeof feedback !== 'string') return `criterion "${criterion.key}" has no feedback`;
    grades.push({ key: criterion.key, score, feedback });
  }
  if (answer.criteria.length !== criteria.length) return 'the answer grades criteria the rubric does not have';
  return { criteria: grades, feedback: answer.feedback, injectionSuspected: answer.injectionSuspected };
}
