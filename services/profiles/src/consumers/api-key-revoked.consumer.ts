import { Injectable } from '@nestjs/common';
import { ConsumeEvent } from '@skillproof/bus';
import { SessionEvents, type ApiKeyRevokedData, type EventEnvelope } from '@skillproof/contracts';
import { SessionBucket } from '../services/session-bucket.service';

/** Tells every gateway a key was revoked, so none keeps serving it from its cache. */
@Injectable()
export class ApiKeyRevokedConsumer {
  constructor(private readonly bucket: SessionBucket) {}

  @ConsumeEvent(SessionEvents.apiKeyRevoked, { consumer: 'revoked-api-keys-to-gateways', maxDeliver: 20 })
  async onApiKeyRevoked(event: EventEnvelope<ApiKeyRevokedData>): Promise<void> {
    await this.bucket.revokeApiKey(event.data.keyId, event.data.revokedAt);
  }
}
