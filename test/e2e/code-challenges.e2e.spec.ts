import { expectEventually } from '@skillproof/testing';
import { startSystem, type RunningSystem } from './start-system.util';

/** Response bodies are checked by the assertions, not the compiler. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

interface Caller {
  headers: Record<string, string>;
}

interface Test {
  name: string;
  args: unknown[];
  expected: unknown;
  weight: number;
  hidden: boolean;
}

const PASSWORD = 'e2e code password 42';
const ADMIN = { email: 'code-admin@example.com', password: 'code admin password 42' };
/** A cold Python sandbox on a machine shared with other builds takes long to start. */
const GRADING_MS = 240_000;
const TYPESCRIPT_TITLE = 'An LRU cache';
const PYTHON_TITLE = 'Precision, recall and F1 from a confusion matrix';

/**
 * Code that knows only the visible tests' answers: every visible test passes, every hidden one fails,
 * so its grade is exactly the visible tests' weight.
 */
function visibleOnly(language: string, entrypoint: string, tests: Test[]): string {
  const table = JSON.stringify(tests.filter((test) => !test.hidden).map((test) => [test.args, test.expected]));
  if (language === 'python') {
    return [
      'import json',
      `_TABLE = {json.dumps(args, separators=(",", ":")): expected for args, expected in json.loads(${JSON.stringify(table)})}`,
      `def ${entrypoint}(*args):`,
      '    return _TABLE.get(json.dumps(list(args), separators=(",", ":")))',
      '',
    ].join('\n');
  }
  return [
    `const table = new Map<string, unknown>((${table} as Array<[unknown[], unknown]>).map(([args, expected]) => [JSON.stringify(args), expected]));`,
    `export function ${entrypoint}(...args: unknown[]): unknown {`,
    '  return table.get(JSON.stringify(args)) ?? null;',
    '}',
    '',
  ].join('\n');
}

/** Code that attacks the sandbox instead of solving anything. */
const MALICIOUS: Record<string, (entrypoint: string) => string> = {
  python: (entrypoint) =>
    [
      'import js',
      `def ${entrypoint}(*args):`,
      '    import os',
      '    print("PASSED " * 1000)',
      '    return dict(os.environ)',
      '',
    ].join('\n'),
  typescript: (entrypoint) =>
    [
      'declare const process: { env: unknown; exit(code: number): never } | undefined;',
      `export function ${entrypoint}(...args: unknown[]): unknown {`,
      '  if (typeof process !== "undefined") process.exit(0);',
      '  for (;;) { args.push(args.length); }',
      '}',
      '',
    ].join('\n'),
};

/**
 * Issue 13 end to end, through the gateway of the system `npm start` starts: candidates solve the
 * seeded Python and TypeScript code challenges correctly, partly and maliciously; the grades come from
 * the sandbox's tests, the public profile shows the tested evidence, and no hidden test's values ever
 * reach a candidate.
 */
