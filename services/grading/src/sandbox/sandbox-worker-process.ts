import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { treeUsage, type ProcessUsage } from './process-usage';
import {
  WALL_FACTOR,
  type CallOutcome,
  type RunRequest,
  type WorkerLanguage,
  type WorkerMessage,
} from './worker/protocol';

/** How a worker process is started: the command line is built once per engine (see SandboxEngine). */
export interface WorkerLaunch {
  command: string;
  /** Asynchronous because a Python worker first needs the engine's interpreter snapshot. */
  args: (language: WorkerLanguage) => Promise<string[]>;
  cwd: string;
  startupTimeoutMs: number;
  /** Added to a test's time limit before the parent kills a worker that did not stop on its own. */
  graceMs: number;
  /** Added to the memory limit: the worker's own bookkeeping, and time for the interpreter's own wall to act. */
  memorySlackMb: number;
}

export type AbortStatus = 'timeout' | 'memory' | 'error';

/** What one request produced: every call that finished, and the call during which the worker had to be killed. */
export interface RunReport {
  outcomes: Map<number, CallOutcome>;
  aborted?: { call: number; status: AbortStatus; message: string; timeMs: number };
}

const WATCH_POLL_MS = 25;
const MESSAGE_SLACK_BYTES = 64 * 1024;
const STDERR_KEEP_BYTES = 4096;

/**
 * One worker process seen from the grading service. It never trusts the worker to stop: every call runs
 * under a wall-clock watchdog and a resident-memory watch, and an oversize or malformed message is
 * treated like a crash. A killed worker is dead for good; the pool replaces it.
 */
export class SandboxWorkerProcess {
  runs = 0;
  private alive = true;
  private stderrTail = '';
  private messageCap = MESSAGE_SLACK_BYTES;
  private ready = false;
  private readyWaiters: { resolve: () => void; reject: (error: Error) => void }[] = [];
  private onMessage?: (message: WorkerMessage) => void;
  private onExit?: (reason: string) => void;
  private readonly exited: Promise<void>;

  private constructor(
    readonly language: WorkerLanguage,
    private readonly child: ChildProcess,
    private readonly launch: WorkerLaunch,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('exit', (code, signal) => {
      this.alive = false;
      const reason = `the sandbox worker crashed (${signal ?? code})`;
      const detail = this.stderrTail.trim();
      this.readyWaiters
        .splice(0)
        .forEach((waiter) => waiter.reject(new Error(detail ? `${reason}: ${detail}` : reason)));
      this.onExit?.(reason);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-STDERR_KEEP_BYTES);
    });
    child.stdin?.on('error', () => this.kill());
  }

  static async start(language: WorkerLanguage, launch: WorkerLaunch): Promise<SandboxWorkerProcess> {
    const child = spawn(launch.command, await launch.args(language), {
      cwd: launch.cwd,
      env: {},
      stdio: ['pipe', 'ignore', 'pipe', 'pipe'],
    });
    const worker = new SandboxWorkerProcess(language, child, launch);
    worker.readMessages(child.stdio[3] as Readable);
    await worker.whenReady();
    return worker;
  }

  get healthy(): boolean {
    return this.alive;
  }

  /** Resident memory of the worker and its wrapper, for the pool's recycling and the bench. */
  get rssBytes(): number {
    return this.usage().rssBytes;
  }

  async run(request: RunRequest, maxMessageBytes: number): Promise<RunReport> {
    await this.whenReady();
    this.ready = false;
    this.runs += 1;
    const outcomes = new Map<number, CallOutcome>();
    const baseline = this.rssBytes;
    const memoryCap = baseline + (request.limits.memoryMb + this.launch.memorySlackMb) * 1024 * 1024;
    this.messageCap = maxMessageBytes + MESSAGE_SLACK_BYTES;
    const { timeMs } = request.limits;
    const { graceMs } = this.launch;
    return new Promise<RunReport>((resolve) => {
      let current = { call: Number.NaN, since: performance.now(), cpuAtStart: 0, running: false };
      const finish = (report: RunReport) => {
        clearInterval(watch);
        this.onMessage = undefined;
        this.onExit = undefined;
        resolve(report);
      };
      const abort = (status: AbortStatus, message: string) => {
        this.kill();
        const elapsed = Math.round(performance.now() - current.since);
        finish({ outcomes, aborted: { call: current.call, status, message, timeMs: elapsed } });
      };
      // CPU time and (a multiple of) wall-clock time, as in the worker: see WALL_FACTOR.
      const watch = setInterval(() => {
        const usage = this.usage();
        if (usage.rssBytes > memoryCap) return abort('memory', 'memory limit exceeded');
        if (!current.running) return;
        const wall = performance.now() - current.since;
        if (usage.cpuMs - current.cpuAtStart > timeMs + graceMs || wall > timeMs * WALL_FACTOR + graceMs) {
          abort('timeout', 'time limit exceeded');
        }
      }, WATCH_POLL_MS);
      this.onExit = (reason) => abort('error', reason);
      this.onMessage = (message) => {
        if (!('id' in message) || message.id !== request.id) return abort('error', 'the worker answered out of turn');
        if (message.kind === 'started') {
          current = { call: message.call, since: performance.now(), cpuAtStart: this.usage().cpuMs, running: true };
        } else if (message.kind === 'finished') {
          current.running = false;
          outcomes.set(message.call, message.outcome);
        } else {
          finish({ outcomes });
        }
      };
      this.child.stdin?.write(`${JSON.stringify(request)}\n`);
    });
  }

  private usage(): ProcessUsage {
    return this.child.pid === undefined ? { rssBytes: 0, cpuMs: 0 } : treeUsage(this.child.pid);
  }

  kill(): void {
    if (this.alive) this.child.kill('SIGKILL');
    this.alive = false;
  }

  async close(): Promise<void> {
    this.kill();
    await this.exited;
  }

  private readMessages(stream: Readable): void {
    let pending = '';
    stream.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        this.deliver(line);
        newline = pending.indexOf('\n');
      }
      if (pending.length > this.messageCap) {
        pending = '';
        this.fail('the result is larger than the output limit');
      }
    });
  }

  private deliver(line: string): void {
    if (line.length > this.messageCap) return this.fail('the result is larger than the output limit');
    let message: WorkerMessage;
    try {
      message = JSON.parse(line) as WorkerMessage;
    } catch {
      return this.fail('the worker sent a malformed message');
    }
    if (message.kind === 'ready') {
      this.ready = true;
      this.readyWaiters.splice(0).forEach((waiter) => waiter.resolve());
      return;
    }
    this.onMessage?.(message);
  }

  /** Misbehaviour on the channel: the current run ends as an error and the worker is replaced. */
  private fail(reason: string): void {
    const onExit = this.onExit;
    this.kill();
    onExit?.(reason);
  }

  /** A worker says `ready` once started and again after preparing fresh state following each run. */
  private whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    if (!this.alive) return Promise.reject(new Error(`the ${this.language} worker is not running`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill();
        reject(new Error(`the ${this.language} worker was not ready within ${this.launch.startupTimeoutMs} ms`));
      }, this.launch.startupTimeoutMs);
      this.readyWaiters.push({
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  }
}
