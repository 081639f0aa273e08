import { Injectable, Logger } from '@nestjs/common';
import { decodeJwt } from 'jose';
import { nextTraceparent } from '@skillproof/observability';
import { Clock, DomainError } from '@skillproof/platform';
import { BEARER, CredentialsAuthenticator, type Credentials } from './credentials-authenticator';
import type { CallerRequest } from './principal-request';

/** A client's `connectionParams`: credentials, and optionally the trace the connection belongs to. */
type ConnectionParams = Credentials & { traceparent?: unknown };

/** What a websocket connection adds to the GraphQL context of each of its subscriptions. */
export interface ConnectionContext {
  req: CallerRequest;
  /** When the access token the connection was opened with expires (ms since the epoch). */
  tokenExpiresAt?: number;
}

/**
 * Authenticates a GraphQL websocket connection from its `connection_init` payload (a client's
 * `connectionParams`: `{ authorization: 'Bearer …' }` or `{ 'x-api-key': … }`, and an optional
 * `traceparent`), since browsers cannot set headers on a websocket. The result becomes the
 * connection's `req`, so RolesGuard, `@CurrentPrincipal()` and `@Traceparent()` work for
 * subscriptions as they do over HTTP.
 */
@Injectable()
export class ConnectionAuthenticator {
  private readonly logger = new Logger(ConnectionAuthenticator.name);

  constructor(
    private readonly credentials: CredentialsAuthenticator,
    private readonly clock: Clock,
  ) {}

  /**
   * mercurius `subscription.onConnect`: false refuses the connection, as the HTTP hook refuses a
   * request whose credentials do not verify; no credentials make an anonymous connection.
   */
  async onConnect(payload: unknown): Promise<ConnectionContext | false> {
    const params: ConnectionParams = typeof payload === 'object' && payload !== null ? payload : {};
    const traceparent = nextTraceparent(typeof params.traceparent === 'string' ? params.traceparent : undefined);
    try {
      const principal = await this.credentials.authenticate(params);
      const token = typeof params.authorization === 'string' ? BEARER.exec(params.authorization)?.[1] : undefined;
      // Verified just above, so only its expiry is read here.
      const expiry = token ? decodeJwt(token).exp : undefined;
      return { req: { principal, traceparent }, ...(expiry ? { tokenExpiresAt: expiry * 1_000 } : {}) };
    } catch (error) {
      if (!(error instanceof DomainError)) this.logger.error({ err: error }, 'Credentials could not be checked');
      return false;
    }
  }

  /**
   * mercurius `onSubscriptionResolution`, before each event goes out: once the connection's token
   * has expired, throwing closes the connection instead of sending, so a client must reconnect with
   * a renewed token to keep receiving.
   */
  refuseExpired(context: object): void {
    const { tokenExpiresAt } = context as Partial<ConnectionContext>;
    if (tokenExpiresAt !== undefined && tokenExpiresAt <= this.clock.now().getTime()) {
      throw DomainError.unauthorized('auth.token_expired', 'The access token has expired; connect again');
    }
  }
}
