import { nextAttemptAt } from './retry-schedule.util';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('nextAttemptAt', () => {
  const schedule = { baseMs: 30_000, maxDelayMs: 8 * 60 * MINUTE };
  const start = new Date('2026-03-01T00:00:00Z');
  const retryUntil = new Date(start.getTime() + 3 * DAY);

  it('doubles the wait with each failure and adds at most a quarter of jitter', () => {
    const none = () => 0;
    const most = () => 1;
    expect(nextAttemptAt(1, start, retryUntil, schedule, none)!.getTime() - start.getTime()).toBe(30_000);
    expect(nextAttemptAt(3, start, retryUntil, schedule, none)!.getTime() - start.getTime()).toBe(120_000);
    expect(nextAttemptAt(3, start, retryUntil, schedule, most)!.getTime() - start.getTime()).toBe(150_000);
    expect(nextAttemptAt(30, start, retryUntil, schedule, none)!.getTime() - start.getTime()).toBe(8 * 60 * MINUTE);
  });

  it('keeps retrying for the whole window, the last try landing on its end, then gives up', () => {
    let now = start;
    const attempts: Date[] = [];
    for (let failures = 1; ; failures += 1) {
      const next = nextAttemptAt(failures, now, retryUntil, schedule, Math.random);
      if (!next) break;
      attempts.push(next);
      now = next;
    }
    expect(attempts[attempts.length - 1].getTime()).toBe(retryUntil.getTime());
    expect(attempts[attempts.length - 1].getTime() - start.getTime()).toBeGreaterThanOrEqual(3 * DAY);
    expect(attempts.length).toBeGreaterThan(10);
    expect(attempts.length).toBeLessThan(30);
  });
});
