import type { SubmissionStatus } from '@skillproof/contracts';

/** What a submission's life cycle depends on. */
export interface SubmissionState {
  status: SubmissionStatus;
  /** 1 for the first grading, one more for each re-grade (the candidate's, or a bulk one). */
  round: number;
  /** Whether the candidate has asked for their one re-grade; a bulk re-grade does not use it up. */
  appealUsed: boolean;
}

/** Everything that can happen to a submission once it is stored (it starts `queued` in round 1). */
export type SubmissionStep =
  | { kind: 'grading_started'; round: number }
  | { kind: 'graded'; round: number }
  | { kind: 'failed'; round: number }
  | { kind: 'regrade_requested' }
  | { kind: 'bulk_regrade_requested' }
  | { kind: 'overridden' };

/**
 * Why a step does not apply. Grading's reports are `stale` when they are about another round or
 * arrive after the outcome (a redelivery, a late event): they are dropped without a word. A
 * person's request the state does not allow is refused: the re-grade is `used`, or grading is
 * `unfinished`.
 */
export type StepRefusal = 'stale' | 'regrade_used' | 'unfinished';

export type StepResult = { ok: true; next: SubmissionState } | { ok: false; refusal: StepRefusal };

/**
 * The submission state machine:
 *
 *   queued ──grading_started──▶ grading ──graded──▶ graded ◀──overridden── (graded | failed)
 *      └────────graded / failed───────┴──failed──▶ failed
 *   (graded | failed) ──regrade_requested──▶ queued, next round (once per submission)
 *   graded ──bulk_regrade_requested──▶ queued, next round (whenever the challenge's owner re-grades)
 *
 * A bulk re-grade takes only graded submissions: a failed one has no grade to bring up to date,
 * and its candidate can still ask for their own re-grade.
 */
export function nextState(state: SubmissionState, step: SubmissionStep): StepResult {
  const finished = state.status === 'graded' || state.status === 'failed';
  switch (step.kind) {
    case 'grading_started':
      return step.round === state.round && state.status === 'queued'
        ? moveTo('grading', state.round, state.appealUsed)
        : refuse('stale');
    case 'graded':
    case 'failed':
      return step.round === state.round && !finished
        ? moveTo(step.kind, state.round, state.appealUsed)
        : refuse('stale');
    case 'regrade_requested':
      if (state.appealUsed) return refuse('regrade_used');
      return finished ? moveTo('queued', state.round + 1, true) : refuse('unfinished');
    case 'bulk_regrade_requested':
      return state.status === 'graded' ? moveTo('queued', state.round + 1, state.appealUsed) : refuse('unfinished');
    case 'overridden':
      return finished ? moveTo('graded', state.round, state.appealUsed) : refuse('unfinished');
  }
}

/** Whether the candidate may still ask for the re-grade now. */
export function regradeAvailable(state: SubmissionState): boolean {
  return nextState(state, { kind: 'regrade_requested' }).ok;
}

function moveTo(status: SubmissionStatus, round: number, appealUsed: boolean): StepResult {
  return { ok: true, next: { status, round, appealUsed } };
}

function refuse(refusal: StepRefusal): StepResult {
  return { ok: false, refusal };
}
