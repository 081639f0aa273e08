import { Inject, Injectable } from '@nestjs/common';
import { JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { Kvm, type KV } from '@nats-io/kv';
import {
  revokedApiKeyKey,
  SESSIONS_BUCKET,
  sessionVersionKey,
  type RevokedApiKeyEntry,
  type SessionVersionEntry,
} from '@skillproof/contracts';
import { NATS_CONNECTION } from '@skillproof/platform';
import { ProfilesConfig } from '../config/profiles.config';

/** Compare-and-set tries before giving up; only another replica writing the same user makes one fail. */
const MAX_TRIES = 10;

/**
 * Writes what every gateway must refuse into the sessions bucket, which gateways watch. Writes
 * come from event consumers, so a crash between a change and its write only delays the write.
 */
@Injectable()
export class SessionBucket {
  private kv?: Promise<KV>;

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly config: ProfilesConfig,
  ) {}

  /**
   * Records the user's session version unless the bucket already holds a higher one: events may be
   * redelivered or arrive out of order, and the version must never go back down.
   */
  async raiseSessionVersion(userId: string, version: number): Promise<void> {
    const kv = await this.bucket();
    const key = sessionVersionKey(userId);
    const value = JSON.stringify({ version } satisfies SessionVersionEntry);
    for (let attempt = 0; attempt < MAX_TRIES; attempt += 1) {
      const entry = await kv.get(key);
      const current = entry?.operation === 'PUT' ? (entry.json() as SessionVersionEntry).version : undefined;
      if (current !== undefined && current >= version) return;
      try {
        await (entry ? kv.update(key, value, entry.revision) : kv.create(key, value));
        return;
      } catch (error) {
        if (!isRevisionConflict(error)) throw error;
      }
    }
    throw new Error(`the session version of ${userId} kept changing under ${MAX_TRIES} tries`);
  }

  async revokeApiKey(keyId: string, revokedAt: string): Promise<void> {
    const kv = await this.bucket();
    await kv.put(revokedApiKeyKey(keyId), JSON.stringify({ revokedAt } satisfies RevokedApiKeyEntry));
  }

  private bucket(): Promise<KV> {
    if (!this.kv) {
      const opening = new Kvm(this.connection).create(SESSIONS_BUCKET, {
        history: 1,
        replicas: this.config.NATS_STREAM_REPLICAS,
      });
      // A failed open (JetStream still electing) is not kept: the redelivered event tries again.
      opening.catch(() => {
        if (this.kv === opening) this.kv = undefined;
      });
      this.kv = opening;
    }
    return this.kv;
  }
}

function isRevisionConflict(error: unknown): boolean {
  return (
    error instanceof JetStreamApiError &&
    (error.code === JetStreamApiCodes.StreamWrongLastSequence ||
      error.code === JetStreamApiCodes.StreamWrongLastSequenceUnknown)
  );
}
