import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DeliveryStatus, WebhookEventType } from '@skillproof/contracts';

/** One event for one endpoint; its id is the `webhook-id` every attempt carries. */
@Entity('webhook_deliveries')
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'endpoint_id' })
  endpointId: string;

  @Column('text', { name: 'event_type' })
  eventType: WebhookEventType;

  /** The exact bytes sent and signed, so that every retry carries the same payload. */
  @Column('text')
  body: string;

  @Column('text')
  status: DeliveryStatus;

  @Column('integer', { name: 'attempt_count' })
  attemptCount: number;

  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'retry_until' })
  retryUntil: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
