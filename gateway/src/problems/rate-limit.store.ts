import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { JetStreamApiCodes, JetStreamApiError, StorageType } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { Kvm, type KV } from '@nats-io/kv';
import type { Clock } from '@skillproof/platform';

/** The bucket every gateway counts in; its entries outlive their window by one more, then NATS drops them. */
export const RATE_LIMIT_BUCKET = 'gateway_rate_limits';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Tries of a compare-and-set before a batch is let through uncounted; only other gateways make it fail. */
const MAX_TRIES = 10;

/** A client's count in its current window, as stored in the bucket. */
interface Count {
  hits: number;
  /** When the window began, in the clock's milliseconds; it lasts the limit's ttl. */
  since: number;
}

interface Counter {
  ttl: number;
  /** The last count this gateway read or wrote, and its revision: the base of the next compare-and-set. */
  known?: Count & { revision: number };
  waiting: Array<(result: { hits: number; endsAt: number }) => void>;
  flushing: boolean;
}

/**
 * Rate-limit counters shared by every gateway through a NATS key-value bucket, so N gateways
 * enforce one limit per client instead of N. A client's window begins with its first hit and lasts
 * the limit's ttl, as in @nestjs/throttler's own store; its count is advanced with compare-and-set
 * on the key's revision. Hits that arrive while a write is under way are counted together in the
 * next one, so a busy client costs one round trip per batch rather than per request, and the
 * gateways contend only with each other.
 */
export class RateLimitStore implements ThrottlerStorage {
  private readonly logger = new Logger(RateLimitStore.name);
  private readonly counters = new Map<string, Counter>();
  private nextSweep = 0;

  private constructor(
    private readonly openBucket: () => Promise<KV>,
    private readonly clock: Clock,
  ) {}

  /** The bucket, once opened; NATS may not be there yet when the gateway starts. */
  private kv?: KV;

  /**
   * A store on the bucket, which is opened (and created) at the first request, so that a gateway
   * starts while JetStream is still electing its leaders; `windowMs` is the longest window of any limit.
   */
  static create(
    connection: NatsConnection,
    clock: Clock,
    options: { windowMs: number; replicas: number },
  ): RateLimitStore {
    const openBucket = (): Promise<KV> =>
      new Kvm(connection).create(RATE_LIMIT_BUCKET, {
        history: 1,
        // A count nobody has touched for a window is over; NATS drops it a window later.
        ttl: 2 * options.windowMs,
        replicas: options.replicas,
        // Counters are worth less than a disk write: when the servers holding the bucket all
        // restart it is gone, clients start afresh, and the next write creates it again.
        storage: StorageType.Memory,
      });
    return new RateLimitStore(openBucket, clock);
  }

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    this.sweep(this.clock.now().getTime());
    let counter = this.counters.get(key);
    if (!counter) {
      counter = { ttl, waiting: [], flushing: false };
      this.counters.set(key, counter);
    }
    const { hits, endsAt } = await new Promise<{ hits: number; endsAt: number }>((resolve) => {
      counter.waiting.push(resolve);
      if (!counter.flushing) void this.flush(key, counter);
    });
    const timeToExpire = Math.max(1, Math.ceil((endsAt - this.clock.now().getTime()) / 1_000));
    const isBlocked = hits > limit;
    return { totalHits: hits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
  }

  private async flush(key: string, counter: Counter): Promise<void> {
    counter.flushing = true;
    while (counter.waiting.length > 0) {
      const batch = counter.waiting.splice(0);
      const { before, endsAt } = await this.add(key, counter, batch.length);
      batch.forEach((resolve, position) => resolve({ hits: before + position + 1, endsAt }));
    }
    counter.flushing = false;
  }

  /** Adds `count` hits to the shared counter; returns the hits before them and when their window ends. */
  private async add(key: string, counter: Counter, count: number): Promise<{ before: number; endsAt: number }> {
    let reopened = false;
    try {
      for (let attempt = 0; attempt < MAX_TRIES; attempt += 1) {
        const now = this.clock.now().getTime();
        const known = counter.known;
        const current = known && now < known.since + counter.ttl ? known : undefined;
        const next: Count = { hits: (current?.hits ?? 0) + count, since: current?.since ?? now };
        try {
          const value = JSON.stringify(next);
          this.kv ??= await this.openBucket();
          const revision = known ? await this.kv.update(key, value, known.revision) : await this.kv.create(key, value);
          counter.known = { ...next, revision };
          return { before: current?.hits ?? 0, endsAt: next.since + counter.ttl };
        } catch (error) {
          if (!isRevisionConflict(error)) {
            if (reopened) throw error;
            // The bucket may be gone with the servers that held it; opening it creates it again.
            reopened = true;
            counter.known = undefined;
            this.kv = await this.openBucket();
            continue;
          }
          // Another gateway counted in between: read what it wrote and count on top of it.
          const entry = await this.kv?.get(key);
          counter.known =
            entry && entry.operation === 'PUT' ? { ...(entry.json() as Count), revision: entry.revision } : undefined;
        }
      }
      throw new Error(`the count kept changing under ${MAX_TRIES} tries`);
    } catch (error) {
      // Requests reach services over the same NATS, so while it fails they fail too; the limit
      // must not add a second outage on top, nor hold requests longer than that one does.
      this.logger.warn(`Rate limit not counted (${error instanceof Error ? error.message : String(error)})`);
      return { before: 0, endsAt: this.clock.now().getTime() + counter.ttl };
    }
  }

  /** Forgets counters whose window is over; the bucket keeps the truth. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + 10_000;
    for (const [key, counter] of this.counters) {
      const over = !counter.known || now >= counter.known.since + counter.ttl;
      if (over && !counter.flushing) this.counters.delete(key);
    }
  }
}

/** What NATS answers a create on an existing key, or an update on a revision that is no longer the last. */
function isRevisionConflict(error: unknown): boolean {
  return (
    error instanceof JetStreamApiError &&
    (error.code === JetStreamApiCodes.StreamWrongLastSequence ||
      error.code === JetStreamApiCodes.StreamWrongLastSequenceUnknown)
  );
}
