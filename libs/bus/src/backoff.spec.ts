import { backoffMs, Sleeper } from './backoff';

describe('backoffMs', () => {
  it('doubles with each attempt and never passes the cap', () => {
    const noJitter = (): number => 1;
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, 100, 10_000, noJitter))).toEqual([100, 200, 400, 800]);
    expect(backoffMs(30, 100, 10_000, noJitter)).toBe(10_000);
  });

  it('spreads retries between half and all of the delay', () => {
    expect(backoffMs(3, 100, 10_000, () => 0)).toBe(200);
    expect(backoffMs(3, 100, 10_000, () => 0.5)).toBe(300);
  });
});

describe('Sleeper', () => {
  it('ends a sleep early when woken, and remembers a wake that came first', async () => {
    const sleeper = new Sleeper();
    const started = Date.now();
    const sleeping = sleeper.sleep(5_000);
    sleeper.wake();
    await sleeping;
    sleeper.wake();
    await sleeper.sleep(5_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
