import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import type { DynamicModule } from '@nestjs/common';
import { traceIdOf, traceparentOfRequest } from './trace-context';

/**
 * Paths that may carry credentials; pino replaces their values before a line is written. Request
 * headers are not logged at all (see requestBindings).
 */
export const REDACTED_PATHS = [
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
  '*.token',
  '*.secret',
  '*.apiKey',
  '*.key',
];

const QUIET_ROUTES = /^\/(health|metrics)/;

/** What pino's standard serializer makes of a request, before ours picks from it. */
interface SerializedRequest {
  id: unknown;
  method: string;
  url: string;
  remoteAddress?: string;
  headers: Record<string, unknown>;
}

/**
 * What a request's lines say about it: enough to find the request and its caller, without the
 * headers. Every line of a request, and the line that ends it, carries these bindings; pino builds
 * them (and runs the redaction over them) when the request arrives, whether or not a line is ever
 * written, and copying every header was most of that work.
 */
function requestBindings(request: SerializedRequest): Record<string, unknown> {
  return {
    id: request.id,
    method: request.method,
    url: request.url,
    remoteAddress: request.remoteAddress,
    userAgent: request.headers['user-agent'],
  };
}

/**
 * JSON logs with the request id and trace id on every line of a request. The gateway continues
 * the caller's `traceparent` (or starts one) and passes it on over NATS and in events.
 */
export function loggingModule(service: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      base: { service },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { req: requestBindings },
      genReqId: (req) => {
        const given = req.headers['x-request-id'];
        return typeof given === 'string' && given.length <= 128 ? given : randomUUID();
      },
      customProps: (req) => ({ traceId: traceIdOf(traceparentOfRequest(req)) }),
      autoLogging: { ignore: (req) => QUIET_ROUTES.test(req.url ?? '') },
    },
  });
}
