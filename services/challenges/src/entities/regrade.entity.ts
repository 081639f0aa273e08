import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RegradeReason } from '@skillproof/contracts';

/** A bulk re-grade of a challenge's past graded submissions, as its owner or an admin started it. */
@Entity('regrades')
export class RegradeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'challenge_id' })
  challengeId: string;

  @Column('text')
  reason: RegradeReason;

  @Column('text', { name: 'requested_by' })
  requestedBy: string;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt: Date;

  /** Submissions queued for a new round. */
  @Column('int')
  total: number;

  /** Graded submissions left as they were (a person's grade, or public evidence a company may not re-grade). */
  @Column('int')
  kept: number;
}
