import { ServerNats } from '@nestjs/microservices';

/** What a JSON text can begin with; `JSON.parse` throws on anything else. */
const JSON_START = /^[\s{["\-0-9]/;
const JSON_LITERAL = /^(?:true|false|null)\s*$/;

/**
 * Nest's NATS server with a cheaper handler lookup. For every message it runs `JSON.parse` on the
 * subject in case the pattern was an object; on a plain subject such as `profiles.me.get` that
 * throws, and the SyntaxError with its stack trace cost more than the rest of the lookup. A subject
 * that cannot be JSON now skips the attempt; one that can still takes Nest's way.
 */
export class NatsRpcServer extends ServerNats {
  protected override getRouteFromPattern(pattern: string): string {
    if (JSON_START.test(pattern) || JSON_LITERAL.test(pattern)) return super.getRouteFromPattern(pattern);
    return this.normalizePattern(pattern);
  }
}
