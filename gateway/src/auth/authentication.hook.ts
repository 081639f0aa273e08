import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DomainError, PROBLEM_CONTENT_TYPE, toProblemDocument } from '@skillproof/platform';
import { CredentialsAuthenticator } from './credentials-authenticator';
import type { AuthenticatedRequest } from './principal-request';

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
    private readonly credentials: CredentialsAuthenticator,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', async (request, reply) => {
      try {
        const principal = await this.credentials.authenticate(request.headers);
        if (principal) (request as AuthenticatedRequest).principal = principal;
      } catch (error) {
        if (!(error instanceof DomainError)) this.logger.error({ err: error }, 'Credentials could not be checked');
        return refuse(reply, error);
      }
    });
  }
}

function refuse(reply: FastifyReply, error: unknown): FastifyReply {
  const problem =
    error instanceof DomainError
      ? error.toProblem()
      : DomainError.unavailable('upstream.unavailable', 'Credentials cannot be checked right now').toProblem();
  return reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(toProblemDocument(problem, reply.request.url));
}
