import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Per-address rate limit over REST and GraphQL alike (a GraphQL call counts once per operation). */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<string>() === 'graphql') {
      const { req, reply } = GqlExecutionContext.create(context).getContext<{
        req: Record<string, unknown>;
        reply: Record<string, unknown>;
      }>();
      return { req, res: reply };
    }
    return super.getRequestResponse(context);
  }
}
