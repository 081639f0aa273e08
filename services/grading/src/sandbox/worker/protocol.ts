/**
 * The line protocol between the grading service and a sandbox worker process. The worker reads one
 * JSON request per line on stdin and writes one JSON message per line on file descriptor 3, so that
 * nothing an interpreter prints on stdout can pass for a message. Expected results are never sent:
 * the worker returns values and the parent compares them.
 */
export type WorkerLanguage = 'python' | 'javascript' | 'typescript' | 'sql';

export interface RunLimits {
  timeMs: number;
  memoryMb: number;
  outputBytes: number;
}

export interface RunRequest {
  id: number;
  language: WorkerLanguage;
  source: string;
  entryPoint: string;
  /** Arguments of each call, in the order the parent wants them run. */
  calls: unknown[][];
  limits: RunLimits;
  sqlSchema?: string;
}

/** `value` carries the JSON text of what the entry point returned. */
export type CallOutcome =
  | { status: 'value'; json: string; timeMs: number }
  | { status: 'error' | 'timeout' | 'memory'; message: string; timeMs: number };

/** `call` -1 is loading the source (module top level, transpiling), before any test runs. */
export const LOAD_CALL = -1;

export type WorkerMessage =
  | { kind: 'ready'; language: WorkerLanguage }
  | { kind: 'started'; id: number; call: number }
  | { kind: 'finished'; id: number; call: number; outcome: CallOutcome }
  | { kind: 'done'; id: number };

/** A runner keeps one language's interpreter; `prepare` builds fresh state ahead of the next submission. */
export interface LanguageRunner {
  prepare(): Promise<void>;
  load(request: RunRequest): Promise<CallOutcome | undefined>;
  call(args: unknown[], limits: RunLimits): Promise<CallOutcome>;
  discard(): void;
}

export const OUTPUT_LIMIT_MESSAGE = 'output limit exceeded';

/**
 * A test's limit is CPU time, so a busy machine does not fail it; wall-clock time may reach this many
 * times the limit, a backstop for code that waits without computing.
 */
export const WALL_FACTOR = 3;

/** CPU time this process has used (all threads), in milliseconds. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Error messages are cut here: a visible test shows one, and a candidate's exception text can be huge. */
export const MESSAGE_CHARS = 500;

/** Milliseconds since `started` (a `performance.now()` reading), as a whole number. */
export function elapsedSince(started: number): number {
  return Math.round(performance.now() - started);
}
