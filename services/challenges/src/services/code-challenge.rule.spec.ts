import type { CodeChallengeInput, CodeRunResult } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import { assertReferencePasses, toSpec, toStoredCode } from './code-challenge.rule';

const input = (overrides: Partial<CodeChallengeInput> = {}): CodeChallengeInput => ({
  language: 'python',
  entrypoint: 'add',
  starterCode: 'def add(a, b):\n    pass\n',
  referenceSolution: 'def add(a, b):\n    return a + b\n',
  tests: [
    { name: 'small', args: [1, 2], expected: 3, weight: 30, hidden: false },
    { name: 'large', args: [10, 20], expected: 30, weight: 70, hidden: true },
  ],
  ...overrides,
});

const problemOf = (action: () => unknown): DomainError => {
  try {
    action();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a problem');
};

describe('code challenge rules', () => {
  it('takes the default limits when the author names none, and the spec carries every test', () => {
    const stored = toStoredCode(input(), false);
    expect(stored.limits).toEqual({ timeMs: 2_000, memoryMb: 128, outputBytes: 65_536 });
    expect(toSpec(stored)).toMatchObject({ language: 'python', entryPoint: 'add', tests: input().tests });
  });

  it('refuses weights that do not add up to 100, a test named twice, and SQL without a schema (422)', () => {
    const weights = problemOf(() => toStoredCode(input({ tests: [input().tests[0]] }), false));
    expect(weights).toMatchObject({ status: 422, code: 'code.weights_total' });
    const twice = problemOf(() =>
      toStoredCode(input({ tests: input().tests.map((test) => ({ ...test, name: 'same' })) }), false),
    );
    expect(twice).toMatchObject({ status: 422, code: 'code.duplicate_test' });
    const sql = problemOf(() => toStoredCode(input({ language: 'sql' }), false));
    expect(sql).toMatchObject({ status: 422, code: 'code.sql_schema' });
  });

  it('scores on tests alone unless the author states a split, and publishes the split in the spec', () => {
    expect(toSpec(toStoredCode(input(), false)).scoring).toEqual({ tests: 100, review: 0 });
    const reviewed = toStoredCode(input({ scoring: { tests: 80, review: 20 } }), true);
    expect(toSpec(reviewed).scoring).toEqual({ tests: 80, review: 20 });
  });

  it('refuses a split that does not add up to 100, a review weight without a rubric and a rubric without one (422)', () => {
    const total = problemOf(() => toStoredCode(input({ scoring: { tests: 80, review: 30 } }), true));
    expect(total).toMatchObject({ status: 422, code: 'code.scoring_total' });
    const noRubric = problemOf(() => toStoredCode(input({ scoring: { tests: 80, review: 20 } }), false));
    expect(noRubric).toMatchObject({ status: 422, code: 'code.review_without_rubric' });
    const unused = problemOf(() => toStoredCode(input(), true));
    expect(unused).toMatchObject({ status: 422, code: 'code.rubric_without_review' });
  });

  it('lets a passing reference through and names each test a failing one breaks', () => {
    const run = (statuses: Array<'passed' | 'failed' | 'timeout'>): CodeRunResult => ({
      score: 0,
      tests: statuses.map((status, index) => ({ name: `t${index}`, hidden: index > 0, weight: 50, status, timeMs: 1 })),
    });
    expect(() => assertReferencePasses(run(['passed', 'passed']))).not.toThrow();
    const refused = problemOf(() => assertReferencePasses(run(['passed', 'timeout'])));
    expect(refused).toMatchObject({ status: 422, code: 'code.reference_fails' });
    expect(refused.message).toContain('"t1" (timeout)');
  });
});
