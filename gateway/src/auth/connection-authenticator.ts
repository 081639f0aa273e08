import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@skillproof/platform';
import { CredentialsAuthenticator, type Credentials } from './credentials-authenticator';
import type { CallerRequest } from './principal-request';

/** What a websocket connection adds to the GraphQL context of each of its subscriptions. */
export interface ConnectionContext {
  req: CallerRequest;
}

/**
 * Authenticates a GraphQL websocket connection from its `connection_init` payload (a client's
 * `connectionParams`: `{ authorization: 'Bearer …' }` or `{ 'x-api-key': … }`), since browsers
 * cannot set headers on a websocket. The result becomes the connection's `req`, so RolesGuard and
 * `@CurrentPrincipal()` work for subscriptions as they do over HTTP.
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
    try {
      const principal = await this.credentials.authenticate(isCredentials(payload) ? payload : {});
      return { req: principal ? { principal } : {} };
    } catch (error) {
      if (!(error instanceof DomainError)) this.logger.error({ err: error }, 'Credentials could not be checked');
      return false;
    }
  }
}

function isCredentials(payload: unknown): payload is Credentials {
  return typeof payload === 'object' && payload !== null;
}
