import type { CodeChallengeSpec, CodeLanguage, CodeTestCase } from '@skillproof/contracts';

/** Starting Python workers (and making the snapshot) took 20-40 s on a machine at load 20-30. */
export const WARM_UP_MS = 180_000;

export const LIMITS = { timeMs: 1_000, memoryMb: 64, outputBytes: 4_096 };

export function codeSpec(
  language: CodeLanguage,
  tests: CodeTestCase[],
  overrides: Partial<Omit<CodeChallengeSpec, 'language' | 'tests'>> = {},
): CodeChallengeSpec {
  return { language, entryPoint: 'solve', tests, limits: LIMITS, ...overrides };
}

/** Two visible and two hidden sums: the shape most attacks reuse, so a correct answer is easy to state. */
export const SUM_TESTS: CodeTestCase[] = [
  { name: 'small', args: [1, 2], expected: 3, weight: 1, hidden: false },
  { name: 'zero', args: [0, 0], expected: 0, weight: 1, hidden: false },
  { name: 'negative', args: [-5, 3], expected: -2, weight: 1, hidden: true },
  { name: 'large', args: [4_000_000, 2_000_000], expected: 6_000_000, weight: 1, hidden: true },
];
