import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { WebhookEventType } from '@skillproof/contracts';

@Entity('webhook_endpoints')
@Index('IDX_webhook_endpoints_company', ['companyId'])
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @Column('text')
  url: string;

  @Column('text', { array: true })
  events: WebhookEventType[];

  /** `whsec_` + base64 key; kept readable because every delivery is signed with it. */
  @Column('text')
  secret: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  /** Start of the current run of failed attempts; null after any success. */
  @Column('timestamptz', { name: 'failing_since', nullable: true })
  failingSince: Date | null;

  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt: Date | null;

  @Column('text', { name: 'disabled_reason', nullable: true })
  disabledReason: string | null;

  /** Start of the window in which `replaysInWindow` manual replays were asked for. */
  @Column('timestamptz', { name: 'replay_window_started_at', nullable: true })
  replayWindowStartedAt: Date | null;

  @Column('integer', { name: 'replays_in_window', default: 0 })
  replaysInWindow: number;
}
