import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** The trace id of a W3C `traceparent`, or undefined when the header is absent or malformed. */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  return traceparent ? TRACEPARENT.exec(traceparent)?.[1] : undefined;
}

/** Continues the caller's trace with a new span id, or starts a new trace. */
export function nextTraceparent(incoming: string | undefined): string {
  const traceId = traceIdOf(incoming) ?? randomBytes(16).toString('hex');
  return `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
}

type TracedRequest = IncomingMessage & { traceparent?: string };

/**
 * The traceparent of one HTTP request: the caller's trace continued (or a new one), made once and
 * kept on the raw request, so its log lines and its calls to services carry the same value.
 */
export function traceparentOfRequest(request: IncomingMessage): string {
  const traced = request as TracedRequest;
  const header = request.headers.traceparent;
  traced.traceparent ??= nextTraceparent(typeof header === 'string' ? header : undefined);
  return traced.traceparent;
}
