import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { NatsConnection, QueuedIterator } from '@nats-io/nats-core';
import { Kvm, type KV, type KvWatchEntry } from '@nats-io/kv';
import { Clock, NATS_CONNECTION } from '@skillproof/platform';
import { GradingConfig } from '../config/grading.config';
import { bufferedFetch } from '../graders/buffered-fetch';
import { providerRateLimited, providerRequestDuration } from './grading-metrics.util';
import { retryAfterMs } from './retry-after.util';

/** Shared by every grading replica: one key per minute window, one for the pause. */
export const PROVIDER_LIMITS_BUCKET = 'grading-provider-limits';
const WINDOW_MS = 60_000;
/** Windows expire on their own a minute after they end; a pause lasts at most this long too. */
const BUCKET_TTL_MS = 2 * WINDOW_MS;
/** A 429 that does not say how long to wait. */
const DEFAULT_PAUSE_MS = 5_000;
/** How often a waiting grading looks again, so that a test clock moving on is noticed. */
const RECHECK_MS = 250;

interface WindowUse {
  requests: number;
  tokens: number;
}

/**
 * Keeps every replica within the provider's limits for the configured model. Requests and tokens
 * per minute are counted in a NATS key-value bucket with compare-and-set, so all replicas draw on
 * one budget; a 429 writes a pause there that every replica watches and waits out, instead of each
 * replica finding the limit by itself. Waiting holds no database connection.
 */
@Injectable()
export class ProviderLimiter implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ProviderLimiter.name);
  private readonly key: string;
  private kv?: KV;
  private watcher?: QueuedIterator<KvWatchEntry>;
  private pausedUntil = 0;

  constructor(
    private readonly config: GradingConfig,
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly clock: Clock,
  ) {
    this.key = `openai.${config.OPENAI_MODEL.replace(/[^-_a-zA-Z0-9]/g, '_')}`;
  }

  async onModuleInit(): Promise<void> {
    this.kv = await new Kvm(this.connection).create(PROVIDER_LIMITS_BUCKET, { history: 1, ttl: BUCKET_TTL_MS });
    this.watcher = await this.kv.watch({ key: this.pauseKey });
    void this.followPauses(this.watcher);
  }

  onApplicationShutdown(): void {
    this.watcher?.stop();
  }

  /** Resolves when a call of about `tokens` tokens fits the limits and no pause is on. */
  async acquire(tokens: number): Promise<void> {
    for (;;) {
      if (this.pauseLeft() > 0) {
        await delay(Math.min(this.pauseLeft(), RECHECK_MS));
        continue;
      }
      if (!this.limited() || (await this.take(tokens))) return;
      await delay(RECHECK_MS);
    }
  }

  /**
   * The SDK's fetch. Every attempt waits out a pause first. A 429 that says how long to wait
   * pauses every replica and is asked again here once the pause is over, so a rate limit slows
   * grading instead of using up the SDK's retries and failing the submission; only the SDK's
   * timeout (its abort signal) ends the waiting. A 429 that does not say (an exhausted quota)
   * pauses for a default time and goes back to the SDK as it came.
   */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const labels = { provider: 'openai', model: this.config.OPENAI_MODEL };
    const resendable = typeof input === 'string' || input instanceof URL;
    for (;;) {
      while (this.pauseLeft() > 0) {
        init?.signal?.throwIfAborted();
        await delay(Math.min(this.pauseLeft(), RECHECK_MS));
      }
      const timer = providerRequestDuration.startTimer(labels);
      let response: Response;
      try {
        response = await bufferedFetch(input, init);
      } catch (error) {
        timer({ status: '0' });
        throw error;
      }
      timer({ status: String(response.status) });
      if (response.status !== 429) return response;
      providerRateLimited.inc(labels);
      const wait = retryAfterMs(response.headers, this.clock.now());
      await this.pause(wait ?? DEFAULT_PAUSE_MS).catch((error: unknown) =>
        this.logger.warn(`Could not share a provider pause: ${String(error)}`),
      );
      if (wait === undefined || !resendable || (init?.body != null && typeof init.body !== 'string')) return response;
      await response.body?.cancel();
    }
  };

  private get pauseKey(): string {
    return `${this.key}.pause`;
  }

  private limited(): boolean {
    return this.config.OPENAI_REQUESTS_PER_MINUTE > 0 || this.config.OPENAI_TOKENS_PER_MINUTE > 0;
  }

  private pauseLeft(): number {
    return this.pausedUntil - this.clock.now().getTime();
  }

  private async pause(ms: number): Promise<void> {
    const until = this.clock.now().getTime() + Math.min(ms, BUCKET_TTL_MS);
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    this.logger.warn(`The provider limited ${this.key}; every replica waits ${ms} ms`);
    await this.bucket().put(this.pauseKey, String(until));
  }

  private async followPauses(watcher: QueuedIterator<KvWatchEntry>): Promise<void> {
    for await (const entry of watcher) {
      const until = entry.operation === 'PUT' ? Number(entry.string()) : 0;
      if (Number.isFinite(until) && until > this.pausedUntil) this.pausedUntil = until;
    }
  }

  /** Counts one request of `tokens` in this minute's window if it fits; false when the window is full. */
  private async take(tokens: number): Promise<boolean> {
    const kv = this.bucket();
    const window = `${this.key}.w${Math.floor(this.clock.now().getTime() / WINDOW_MS)}`;
    for (;;) {
      const entry = await kv.get(window);
      const used: WindowUse = entry?.operation === 'PUT' ? entry.json<WindowUse>() : { requests: 0, tokens: 0 };
      if (!this.fits(used, tokens)) return false;
      const next = JSON.stringify({ requests: used.requests + 1, tokens: used.tokens + tokens });
      try {
        if (entry) await kv.update(window, next, entry.revision);
        else await kv.create(window, next);
        return true;
      } catch (error) {
        // Another replica counted first: read the window again.
        if (!isRevisionConflict(error)) throw error;
      }
    }
  }

  /** A call larger than the whole token budget still goes, alone in its window, rather than never. */
  private fits(used: WindowUse, tokens: number): boolean {
    const { OPENAI_REQUESTS_PER_MINUTE: rpm, OPENAI_TOKENS_PER_MINUTE: tpm } = this.config;
    if (rpm > 0 && used.requests + 1 > rpm) return false;
    return tpm === 0 || used.tokens === 0 || used.tokens + tokens <= tpm;
  }

  private bucket(): KV {
    if (!this.kv) throw new Error('ProviderLimiter used before its bucket was opened');
    return this.kv;
  }
}

function isRevisionConflict(error: unknown): boolean {
  return error instanceof Error && /wrong last sequence|key exists/i.test(error.message);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(1, ms)));
}
