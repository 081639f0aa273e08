import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CriterionGrade, GraderName } from '@skillproof/contracts';

/** The outcome of one grading round of one submission; unique per (submission, round). */
@Entity('grading_results')
export class GradingResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'submission_id' })
  submissionId: string;

  @Column('int')
  round: number;

  @Column('text')
  outcome: 'graded' | 'failed';

  @Column('int', { nullable: true })
  score: number | null;

  @Column('jsonb')
  criteria: CriterionGrade[];

  @Column('text', { nullable: true })
  feedback: string | null;

  @Column('text')
  grader: GraderName;

  @Column('text', { name: 'grader_version' })
  graderVersion: string;

  @Column('text', { nullable: true })
  model: string | null;

  @Column('int', { name: 'rubric_version' })
  rubricVersion: number;

  @Column('jsonb')
  tokens: { prompt: number; completion: number };

  @Column('numeric', {
    name: 'cost_usd',
    precision: 12,
    scale: 6,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  costUsd: number;

  @Column('jsonb')
  flags: string[];

  @Column('boolean')
  cached: boolean;

  @Column('text', { name: 'failure_reason', nullable: true })
  failureReason: string | null;

  /** The bulk re-grade this grading belongs to, if any. */
  @Column('uuid', { name: 'regrade_id', nullable: true })
  regradeId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
