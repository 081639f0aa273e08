export interface RetrySchedule {
  baseMs: number;
  maxDelayMs: number;
}

/**
 * When to try a failed delivery again, or null to give up. The wait doubles with each failed
 * attempt (capped), with 0–25 % jitter on top so that retries of one outage spread out instead of
 * arriving together. Jitter only adds, and the last try is pulled in to land on `retryUntil`, so a
 * delivery is retried for its whole window (three days by default) and never beyond.
 */
export function nextAttemptAt(
  failedAttempts: number,
  now: Date,
  retryUntil: Date,
  schedule: RetrySchedule,
  random: () => number = Math.random,
): Date | null {
  if (now.getTime() >= retryUntil.getTime()) return null;
  const exponential = Math.min(schedule.maxDelayMs, schedule.baseMs * 2 ** Math.max(0, failedAttempts - 1));
  const delay = Math.round(exponential * (1 + random() / 4));
  return new Date(Math.min(now.getTime() + delay, retryUntil.getTime()));
}
