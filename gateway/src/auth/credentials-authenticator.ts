import { Injectable } from '@nestjs/common';
import type { Principal } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import { ApiKeyResolver } from './api-key-resolver';
import { TokenVerifier } from './token-verifier';

export const BEARER = /^Bearer\s+(\S+)$/i;

/** What a client may prove itself with: HTTP headers, or the same keys in a websocket's connection params. */
export interface Credentials {
  authorization?: unknown;
  'x-api-key'?: unknown;
}

/** Who proved themselves, and with what: a websocket connection closes when either stops counting. */
export interface Identity {
  principal: Principal;
  /** For a token: the session version it was signed under, and when it expires (ms since the epoch). */
  token?: { sessionVersion: number; expiresAt: number };
  /** For an API key: the key's id. */
  apiKeyId?: string;
}

/**
 * One rule for every transport: no credentials means anonymous; credentials that do not verify
 * are a 401 problem, never silently ignored.
 */
@Injectable()
export class CredentialsAuthenticator {
  constructor(
    private readonly tokens: TokenVerifier,
    private readonly apiKeys: ApiKeyResolver,
  ) {}

  async authenticate(credentials: Credentials): Promise<Principal | undefined> {
    return (await this.identify(credentials))?.principal;
  }

  async identify(credentials: Credentials): Promise<Identity | undefined> {
    const { authorization, 'x-api-key': apiKey } = credentials;
    if (authorization !== undefined) {
      const token = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
      if (!token)
        throw DomainError.unauthorized('auth.invalid_header', 'Send the token as "Authorization: Bearer <token>"');
      const { principal, sessionVersion, expiresAt } = await this.tokens.verify(token);
      return { principal, token: { sessionVersion, expiresAt } };
    }
    if (apiKey !== undefined) {
      if (typeof apiKey !== 'string' || apiKey.length === 0) {
        throw DomainError.unauthorized('auth.invalid_api_key', 'The API key is not valid');
      }
      const { principal, keyId } = await this.apiKeys.resolve(apiKey);
      return { principal, apiKeyId: keyId };
    }
    return undefined;
  }
}
