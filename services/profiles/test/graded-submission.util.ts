import { randomUUID } from 'node:crypto';
import type { GradeRecordedData } from '@skillproof/contracts';

/** A grade the challenges service recorded: by default a model's grade on a platform challenge, counting publicly. */
export function recordedGrade(
  candidateId: string,
  overrides: Partial<GradeRecordedData> & { score: number; gradedAt: string },
): GradeRecordedData {
  return {
    decision: 'graded',
    submissionId: randomUUID(),
    challengeId: randomUUID(),
    candidateId,
    companyId: null,
    challengeTitle: 'Predict churn from usage logs',
    skills: ['machine-learning'],
    round: 1,
    criteria: [{ key: 'correctness', score: overrides.score, feedback: 'Sound approach.' }],
    feedback: 'Clear and well reasoned.',
    grader: 'openai',
    model: 'gpt-4o-mini',
    rubricVersion: 1,
    verification: 'ai',
    issuer: { kind: 'platform', name: 'Skillproof' },
    reviewer: null,
    standing: 'public',
    attempts: 1,
    reason: null,
    ...overrides,
  };
}

/** A person's change of that grade: by an admin for the platform unless a company reviewer is given. */
export function overriddenGrade(
  graded: GradeRecordedData,
  overrides: Partial<GradeRecordedData> & { score: number; gradedAt: string },
): GradeRecordedData {
  return {
    ...graded,
    decision: 'overridden',
    grader: 'human',
    model: null,
    verification: 'reviewed',
    issuer: { kind: 'platform', name: 'Skillproof' },
    reviewer: { userId: randomUUID(), kind: 'platform', name: 'Skillproof' },
    standing: 'public',
    reason: 'A reviewer weighed the trade-offs differently.',
    ...overrides,
  };
}
