import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

interface GraphQLContext {
  req: Record<string, unknown>;
  reply: Record<string, unknown>;
  /** Set by mercurius for websocket operations only: the HTTP upgrade request of the connection. */
  request?: Record<string, unknown>;
}

/**
 * Per-address rate limit over REST and GraphQL alike. A GraphQL operation counts once, however many
 * root fields or aliases it has: the guard runs for each root field, so only the first of an
 * operation (one GraphQL context per operation, websocket subscriptions included) is counted.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private readonly countedOperations = new WeakSet<object>();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() === 'graphql') {
      const operation = GqlExecutionContext.create(context).getContext<object>();
      if (this.countedOperations.has(operation)) return true;
      this.countedOperations.add(operation);
    }
    return super.canActivate(context);
  }

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
