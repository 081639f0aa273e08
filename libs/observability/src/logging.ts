import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import type { DynamicModule } from '@nestjs/common';
import { traceIdOf, traceparentOfRequest } from './trace-context';

/** Paths that may carry credentials; pino replaces their values before a line is written. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
  '*.token',
  '*.secret',
  '*.apiKey',
  '*.key',
];

const QUIET_ROUTES = /^\/(health|metrics)/;

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
      genReqId: (req) => {
        const given = req.headers['x-request-id'];
        return typeof given === 'string' && given.length <= 128 ? given : randomUUID();
      },
      customProps: (req) => ({ traceId: traceIdOf(traceparentOfRequest(req)) }),
      autoLogging: { ignore: (req) => QUIET_ROUTES.test(req.url ?? '') },
    },
  });
}
