import {
  getQuickJS,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSWASMModule,
} from 'quickjs-emscripten';
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

/** Below the wasm module's own stack, so QuickJS reports the overflow instead of the host crashing. */
const STACK_BYTES = 256 * 1024;
/**
 * Runs inside the VM before the candidate's code, so the harness keeps the original JSON functions and
 * a console whose only effect is counting characters against the output limit. The VM gets no host
 * function at all: nothing the candidate reaches leads out of QuickJS.
 */
const PRELUDE = (outputLimit: number): string => `(() => {
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const apply = Reflect.apply;
  let written = 0;
  const write = (...parts) => {
    written += parts.map((part) => String(part)).join(' ').length + 1;
    if (written > ${outputLimit}) throw new RangeError('${OUTPUT_LIMIT_MESSAGE}');
  };
  globalThis.console = Object.freeze({ log: write, info: write, warn: write, error: write, debug: write });
  return Object.freeze({
    call: (fn, argsJson) => apply(fn, undefined, parse(argsJson)),
    toJson: (value) => { const text = stringify(value); return text === undefined ? 'null' : text; },
    overflowed: () => written > ${outputLimit},
  });
})()`;

/**
 * Candidates write a plain function, CommonJS exports, or (TypeScript) ES exports compiled to CommonJS;
 * the wrapper finds the entry point in any of them without touching the global object.
 */
const wrap = (code: string, entryPoint: string): string =>
  `(() => { const module = { exports: {} }; return ((module, exports) => {\n${code}\n;return typeof ${entryPoint} === 'function' ? ${entryPoint} : module.exports.${entryPoint};\n})(module, module.exports); })()`;

interface Session {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  harness?: { call: QuickJSHandle; toJson: QuickJSHandle; overflowed: QuickJSHandle };
  entry?: QuickJSHandle;
}

export class QuickJsRunner implements LanguageRunner {
  private module?: QuickJSWASMModule;
  private session?: Session;
  private transpile?: (source: string) => { code: string; error?: string };

  constructor(private readonly typescript: boolean) {}

  async prepare(): Promise<void> {
    this.module ??= await getQuickJS();
    if (this.typescript) this.transpile ??= loadTranspiler();
  }

  async load(request: RunRequest): Promise<CallOutcome | undefined> {
    const started = performance.now();
    const elapsed = () => elapsedSince(started);
    let code = request.source;
    if (this.transpile) {
      const compiled = this.transpile(code);
      if (compiled.error) return { status: 'error', message: compiled.error, timeMs: elapsed() };
      code = compiled.code;
    }
    const session = this.openSession(request.limits);
    this.session = session;
    const { context } = session;
    const prelude = context.evalCode(PRELUDE(request.limits.outputBytes), 'harness.js');
    if (prelude.error) {
      prelude.error.dispose();
      throw new Error('the sandbox harness failed to start');
    }
    session.harness = {
      call: context.getProp(prelude.value, 'call'),
      toJson: context.getProp(prelude.value, 'toJson'),
      overflowed: context.getProp(prelude.value, 'overflowed'),
    };
    prelude.value.dispose();
    session.runtime.setInterruptHandler(deadline(request.limits.timeMs));
    const loaded = context.evalCode(wrap(code, request.entryPoint), 'solution.js');
    if (loaded.error) return this.failure(loaded.error, elapsed());
    if (context.typeof(loaded.value) !== 'function') {
      loaded.value.dispose();
      return { status: 'error', message: `${request.entryPoint} is not defined as a function`, timeMs: elapsed() };
    }
    session.entry = loaded.value;
    return undefined;
  }

