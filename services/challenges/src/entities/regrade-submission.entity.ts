import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One submission a bulk re-grade queued, and the round it queued it for: its outcome is that round's. */
@Entity('regrade_submissions')
export class RegradeSubmissionEntity {
  @PrimaryColumn('uuid', { name: 'regrade_id' })
  regradeId: string;

  @PrimaryColumn('uuid', { name: 'submission_id' })
  submissionId: string;

  @Column('int')
  round: number;
}
