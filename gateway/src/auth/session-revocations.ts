import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/nats-core';
import { Kvm, type KV, type KvEntry } from '@nats-io/kv';
import { SESSIONS_BUCKET, type SessionVersionEntry } from '@skillproof/contracts';
import { DomainError, NATS_CONNECTION } from '@skillproof/platform';
import { GatewayConfig } from '../config/gateway.config';

/** Pause before watching again after the watch ended (NATS gone, consumer lost). */
const REWATCH_DELAY_MS = 1_000;

export type Revocation = { kind: 'session'; userId: string; version: number } | { kind: 'api-key'; keyId: string };

/**
 * What profiles says no longer counts, kept in memory from the sessions bucket: each user's
 * session version and the revoked API keys. Every gateway watches the bucket, so a revocation
 * reaches all of them within a moment of its commit, and no request asks profiles.
 *
 * At start the gateway serves anonymous requests at once, but a request with credentials waits
 * until the bucket is loaded, and is refused with 503 if it is not loaded in time (fail closed):
 * answering from an empty map would accept a token revoked just before this gateway started.
 * The wait is one round trip to JetStream, the same NATS every request needs anyway.
 */
@Injectable()
export class SessionRevocations implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionRevocations.name);
  private readonly versions = new Map<string, number>();
  private readonly revokedKeys = new Set<string>();
  private readonly listeners: Array<(revocation: Revocation) => void> = [];
  private loaded = false;
  private markLoaded!: () => void;
  private readonly whenLoaded = new Promise<void>((resolve) => (this.markLoaded = resolve));
  private stopped = false;
  private stopWatching?: () => void;

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly config: GatewayConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.watchUntilStopped();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    this.stopWatching?.();
  }

  /** Whether the bucket has been read to its end once, so every check can be answered. */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Called with each revocation as it arrives (not with those loaded at start). */
  onRevocation(listener: (revocation: Revocation) => void): void {
    this.listeners.push(listener);
  }

  /** Refuses a token signed under an older session version than the user's current one. */
  async assertSessionCurrent(userId: string, tokenVersion: number): Promise<void> {
    await this.loadedInTime();
    if (this.isSessionRevoked(userId, tokenVersion)) throw sessionEnded();
  }

  async assertApiKeyActive(keyId: string): Promise<void> {
    await this.loadedInTime();
    if (this.isApiKeyRevoked(keyId)) throw DomainError.unauthorized('auth.invalid_api_key', 'The API key is not valid');
  }

  /** Whether a session is known to be revoked, without waiting for the load (for open websockets). */
  isSessionRevoked(userId: string, tokenVersion: number): boolean {
    return tokenVersion < (this.versions.get(userId) ?? 0);
  }

  /** As isSessionRevoked, for an API key. */
  isApiKeyRevoked(keyId: string): boolean {
    return this.revokedKeys.has(keyId);
  }

  private async loadedInTime(): Promise<void> {
    if (this.loaded) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(DomainError.unavailable('auth.sessions_loading', 'Sessions cannot be checked yet; try again')),
        this.config.NATS_REQUEST_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([this.whenLoaded, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async watchUntilStopped(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.watch();
      } catch (error) {
        if (this.stopped) return;
        this.logger.warn(
          `Watching ${SESSIONS_BUCKET} failed (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, REWATCH_DELAY_MS));
    }
  }

  /**
   * Watches the bucket from each key's latest value; loaded once the entry that was the bucket's
   * last when the watch began has arrived. A watch begun again replays the latest values, which
   * only confirms what is known.
   */
  private async watch(): Promise<void> {
    const kv: KV = await new Kvm(this.connection).create(SESSIONS_BUCKET, {
      history: 1,
      replicas: this.config.NATS_STREAM_REPLICAS,
    });
    const lastRevision = (await kv.status()).streamInfo.state.last_seq;
    if (lastRevision === 0) this.setLoaded();
    const watcher = await kv.watch();
    this.stopWatching = () => watcher.stop();
    if (this.stopped) watcher.stop();
    for await (const entry of watcher) {
      this.apply(entry);
      if (entry.revision >= lastRevision) this.setLoaded();
    }
  }

  private setLoaded(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.markLoaded();
  }

  private apply(entry: KvEntry): void {
    if (entry.operation !== 'PUT') return;
    const [kind, id] = splitKey(entry.key);
    if (kind === 'user') {
      const { version } = entry.json() as SessionVersionEntry;
      if (version <= (this.versions.get(id) ?? 0)) return;
      this.versions.set(id, version);
      this.emit({ kind: 'session', userId: id, version });
    } else if (kind === 'api-key') {
      if (this.revokedKeys.has(id)) return;
      this.revokedKeys.add(id);
      this.emit({ kind: 'api-key', keyId: id });
    }
  }

  private emit(revocation: Revocation): void {
    for (const listener of this.listeners) listener(revocation);
  }
}

function splitKey(key: string): [string, string] {
  const dot = key.indexOf('.');
  return [key.slice(0, dot), key.slice(dot + 1)];
}

export function sessionEnded(): DomainError {
  return DomainError.unauthorized('auth.session_ended', 'This session has ended; sign in again');
}
