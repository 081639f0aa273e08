import { Injectable } from '@nestjs/common';
import type { ReadinessCheck } from '@skillproof/observability';
import { SessionRevocations } from '../auth/session-revocations';

/**
 * Not ready until the sessions bucket is loaded: until then every request with credentials waits
 * or is refused with 503, so a load balancer should not send traffic here yet.
 */
@Injectable()
export class SessionsReadiness implements ReadinessCheck {
  readonly name = 'sessions';

  constructor(private readonly sessions: SessionRevocations) {}

  check(): Promise<void> {
    if (this.sessions.isLoaded) return Promise.resolve();
    return Promise.reject(new Error('the sessions bucket is not loaded yet'));
  }
}
