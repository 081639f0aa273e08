import { Global, Module } from '@nestjs/common';
import { ApiKeyResolver } from './api-key-resolver';
import { AuthenticationHook } from './authentication.hook';
import { ConnectionAuthenticator } from './connection-authenticator';
import { CredentialsAuthenticator } from './credentials-authenticator';
import { SessionRevocations } from './session-revocations';
import { TokenVerifier } from './token-verifier';
import { TraceContextHook } from './trace-context.hook';

/**
 * Who calls and in which trace, for every request and websocket connection; exported so the
 * API-key routes can drop a revoked key from the cache, GraphQL can authenticate its subscriptions and
 * readiness can wait for the sessions bucket.
 */
@Global()
@Module({
  providers: [
    SessionRevocations,
    TokenVerifier,
    ApiKeyResolver,
    CredentialsAuthenticator,
    AuthenticationHook,
    ConnectionAuthenticator,
    TraceContextHook,
  ],
  exports: [ApiKeyResolver, ConnectionAuthenticator, SessionRevocations],
})
export class AuthModule {}
