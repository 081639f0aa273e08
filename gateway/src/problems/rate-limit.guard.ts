import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import { hash } from 'node:crypto';

/** Keys remembered per gateway; a new client address beyond this many starts the memory afresh. */
const REMEMBERED_KEYS = 10_000;

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
  private readonly keys = new Map<string, string>();

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

  /**
   * The same key as @nestjs/throttler's (the sha256 of class, handler, limit and client, so every
   * gateway version counts in the same entry), remembered instead of hashed again on each request
   * of a client that keeps coming back.
   */
  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    const source = `${context.getClass().name}-${context.getHandler().name}-${name}-${tracker}`;
    let key = this.keys.get(source);
    if (key === undefined) {
      if (this.keys.size >= REMEMBERED_KEYS) this.keys.clear();
      key = hash('sha256', source, 'hex');
      this.keys.set(source, key);
    }
    return key;
  }
}
