import { Injectable, Logger } from '@nestjs/common';
import { nextTraceparent } from '@skillproof/observability';
import { Clock, DomainError } from '@skillproof/platform';
import { CredentialsAuthenticator, type Credentials, type Identity } from './credentials-authenticator';
import type { CallerRequest } from './principal-request';
import { sessionEnded, SessionRevocations, type Revocation } from './session-revocations';

/** A client's `connectionParams`: credentials, and optionally the trace the connection belongs to. */
type ConnectionParams = Credentials & { traceparent?: unknown };

/** The close code graphql-transport-ws gives an unauthorized client; it must connect again with new credentials. */
const SESSION_ENDED_CLOSE_CODE = 4401;

/** The websocket, as mercurius hands it to `subscription.context`. */
export interface ConnectionSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** What a websocket connection adds to the GraphQL context of each of its subscriptions. */
export interface ConnectionContext {
  req: CallerRequest;
  /** How the connection proved itself; it stops when that stops counting. */
  identity?: Identity;
  socket?: ConnectionSocket;
}

/**
 * Authenticates a GraphQL websocket connection from its `connection_init` payload (a client's
 * `connectionParams`: `{ authorization: 'Bearer …' }` or `{ 'x-api-key': … }`, and an optional
 * `traceparent`), since browsers cannot set headers on a websocket. The result becomes the
 * connection's `req`, so RolesGuard, `@CurrentPrincipal()` and `@Traceparent()` work for
 * subscriptions as they do over HTTP.
 *
 * A connection lives as long as its credentials: it closes once its token expires, and at once
 * when the token's session ends (role change, removal, sign-out everywhere) or its API key is revoked.
 */
@Injectable()
export class ConnectionAuthenticator {
  private readonly logger = new Logger(ConnectionAuthenticator.name);
  /** Connections with a subscription, by socket: the ones a revocation must close. */
  private readonly open = new Map<ConnectionSocket, Identity>();

  constructor(
    private readonly credentials: CredentialsAuthenticator,
    private readonly revocations: SessionRevocations,
    private readonly clock: Clock,
  ) {
    revocations.onRevocation((revocation) => this.closeRevoked(revocation));
  }

  /** mercurius `subscription.context`: keeps the socket, so a revocation can close it. */
  socketContext(socket: ConnectionSocket): Pick<ConnectionContext, 'socket'> {
    return { socket };
  }

  /**
   * mercurius `subscription.onConnect`: false refuses the connection, as the HTTP hook refuses a
   * request whose credentials do not verify; no credentials make an anonymous connection.
   */
  async onConnect(payload: unknown): Promise<ConnectionContext | false> {
    const params: ConnectionParams = typeof payload === 'object' && payload !== null ? payload : {};
    const traceparent = nextTraceparent(typeof params.traceparent === 'string' ? params.traceparent : undefined);
    try {
      const identity = await this.credentials.identify(params);
      return { req: { principal: identity?.principal, traceparent }, ...(identity ? { identity } : {}) };
    } catch (error) {
      if (!(error instanceof DomainError)) this.logger.error({ err: error }, 'Credentials could not be checked');
      return false;
    }
  }

  /**
   * mercurius `preSubscriptionExecution`: closes a connection whose credentials no longer count,
   * and remembers the others so a later revocation closes them.
   */
  track(context: object): void {
    const { identity, socket } = context as Partial<ConnectionContext>;
    if (!identity || !socket || this.open.has(socket)) return;
    if (this.hasEnded(identity)) {
      socket.close(SESSION_ENDED_CLOSE_CODE, 'The credentials of this connection no longer count');
      return;
    }
    this.open.set(socket, identity);
    socket.once('close', () => this.open.delete(socket));
  }

  /**
   * mercurius `onSubscriptionResolution`, before each event goes out: once the connection's token
   * has expired, or its session or key was revoked, throwing closes the connection instead of
   * sending, so a client must reconnect with renewed credentials to keep receiving.
   */
  refuseEnded(context: object): void {
    const { identity } = context as Partial<ConnectionContext>;
    if (!identity || !this.hasEnded(identity)) return;
    if (this.isRevoked(identity)) throw sessionEnded();
    throw DomainError.unauthorized('auth.token_expired', 'The access token has expired; connect again');
  }

  private hasEnded(identity: Identity): boolean {
    return (
      (identity.token !== undefined && identity.token.expiresAt <= this.clock.now().getTime()) ||
      this.isRevoked(identity)
    );
  }

  private isRevoked({ principal, token, apiKeyId }: Identity): boolean {
    if (token) return this.revocations.isSessionRevoked(principal.userId, token.sessionVersion);
    return apiKeyId !== undefined && this.revocations.isApiKeyRevoked(apiKeyId);
  }

  private closeRevoked(revocation: Revocation): void {
    const affected = (identity: Identity): boolean =>
      revocation.kind === 'session'
        ? identity.principal.userId === revocation.userId && this.isRevoked(identity)
        : identity.apiKeyId === revocation.keyId;
    for (const [socket, identity] of this.open) {
      if (!affected(identity)) continue;
      this.open.delete(socket);
      socket.close(SESSION_ENDED_CLOSE_CODE, 'The session or API key of this connection has ended');
    }
  }
}
