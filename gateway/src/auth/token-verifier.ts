import { Injectable } from '@nestjs/common';
import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { ProfilesRequests, ROLES, type Principal, type Role } from '@skillproof/contracts';
import { Clock, DomainError, RequestClient } from '@skillproof/platform';

/** Matches the issuer the profiles service signs with. */
const TOKEN_ISSUER = 'skillproof/profiles';
/** An unknown `kid` refetches the keys at most this often, so forged kids cannot flood the profiles service. */
const REFETCH_COOLDOWN_MS = 5_000;
/** Tokens remembered as verified; a client reuses its token for many requests until it expires. */
export const VERIFIED_TOKEN_ENTRIES = 10_000;

type KeySet = ReturnType<typeof createLocalJWKSet>;

/**
 * Verifies access tokens locally with the profiles service's public keys, fetched once over NATS
 * and again only when a token names a key the gateway has not seen (after a key rotation).
 *
 * A signature check costs more than the rest of a cached read (EdDSA through jose: about 0.1 ms
 * on a quiet core, several times that on a busy one), so a token that verified is remembered
 * until it expires: a token cannot be revoked before its expiry, so the answer cannot change.
 * Only tokens that verified are kept; a bad token is checked, and refused, every time.
 */
@Injectable()
export class TokenVerifier {
  private keySet?: Promise<KeySet>;
  private lastFetch = 0;
  private readonly verified = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(
    private readonly services: RequestClient,
    private readonly clock: Clock,
  ) {}

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > this.clock.now().getTime()) return known.principal;
    this.verified.delete(token);
    try {
      const { payload } = await this.verifyWithKeys(token);
      const principal = toPrincipal(payload);
      if (payload.exp !== undefined) this.remember(token, principal, payload.exp * 1_000);
      return principal;
    } catch (error) {
      throw asAuthError(error);
    }
  }

  private remember(token: string, principal: Principal, expiresAt: number): void {
    if (this.verified.size >= VERIFIED_TOKEN_ENTRIES) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { principal, expiresAt });
  }

  private async verifyWithKeys(token: string): Promise<{ payload: JWTPayload }> {
    try {
      return await jwtVerify(token, await this.keys(), {
        issuer: TOKEN_ISSUER,
        algorithms: ['EdDSA'],
        currentDate: this.clock.now(),
      });
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || Date.now() - this.lastFetch < REFETCH_COOLDOWN_MS) {
        throw error;
      }
      this.keySet = undefined;
      return jwtVerify(token, await this.keys(), {
        issuer: TOKEN_ISSUER,
        algorithms: ['EdDSA'],
        currentDate: this.clock.now(),
      });
    }
  }

  private keys(): Promise<KeySet> {
    if (!this.keySet) {
      this.lastFetch = Date.now();
      const fetching = this.services
        .request(ProfilesRequests.signingKeys, {})
        .then((set) => createLocalJWKSet(set as JSONWebKeySet));
      // A failed fetch (profiles down) is not cached: the next request tries again.
      fetching.catch(() => {
        if (this.keySet === fetching) this.keySet = undefined;
      });
      this.keySet = fetching;
    }
    return this.keySet;
  }
}

function toPrincipal(payload: JWTPayload): Principal {
  const role = payload.role as Role;
  const companyId = typeof payload.companyId === 'string' ? payload.companyId : undefined;
  if (!payload.sub || !ROLES.includes(role))
    throw new errors.JWTClaimValidationFailed('claims are incomplete', payload);
  return { userId: payload.sub, role, ...(companyId ? { companyId } : {}), via: 'token' };
}

function asAuthError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if (error instanceof errors.JWTExpired) {
    return DomainError.unauthorized('auth.token_expired', 'The access token has expired; sign in again');
  }
  if (error instanceof errors.JOSEError) {
    return DomainError.unauthorized('auth.invalid_token', 'The access token is not valid');
  }
  return error;
}
