import {
  CODE_LIMIT_BOUNDS,
  TESTS_ONLY_SCORING,
  type CodeChallengeInput,
  type CodeScoring,
  type CodeChallengeSpec,
  type CodeRunResult,
} from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import type { StoredCode } from '../entities/challenge.entity';

export const TEST_WEIGHT_TOTAL = 100;
export const SCORING_TOTAL = 100;

/**
 * A code challenge is usable when its test names are unique, its weights add up to 100, SQL has a
 * schema, and its scoring adds up to 100 with a review weight exactly when it has a rubric.
 */
export function toStoredCode(input: CodeChallengeInput, hasRubric: boolean): StoredCode {
  const names = input.tests.map((test) => test.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) {
    throw DomainError.ruleBroken('code.duplicate_test', `The challenge names test "${duplicate}" twice`, [
      { field: 'code.tests', message: `test name "${duplicate}" is used twice` },
    ]);
  }
  const total = input.tests.reduce((sum, test) => sum + test.weight, 0);
  if (total !== TEST_WEIGHT_TOTAL) {
    throw DomainError.ruleBroken('code.weights_total', `The test weights add up to ${total}, not 100`, [
      { field: 'code.tests', message: `weights must add up to 100 (they add up to ${total})` },
    ]);
  }
  if ((input.language === 'sql') !== (input.sql !== undefined)) {
    throw DomainError.ruleBroken(
      'code.sql_schema',
      'A SQL challenge needs a schema, and only a SQL challenge may have one',
      [{ field: 'code.sql', message: input.language === 'sql' ? 'required for sql' : 'only for sql' }],
    );
  }
  const scoring = input.scoring ? { tests: input.scoring.tests, review: input.scoring.review } : TESTS_ONLY_SCORING;
  assertScoring(scoring, hasRubric);
  return {
    language: input.language,
    entrypoint: input.entrypoint,
    starterCode: input.starterCode,
    referenceSolution: input.referenceSolution,
    tests: input.tests.map(({ name, args, expected, weight, hidden }) => ({ name, args, expected, weight, hidden })),
    limits: {
      timeMs: input.timeLimitMs ?? CODE_LIMIT_BOUNDS.timeMs.default,
      memoryMb: input.memoryLimitMb ?? CODE_LIMIT_BOUNDS.memoryMb.default,
      outputBytes: CODE_LIMIT_BOUNDS.outputBytes.default,
    },
    ...(input.sql ? { sql: { schema: input.sql.schema } } : {}),
    scoring: { ...scoring },
  };
}

/**
 * The stated split of a code challenge's score. A rubric on a code challenge exists only for the AI
 * review, so a rubric without a review weight (or a weight without a rubric) is refused rather than
 * silently ignored.
 */
export function assertScoring(scoring: CodeScoring, hasRubric: boolean): void {
  const total = scoring.tests + scoring.review;
  if (total !== SCORING_TOTAL) {
    throw DomainError.ruleBroken('code.scoring_total', `The scoring weights add up to ${total}, not 100`, [
      { field: 'code.scoring', message: `tests and review must add up to 100 (they add up to ${total})` },
    ]);
  }
  if (scoring.review > 0 && !hasRubric) {
    throw DomainError.ruleBroken('code.review_without_rubric', 'An AI review weight needs a rubric to review by', [
      { field: 'rubric', message: `required when code.scoring.review is ${scoring.review}` },
    ]);
  }
  if (scoring.review === 0 && hasRubric) {
    throw DomainError.ruleBroken(
      'code.rubric_without_review',
      "A code challenge's rubric is for the AI review of the code; give the review a weight in code.scoring",
      [{ field: 'code.scoring.review', message: 'must be above 0 when the challenge has a rubric' }],
    );
  }
}

/** What the sandbox needs to grade code against this challenge. */
export function toSpec(code: StoredCode): CodeChallengeSpec {
  return {
    language: code.language,
    entryPoint: code.entrypoint,
    tests: code.tests,
    limits: code.limits,
    ...(code.sql ? { sql: code.sql } : {}),
    scoring: code.scoring ?? TESTS_ONLY_SCORING,
  };
}

/** A reference solution that fails its own tests cannot be published: the 422 names every failing test. */
export function assertReferencePasses(result: CodeRunResult): void {
  const failing = result.tests.filter((test) => test.status !== 'passed');
  if (failing.length === 0) return;
  throw DomainError.ruleBroken(
    'code.reference_fails',
    `The reference solution fails ${failing.length} of its tests: ${failing
      .map((test) => `"${test.name}" (${test.status})`)
      .join(', ')}`,
    failing.map((test) => ({
      field: 'code.referenceSolution',
      message: `test "${test.name}" ${test.status}${test.message ? `: ${test.message}` : ''}`,
    })),
  );
}
