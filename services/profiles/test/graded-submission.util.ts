import { randomUUID } from 'node:crypto';
import type { GradeOverriddenData, SubmissionGradedData } from '@skillproof/contracts';

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

/** A company's override of that grade, as the challenges service will announce it. */
export function overriddenGrade(
  graded: SubmissionGradedData,
  overrides: Partial<GradeOverriddenData> & { score: number; overriddenAt: string },
): GradeOverriddenData {
  return {
    submissionId: graded.submissionId,
    challengeId: graded.challengeId,
    candidateId: graded.candidateId,
    companyId: graded.companyId,
    challengeTitle: graded.challengeTitle,
    skills: graded.skills,
    previousScore: graded.score,
    reason: 'A reviewer weighed the trade-offs differently.',
    overriddenBy: randomUUID(),
    round: graded.round ?? 1,
    ...overrides,
  };
}
