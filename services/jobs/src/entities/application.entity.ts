import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ApplicationStatus, MatchEvidence } from '@skillproof/contracts';
import { JobEntity } from './job.entity';

@Entity('applications')
@Unique('UQ_applications_job_candidate', ['jobId', 'candidateId'])
@Index('IDX_applications_ranked', { synchronize: false })
@Index('IDX_applications_candidate', ['candidateId'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'job_id' })
  jobId: string;

  @ManyToOne(() => JobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_applications_job' })
  job?: JobEntity;

  @Column('uuid', { name: 'candidate_id' })
  candidateId: string;

  @Column('text', { default: 'applied' })
  status: ApplicationStatus;

  @Column('integer', { name: 'match_score' })
  matchScore: number;

  @Column('jsonb')
  evidence: MatchEvidence[];

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
