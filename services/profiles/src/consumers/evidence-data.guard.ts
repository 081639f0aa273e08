import { STANDINGS, VERIFICATIONS, type GradeRecordedData } from '@skillproof/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks the fields the verified score is built from. A malformed event throws, so the consumer
 * retries it and finally dead-letters it instead of storing half a fact.
 */
export function assertRecordedData(data: GradeRecordedData): void {
  const problems = [
    !UUID.test(String(data?.submissionId)) && 'submissionId',
    !UUID.test(String(data?.candidateId)) && 'candidateId',
    !UUID.test(String(data?.challengeId)) && 'challengeId',
    typeof data?.challengeTitle !== 'string' && 'challengeTitle',
    !(Array.isArray(data?.skills) && data.skills.every((skill) => typeof skill === 'string' && skill.length > 0)) &&
      'skills',
    !(typeof data?.score === 'number' && data.score >= 0 && data.score <= 100) && 'score',
    !(Number.isInteger(data?.round) && data.round >= 1) && 'round',
    Number.isNaN(Date.parse(String(data?.gradedAt))) && 'gradedAt',
    !(VERIFICATIONS as readonly string[]).includes(data?.verification) && 'verification',
    !(STANDINGS as readonly string[]).includes(data?.standing) && 'standing',
    !(typeof data?.issuer?.name === 'string' && (data.issuer.kind === 'platform' || data.issuer.kind === 'company')) &&
      'issuer',
    !(Number.isInteger(data?.attempts) && data.attempts >= 1) && 'attempts',
  ].filter(Boolean);
  if (problems.length > 0)
    throw new Error(`evt.challenges.submission.grade_recorded has invalid ${problems.join(', ')}`);
}
