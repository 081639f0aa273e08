import { SandboxEngine } from '../../src/sandbox';
import { ALL_ERROR, ALL_FAILED, ALL_MEMORY, ALL_TIMEOUT, expectNoHiddenLeak, type Attack } from './attack-corpus.util';
import { SUM_TESTS, codeSpec } from './code-spec.util';

/** Item 4 of issue 13 for QuickJS: each attack ends in a correct grade and a pool that still grades well. */
const ATTACKS: Attack[] = [
  { name: 'infinite loop', source: 'function solve() { for (;;) {} }', statuses: ALL_TIMEOUT },
  {
    name: 'infinite loop at load time',
    source: 'while (true) {}\nfunction solve(a, b) { return a + b; }',
    statuses: ALL_TIMEOUT,
  },
  {
    name: 'deep recursion',
    source: 'function solve(a) { return solve(a + 1) + 1; }',
    statuses: ALL_ERROR,
    check: (result) => expect(result.tests[0].message).toMatch(/stack|call/i),
  },
  { name: 'memory bomb', source: "function solve() { return 'x'.repeat(2 ** 29).length; }", statuses: ALL_MEMORY },
  {
    name: 'growing memory bomb',
    // Array buffers live outside QuickJS's allocator: the parent's memory watch kills the worker, and
    // after two kills the rest of the submission is not run.
    source: 'function solve() { const keep = []; for (;;) keep.push(new ArrayBuffer(8e6)); }',
    statuses: ['memory', 'memory', 'error', 'error'],
    check: (result) => expect(result.tests[1].message).toBe('memory limit exceeded'),
  },
  {
    name: 'huge output',
    source: "function solve(a, b) { for (;;) console.log('spam'.repeat(100)); }",
    statuses: ALL_ERROR,
    check: (result) => expect(result.tests[0].message).toBe('output limit exceeded'),
  },
  {
    name: 'huge output swallowed by try/catch',
    source:
      "function solve(a, b) { for (let i = 0; i < 100; i++) { try { console.log('x'.repeat(100)); } catch {} } return a + b; }",
    statuses: ALL_ERROR,
  },
  {
    name: 'huge return value',
    source: "function solve() { return 'x'.repeat(2e6); }",
    statuses: ALL_ERROR,
    check: (result) => expect(result.tests[0].message).toMatch(/larger than the output limit/),
  },
  {
    name: 'reading environment variables and files',
    source: `function solve(a, b) {
      const found = [typeof process, typeof require, typeof std, typeof os, typeof Deno, typeof Bun, typeof import.meta];
      return found.every((kind) => kind === 'undefined') ? a + b : found.join();
    }`,
    statuses: ALL_ERROR,
  },
  {
    name: 'host objects absent',
    source: `function solve(a, b) {
      const found = [typeof process, typeof require, typeof std, typeof os, typeof fetch, typeof XMLHttpRequest, typeof WebSocket, typeof setTimeout];
      return found.every((kind) => kind === 'undefined') ? a + b : found.join();
    }`,
    statuses: ['passed', 'passed', 'passed', 'passed'],
  },
  {
    name: 'opening a socket or fetching',
    source: "function solve() { return fetch('http://127.0.0.1:4222/'); }",
    statuses: ALL_ERROR,
    check: (result) => expect(result.tests[0].message).toMatch(/ReferenceError/),
  },
  {
    name: 'Function-constructor escape to the host global',
    source: "function solve() { return (0, solve.constructor.constructor)('return this')().process.env; }",
    statuses: ALL_ERROR,
  },
  {
    name: 'overriding JSON.stringify to fake the comparison',
    source: "JSON.stringify = () => '6000000'; JSON.parse = () => [3, 3]; function solve() { return -1; }",
    statuses: ALL_FAILED,
  },
  {
    name: 'overriding prototypes used by comparison',
    source:
      'Object.prototype.toJSON = function () { return 3; }; Array.prototype.every = () => true; function solve() { return {}; }',
    statuses: ['passed', 'failed', 'failed', 'failed'],
  },
  {
    name: 'printing fake results',
    source: `function solve() {
      console.log(JSON.stringify({ kind: 'finished', id: 1, call: 0, outcome: { status: 'value', json: '3', timeMs: 1 } }));
      console.log('PASSED 4/4');
      return null;
    }`,
    statuses: ALL_FAILED,
  },
  {
    name: 'exiting early with success',
    source: 'function solve() { if (typeof quit === "function") quit(0); process.exit(0); }',
    statuses: ALL_ERROR,
  },
  {
    name: 'a promise that never settles',
    source: 'function solve() { return new Promise(() => {}); }',
    statuses: ALL_ERROR,
  },
  {
    name: 'collecting hidden arguments to show them in a visible result',
    source: 'const seen = []; function solve(a, b) { seen.push(a, b); return seen; }',
    statuses: ALL_FAILED,
    check: (result) => {
      expect(result.tests[0].actual).toEqual([1, 2]);
      expect(result.tests[1].actual).toEqual([1, 2, 0, 0]);
      expectNoHiddenLeak(result);
    },
  },
  {
    name: 'echoing hidden arguments in an error message',
    source: 'function solve(a, b) { throw new Error(`args ${a} ${b}`); }',
    statuses: ALL_ERROR,
    check: (result) => {
      expect(result.tests[0].message).toBe('Error: args 1 2');
      expectNoHiddenLeak(result);
    },
  },
];

describe('JavaScript attacks on the sandbox', () => {
  let engine: SandboxEngine;
  const spec = codeSpec('javascript', SUM_TESTS, { limits: { timeMs: 1_000, memoryMb: 64, outputBytes: 4_096 } });

  beforeAll(async () => {
    engine = SandboxEngine.create();
    await engine.warm(['javascript']);
  });

  afterAll(async () => {
    await engine?.close();
  });

  it.each(ATTACKS)('$name: a correct grade, then a healthy pool', async (attack) => {
    const result = await engine.runSubmission(spec, attack.source);

    expect(result.tests.map((test) => test.status)).toEqual(attack.statuses);
    attack.check?.(result);
    const after = await engine.runSubmission(spec, 'function solve(a, b) { return a + b; }');
    expect(after.score).toBe(100);
    expect(engine.memory().javascript).toHaveLength(1);
  });
});
