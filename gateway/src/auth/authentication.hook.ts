import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Principal } from '@skillproof/contracts';
import { DomainError, PROBLEM_CONTENT_TYPE, toProblemDocument } from '@skillproof/platform';
import { ApiKeyResolver } from './api-key-resolver';
import type { AuthenticatedRequest } from './principal-request';
import { TokenVerifier } from './token-verifier';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Sets `request.principal` before any route runs, REST and GraphQL alike (both are Fastify routes),
 * so RolesGuard and `@CurrentPrincipal()` only read it. No credentials means anonymous; credentials
 * that do not verify are refused with 401 even on public routes, so a client learns its token is bad.
 */
@Injectable()
export class AuthenticationHook implements OnModuleInit {
  private readonly logger = new Logger(AuthenticationHook.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: TokenVerifier,
    private readonly apiKeys: ApiKeyResolver,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', async (request, reply) => {
      try {
        const principal = await this.authenticate(request as AuthenticatedRequest);
        if (principal) (request as AuthenticatedRequest).principal = principal;
      } catch (error) {
        if (!(error instanceof DomainError)) this.logger.error({ err: error }, 'Credentials could not be checked');
        return refuse(reply, error);
      }
    });
  }

  private authenticate(request: AuthenticatedRequest): Promise<Principal | undefined> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const token = BEARER.exec(authorization)?.[1];
      if (!token)
        throw DomainError.unauthorized('auth.invalid_header', 'Send the token as "Authorization: Bearer <token>"');
      return this.tokens.verify(token);
    }
    const apiKey = request.headers['x-api-key'];
    if (apiKey !== undefined) {
      if (typeof apiKey !== 'string' || apiKey.length === 0) {
        throw DomainError.unauthorized('auth.invalid_api_key', 'The API key is not valid');
      }
      return this.apiKeys.resolve(apiKey);
    }
    return Promise.resolve(undefined);
  }
}

function refuse(reply: FastifyReply, error: unknown): FastifyReply {
  const problem =
    error instanceof DomainError
      ? error.toProblem()
      : new DomainError(503, 'upstream.unavailable', 'Credentials cannot be checked right now').toProblem();
  return reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(toProblemDocument(problem, reply.request.url));
}
