import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { hash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  CREDENTIAL_HEADERS,
  ERROR_CACHE_CONTROL,
  matchesIfNoneMatch,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_READS,
  publicCacheControl,
} from './cache-policy';

const VARY_BY_CREDENTIALS = 'Authorization, X-Api-Key';

/**
 * HTTP caching for every REST read: a strong ETag from the bytes of the answer, `304 Not Modified`
 * for a matching `If-None-Match`, and `Cache-Control` from the route's policy. Answers that depend
 * on who asks are `private` and vary by the credential headers, so a shared cache (a CDN) never
 * stores them; errors are never stored. The answer is built before its tag is known, so a 304 saves
 * the bytes on the wire, not the work behind them.
 */
@Injectable()
export class HttpCacheHook implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onSend', async (request, reply, payload) => cacheable(request, reply, payload));
  }
}

function cacheable(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  const route = request.routeOptions.url;
  if ((request.method !== 'GET' && request.method !== 'HEAD') || !route?.startsWith('/v1/')) return payload;
  if (reply.statusCode < 200 || reply.statusCode >= 300) {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', ERROR_CACHE_CONTROL);
    return payload;
  }
  // A stream (server-sent events) has no bytes to tag yet, and must not be kept by anyone.
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  const policy = PUBLIC_READS[route];
  const withCredentials = CREDENTIAL_HEADERS.some((header) => request.headers[header] !== undefined);
  const shared = policy && !(policy.perCaller && withCredentials);
  reply.header('cache-control', shared ? publicCacheControl(policy) : PRIVATE_CACHE_CONTROL);
  if (!policy || policy.perCaller) reply.header('vary', VARY_BY_CREDENTIALS);
  const etag = `"${hash('sha1', payload, 'base64url')}"`;
  reply.header('etag', etag);
  if (!matchesIfNoneMatch(request.headers['if-none-match'], etag)) return payload;
  reply.code(304);
  reply.removeHeader('content-type');
  reply.removeHeader('content-length');
  return '';
}
