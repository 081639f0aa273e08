import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Proof that a consumer applied an event; written in the same transaction as the effect. */
@Entity('inbox_entries')
export class InboxEntryEntity {
  @PrimaryColumn('text')
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt: Date;
}
