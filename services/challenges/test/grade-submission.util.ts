import { ChallengesRequests, type Principal, type SubmissionView } from '@skillproof/contracts';
import { expectEventually, type ServiceCaller } from '@skillproof/testing';

/** Over NATS, as the gateway would: the person starts an attempt, submits `content`, and gets the graded submission back. */
export async function gradeSubmission(
  caller: ServiceCaller,
  challengeId: string,
  person: Principal,
  content: string,
): Promise<SubmissionView> {
  const attempt = await caller.ok(ChallengesRequests.startAttempt, { challengeId, principal: person });
  const { submissionId } = await caller.ok(ChallengesRequests.submit, {
    attemptId: attempt.id,
    content,
    principal: person,
  });
  return expectEventually(async () => {
    const submission = await caller.ok(ChallengesRequests.getSubmission, { id: submissionId, principal: person });
    expect(submission.status).toBe('graded');
    return submission;
  }, 120_000);
}
