import { existsSync } from 'node:fs';
import { SandboxEngine } from '../../src/sandbox';
import { SUM_TESTS, codeSpec } from './code-spec.util';

describe('the sandbox grading JavaScript and TypeScript', () => {
  let engine: SandboxEngine;

  beforeAll(() => {
    engine = SandboxEngine.create();
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('passes every test of a correct JavaScript solution and shows expected and actual for visible tests', async () => {
    const result = await engine.runSubmission(
      codeSpec('javascript', SUM_TESTS),
      'function solve(a, b) { return a + b; }',
    );

    expect(result.score).toBe(100);
    expect(result.tests.map((test) => test.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
    expect(result.tests[0]).toMatchObject({ name: 'small', hidden: false, expected: 3, actual: 3 });
  });

  it('scores a partly correct solution by weight and never shows a hidden test’s values', async () => {
    const spec = codeSpec(
      'javascript',
      SUM_TESTS.map((test, index) => ({ ...test, weight: index + 1 })),
    );
    const result = await engine.runSubmission(spec, 'function solve(a, b) { return a >= 0 ? a + b : 0; }');

    expect(result.tests.map((test) => test.status)).toEqual(['passed', 'passed', 'failed', 'passed']);
    expect(result.score).toBe(70);
    for (const test of result.tests.filter((each) => each.hidden)) {
      expect(Object.keys(test).sort()).toEqual(['hidden', 'name', 'status', 'timeMs', 'weight']);
    }
    expect(result.tests[1]).toMatchObject({ expected: 0, actual: 0 });
  });

  it('runs TypeScript with types and ES exports, and answers an async entry point', async () => {
    const source = `
      type Pair = [number, number];
      export async function solve(...[a, b]: Pair): Promise<number> {
        const total: number = await Promise.resolve(a + b);
        return total;
      }`;
    const result = await engine.runSubmission(codeSpec('typescript', SUM_TESTS), source);

    expect(result.score).toBe(100);
  });

  it('reports a syntax error on every test, with the compiler’s message on visible tests only', async () => {
    const result = await engine.runSubmission(
      codeSpec('typescript', SUM_TESTS),
      'export function solve(a: number, b: number { return a + b }',
    );

    expect(result.tests.map((test) => test.status)).toEqual(['error', 'error', 'error', 'error']);
    expect(result.tests[0].message).toMatch(/SyntaxError/);
    expect(result.tests[2].message).toBe('the code failed on this hidden test');
  });

  it('says which function is missing when the entry point is not defined', async () => {
    const result = await engine.runSubmission(
      codeSpec('javascript', SUM_TESTS),
      'function add(a, b) { return a + b; }',
    );

    expect(result.score).toBe(0);
    expect(result.tests[0].message).toBe('solve is not defined as a function');
  });

  it('compares objects regardless of key order and floats within a tolerance', async () => {
    const spec = codeSpec('javascript', [
      { name: 'float', args: [0.1, 0.2], expected: { sum: 0.3, parts: [0.1, 0.2] }, weight: 1, hidden: false },
    ]);
    const result = await engine.runSubmission(spec, 'function solve(a, b) { return { parts: [a, b], sum: a + b }; }');

    expect(result.tests[0]).toMatchObject({
      status: 'passed',
      actual: { sum: 0.30000000000000004, parts: [0.1, 0.2] },
    });
  });

  it('refuses a spec that breaks the contract before any code runs, and accepts null as an expected value', async () => {
    const spliced = codeSpec('javascript', SUM_TESTS, { entryPoint: 'solve; globalThis.x = 1' });
    const nullable = codeSpec('javascript', [{ name: 'nothing', args: [], expected: null, weight: 1, hidden: false }]);

    await expect(engine.runSubmission(spliced, 'function solve() {}')).rejects.toMatchObject({
      status: 400,
      code: 'code_challenge.invalid_spec',
    });
    expect((await engine.runSubmission(nullable, 'function solve() { return null; }')).score).toBe(100);
  });

  it('starts each submission from a fresh interpreter', async () => {
    const leaky = 'globalThis.count = (globalThis.count ?? 0) + 1; function solve() { return globalThis.count; }';
    const spec = codeSpec('javascript', [{ name: 'first load', args: [], expected: 1, weight: 1, hidden: false }]);

    for (let round = 0; round < 3; round += 1) {
      expect((await engine.runSubmission(spec, leaky)).tests[0]).toMatchObject({ status: 'passed', actual: 1 });
    }
  });

  it('runs its workers inside bubblewrap where it is installed', () => {
    // .ci/run installs bubblewrap, so CI checks the outer wall rather than skipping it.
    expect(engine.wall).toBe(existsSync('/usr/bin/bwrap') ? 'bubblewrap' : 'process');
  });

  it('still grades, with the same limits, when bubblewrap is off', async () => {
    const plain = SandboxEngine.create({ bubblewrap: 'off' });
    try {
      expect(plain.wall).toBe('process');
      const correct = await plain.runSubmission(
        codeSpec('typescript', SUM_TESTS),
        'export const solve = (a: number, b: number) => a + b;',
      );
      const looping = await plain.runSubmission(
        codeSpec('javascript', SUM_TESTS.slice(0, 1), { limits: { timeMs: 300, memoryMb: 32, outputBytes: 1_024 } }),
        'function solve() { for (;;) {} }',
      );
      expect(correct.score).toBe(100);
      expect(looping.tests[0].status).toBe('timeout');
    } finally {
      await plain.close();
    }
  });
});
