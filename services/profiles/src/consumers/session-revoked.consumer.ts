import { Injectable } from '@nestjs/common';
import { ConsumeEvent } from '@skillproof/bus';
import { SessionEvents, type EventEnvelope, type SessionRevokedData } from '@skillproof/contracts';
import { SessionBucket } from '../services/session-bucket.service';

/** Tells every gateway a user's new session version, so tokens signed before it are refused. */
@Injectable()
export class SessionRevokedConsumer {
  constructor(private readonly bucket: SessionBucket) {}

  @ConsumeEvent(SessionEvents.sessionRevoked, { consumer: 'session-versions-to-gateways', maxDeliver: 20 })
  async onSessionRevoked(event: EventEnvelope<SessionRevokedData>): Promise<void> {
    await this.bucket.raiseSessionVersion(event.data.userId, event.data.sessionVersion);
  }
}
