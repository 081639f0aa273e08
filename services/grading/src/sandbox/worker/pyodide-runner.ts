import { constants } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import type { PyCallable, PyDict } from 'pyodide/ffi';
import {
  OUTPUT_LIMIT_MESSAGE,
  type CallOutcome,
  type LanguageRunner,
  type RunLimits,
  type RunRequest,
  MESSAGE_CHARS,
  WALL_FACTOR,
  elapsedSince,
  processCpuMs,
} from './protocol';

const SIGINT = 2;

/**
 * Runs once per fresh interpreter, before candidate code: it removes every module that leads to the
 * host (`js`, `pyodide`, `pyodide_js`, `_pyodide*`) or to the outside world, refuses to import them
 * again, and returns the harness call with the JSON functions it keeps for itself.
 */
const LOCKDOWN = `
def _lockdown():
    import sys, json
    blocked = frozenset({
        'js', 'pyodide', 'pyodide_js', '_pyodide', '_pyodide_core', 'micropip',
        'ctypes', '_ctypes', 'socket', '_socket', 'ssl', '_ssl', 'select', 'selectors',
        'subprocess', 'multiprocessing', 'gc', 'pyodide_http', 'urllib', 'http',
    })

    class SandboxFinder:
        def find_spec(self, name, path=None, target=None):
            if name.partition('.')[0] in blocked:
                raise ModuleNotFoundError(f"No module named '{name}' in the sandbox", name=name)
            return None

    sys.meta_path.insert(0, SandboxFinder())
    for name in list(sys.modules):
        if name.partition('.')[0] in blocked:
            del sys.modules[name]
    loads, dumps = json.loads, json.dumps

    def call(fn, args_json):
        return dumps(fn(*loads(args_json)), allow_nan=False, separators=(',', ':'))

    return call

_lockdown()
`;