describe('code challenges through the gateway', () => {
  let system: RunningSystem;

  const call = async (method: string, path: string, caller?: Caller, body?: unknown) => {
    const response = await fetch(`${system.baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(caller?.headers ?? {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text, json: (text ? JSON.parse(text) : undefined) as Body };
  };
  const session = (json: Body): Caller => ({ headers: { authorization: `Bearer ${json.accessToken}` } });
  const publicCandidate = async (name: string): Promise<Caller & { handle: string }> => {
    const { status, json } = await call('POST', '/v1/auth/register', undefined, {
      email: `${name.toLowerCase()}.${Date.now()}.${Math.random()}@example.com`,
      password: PASSWORD,
      name,
      role: 'candidate',
    });
    expect(status).toBe(201);
    const candidate = session(json);
    const profile = await call('PATCH', '/v1/me/profile', candidate, { visibility: 'public' });
    return { ...candidate, handle: profile.json.handle };
  };

  const graphql = async (query: string, variables: Record<string, unknown>, caller?: Caller) => {
    const response = await fetch(`${system.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(caller?.headers ?? {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.text();
  };

  /** Everything a candidate reads while doing one challenge: its page, the attempt and the graded submission. */
  const graded = async (challengeId: string, candidate: Caller, content: string) => {
    const page = await call('GET', `/v1/challenges/${challengeId}`, candidate);
    const attempt = await call('POST', `/v1/challenges/${challengeId}/attempts`, candidate);
    expect(attempt.status).toBe(201);
    const submitted = await call('POST', `/v1/attempts/${attempt.json.id}/submission`, candidate, { content });
    expect(submitted.status).toBe(202);
    const submission = await expectEventually(async () => {
      const read = await call('GET', `/v1/submissions/${submitted.json.submissionId}`, candidate);
      expect(read.json.status).toBe('graded');
      return read;
    }, GRADING_MS);
    const overGraphql = await graphql(
      `
        query ($id: String!, $submission: String!) {
          challenge(id: $id) {
            code {
              tests {
                name
                args
                expected
                hidden
              }
              referenceSolution
            }
          }
          submission(id: $submission) {
            score
            tests {
              name
              hidden
              status
              expected
              actual
              message
            }
          }
        }
      `,
      { id: challengeId, submission: submitted.json.submissionId },
      candidate,
    );
    expect(JSON.parse(overGraphql)).toMatchObject({ data: { challenge: { code: { referenceSolution: null } } } });
    return {
      json: submission.json as Body,
      seen: [page.text, attempt.text, submitted.text, submission.text, overGraphql],
    };
  };

  /** The hidden tests' values, as JSON text long enough not to turn up by chance in a visible one. */
  const hiddenValues = (tests: Test[]): string[] => {
    const visible = JSON.stringify(tests.filter((test) => !test.hidden));
    return tests
      .filter((test) => test.hidden)
      .flatMap((test) => [JSON.stringify(test.args), JSON.stringify(test.expected)])
      .filter((text) => text.length >= 8 && !visible.includes(text));
  };

  beforeAll(async () => {
    system = await startSystem({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('grades correct, partly correct and malicious code by its tests, shows tested evidence, and leaks no hidden test', async () => {
    const admin = session((await call('POST', '/v1/auth/login', undefined, ADMIN)).json);
    const listed = await call('GET', '/v1/challenges?limit=100');
    const challenges = await Promise.all(
      [PYTHON_TITLE, TYPESCRIPT_TITLE].map(async (title) => {
        const summary = listed.json.items.find((item: Body) => item.title === title);
        // The admin (platform staff) sees the whole challenge: hidden tests and the reference solution.
        const full = (await call('GET', `/v1/challenges/${summary.id}`, admin)).json;
        const anonymous = await call('GET', `/v1/challenges/${summary.id}`);
        return { id: summary.id as string, skills: summary.skills as string[], full, anonymous };
      }),
    );

    const correct = await publicCandidate('Correct');
    const partly = await publicCandidate('Partly');
    const attacker = await publicCandidate('Attacker');
    for (const { id, full, anonymous } of challenges) {
      const { language, entrypoint, tests, referenceSolution } = full.code as {
        language: string;
        entrypoint: string;
        tests: Test[];
        referenceSolution: string;
      };
      expect(tests.some((test) => test.hidden)).toBe(true);
      expect(anonymous.json.code.tests.every((test: Test) => !test.hidden)).toBe(true);
      expect(anonymous.json.code.referenceSolution).toBeUndefined();
      const hidden = hiddenValues(tests);
      const visibleWeight = tests.filter((test) => !test.hidden).reduce((sum, test) => sum + test.weight, 0);

      const right = await graded(id, correct, referenceSolution);
      expect(right.json).toMatchObject({ score: 100, verification: 'tested', grader: 'sandbox' });

      const half = await graded(id, partly, visibleOnly(language, entrypoint, tests));
      expect(half.json.score).toBe(visibleWeight);
      for (const test of half.json.tests) {
        expect(test.status).toBe(test.hidden ? 'failed' : 'passed');
        if (test.hidden) expect(Object.keys(test).sort()).toEqual(['hidden', 'name', 'status', 'timeMs', 'weight']);
      }

      const attack = await graded(id, attacker, MALICIOUS[language](entrypoint));
      expect(attack.json.score).toBe(0);
      expect(attack.json.verification).toBe('tested');
      expect(attack.json.tests.every((test: Test & { status: string }) => test.status !== 'passed')).toBe(true);

      for (const text of [anonymous.text, ...right.seen, ...half.seen, ...attack.seen]) {
        for (const value of hidden) expect(text).not.toContain(value);
      }
    }

    const profile = await expectEventually(async () => {
      const read = await call('GET', `/v1/profiles/${correct.handle}`);
      const skills = read.json.verifiedSkills.map((skill: Body) => skill.skill);
      expect(skills).toEqual(expect.arrayContaining(['python', 'typescript']));
      return read.json;
    }, GRADING_MS);
    const evidence = profile.verifiedSkills.flatMap((skill: Body) => skill.evidence);
    for (const { id } of challenges) {
      expect(evidence).toContainEqual(expect.objectContaining({ challengeId: id, score: 100, verification: 'tested' }));
    }
  }, 900_000);

  it('lets a company author a code challenge over REST and GraphQL, with 400 for shape errors and 422 for weights', async () => {
    const { json } = await call('POST', '/v1/auth/register', undefined, {
      email: `author.${Date.now()}@example.com`,
      password: PASSWORD,
      name: 'Ada Author',
      role: 'company',
      companyName: 'Authors Ltd',
    });
    const company = session(json);
    const challenge = {
      title: 'Add two numbers',
      brief: 'Write add(a, b) that returns the sum of two numbers, however large.',
      skills: ['javascript'],
      difficulty: 'beginner',
      timeLimitMinutes: 20,
      kind: 'code',
    };
    const code = {
      language: 'javascript',
      entrypoint: 'add',
      starterCode: 'function add(a, b) {}',
      referenceSolution: 'function add(a, b) { return a + b; }',
      tests: [
        { name: 'small', args: [1, 2], expected: 3, weight: 40, hidden: false },
        { name: 'large', args: [1e6, 2e6], expected: 3e6, weight: 60, hidden: true },
      ],
    };

    const shape = await call('POST', '/v1/challenges', company, {
      ...challenge,
      code: { ...code, tests: [{ ...code.tests[0], weight: 'heavy' }] },
    });
    expect(shape.status).toBe(400);
    expect(shape.text).toContain('weight');
    const missing = await call('POST', '/v1/challenges', company, challenge);
    expect(missing.status).toBe(400);
    const weights = await call('POST', '/v1/challenges', company, {
      ...challenge,
      code: { ...code, tests: [code.tests[0]] },
    });
    expect(weights.status).toBe(422);
    expect(weights.json.code).toBe('code.weights_total');

    const created = JSON.parse(
      await graphql(
        `
          mutation {
            createChallenge(
              input: {
                title: "Add two numbers"
                brief: "Write add(a, b) that returns the sum of two numbers, however large."
                skills: ["javascript"]
                difficulty: "beginner"
                timeLimitMinutes: 20
                kind: "code"
                code: {
                  language: "javascript"
                  entrypoint: "add"
                  starterCode: "function add(a, b) {}"
                  referenceSolution: "function add(a, b) { return a + b; }"
                  tests: [
                    { name: "small", args: [1, 2], expected: 3, weight: 40, hidden: false }
                    { name: "large", args: [1000000, 2000000], expected: 3000000, weight: 60, hidden: true }
                  ]
                }
              }
            ) {
              id
              kind
              code {
                tests {
                  name
                  args
                  expected
                  hidden
                }
                referenceSolution
              }
            }
          }
        `,
        {},
        company,
      ),
    );
    expect(created.data.createChallenge).toMatchObject({
      kind: 'code',
      code: { tests: [{ args: [1, 2] }, { args: [1_000_000, 2_000_000], hidden: true }] },
    });
    const published = await call('POST', `/v1/challenges/${created.data.createChallenge.id}/publish`, company);
    expect(published.status).toBe(200);
  }, 300_000);
});
