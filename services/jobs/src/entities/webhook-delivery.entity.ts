import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DeliveryStatus, WebhookEventType } from '@skillproof/contracts';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** One event for one endpoint; its id is the `webhook-id` every attempt carries. */
@Entity('webhook_deliveries')
@Check('CHK_webhook_deliveries_status', `"status" IN ('pending', 'succeeded', 'failed')`)
@Index('IDX_webhook_deliveries_due', { synchronize: false })
@Index('IDX_webhook_deliveries_endpoint', { synchronize: false })
@Index('IDX_webhook_deliveries_completed', { synchronize: false })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'endpoint_id' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id', foreignKeyConstraintName: 'FK_webhook_deliveries_endpoint' })
  endpoint?: WebhookEndpointEntity;

  @Column('text', { name: 'event_type' })
  eventType: WebhookEventType;

  /** The exact bytes sent and signed, so that every retry carries the same payload. */
  @Column('text')
  body: string;

  @Column('text', { default: 'pending' })
  status: DeliveryStatus;

  @Column('integer', { name: 'attempt_count', default: 0 })
  attemptCount: number;

  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'retry_until' })
  retryUntil: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
