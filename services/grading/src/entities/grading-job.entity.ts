import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EventEnvelope, SubmissionCreatedData } from '@skillproof/contracts';

/** Interactive gradings (new submissions, a candidate's re-grade) before bulk re-grades. */
export const GradingPriority = { interactive: 0, bulk: 1 } as const;
export type GradingPriority = (typeof GradingPriority)[keyof typeof GradingPriority];

/**
 * One grading waiting for, or holding, a worker slot. The row exists only while the work is
 * open: recording the result deletes it in the same transaction.
 */
@Entity('grading_jobs')
export class GradingJobEntity {
  /** Bigint, so TypeORM hands it over as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'submission_id' })
  submissionId: string;

  @Column('int')
  round: number;

  @Column('smallint')
  priority: GradingPriority;

  /** Whose turn this is: the owning company, or `platform` for admin-authored challenges. */
  @Column('text', { name: 'fair_key' })
  fairKey: string;

  /** The job's virtual start time in fair queuing: its company's place in line, see the README. */
  @Column('bigint', { name: 'fair_seq' })
  fairSeq: string;

  @Column('jsonb')
  event: EventEnvelope<SubmissionCreatedData>;

  /** The durable consumer whose inbox took the event; it forgets the event when the job is dead-lettered, so a redrive is taken. */
  @Column('text', { name: 'inbox_consumer' })
  inboxConsumer: string;

  /**
   * Where the grade cache would keep this work's grade, when a grade may come from it (a first
   * round of written work): the claim reads the cache with the job, instead of a query of its own.
   */
  @Column('text', { name: 'cache_key', nullable: true })
  cacheKey: string | null;

  /** The bulk re-grade this grading belongs to, if any. */
  @Column('uuid', { name: 'regrade_id', nullable: true })
  regradeId: string | null;

  @Column('text')
  state: 'queued' | 'working';

  @Column('timestamptz', { name: 'available_at' })
  availableAt: Date;

  @Column('timestamptz', { name: 'lease_until', nullable: true })
  leaseUntil: Date | null;

  @Column('int', { default: 0 })
  failures: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'enqueued_at' })
  enqueuedAt: Date;
}
