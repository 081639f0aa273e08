import type { GradeOverriddenData, SubmissionGradedData } from '@skillproof/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type EvidenceFields = Pick<
  SubmissionGradedData,
  'submissionId' | 'candidateId' | 'challengeId' | 'challengeTitle' | 'skills' | 'score' | 'round'
>;

/**
 * Checks the fields the verified score is built from. A malformed event throws, so the consumer
 * retries it and finally dead-letters it instead of storing half a fact.
 */
export function assertGradedData(data: SubmissionGradedData): void {
  assertEvidence('evt.grading.submission.graded', data, Number.isNaN(Date.parse(String(data?.gradedAt))) && 'gradedAt');
}

export function assertOverriddenData(data: GradeOverriddenData): void {
  assertEvidence(
    'evt.challenges.submission.grade_overridden',
    data,
    Number.isNaN(Date.parse(String(data?.overriddenAt))) && 'overriddenAt',
  );
}

function assertEvidence(subject: string, data: EvidenceFields, dateProblem: string | false): void {
  const problems = [
    !UUID.test(String(data?.submissionId)) && 'submissionId',
    !UUID.test(String(data?.candidateId)) && 'candidateId',
    !UUID.test(String(data?.challengeId)) && 'challengeId',
    typeof data?.challengeTitle !== 'string' && 'challengeTitle',
    !(Array.isArray(data?.skills) && data.skills.every((skill) => typeof skill === 'string' && skill.length > 0)) &&
      'skills',
    !(typeof data?.score === 'number' && data.score >= 0 && data.score <= 100) && 'score',
    data?.round !== undefined && !(Number.isInteger(data.round) && data.round >= 1) && 'round',
    dateProblem,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`${subject} has invalid ${problems.join(', ')}`);
}
