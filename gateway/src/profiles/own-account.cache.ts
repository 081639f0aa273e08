import { Injectable } from '@nestjs/common';
import type { MeView } from '@skillproof/contracts';
import { Clock } from '@skillproof/platform';
import { ReadThroughCache } from '../caching/read-through.cache';

/**
 * How long a user's own account view is trusted without an event. Events and the user's own writes
 * keep it current; this only bounds how long one missed event (the gateway was disconnected, core
 * NATS dropped a message) can leave it wrong.
 */
export const OWN_ACCOUNT_TTL_MS = 30_000;
/** Signed-in users whose view is kept; a view is a few kB with its evidence, so 2,000 stay near 10 MB. */
export const OWN_ACCOUNT_ENTRIES = 2_000;

/**
 * Each signed-in user's `GET /v1/me` answer, by user id, so a page that asks on every load does not
 * ask the profiles service each time. A view is dropped when the user changes it through this
 * gateway (ProfilesClient), so the next read shows the change, and at every gateway when profiles
 * announces a change from anywhere (AccountChangesListener).
 */
@Injectable()
export class OwnAccountCache {
  private readonly cache: ReadThroughCache<MeView>;

  constructor(clock: Clock) {
    this.cache = new ReadThroughCache(clock, OWN_ACCOUNT_TTL_MS, OWN_ACCOUNT_ENTRIES);
  }

  get(userId: string, load: () => Promise<MeView>): Promise<MeView> {
    return this.cache.get(userId, load);
  }

  forget(userId: string): void {
    this.cache.forget(userId);
  }

  forgetAll(): void {
    this.cache.invalidate(() => true);
  }
}
