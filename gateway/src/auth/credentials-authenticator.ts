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
    const { authorization, 'x-api-key': apiKey } = credentials;
    if (authorization !== undefined) {
      const token = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
      if (!token)
        throw DomainError.unauthorized('auth.invalid_header', 'Send the token as "Authorization: Bearer <token>"');
      return this.tokens.verify(token);
    }
    if (apiKey !== undefined) {
      if (typeof apiKey !== 'string' || apiKey.length === 0) {
        throw DomainError.unauthorized('auth.invalid_api_key', 'The API key is not valid');
      }
      return this.apiKeys.resolve(apiKey);
    }
    return undefined;
  }
}
