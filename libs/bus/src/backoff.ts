/**
 * Exponential backoff with jitter: attempt 1 waits about `baseMs`, each further attempt twice as
 * long, never more than `maxMs`. The jitter (50–100 % of the delay) keeps retries from many
 * processes from arriving together.
 */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.5 + random() / 2));
}

/** A sleep that `wake()` can end early. */
export class Sleeper {
  private pending?: { timer: NodeJS.Timeout; resolve: () => void };
  private woken = false;

  sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.finish(), ms);
      this.pending = { timer, resolve };
    });
  }

  wake(): void {
    if (this.pending) this.finish();
    else this.woken = true;
  }

  private finish(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.resolve();
  }
}
