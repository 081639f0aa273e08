import { randomUUID } from 'node:crypto';
import type { SubmissionGradedData } from '@skillproof/contracts';

/** A well-formed graded submission, as the grading service will announce it. */
export function gradedSubmission(
  candidateId: string,
  overrides: Partial<SubmissionGradedData> & { score: number; gradedAt: string },
): SubmissionGradedData {
  return {
    submissionId: randomUUID(),
    challengeId: randomUUID(),
    candidateId,
    companyId: null,
    challengeTitle: 'Predict churn from usage logs',
    skills: ['machine-learning'],
    criteria: [{ key: 'correctness', score: overrides.score, feedback: 'Sound approach.' }],
    feedback: 'Clear and well reasoned.',
    grader: 'heuristic',
    graderVersion: '1',
    model: null,
    rubricVersion: 1,
    tokens: { prompt: 0, completion: 0 },
    costUsd: 0,
    flags: [],
    ...overrides,
  };
}
