import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthenticatedRequest, CallerRequest } from './principal-request';

/** The Fastify request behind a REST call or a GraphQL operation, or a subscription's connection. */
export function requestOf(context: ExecutionContext): CallerRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: CallerRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}
