import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  IDLE_COLLECTOR_DEFAULTS,
  IdleCollector,
  processProbe,
  type Collection,
  type IdleCollectorProbe,
} from './idle-collector';

const MiB = 1024 * 1024;
const BUSY = 0.6;
const QUIET = 0.01;

/** A process whose event loop and resident memory the test decides, check by check. */
class ScriptedProcess implements IdleCollectorProbe {
  load = QUIET;
  resident = 90 * MiB;
  /** What a collection gives back. */
  freeable = 0;
  collections = 0;
  releases = 0;

  utilisation(): number {
    return this.load;
  }

  residentBytes(): number {
    return this.resident;
  }

  collect(): void {
    this.collections += 1;
    this.resident -= this.freeable;
    this.freeable = 0;
  }

  releaseFreed(): boolean {
    this.releases += 1;
    return true;
  }
}

/** About 60 MiB of arrays, unreachable once this returns: what a burst of traffic leaves behind. */
function allocateAndDrop(): number {
  return Array.from({ length: 200 }, () => Array.from({ length: 40_000 }, (_, index) => index + 0.5)).length;
}

function checks(collector: IdleCollector, count: number): Collection[] {
  const done: Collection[] = [];
  for (let check = 0; check < count; check += 1) {
    const collection = collector.check();
    if (collection) done.push(collection);
  }
  return done;
}

describe('IdleCollector', () => {
  it('collects the start-up garbage at the first quiet spell, all rounds at once', () => {
    const process = new ScriptedProcess();
    process.freeable = 8 * MiB;
    const collector = new IdleCollector(process);

    expect(collector.check()).toBeUndefined();
    expect(collector.check()).toEqual(expect.objectContaining({ residentBefore: 90 * MiB, residentAfter: 82 * MiB }));
    expect(process.collections).toBe(IDLE_COLLECTOR_DEFAULTS.rounds);
    expect(process.releases).toBe(1);
  });

  it('never pauses a process that is serving traffic, however much it grew', () => {
    const process = new ScriptedProcess();
    const collector = new IdleCollector(process);
    checks(collector, 2);

    for (let check = 0; check < 20; check += 1) {
      process.load = check % 2 === 0 ? BUSY : QUIET;
      process.resident += 10 * MiB;
      expect(collector.check()).toBeUndefined();
    }
    expect(process.collections).toBe(IDLE_COLLECTOR_DEFAULTS.rounds);
  });

  it('gives back what traffic left once the traffic stops, and then leaves an idle process alone', () => {
    const process = new ScriptedProcess();
    const collector = new IdleCollector(process);
    checks(collector, 2);

    process.load = BUSY;
    process.resident = 140 * MiB;
    process.freeable = 30 * MiB;
    checks(collector, 5);
    process.load = QUIET;

    expect(checks(collector, 100)).toEqual([
      expect.objectContaining({ residentBefore: 140 * MiB, residentAfter: 110 * MiB }),
    ]);
  });

  it('does not pause for growth too small to be worth it', () => {
    const process = new ScriptedProcess();
    const collector = new IdleCollector(process);
    checks(collector, 2);

    process.resident += IDLE_COLLECTOR_DEFAULTS.growthBytes - 1;
    expect(checks(collector, 10)).toEqual([]);
    process.resident += 1;
    expect(checks(collector, 10)).toHaveLength(1);
  });

  it('frees a real heap once this process goes quiet', async () => {
    // The flag makes V8 install gc() in contexts created from now on; jest's own started without it.
    setFlagsFromString('--expose-gc');
    const probe = processProbe(runInNewContext('gc') as typeof globalThis.gc);
    if (!probe) throw new Error('no gc() to call');
    expect(allocateAndDrop()).toBe(200);
    const collected = new Promise<Collection>((resolve) => {
      const collector = new IdleCollector(
        probe,
        { ...IDLE_COLLECTOR_DEFAULTS, checkEveryMs: 100, growthBytes: 0 },
        (collection) => {
          collector.stop();
          resolve(collection);
        },
      );
      collector.start();
    });

    const { residentBefore, residentAfter } = await collected;
    expect(residentBefore - residentAfter).toBeGreaterThan(32 * MiB);
  });
});
