import { SandboxEngine } from '../../src/sandbox';
import { SUM_TESTS, WARM_UP_MS, codeSpec } from './code-spec.util';

describe('the sandbox grading Python', () => {
  let engine: SandboxEngine;

  beforeAll(async () => {
    engine = SandboxEngine.create();
    await engine.warm(['python']);
  }, WARM_UP_MS);

  afterAll(async () => {
    await engine?.close();
  });

  it('passes a correct solution and scores a partly correct one by weight', async () => {
    const correct = await engine.runSubmission(codeSpec('python', SUM_TESTS), 'def solve(a, b):\n    return a + b\n');
    const partly = await engine.runSubmission(
      codeSpec('python', SUM_TESTS),
      'def solve(a, b):\n    return a + b if a >= 0 else 0\n',
    );

    expect(correct.score).toBe(100);
    expect(correct.tests[0]).toMatchObject({ status: 'passed', expected: 3, actual: 3 });
    expect(partly.tests.map((test) => test.status)).toEqual(['passed', 'passed', 'failed', 'passed']);
    expect(partly.score).toBe(75);
    expect(partly.tests[2]).not.toHaveProperty('actual');
    expect(partly.tests[2]).not.toHaveProperty('expected');
  });

  it('turns tuples and dicts into JSON and compares floats within a tolerance', async () => {
    const spec = codeSpec('python', [
      { name: 'stats', args: [[1, 2, 3]], expected: { mean: 2, pair: [0.1, 0.3] }, weight: 1, hidden: false },
    ]);
    const result = await engine.runSubmission(
      spec,
      'def solve(xs):\n    return {"pair": (0.1, 0.1 + 0.2), "mean": sum(xs) / len(xs)}\n',
    );

    expect(result.tests[0]).toMatchObject({ status: 'passed', actual: { mean: 2, pair: [0.1, 0.30000000000000004] } });
  });

  it('shows a visible test the exception, and a hidden test only that it failed', async () => {
    const result = await engine.runSubmission(codeSpec('python', SUM_TESTS), 'def solve(a, b):\n    return a / 0\n');

    expect(result.tests[0]).toMatchObject({ status: 'error', message: 'ZeroDivisionError: division by zero' });
    expect(result.tests[3]).toMatchObject({ status: 'error', message: 'the code failed on this hidden test' });
  });

  it('reports a syntax error and a missing entry point on every test', async () => {
    const syntax = await engine.runSubmission(codeSpec('python', SUM_TESTS), 'def solve(a, b)\n    return a + b\n');
    const missing = await engine.runSubmission(codeSpec('python', SUM_TESTS), 'def add(a, b):\n    return a + b\n');

    expect(syntax.tests.map((test) => test.status)).toEqual(['error', 'error', 'error', 'error']);
    expect(syntax.tests[0].message).toMatch(/SyntaxError/);
    expect(missing.tests[0].message).toBe('solve is not defined as a function');
  });

  it('starts each submission from a fresh interpreter', async () => {
    const leaky = [
      'import sys',
      'sys.counter = getattr(sys, "counter", 0) + 1',
      'def solve():',
      '    return sys.counter',
    ].join('\n');
    const spec = codeSpec('python', [{ name: 'first load', args: [], expected: 1, weight: 1, hidden: false }]);

    for (let round = 0; round < 3; round += 1) {
      expect((await engine.runSubmission(spec, leaky)).tests[0]).toMatchObject({ status: 'passed', actual: 1 });
    }
  });
});
