import type { components } from '../../api/schema';
import type { Problem } from '../../api/types';

type Schemas = components['schemas'];
export type CodeChallengeInput = Schemas['CodeChallengeInputDto'];
export type CodeLanguage = CodeChallengeInput['language'];
type CodeTestInput = Schemas['CodeTestInputDto'];
type JsonValue = CodeTestInput['expected'];

export const CODE_LANGUAGES: { value: CodeLanguage; label: string }[] = [
  { value: 'python', label: 'Python' },
  { value: 'javascript', label: 'JavaScript' },
  { value: 'typescript', label: 'TypeScript' },
  { value: 'sql', label: 'SQL (SQLite)' },
];

/** A test as the form holds it: arguments and expected value stay text until the form is sent. */
export interface TestDraft {
  name: string;
  /** A JSON array of arguments; for SQL, the statements that load this test's rows. */
  args: string;
  expected: string;
  weight: number;
  hidden: boolean;
}

export interface CodeDraft {
  language: CodeLanguage;
  entrypoint: string;
  starterCode: string;
  referenceSolution: string;
  /** SQL only: the schema every test starts from. */
  schema: string;
  tests: TestDraft[];
  /** The AI review's share of the score in percent; the tests get the rest. */
  review: number;
}

export const EMPTY_TEST: TestDraft = { name: '', args: '', expected: '', weight: 0, hidden: false };

export const EMPTY_CODE_DRAFT: CodeDraft = {
  language: 'python',
  entrypoint: '',
  starterCode: '',
  referenceSolution: '',
  schema: '',
  tests: [
    { ...EMPTY_TEST, weight: 50 },
    { ...EMPTY_TEST, weight: 50, hidden: true },
  ],
  review: 0,
};

type Parsed = { input: CodeChallengeInput; problem?: undefined } | { input?: undefined; problem: Problem };

/**
 * The request body for a draft, or a problem in the gateway's own shape naming each test whose JSON
 * does not parse, so the fields show it exactly as they show the gateway's messages.
 */
export function toCodeInput(draft: CodeDraft): Parsed {
  const errors: { field: string; message: string }[] = [];
  const tests = draft.tests.map((test, index): CodeTestInput => {
    const args = draft.language === 'sql' ? [test.args] : parseJson(test.args, `code.tests.${index}.args`, errors);
    if (draft.language !== 'sql' && args !== undefined && !Array.isArray(args))
      errors.push({ field: `code.tests.${index}.args`, message: 'arguments must be a JSON array, such as [1, 2]' });
    const expected = parseJson(test.expected, `code.tests.${index}.expected`, errors);
    return {
      name: test.name,
      args: Array.isArray(args) ? args : [],
      expected: expected ?? null,
      weight: test.weight,
      hidden: test.hidden,
    };
  });
  if (errors.length > 0) {
    return {
      problem: {
        type: 'about:blank',
        title: 'Some tests are not valid JSON',
        status: 400,
        detail: 'Fix the fields marked below; nothing was sent.',
        code: 'validation_failed',
        errors,
      },
    };
  }
  return {
    input: {
      language: draft.language,
      entrypoint: draft.entrypoint,
      starterCode: draft.starterCode,
      referenceSolution: draft.referenceSolution,
      tests,
      ...(draft.language === 'sql' ? { sql: { schema: draft.schema } } : {}),
      scoring: { tests: 100 - draft.review, review: draft.review },
    },
  };
}

function parseJson(text: string, field: string, errors: { field: string; message: string }[]): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    errors.push({ field, message: 'must be valid JSON, such as 3, "text", [1, 2] or {"key": 1}' });
    return undefined;
  }
}
