/** Floats are compared with this relative (and, near zero, absolute) tolerance, so 0.1 + 0.2 equals 0.3. */
const TOLERANCE = 1e-9;

/**
 * Structural equality of JSON values, run by the grading service on what a submission returned: the
 * candidate's code never sees the expected value nor this function. Object key order does not matter;
 * array order does.
 */
export function jsonEquals(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isInteger(expected) && Number.isInteger(actual)) return actual === expected;
    return Math.abs(actual - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => jsonEquals(actual[index], item))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const expectedKeys = Object.keys(expected);
    const actualRecord = actual as Record<string, unknown>;
    return (
      Object.keys(actualRecord).length === expectedKeys.length &&
      expectedKeys.every(
        (key) =>
          Object.hasOwn(actualRecord, key) && jsonEquals(actualRecord[key], (expected as Record<string, unknown>)[key]),
      )
    );
  }
  return actual === expected;
}

/** Weighted share of passed tests, 0..100; tests of weight 0 count for nothing. */
export function weightedScore(tests: { weight: number; passed: boolean }[]): number {
  const total = tests.reduce((sum, test) => sum + test.weight, 0);
  if (total === 0) return 0;
  const earned = tests.reduce((sum, test) => sum + (test.passed ? test.weight : 0), 0);
  return Math.round((100 * earned) / total);
}
