import { Injectable } from '@nestjs/common';
import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { ProfilesRequests, ROLES, SESSION_VERSION_CLAIM, type Principal, type Role } from '@skillproof/contracts';
import { Clock, DomainError, RequestClient } from '@skillproof/platform';
import { SessionRevocations } from './session-revocations';

/** Matches the issuer the profiles service signs with. */
const TOKEN_ISSUER = 'skillproof/profiles';
/** An unknown `kid` refetches the keys at most this often, so forged kids cannot flood the profiles service. */
const REFETCH_COOLDOWN_MS = 5_000;
/** Tokens remembered as verified; a client reuses its token for many requests until it expires. */
export const VERIFIED_TOKEN_ENTRIES = 10_000;

type KeySet = ReturnType<typeof createLocalJWKSet>;

export interface VerifiedToken {
  principal: Principal;
  /** The user's session version when the token was signed (its `sv` claim). */
  sessionVersion: number;
  /** When the token expires, in ms since the epoch. */
  expiresAt: number;
}

/**
 * Verifies access tokens locally with the profiles service's public keys, fetched once over NATS
 * and again only when a token names a key the gateway has not seen (after a key rotation).
 *
 * A signature check costs more than the rest of a cached read (EdDSA through jose: about 0.1 ms
 * on a quiet core, several times that on a busy one), so a token that verified is remembered
 * until it expires: its signature and claims cannot change. Whether its session still counts
 * can, so every use, remembered or not, compares the token's session version (`sv`) with the
 * user's current one from SessionRevocations, in memory. Only tokens that verified are kept; a
 * bad token is checked, and refused, every time.
 */
@Injectable()
export class TokenVerifier {
  private keySet?: Promise<KeySet>;
  private lastFetch = 0;
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(
    private readonly services: RequestClient,
    private readonly clock: Clock,
    private readonly sessions: SessionRevocations,
  ) {}

  /** The token's principal, session version and expiry, if it verifies and its session still counts. */
  async verify(token: string): Promise<VerifiedToken> {
    const verified = await this.verifiedToken(token);
    await this.sessions.assertSessionCurrent(verified.principal.userId, verified.sessionVersion);
    return verified;
  }

  private async verifiedToken(token: string): Promise<VerifiedToken> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > this.clock.now().getTime()) return known;
    this.verified.delete(token);
    try {
      const { payload } = await this.verifyWithKeys(token);
      const sessionVersion = payload[SESSION_VERSION_CLAIM];
      const verified: VerifiedToken = {
        principal: toPrincipal(payload),
        // Tokens signed before session versions existed carry none: they belong to version 0.
        sessionVersion: typeof sessionVersion === 'number' ? sessionVersion : 0,
        expiresAt: (payload.exp ?? 0) * 1_000,
      };
      if (payload.exp !== undefined) this.remember(token, verified);
      return verified;
    } catch (error) {
      throw asAuthError(error);
    }
  }

  private remember(token: string, verified: VerifiedToken): void {
    if (this.verified.size >= VERIFIED_TOKEN_ENTRIES) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, verified);
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
