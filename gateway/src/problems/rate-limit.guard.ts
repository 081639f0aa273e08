import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

interface GraphQLContext {
  req: Record<string, unknown>;
  reply: Record<string, unknown>;
  /** Set by mercurius for websocket operations only: the HTTP upgrade request of the connection. */
  request?: Record<string, unknown>;
}

/** Per-address rate limit over REST and GraphQL alike (a GraphQL call counts once per operation). */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<string>() === 'graphql') {
      const { req, reply, request } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
      // A subscription's `req` stands for its connection and has no address; the upgrade request has.
      return { req: request ?? req, res: reply };
    }
    return super.getRequestResponse(context);
  }
}
