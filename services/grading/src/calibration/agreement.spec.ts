import { agreement, meanAbsoluteError, quadraticWeightedKappa, signedBias, toCategory } from './agreement';

describe('grader agreement measures', () => {
  it('gives kappa 1 for identical ratings', () => {
    expect(quadraticWeightedKappa([0, 3, 7, 10], [0, 3, 7, 10])).toBeCloseTo(1);
  });

  it('gives a negative kappa when one rater reverses the other', () => {
    expect(quadraticWeightedKappa([0, 2, 8, 10], [10, 8, 2, 0])).toBeLessThan(0);
  });

  it('matches a worked example', () => {
    // 3 categories; observed [[1,1,0],[0,1,0],[0,0,1]]: weighted disagreement 0.25 against 1.25 by chance.
    expect(quadraticWeightedKappa([0, 0, 1, 2], [0, 1, 1, 2], 3)).toBeCloseTo(0.8, 5);
  });

  it('punishes distant disagreements more than near ones', () => {
    const near = quadraticWeightedKappa([2, 5, 8, 9], [3, 5, 8, 9]);
    const far = quadraticWeightedKappa([2, 5, 8, 9], [9, 5, 8, 9]);
    expect(near).toBeGreaterThan(far);
  });

  it('computes MAE and the sign of the bias', () => {
    expect(meanAbsoluteError([80, 60], [70, 70])).toBe(10);
    expect(signedBias([90, 80], [70, 70])).toBe(15);
    expect(signedBias([50], [70])).toBe(-20);
  });

  it('maps 0–100 scores to tens for kappa', () => {
    expect([0, 4, 5, 94, 100].map(toCategory)).toEqual([0, 0, 1, 9, 10]);
    expect(agreement('x', [80, 40], [80, 40])).toMatchObject({ criterion: 'x', n: 2, kappa: 1, mae: 0, bias: 0 });
  });
});
