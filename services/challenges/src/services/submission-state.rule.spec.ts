import { nextState, regradeAvailable, type SubmissionState } from './submission-state.rule';

const at = (status: SubmissionState['status'], round = 1, appealUsed = round > 1): SubmissionState => ({
  status,
  round,
  appealUsed,
});

describe('the submission state machine', () => {
  describe("grading's reports", () => {
    it('moves a queued submission to grading, then to its outcome', () => {
      expect(nextState(at('queued'), { kind: 'grading_started', round: 1 })).toEqual({ ok: true, next: at('grading') });
      expect(nextState(at('grading'), { kind: 'graded', round: 1 })).toEqual({ ok: true, next: at('graded') });
      expect(nextState(at('grading'), { kind: 'failed', round: 1 })).toEqual({ ok: true, next: at('failed') });
    });

    it('takes an outcome that overtook its own "started" report', () => {
      expect(nextState(at('queued'), { kind: 'graded', round: 1 })).toEqual({ ok: true, next: at('graded') });
      expect(nextState(at('queued'), { kind: 'failed', round: 1 })).toEqual({ ok: true, next: at('failed') });
    });

    it.each([
      ['a start once grading is under way', at('grading'), { kind: 'grading_started', round: 1 } as const],
      ['a start after the outcome', at('graded'), { kind: 'grading_started', round: 1 } as const],
      ['a second outcome (redelivered)', at('graded'), { kind: 'graded', round: 1 } as const],
      ['a failure after the grade', at('graded'), { kind: 'failed', round: 1 } as const],
      ['a grade after the failure', at('failed'), { kind: 'graded', round: 1 } as const],
      ["the first round's grade during the re-grade", at('queued', 2), { kind: 'graded', round: 1 } as const],
      ["the first round's start during the re-grade", at('queued', 2), { kind: 'grading_started', round: 1 } as const],
      ['a report about a round that has not begun', at('grading', 1), { kind: 'graded', round: 2 } as const],
    ])('drops %s as stale', (_case, state, step) => {
      expect(nextState(state, step)).toEqual({ ok: false, refusal: 'stale' });
    });
  });

  describe("a candidate's re-grade", () => {
    it.each([at('graded'), at('failed')])('queues a finished submission ($status) for a second round', (state) => {
      expect(nextState(state, { kind: 'regrade_requested' })).toEqual({ ok: true, next: at('queued', 2) });
      expect(regradeAvailable(state)).toBe(true);
    });

    it.each([at('queued'), at('grading')])('refuses while grading is unfinished ($status)', (state) => {
      expect(nextState(state, { kind: 'regrade_requested' })).toEqual({ ok: false, refusal: 'unfinished' });
      expect(regradeAvailable(state)).toBe(false);
    });

    it.each([at('graded', 2), at('failed', 2), at('queued', 2)])(
      'refuses a second re-grade, whatever the status ($status)',
      (state) => {
        expect(nextState(state, { kind: 'regrade_requested' })).toEqual({ ok: false, refusal: 'regrade_used' });
        expect(regradeAvailable(state)).toBe(false);
      },
    );

    it('stays available after a bulk re-grade, for the next round', () => {
      const regraded = at('graded', 2, false);
      expect(regradeAvailable(regraded)).toBe(true);
      expect(nextState(regraded, { kind: 'regrade_requested' })).toEqual({ ok: true, next: at('queued', 3, true) });
    });
  });

  describe("a challenge owner's bulk re-grade", () => {
    it.each([at('graded'), at('graded', 2), at('graded', 3, false)])(
      'queues a graded submission for its next round, keeping whether the candidate appealed (round $round)',
      (state) => {
        expect(nextState(state, { kind: 'bulk_regrade_requested' })).toEqual({
          ok: true,
          next: at('queued', state.round + 1, state.appealUsed),
        });
      },
    );

    it.each([at('queued'), at('grading'), at('failed'), at('queued', 2)])(
      'leaves a submission without a standing grade alone ($status, round $round)',
      (state) => {
        expect(nextState(state, { kind: 'bulk_regrade_requested' })).toEqual({ ok: false, refusal: 'unfinished' });
      },
    );

    it("takes grading's reports for the bulk round and drops the replaced round's", () => {
      const bulk = at('queued', 3, true);
      expect(nextState(bulk, { kind: 'graded', round: 3 })).toEqual({ ok: true, next: at('graded', 3, true) });
      expect(nextState(bulk, { kind: 'graded', round: 2 })).toEqual({ ok: false, refusal: 'stale' });
    });
  });

  describe("a person's override", () => {
    it.each([at('graded'), at('failed'), at('graded', 2)])(
      'turns a finished submission into a grade ($status, round $round)',
      (state) => {
        expect(nextState(state, { kind: 'overridden' })).toEqual({
          ok: true,
          next: at('graded', state.round, state.appealUsed),
        });
      },
    );

    it.each([at('queued'), at('grading'), at('queued', 2)])(
      'refuses while grading is unfinished ($status, round $round)',
      (state) => {
        expect(nextState(state, { kind: 'overridden' })).toEqual({ ok: false, refusal: 'unfinished' });
      },
    );
  });
});
