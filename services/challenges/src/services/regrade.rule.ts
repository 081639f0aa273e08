import type { RegradeReason, RegradeState } from '@skillproof/contracts';
import type { SubmissionEntity } from '../entities/submission.entity';
import { grantsPublicVerification, type ChallengeTrust } from './grade-trust.rule';
import { nextState } from './submission-state.rule';

/** What deciding whether a bulk re-grade takes a submission needs to know of it. */
export type RegradeCandidate = Pick<
  SubmissionEntity,
  'id' | 'status' | 'round' | 'appealUsed' | 'grader' | 'standing' | 'rubricVersion'
>;

/**
 * The round a bulk re-grade queues this submission for, or null when it leaves it alone (DESIGN.md, Trust):
 * - only a standing machine grade: a failed or unfinished submission has none, and a grade a person
 *   set stays theirs (they can review it again by hand);
 * - public evidence only where the challenge may still grant public verification, so a re-grade never
 *   turns a public grade into company-only evidence. A company's re-grade of its own unapproved
 *   challenge (a rubric edit withdraws an approval) thus touches only its own evidence; once an admin
 *   approves the challenge again, a re-grade brings the public grades up to date too.
 * Everything else follows the grade's own rules when the new round is recorded: the new round
 * replaces the old in verified scores even when it is lower, and a flagged one waits for review.
 */
export function regradeRoundOf(submission: RegradeCandidate, challenge: ChallengeTrust): number | null {
  const step = nextState(submission, { kind: 'bulk_regrade_requested' });
  if (!step.ok || submission.grader === 'human') return null;
  if (submission.standing === 'public' && !grantsPublicVerification(challenge)) return null;
  return step.next.round;
}

/** Graded submissions a re-grade would take whose grade used an older rubric: what an owner is offered to re-grade. */
export function outdatedGrades(
  submissions: RegradeCandidate[],
  challenge: ChallengeTrust & { rubricVersion: number },
): number {
  return submissions.filter(
    (submission) =>
      submission.rubricVersion < challenge.rubricVersion && regradeRoundOf(submission, challenge) !== null,
  ).length;
}

export function regradeStateOf(progress: { waiting: number }): RegradeState {
  return progress.waiting > 0 ? 'running' : 'done';
}

/** How a submission's history explains the new round to its candidate. */
export const REGRADE_REASON_TEXT: Record<RegradeReason, string> = {
  rubric_changed: "The challenge's rubric changed, so past submissions were graded again",
  grader_version_changed: 'The grader was updated, so past submissions were graded again',
  manual: "The challenge's owner had past submissions graded again",
};