/**
 * A watchdog thread: the main thread is busy inside Python while a test runs, so another thread writes
 * SIGINT into Pyodide's interrupt buffer once the call has used its CPU time (or WALL_FACTOR times that
 * in wall-clock time) and Python raises KeyboardInterrupt.
 * Code that swallows it is still stopped by the parent, which kills the whole process.
 */
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const deadline = new Float64Array(workerData.deadline);
const interrupt = new Int32Array(workerData.interrupt);
const nap = new Int32Array(new SharedArrayBuffer(4));
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
for (;;) {
  Atomics.wait(nap, 0, 0, 5);
  if (deadline[0] > 0 && (Date.now() > deadline[0] || cpuMs() > deadline[1])) {
    interrupt[0] = ${SIGINT};
    deadline[0] = 0;
  }
}`;

interface Interpreter {
  pyodide: PyodideAPI;
  call: PyCallable;
  namespace?: PyDict;
  entry?: PyCallable;
}

export class PyodideRunner implements LanguageRunner {
  private interpreter?: Interpreter;
  private written = 0;
  private outputLimit = Number.POSITIVE_INFINITY;
  /** [wall-clock deadline (epoch ms, 0 when no call runs), CPU deadline (process CPU ms)] */
  private readonly deadline = new Float64Array(new SharedArrayBuffer(16));
  private readonly interrupt = new Int32Array(new SharedArrayBuffer(4));
  private watchdog?: Worker;

  /** `snapshot` is the memory of an interpreter that finished starting (see `makePythonSnapshot`). */
  constructor(private readonly snapshot: Uint8Array) {}

  async prepare(): Promise<void> {
    this.watchdog ??= this.startWatchdog();
    answerConstantsBinding();
    const pyodide = await loadPyodide({
      _loadSnapshot: this.snapshot,
      jsglobals: Object.create(null) as object,
      env: { HOME: '/home/sandbox' },
      stdout: () => undefined,
      stderr: () => undefined,
    });
    const call = pyodide.runPython(LOCKDOWN) as PyCallable;
    const count = { write: (bytes: Uint8Array) => this.count(bytes.length) };
    pyodide.setStdout(count);
    pyodide.setStderr(count);
    pyodide.setInterruptBuffer(this.interrupt);
    this.interpreter = { pyodide, call };
  }

  async load(request: RunRequest): Promise<CallOutcome | undefined> {
    const interpreter = this.interpreter;
    if (!interpreter) throw new Error('prepare before load');
    this.written = 0;
    this.outputLimit = request.limits.outputBytes;
    const started = performance.now();
    const namespace = interpreter.pyodide.globals.get('dict')() as PyDict;
    interpreter.namespace = namespace;
    const failed = this.guarded(request.limits, started, () => {
      interpreter.pyodide.runPython(request.source, { globals: namespace, filename: 'solution.py' });
    });
    if (failed) return failed;
    const entry: unknown = namespace.get(request.entryPoint);
    if (typeof entry !== 'function') {
      return {
        status: 'error',
        message: `${request.entryPoint} is not defined as a function`,
        timeMs: elapsedSince(started),
      };
    }
    interpreter.entry = entry as PyCallable;
    return undefined;
  }

  async call(args: unknown[], limits: RunLimits): Promise<CallOutcome> {
    const interpreter = this.interpreter;
    if (!interpreter?.entry) throw new Error('call before a successful load');
    const entry = interpreter.entry;
    const started = performance.now();
    let json = '';
    const failed = this.guarded(limits, started, () => {
      json = interpreter.call(entry, JSON.stringify(args)) as string;
    });
    return failed ?? { status: 'value', json, timeMs: elapsedSince(started) };
  }

  discard(): void {
    const interpreter = this.interpreter;
    this.interpreter = undefined;
    if (!interpreter) return;
    interpreter.entry?.destroy();
    interpreter.namespace?.destroy();
    interpreter.call.destroy();
  }

  /** Runs Python under the deadline and the output limit, and turns what went wrong into an outcome. */
  private guarded(limits: RunLimits, started: number, body: () => void): CallOutcome | undefined {
    this.interrupt[0] = 0;
    this.deadline[1] = processCpuMs() + limits.timeMs;
    this.deadline[0] = Date.now() + limits.timeMs * WALL_FACTOR;
    try {
      body();
    } catch (error) {
      return this.failure(error, started);
    } finally {
      this.deadline[0] = 0;
    }
    if (this.written > this.outputLimit)
      return { status: 'error', message: OUTPUT_LIMIT_MESSAGE, timeMs: elapsedSince(started) };
    return undefined;
  }

  private failure(error: unknown, started: number): CallOutcome {
    const timeMs = elapsedSince(started);
    const python = error as { type?: unknown; message?: unknown; constructor?: { name?: string } };
    if (python?.constructor?.name !== 'PythonError' || typeof python.type !== 'string') {
      // Not an exception of the candidate's program: the interpreter itself broke (a wasm trap, a
      // fatal error). Nothing in this process can be trusted any more, so the worker ends.
      throw error;
    }
    if (python.type === 'KeyboardInterrupt') return { status: 'timeout', message: 'time limit exceeded', timeMs };
    if (python.type === 'MemoryError') return { status: 'memory', message: 'memory limit exceeded', timeMs };
    if (this.written > this.outputLimit) return { status: 'error', message: OUTPUT_LIMIT_MESSAGE, timeMs };
    return {
      status: 'error',
      message: exceptionLine(python.type, String(python.message)).slice(0, MESSAGE_CHARS),
      timeMs,
    };
  }

  /** Past the limit a write fails, so `print` raises inside the candidate's code and a print loop ends. */
  private count(bytes: number): number {
    this.written += bytes;
    if (this.written > this.outputLimit) throw new Error(OUTPUT_LIMIT_MESSAGE);
    return bytes;
  }

  private startWatchdog(): Worker {
    const worker = new Worker(WATCHDOG, {
      eval: true,
      workerData: { deadline: this.deadline.buffer, interrupt: this.interrupt.buffer },
    });
    worker.unref();
    return worker;
  }
}

/**
 * Starting Pyodide takes seconds; restoring this snapshot of a started interpreter takes a fraction of
 * that. One worker makes it once per engine, and every Python worker restores it once per submission.
 */
export async function makePythonSnapshot(): Promise<Uint8Array> {
  answerConstantsBinding();
  const base = await loadPyodide({
    _makeSnapshot: true,
    jsglobals: Object.create(null) as object,
    env: { HOME: '/home/sandbox' },
    stdout: () => undefined,
    stderr: () => undefined,
  });
  base.runPython('import json');
  return base.makeMemorySnapshot();
}

/**
 * Pyodide's file-system layer reads fs constants through the deprecated `process.binding`, which Node's
 * permission model refuses; it gets the same constants from the public API, and nothing else.
 */
function answerConstantsBinding(): void {
  Object.defineProperty(process, 'binding', {
    configurable: true,
    value: (name: string) => {
      if (name === 'constants') return { fs: constants };
      throw new Error(`process.binding(${name}) is not available in the sandbox`);
    },
  });
}

/**
 * The line of a traceback that names the exception and its message: the frames show harness paths, and
 * notes (Pyodide adds one to import errors) follow it.
 */
function exceptionLine(type: string, traceback: string): string {
  const lines = traceback.trim().split('\n');
  return lines.findLast((line) => line.startsWith(`${type}:`) || line === type) ?? lines[lines.length - 1] ?? type;
}
