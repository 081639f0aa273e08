import { jsonEquals, weightedScore } from './result-comparison';

describe('jsonEquals', () => {
  it('ignores key order but not array order', () => {
    expect(jsonEquals({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(jsonEquals([2, 1], [1, 2])).toBe(false);
  });

  it('accepts float rounding noise and nothing more', () => {
    expect(jsonEquals(0.1 + 0.2, 0.3)).toBe(true);
    expect(jsonEquals(0.3001, 0.3)).toBe(false);
    expect(jsonEquals(3, 3.0000001)).toBe(false);
  });

  it('tells missing, extra and differently typed values apart', () => {
    expect(jsonEquals({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(jsonEquals({ a: 1, b: null }, { a: 1 })).toBe(false);
    expect(jsonEquals('1', 1)).toBe(false);
    expect(jsonEquals(null, {})).toBe(false);
    expect(jsonEquals([], {})).toBe(false);
  });
});

describe('weightedScore', () => {
  it('weighs passed tests and rounds to an integer', () => {
    expect(
      weightedScore([
        { weight: 1, passed: true },
        { weight: 2, passed: false },
      ]),
    ).toBe(33);
    expect(weightedScore([{ weight: 0, passed: false }])).toBe(0);
  });
});
