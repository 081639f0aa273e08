import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ProfilesRequests, type ApiKeyResolution, type Principal } from '@skillproof/contracts';
import { DomainError, RequestClient } from '@skillproof/platform';
import { SessionRevocations } from './session-revocations';

/** How long a resolved key is trusted without asking again; revocations reach the cache through SessionRevocations. */
export const API_KEY_CACHE_MS = 30_000;
const MAX_ENTRIES = 10_000;

interface CacheEntry {
  resolution: ApiKeyResolution;
  expiresAt: number;
}

/**
 * Turns an `X-Api-Key` into its company's principal through the profiles service, with a short
 * cache keyed by the key's hash (the key itself is never kept in memory longer than the request).
 * A revoked key is refused at once on every gateway: each one learns of the revocation from the
 * sessions bucket, drops the key from its cache, and checks every answer (cached or fetched just
 * as the key was revoked) against the revoked keys it knows.
 */
@Injectable()
export class ApiKeyResolver {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly services: RequestClient,
    private readonly revocations: SessionRevocations,
  ) {
    revocations.onRevocation((revocation) => {
      if (revocation.kind === 'api-key') this.forget(revocation.keyId);
    });
  }

  /** The key's company principal and the key's id (a websocket opened with it closes on revocation). */
  async resolve(key: string): Promise<{ principal: Principal; keyId: string }> {
    const digest = createHash('sha256').update(key).digest('hex');
    const cached = this.cache.get(digest);
    const resolution = cached && cached.expiresAt > Date.now() ? cached.resolution : await this.fetch(digest, key);
    if (!resolution.principal) throw DomainError.unauthorized('auth.invalid_api_key', 'The API key is not valid');
    await this.revocations.assertApiKeyActive(resolution.keyId);
    return resolution;
  }

  /** Drops a key from this gateway's cache. */
  forget(keyId: string): void {
    for (const [digest, entry] of this.cache) {
      if ('keyId' in entry.resolution && entry.resolution.keyId === keyId) this.cache.delete(digest);
    }
  }

  private async fetch(digest: string, key: string): Promise<ApiKeyResolution> {
    const resolution = await this.services.request(ProfilesRequests.resolveApiKey, { key: key.slice(0, 200) });
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(digest, { resolution, expiresAt: Date.now() + API_KEY_CACHE_MS });
    return resolution;
  }
}
