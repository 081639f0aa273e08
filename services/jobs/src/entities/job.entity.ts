import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JobSkillRequirement, JobStatus } from '@skillproof/contracts';

export interface SalaryRange {
  min: number;
  max: number;
  currency: string;
}

@Entity('jobs')
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

  @Column('text')
  status: JobStatus;

  @Column('timestamptz', { name: 'posted_at' })
  postedAt: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;
}