  async call(args: unknown[], limits: RunLimits): Promise<CallOutcome> {
    const session = this.session;
    if (!session?.harness || !session.entry) throw new Error('call before a successful load');
    const { context, runtime, harness } = session;
    const started = performance.now();
    const elapsed = () => elapsedSince(started);
    runtime.setInterruptHandler(deadline(limits.timeMs));
    const argsJson = context.newString(JSON.stringify(args));
    const called = context.callFunction(harness.call, context.undefined, session.entry, argsJson);
    argsJson.dispose();
    if (called.error) return this.failure(called.error, elapsed());
    const jobs = runtime.executePendingJobs();
    if (jobs.error) jobs.error.dispose();
    const state = context.getPromiseState(called.value);
    if (state.type === 'pending') {
      called.value.dispose();
      return { status: 'error', message: 'the returned promise never settled', timeMs: elapsed() };
    }
    if (state.type === 'rejected') {
      called.value.dispose();
      return this.failure(state.error, elapsed());
    }
    const json = context.callFunction(harness.toJson, context.undefined, state.value);
    if (!state.notAPromise) state.value.dispose();
    called.value.dispose();
    if (json.error) return this.failure(json.error, elapsed());
    const text = context.getString(json.value);
    json.value.dispose();
    if (this.overflowed(session)) return { status: 'error', message: OUTPUT_LIMIT_MESSAGE, timeMs: elapsed() };
    return { status: 'value', json: text, timeMs: elapsed() };
  }

  discard(): void {
    const session = this.session;
    this.session = undefined;
    if (!session) return;
    session.entry?.dispose();
    if (session.harness) Object.values(session.harness).forEach((handle) => handle.dispose());
    session.context.dispose();
    session.runtime.dispose();
  }

  private openSession(limits: RunLimits): Session {
    if (!this.module) throw new Error('prepare before load');
    const runtime = this.module.newRuntime();
    runtime.setMemoryLimit(limits.memoryMb * 1024 * 1024);
    runtime.setMaxStackSize(STACK_BYTES);
    return { runtime, context: runtime.newContext() };
  }

  private overflowed(session: Session): boolean {
    if (!session.harness) return false;
    const result = session.context.callFunction(session.harness.overflowed, session.context.undefined);
    if (result.error) {
      result.error.dispose();
      return true;
    }
    const overflowed = session.context.dump(result.value) === true;
    result.value.dispose();
    return overflowed;
  }

  private failure(error: QuickJSHandle, timeMs: number): CallOutcome {
    const session = this.session;
    let name = 'Error';
    let message = 'the code threw a value that is not an Error';
    try {
      const dumped: unknown = session?.context.dump(error);
      if (dumped && typeof dumped === 'object') {
        const fields = dumped as { name?: unknown; message?: unknown };
        name = String(fields.name ?? name);
        message = String(fields.message ?? message);
      } else {
        message = String(dumped);
      }
    } finally {
      error.dispose();
    }
    if (name === 'InternalError' && message === 'interrupted') {
      return { status: 'timeout', message: 'time limit exceeded', timeMs };
    }
    if (message === 'out of memory') return { status: 'memory', message: 'memory limit exceeded', timeMs };
    if (session && this.overflowed(session)) return { status: 'error', message: OUTPUT_LIMIT_MESSAGE, timeMs };
    return { status: 'error', message: `${name}: ${message}`.slice(0, MESSAGE_CHARS), timeMs };
  }
}

/** Interrupts QuickJS once the call has used its CPU time, or WALL_FACTOR times that in wall-clock time. */
function deadline(timeMs: number): () => boolean {
  const cpuLimit = processCpuMs() + timeMs;
  const wallLimit = Date.now() + timeMs * WALL_FACTOR;
  return () => Date.now() > wallLimit || processCpuMs() > cpuLimit;
}

/** TypeScript is stripped to JavaScript in the worker: the compiler never sees candidate code in the service. */
function loadTranspiler(): (source: string) => { code: string; error?: string } {
  const ts = require('typescript') as typeof import('typescript');
  return (source) => {
    const output = ts.transpileModule(source, {
      reportDiagnostics: true,
      fileName: 'solution.ts',
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, removeComments: true },
    });
    const syntax = output.diagnostics?.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
    if (syntax) {
      return {
        code: '',
        error: `SyntaxError: ${ts.flattenDiagnosticMessageText(syntax.messageText, '\n')}`.slice(0, MESSAGE_CHARS),
      };
    }
    return { code: output.outputText };
  };
}
