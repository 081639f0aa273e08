import {
  CODE_LIMIT_BOUNDS,
  type CodeChallengeInput,
  type CodeChallengeSpec,
  type CodeRunResult,
} from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import type { StoredCode } from '../entities/challenge.entity';

export const TEST_WEIGHT_TOTAL = 100;

/** A code challenge is usable when its test names are unique, its weights add up to 100 and SQL has a schema. */
export function toStoredCode(input: CodeChallengeInput): StoredCode {
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
  };
}

/** What the sandbox needs to grade code against this challenge. */
export function toSpec(code: StoredCode): CodeChallengeSpec {
  return {
    language: code.language,
    entryPoint: code.entrypoint,
    tests: code.tests,
    limits: code.limits,
    ...(code.sql ? { sql: code.sql } : {}),
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
