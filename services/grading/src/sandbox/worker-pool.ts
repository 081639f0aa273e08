import { SandboxWorkerProcess, type WorkerLaunch } from './sandbox-worker-process';
import type { WorkerLanguage } from './worker/protocol';

export interface PoolOptions {
  size: number;
  /** A worker is replaced after this many runs, so slow leaks inside an interpreter never add up. */
  maxRunsPerWorker: number;
  /** ...or once it holds this much memory while idle. */
  maxIdleRssMb: number;
}

/**
 * A fixed number of worker processes for one language. A run borrows a worker; a worker that died,
 * was killed, or grew old is replaced in the background so the pool stays at its size.
 */
export class WorkerPool {
  private readonly idle: SandboxWorkerProcess[] = [];
  private readonly waiters: { resolve: (worker: SandboxWorkerProcess) => void; reject: (error: Error) => void }[] = [];
  private readonly starting = new Set<Promise<void>>();
  private readonly all = new Set<SandboxWorkerProcess>();
  private closed = false;
  private lastStartError?: Error;

  constructor(
    private readonly language: WorkerLanguage,
    private readonly launch: WorkerLaunch,
    private readonly options: PoolOptions,
  ) {}

  /** Starts the pool's workers; resolves once the first is ready and rejects if none can start. */
  async warm(): Promise<void> {
    const starts = Array.from({ length: this.options.size - this.all.size - this.starting.size }, () => this.grow());
    await Promise.all(starts);
    if (this.all.size === 0) throw this.lastStartError ?? new Error(`no ${this.language} worker could start`);
  }

  async acquire(): Promise<SandboxWorkerProcess> {
    if (this.closed) throw new Error('the sandbox is closed');
    const worker = this.idle.pop();
    if (worker) return worker;
    if (this.all.size + this.starting.size < this.options.size) void this.grow();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  release(worker: SandboxWorkerProcess): void {
    const worn =
      worker.runs >= this.options.maxRunsPerWorker || worker.rssBytes > this.options.maxIdleRssMb * 1024 * 1024;
    if (!worker.healthy || worn || this.closed) {
      this.all.delete(worker);
      worker.kill();
      if (!this.closed) void this.grow();
      return;
    }
    this.hand(worker);
  }

  /** Resident memory of each worker, for the bench. */
  memory(): number[] {
    return [...this.all].map((worker) => worker.rssBytes);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.starting]);
    await Promise.all([...this.all].map((worker) => worker.close()));
    this.all.clear();
    this.idle.length = 0;
  }

  private hand(worker: SandboxWorkerProcess): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(worker);
    else this.idle.push(worker);
  }

  private grow(): Promise<void> {
    const started = SandboxWorkerProcess.start(this.language, this.launch).then(
      (worker) => {
        if (this.closed) return worker.close();
        this.all.add(worker);
        this.hand(worker);
      },
      (error: Error) => {
        this.lastStartError = error;
        // With no worker left to hand out, waiting runs fail now rather than hang; the next acquire
        // tries to start a worker again.
        if (this.all.size === 0 && this.starting.size <= 1)
          this.waiters.splice(0).forEach((waiter) => waiter.reject(error));
      },
    );
    const tracked = started.finally(() => this.starting.delete(tracked));
    this.starting.add(tracked);
    return tracked;
  }
}
