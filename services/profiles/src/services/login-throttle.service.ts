import { Injectable } from '@nestjs/common';
import { Clock } from '@skillproof/platform';
import { ProfilesConfig } from '../config/profiles.config';
import { LoginThrottleRepository } from '../repositories/login-throttle.repository';

const MAX_LOCK_SECONDS = 15 * 60;

const pairKey = (email: string, address: string): string => `pair:${address}:${email}`;
const accountKey = (email: string): string => `account:${email}`;
const addressKey = (address: string): string => `address:${address}`;

/**
 * Slows password guessing per account and address (one source, one target), per address (one source,
 * many accounts) and, at a much higher limit, per account (one target, many addresses). The tight
 * limit is per pair so that an attacker's failures lock out the attacker, not the account's owner.
 * Unknown emails are counted like known ones, so the limit reveals nothing either.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly config: ProfilesConfig,
    private readonly throttles: LoginThrottleRepository,
    private readonly clock: Clock,
  ) {}

  /** Seconds the caller must wait before trying again, or 0 when a try is allowed now. */
  async retryAfterSeconds(email: string, address: string): Promise<number> {
    const rows = await this.throttles.findByKeys([pairKey(email, address), accountKey(email), addressKey(address)]);
    const now = this.clock.now().getTime();
    const waits = rows.map((row) => (row.lockedUntil ? row.lockedUntil.getTime() - now : 0));
    return Math.max(0, Math.ceil(Math.max(0, ...waits) / 1_000));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const common = {
      windowSeconds: this.config.LOGIN_WINDOW_SECONDS,
      baseSeconds: this.config.LOGIN_LOCKOUT_BASE_SECONDS,
      maxSeconds: MAX_LOCK_SECONDS,
    };
    const now = this.clock.now();
    await this.throttles.recordFailure(
      pairKey(email, address),
      { ...common, limit: this.config.LOGIN_FAILURES_PER_ACCOUNT_ADDRESS },
      now,
    );
    await this.throttles.recordFailure(
      accountKey(email),
      { ...common, limit: this.config.LOGIN_FAILURES_PER_ACCOUNT },
      now,
    );
    await this.throttles.recordFailure(
      addressKey(address),
      { ...common, limit: this.config.LOGIN_FAILURES_PER_ADDRESS },
      now,
    );
  }

  /** A correct password clears the account's counts; the address keeps its own. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.throttles.clear(pairKey(email, address));
    await this.throttles.clear(accountKey(email));
  }
}
