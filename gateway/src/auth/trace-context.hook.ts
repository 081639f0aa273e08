import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { traceparentOfRequest } from '@skillproof/observability';
import type { AuthenticatedRequest } from './principal-request';

/**
 * Sets `request.traceparent` before any route runs, REST and GraphQL alike, so `@Traceparent()`
 * only reads it: the same value the request's log lines carry, passed on to every service called.
 */
@Injectable()
export class TraceContextHook implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', async (request) => {
      (request as AuthenticatedRequest).traceparent = traceparentOfRequest(request.raw);
    });
  }
}
