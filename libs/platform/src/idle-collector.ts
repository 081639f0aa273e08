import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { loadMallocTrim } from './malloc-trim';

/** When the collector looks, when it counts the process as idle, and what it then does. */
export interface IdleCollectorSettings {
  /** How often the event loop is looked at. */
  readonly checkEveryMs: number;
  /** Event-loop utilisation (0-1) under which a check counts as quiet. */
  readonly quietUtilisation: number;
  /** Quiet checks in a row before the process counts as idle. */
  readonly quietChecks: number;
  /** Resident growth since the last collection that makes one worth its pause. */
  readonly growthBytes: number;
  /** Full collections per go. */
  readonly rounds: number;
}

export const IDLE_COLLECTOR_DEFAULTS: IdleCollectorSettings = {
  checkEveryMs: 1_000,
  quietUtilisation: 0.02,
  quietChecks: 2,
  growthBytes: 4 * 1024 * 1024,
  rounds: 3,
};

/** What the collector reads and does; the process's own by default, scripted in tests. */
export interface IdleCollectorProbe {
  /** Event-loop utilisation since the previous call (0-1). */
  utilisation(): number;
  residentBytes(): number;
  /** One full, compacting collection. */
  collect(): void;
  /**
   * Gives the memory the collections freed inside malloc's heaps back to the system (malloc-trim.ts);
   * false where that cannot be done.
   */
  releaseFreed(): boolean;
}

/** One go of the collector: resident memory before and after. */
export interface Collection {
  readonly residentBefore: number;
  readonly residentAfter: number;
  readonly tookMs: number;
  /** Whether malloc's free pages went back too, not only V8's. */
  readonly released: boolean;
}

/**
 * Gives memory back when a process goes quiet.
 *
 * V8 grows its heap under traffic and keeps it: an idle process may never come to the full
 * collection that would shrink it, so the gateway stayed at 134-136 MiB long after a burst of page
 * loads (100 MiB once started). Start-up leaves garbage the same way (module evaluation, Nest's scan of
 * every module, schemas built once).
 *
 * So a process watches its own event loop. Once it has been quiet for a while (`quietChecks` checks in
 * a row under `quietUtilisation`) and its resident memory has grown by `growthBytes` since the last
 * collection, it runs `rounds` "last resort" collections: repeated until nothing more is freed, with
 * compaction, so that emptied pages go back to the system (a plain `gc()` freed nothing measurable).
 * More than one, because V8 drops a function's bytecode only once it has not run through six full
 * collections (`--bytecode-old-age`): after one, the bytecode of code that ran only to start stayed
 * (3.4 MB in the gateway, 0.9 after three). Then it gives back what lies free in malloc's heaps,
 * which V8's collections do not touch: 12-25 MiB per process after the mixed bench (malloc-trim.ts).
 *
 * The price is a pause: the three rounds took 0.29-0.61 s in the gateway after traffic on a slow
 * 2-core VM, 0.25-0.40 s in the services. It is taken when nothing or almost nothing asks for the
 * process's time: an idle process's own housekeeping (NATS pings, health probes) keeps it under
 * 0.5 %, and light traffic under 2 % counts as quiet too, so a request that arrives during the
 * collections waits for them. That happens only after the process grew by `growthBytes`; an idle
 * process does not collect again, since its memory does not grow.
 */
export class IdleCollector {
  private quietInARow = 0;
  /** Zero at first, so that the first quiet spell after start-up collects its garbage. */
  private residentAfterLastCollection = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly probe: IdleCollectorProbe,
    private readonly settings: IdleCollectorSettings = IDLE_COLLECTOR_DEFAULTS,
    private readonly onCollection: (collection: Collection) => void = () => undefined,
  ) {}

  start(): void {
    this.probe.utilisation();
    this.timer = setInterval(() => this.check(), this.settings.checkEveryMs);
    // Housekeeping only: it must never be what keeps a process alive.
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One look at the event loop; the timer calls it, and tests call it with scripted readings. */
  check(): Collection | undefined {
    if (this.probe.utilisation() >= this.settings.quietUtilisation) {
      this.quietInARow = 0;
      return undefined;
    }
    this.quietInARow += 1;
    if (this.quietInARow < this.settings.quietChecks) return undefined;
    const residentBefore = this.probe.residentBytes();
    if (residentBefore - this.residentAfterLastCollection < this.settings.growthBytes) return undefined;

    const started = performance.now();
    for (let round = 0; round < this.settings.rounds; round += 1) this.probe.collect();
    const released = this.probe.releaseFreed();
    const collection = {
      residentBefore,
      residentAfter: this.probe.residentBytes(),
      tookMs: performance.now() - started,
      released,
    };
    this.residentAfterLastCollection = collection.residentAfter;
    // The collections themselves kept the loop busy: the next quiet spell starts after them.
    this.probe.utilisation();
    this.quietInARow = 0;
    this.onCollection(collection);
    return collection;
  }
}

/**
 * The probe of this process, or undefined when it was started without `--expose-gc` (tests, or an
 * operator's own command line): there is nothing to call then.
 */
export function processProbe(gc: typeof globalThis.gc = globalThis.gc): IdleCollectorProbe | undefined {
  if (!gc) return undefined;
  let previous: EventLoopUtilization = performance.eventLoopUtilization();
  // Loaded at the first collection rather than at start, which it would only slow.
  let mallocTrimLoaded = false;
  let mallocTrim: (() => void) | undefined;
  return {
    utilisation() {
      const now = performance.eventLoopUtilization();
      const since = performance.eventLoopUtilization(now, previous);
      previous = now;
      return since.utilization;
    },
    residentBytes: () => process.memoryUsage.rss(),
    collect: () => void gc({ type: 'major', execution: 'sync', flavor: 'last-resort' }),
    releaseFreed() {
      if (!mallocTrimLoaded) {
        mallocTrim = loadMallocTrim();
        mallocTrimLoaded = true;
      }
      mallocTrim?.();
      return mallocTrim !== undefined;
    },
  };
}
