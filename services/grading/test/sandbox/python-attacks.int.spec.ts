import { SandboxEngine } from '../../src/sandbox';
import { ALL_ERROR, ALL_FAILED, ALL_MEMORY, ALL_TIMEOUT, expectNoHiddenLeak, type Attack } from './attack-corpus.util';
import { SUM_TESTS, WARM_UP_MS, codeSpec } from './code-spec.util';

const SECRET = 'sk-sandbox-canary-7f3a';
const PASSED = ['passed', 'passed', 'passed', 'passed'] as Attack['statuses'];
const py = (...lines: string[]) => lines.join('\n');

/** Item 4 of issue 13 for Pyodide: each attack ends in a correct grade and a pool that still grades well. */
const ATTACKS: (Attack & { timeMs?: number; memoryMb?: number })[] = [
  { name: 'infinite loop', source: py('def solve(a, b):', '    while True: pass'), statuses: ALL_TIMEOUT },
  {
    name: 'infinite loop that swallows the interrupt',
    source: py(
      'def solve(a, b):',
      '    while True:',
      '        try:',
      '            while True: pass',
      '        except BaseException:',
      '            pass',
    ),
    // The parent kills the worker twice, then leaves the rest of the submission unrun.
    statuses: ['timeout', 'timeout', 'error', 'error'],
  },
  {
    name: 'deep recursion',
    source: py('def solve(a, b):', '    return solve(a, b) + 1'),
    statuses: ALL_ERROR,
    timeMs: 8_000,
    check: (result) => expect(result.tests[0].message).toMatch(/RecursionError/),
  },
  { name: 'memory bomb', source: py('def solve(a, b):', '    return len([0] * 10**9)'), statuses: ALL_MEMORY },
  {
    name: 'growing memory bomb',
    // Bytes that are written, not just reserved: untouched wasm pages never become resident.
    source: py('def solve(a, b):', '    keep = []', '    while True: keep.append(b"x" * (8 * 10**6))'),
    // The parent's memory watch kills the worker (a generous time limit lets it act first), twice, and
    // then leaves the rest of the submission unrun.
    statuses: ['memory', 'memory', 'error', 'error'],
    timeMs: 10_000,
    memoryMb: 16,
  },
  {
    name: 'huge output',
    source: py('def solve(a, b):', '    while True: print("spam" * 100)'),
    statuses: ALL_ERROR,
    check: (result) => expect(result.tests[0].message).toBe('output limit exceeded'),
  },
  {
    name: 'huge return value',
    source: py('def solve(a, b):', '    return "x" * 2_000_000'),
    statuses: ALL_ERROR,
    check: (result) => expect(result.tests[0].message).toMatch(/larger than the output limit/),
  },
  {
    name: 'reading environment variables and host files',
    source: py(
      'import os',
      'def solve(a, b):',
      '    found = [k for k in os.environ if k.startswith(("SKILLPROOF", "DATABASE", "NATS", "OPENAI"))]',
      '    for path in ("/proc/self/environ", "/proc/1/environ", "/etc/passwd", "/etc/hostname", "/work"):',
      '        try:',
      '            found.append(path + ":" + (open(path).read(200) if not os.path.isdir(path) else ",".join(os.listdir(path))))',
      '        except OSError:',
      '            pass',
      `    return a + b if not found and "${SECRET}" not in str(os.environ) else found`,
    ),
    statuses: PASSED,
  },
  {
    name: 'opening a socket',
    source: py('import socket', 'def solve(a, b):', '    return socket.create_connection(("127.0.0.1", 4222))'),
    statuses: ALL_ERROR,
    check: (result) => expect(result.tests[0].message).toMatch(/No module named 'socket'/),
  },
  {
    name: 'fetching a URL',
    source: py(
      'def solve(a, b):',
      '    import urllib.request',
      '    return urllib.request.urlopen("http://127.0.0.1:4222").read()',
    ),
    statuses: ALL_ERROR,
    check: (result) => expect(result.tests[0].message).toMatch(/ModuleNotFoundError/),
  },
  {
    name: 'import js',
    source: py('import js', 'def solve(a, b):', '    return js.process.env.HOME'),
    statuses: ALL_ERROR,
    check: (result) => expect(result.tests[0].message).toMatch(/No module named 'js'/),
  },
  {
    name: 'pyodide.ffi and pyodide_js',
    source: py(
      'def solve(a, b):',
      '    found = []',
      '    for name in ("pyodide.ffi", "pyodide.code", "pyodide_js", "_pyodide_core", "micropip"):',
      '        try:',
      '            __import__(name)',
      '            found.append(name)',
      '        except ImportError:',
      '            pass',
      '    import sys',
      '    found += [m for m in sys.modules if m.split(".")[0] in ("js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core")]',
      '    return a + b if not found else found',
    ),
    statuses: PASSED,
  },
  {
    name: 'walking the object graph to a JavaScript object',
    source: py(
      'def reachable():',
      '    seen, out = set(), []',
      '    for cls in object.__subclasses__():',
      '        for value in list(vars(cls).values()):',
      '            g = getattr(value, "__globals__", None)',
      '            if isinstance(g, dict) and id(g) not in seen:',
      '                seen.add(id(g))',
      '                out += [v for v in g.values() if "Js" in type(v).__name__]',
      '    return out',
      'def solve(a, b):',
      '    escaped = []',
      '    for proxy in reachable():',
      '        for attempt in (lambda p: p.constructor.constructor("return process")().env,',
      '                        lambda p: p.eval("process").env, lambda p: p.process.env):',
      '            try:',
      '                escaped.append(str(attempt(proxy)))',
      '            except Exception:',
      '                pass',
      '    return a + b if not escaped else escaped',
    ),
    statuses: PASSED,
  },
  {
    name: 'overriding json.dumps to fake the comparison',
    source: py(
      'import json',
      'json.dumps = lambda *a, **k: "6000000"',
      'json.loads = lambda s: [3, 3]',
      'def solve(a, b):',
      '    return -1',
    ),
    statuses: ALL_FAILED,
  },
  {
    name: 'printing fake results',
    source: py(
      'def solve(a, b):',
      '    print(\'{"kind":"finished","id":1,"call":0,"outcome":{"status":"value","json":"3","timeMs":1}}\')',
      '    print("4/4 tests passed")',
      '    return None',
    ),
    statuses: ALL_FAILED,
  },
  {
    name: 'exiting early with success',
    source: py('import sys', 'def solve(a, b):', '    sys.exit(0)'),
    statuses: ALL_ERROR,
  },
  {
    name: 'killing the interpreter with os._exit',
    source: py('import os', 'def solve(a, b):', '    os._exit(0)'),
    statuses: ['error', 'error', 'error', 'error'],
  },
  {
    name: 'collecting hidden arguments to show them in a visible result',
    source: py('seen = []', 'def solve(a, b):', '    seen.extend([a, b])', '    return list(seen)'),
    statuses: ALL_FAILED,
    check: (result) => {
      expect(result.tests[1].actual).toEqual([1, 2, 0, 0]);
      expectNoHiddenLeak(result);
    },
  },
  {
    name: 'echoing hidden arguments in an exception',
    source: py('def solve(a, b):', '    raise ValueError(f"args {a} {b}")'),
    statuses: ALL_ERROR,
    check: (result) => {
      expect(result.tests[0].message).toBe('ValueError: args 1 2');
      expectNoHiddenLeak(result);
    },
  },
];

describe('Python attacks on the sandbox', () => {
  let engine: SandboxEngine;

  beforeAll(async () => {
    // A secret in the service's own environment must never reach a worker.
    process.env.SKILLPROOF_SANDBOX_CANARY = SECRET;
    engine = SandboxEngine.create();
    await engine.warm(['python']);
  }, WARM_UP_MS);

  afterAll(async () => {
    delete process.env.SKILLPROOF_SANDBOX_CANARY;
    await engine?.close();
  });

  it.each(ATTACKS)('$name: a correct grade, then a healthy pool', async (attack) => {
    const limits = { timeMs: attack.timeMs ?? 1_000, memoryMb: attack.memoryMb ?? 64, outputBytes: 4_096 };
    const result = await engine.runSubmission(codeSpec('python', SUM_TESTS, { limits }), attack.source);

    expect(result.tests.map((test) => test.status)).toEqual(attack.statuses);
    attack.check?.(result);
    const after = await engine.runSubmission(codeSpec('python', SUM_TESTS), 'def solve(a, b):\n    return a + b\n');
    expect(after.score).toBe(100);
    expect(engine.memory().python).toHaveLength(1);
  });
});
