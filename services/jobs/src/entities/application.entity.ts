import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationStatus, MatchEvidence } from '@skillproof/contracts';

@Entity('applications')
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'job_id' })
  jobId: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId: string;

  @Column('text')
  status: ApplicationStatus;

  @Column('integer', { name: 'match_score' })
  matchScore: number;

  @Column('jsonb')
  evidence: MatchEvidence[];

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
