import type { NatsContext } from '@nestjs/microservices';

/** The W3C trace context the caller sent as a NATS header, to carry on into the events a request causes. */
export function traceparentOf(context: NatsContext): string | undefined {
  return context.getHeaders()?.get('traceparent') || undefined;
}
