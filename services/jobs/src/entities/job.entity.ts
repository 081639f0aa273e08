import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobSkillRequirement, JobStatus } from '@skillproof/contracts';

export interface SalaryRange {
  min: number;
  max: number;
  currency: string;
}

@Entity('jobs')
@Check('CHK_jobs_status', `"status" IN ('open', 'closed')`)
// Sort order and operator class are beyond TypeORM's index model; the migration owns these two.
@Index('IDX_jobs_open_posted', { synchronize: false })
@Index('IDX_jobs_skills', { synchronize: false })
@Index('IDX_jobs_company', ['companyId'])
export class JobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @Column('text', { name: 'company_name' })
  companyName: string;

  @Column('text')
  title: string;

  @Column('text')
  description: string;

  @Column('text')
  location: string;

  @Column('boolean')
  remote: boolean;

  @Column('jsonb', { nullable: true })
  salary: SalaryRange | null;

  @Column('jsonb')
  skills: JobSkillRequirement[];

  @Column('uuid', { name: 'challenge_id', nullable: true })
  challengeId: string | null;

  @Column('text', { default: 'open' })
  status: JobStatus;

  @Column({ type: 'timestamptz', precision: 3, name: 'posted_at', default: () => 'now()' })
  postedAt: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;
}
