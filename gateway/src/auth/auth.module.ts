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
 * API-key routes can drop a revoked key from the cache and GraphQL can authenticate its subscriptions.
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
  exports: [ApiKeyResolver, ConnectionAuthenticator],
})
export class AuthModule {}
