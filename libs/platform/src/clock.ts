/**
 * The time, injected. Rules about time (lockouts, deadlines, token lifetimes, cache lifetimes) ask
 * the Clock instead of `Date.now()`, so a test moves time forward instead of sleeping through it.
 * ServiceCoreModule and the gateway provide the system clock; `startApp` may be given another.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
