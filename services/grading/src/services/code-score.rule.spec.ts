import { combineCodeScore } from './code-score.rule';

const SPLIT = { tests: 80, review: 20 };

describe('combining tests and the AI review of code', () => {
  it('weights the tests and the review as the challenge states', () => {
    const combined = combineCodeScore(SPLIT, 60, { outcome: 'reviewed', score: 75, steering: false });
    expect(combined.score).toBe(63);
    expect(combined.scoring).toEqual({
      stated: SPLIT,
      applied: SPLIT,
      testsScore: 60,
      reviewScore: 75,
      note: 'Tests 80% × 60 + AI review 20% × 75 = 63',
    });
    expect(combined.held).toBe(false);
  });

  it('lets a perfect review move the score by no more than its weight', () => {
    expect(combineCodeScore(SPLIT, 0, { outcome: 'reviewed', score: 100, steering: false }).score).toBe(20);
    expect(combineCodeScore(SPLIT, 100, { outcome: 'reviewed', score: 0, steering: false }).score).toBe(80);
  });

  it('holds the review of code that addresses its reviewer to the tests score, and says so', () => {
    const combined = combineCodeScore(SPLIT, 40, { outcome: 'reviewed', score: 100, steering: true });
    expect(combined).toMatchObject({ score: 40, reviewScore: 40, held: true });
    expect(combined.scoring.note).toContain('the review gave 100, held to the tests');
    // A review already below the tests score is not raised to it.
    expect(combineCodeScore(SPLIT, 90, { outcome: 'reviewed', score: 50, steering: true })).toMatchObject({
      score: 82,
      held: false,
    });
  });

  it('grades on the tests alone when no review counted, with the stated split and why in the note', () => {
    const combined = combineCodeScore(SPLIT, 70, { outcome: 'no_model', reason: 'no AI reviewer is configured' });
    expect(combined.score).toBe(70);
    expect(combined.scoring).toMatchObject({ stated: SPLIT, applied: { tests: 100, review: 0 }, reviewScore: null });
    expect(combined.scoring.note).toBe(
      "Tests only: 70. No AI reviewer is configured, so the tests count 100% instead of the stated 80%, and the AI review's 20% was not applied",
    );
  });

  it('scores a challenge without a review weight on its tests', () => {
    expect(combineCodeScore({ tests: 100, review: 0 }, 55)).toMatchObject({
      score: 55,
      scoring: { applied: { tests: 100, review: 0 }, note: 'Tests 100% × 55' },
    });
  });
});
