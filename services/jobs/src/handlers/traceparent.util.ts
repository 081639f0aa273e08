import type { NatsContext } from '@nestjs/microservices';

/** The W3C trace context the gateway sent with the request, to carry into the events it causes. */
export function traceparentOf(context: NatsContext): string | undefined {
  return context.getHeaders()?.get('traceparent') || undefined;
}
