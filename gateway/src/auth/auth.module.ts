import { Global, Module } from '@nestjs/common';
import { ApiKeyResolver } from './api-key-resolver';
import { AuthenticationHook } from './authentication.hook';
import { TokenVerifier } from './token-verifier';

/** Authentication of every request; exported so the API-key routes can drop a revoked key from the cache. */
@Global()
@Module({
  providers: [TokenVerifier, ApiKeyResolver, AuthenticationHook],
  exports: [ApiKeyResolver],
})
export class AuthModule {}
