import { Injectable, Logger } from '@nestjs/common';
import { nextTraceparent } from '@skillproof/observability';
import { DomainError } from '@skillproof/platform';
import { CredentialsAuthenticator, type Credentials } from './credentials-authenticator';
import type { CallerRequest } from './principal-request';

/** A client's `connectionParams`: credentials, and optionally the trace the connection belongs to. */
type ConnectionParams = Credentials & { traceparent?: unknown };

/** What a websocket connection adds to the GraphQL context of each of its subscriptions. */
export interface ConnectionContext {
  req: CallerRequest;
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

  constructor(private readonly credentials: CredentialsAuthenticator) {}

  /**
   * mercurius `subscription.onConnect`: false refuses the connection, as the HTTP hook refuses a
   * request whose credentials do not verify; no credentials make an anonymous connection.
   */
  async onConnect(payload: unknown): Promise<ConnectionContext | false> {
    const params: ConnectionParams = typeof payload === 'object' && payload !== null ? payload : {};
    const traceparent = nextTraceparent(typeof params.traceparent === 'string' ? params.traceparent : undefined);
    try {
      const principal = await this.credentials.authenticate(params);
      return { req: { principal, traceparent } };
    } catch (error) {
      if (!(error instanceof DomainError)) this.logger.error({ err: error }, 'Credentials could not be checked');
      return false;
    }
  }
}
