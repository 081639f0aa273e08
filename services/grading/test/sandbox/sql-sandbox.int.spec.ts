import type { CodeTestCase } from '@skillproof/contracts';
import { SandboxEngine } from '../../src/sandbox';
import { codeSpec } from './code-spec.util';

const SCHEMA = 'CREATE TABLE scores (player TEXT, points INTEGER);';
const TESTS: CodeTestCase[] = [
  {
    name: 'visible data',
    args: ["INSERT INTO scores VALUES ('ana', 3), ('bo', 5), ('ana', 4);"],
    expected: [
      { player: 'ana', total: 7 },
      { player: 'bo', total: 5 },
    ],
    weight: 1,
    hidden: false,
  },
  {
    name: 'hidden data',
    args: ["INSERT INTO scores VALUES ('zed', 4000000), ('zed', 2000000);"],
    expected: [{ player: 'zed', total: 6000000 }],
    weight: 1,
    hidden: true,
  },
];
const CORRECT = 'SELECT player, SUM(points) AS total FROM scores GROUP BY player ORDER BY player;';

describe('the sandbox grading SQL', () => {
  let engine: SandboxEngine;
  const spec = codeSpec('sql', TESTS, { entryPoint: 'query', sql: { schema: SCHEMA } });

  beforeAll(async () => {
    engine = SandboxEngine.create();
    await engine.warm(['sql']);
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('compares the rows of a correct query, and of a wrong one, per test data set', async () => {
    const correct = await engine.runSubmission(spec, CORRECT);
    const wrong = await engine.runSubmission(
      spec,
      'SELECT player, MAX(points) AS total FROM scores GROUP BY player ORDER BY player;',
    );

    expect(correct.score).toBe(100);
    expect(correct.tests[0]).toMatchObject({ status: 'passed', actual: TESTS[0].expected });
    expect(wrong.tests.map((test) => test.status)).toEqual(['failed', 'failed']);
    expect(wrong.tests[1]).not.toHaveProperty('actual');
  });

  it('reports a syntax error and keeps one test’s damage out of the next', async () => {
    const syntax = await engine.runSubmission(spec, 'SELEC player FROM scores');
    const destructive = await engine.runSubmission(
      spec,
      `DROP TABLE scores; CREATE TABLE scores (player TEXT, points INTEGER); ${CORRECT}`,
    );
    const after = await engine.runSubmission(spec, CORRECT);

    expect(syntax.tests[0]).toMatchObject({ status: 'error', message: expect.stringMatching(/syntax error/) });
    expect(destructive.tests.map((test) => test.status)).toEqual(['failed', 'failed']);
    expect(after.score).toBe(100);
  });

  it('stops a query that never ends and one whose result is too large, then grades the next', async () => {
    const limits = { timeMs: 500, memoryMb: 64, outputBytes: 4_096 };
    const endless = await engine.runSubmission(
      { ...spec, limits },
      'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) AS total FROM n;',
    );
    const huge = await engine.runSubmission(
      { ...spec, limits: { ...limits, timeMs: 5_000 } },
      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000) SELECT x, 'padding' AS p FROM n;",
    );

    expect(endless.tests.map((test) => test.status)).toEqual(['timeout', 'timeout']);
    expect(huge.tests.map((test) => test.status)).toEqual(['error', 'error']);
    expect((await engine.runSubmission(spec, CORRECT)).score).toBe(100);
  });

  it('reaches no host file through ATTACH', async () => {
    const result = await engine.runSubmission(
      spec,
      "ATTACH DATABASE '/etc/passwd' AS host; SELECT name AS player, 0 AS total FROM host.sqlite_master;",
    );

    // Emscripten's in-memory file system has no such file: the query fails or sees an empty database.
    expect(result.tests[0].status).not.toBe('passed');
    expect(JSON.stringify(result)).not.toMatch(/root:/);
  });
});
