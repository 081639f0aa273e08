import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadMallocTrim } from './malloc-trim';

const MiB = 1024 * 1024;

const report = process.report.getReport() as { header: { glibcVersionRuntime?: string } };
const onGlibc = process.platform === 'linux' && report.header.glibcVersionRuntime !== undefined;

/**
 * 1,200 blocks of 48 KiB (malloc's heap: under its 128 KiB threshold for blocks mapped on their own),
 * every other one then dropped: 28 MiB freed in holes between blocks still in use, the pattern socket
 * reads and compilations leave.
 */
function allocateAndDropEveryOther(): Buffer[] {
  const blocks = Array.from({ length: 1_200 }, () => Buffer.allocUnsafeSlow(48 * 1024).fill(1));
  return blocks.filter((_, index) => index % 2 === 1);
}

describe('loadMallocTrim', () => {
  (onGlibc ? it : it.skip)('gives back memory freed below memory still in use, which free() keeps', () => {
    // The flag makes V8 install gc() in contexts created from now on; jest's own started without it.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as NonNullable<typeof globalThis.gc>;
    const collect = () => {
      for (let round = 0; round < 3; round += 1) gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    };
    const mallocTrim = loadMallocTrim();
    expect(mallocTrim).toBeDefined();
    // What the test files before this one left, garbage and free pages, so that the readings below
    // move with these blocks only: new blocks would otherwise fill pages already resident.
    collect();
    mallocTrim?.();

    const before = process.memoryUsage.rss();
    const kept = allocateAndDropEveryOther();
    collect();
    const freed = process.memoryUsage.rss();
    mallocTrim?.();
    const trimmed = process.memoryUsage.rss();

    expect(freed - before).toBeGreaterThan(40 * MiB);
    expect(freed - trimmed).toBeGreaterThan(20 * MiB);
    expect(kept.every((block) => block.at(-1) === 1)).toBe(true);
  });
});
