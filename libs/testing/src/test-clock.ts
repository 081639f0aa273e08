import { Clock } from '@skillproof/platform';

/**
 * A clock a test moves forward by hand. It starts at the real time and keeps running with it, so
 * the database and the logs stay plausible; `advance` jumps it ahead by what a test would have slept.
 */
export class TestClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
