/** The C library's name on Linux with glibc; musl's (Alpine) is another, and has no malloc_trim. */
const GLIBC = 'libc.so.6';

/**
 * glibc's `malloc_trim(0)`: gives the pages that lie free inside malloc's heaps back to the system.
 *
 * Why a process needs it: `free` returns memory to the system only from the top of a heap. What is
 * freed below a block still in use stays resident, and Node's native side frees in that pattern all
 * the time: V8's background threads compile and mark in zones of their own (one malloc arena per
 * thread), and socket reads most likely too (64 KiB blocks shrunk to what arrived). After the mixed
 * bench the gateway's four V8 worker arenas held 28.6 MiB, 27 of it free, and its main arena 14.5
 * MiB, 7.8 free. With a trim after each idle collection the gateway idled at 106 MiB after that
 * bench instead of 131, and the services 12-22 MiB lower (README, Benchmarks).
 *
 * Node has no way to call it, so it goes through koffi, a C foreign-function interface whose npm
 * package carries prebuilt binaries (installing needs no compiler); `processProbe` loads it at the
 * first collection, not at start. Undefined where there is nothing to call: not Linux with glibc,
 * or no koffi binary for this platform; the process then keeps what malloc keeps, as it always did.
 */
export function loadMallocTrim(): (() => void) | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const koffi = require('koffi') as typeof import('koffi');
    const mallocTrim = koffi.load(GLIBC).func('int malloc_trim(size_t pad)') as (pad: number) => number;
    return () => void mallocTrim(0);
  } catch {
    return undefined;
  }
}
