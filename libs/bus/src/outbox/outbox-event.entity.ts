import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EventEnvelope } from '@skillproof/contracts';

/** An event written in the same transaction as the change it reports, waiting to be published. */
@Entity('outbox_events')
@Index('outbox_events_unpublished', ['createdAt'], { where: 'published_at IS NULL' })
export class OutboxEventEntity {
  /** The event id, also sent as `Nats-Msg-Id` so JetStream drops a second publish. */
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  subject: string;

  @Column('jsonb')
  envelope: EventEnvelope;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
