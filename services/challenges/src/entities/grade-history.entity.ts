import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { GradeHistoryKind, GraderName } from '@skillproof/contracts';

/** Append-only: every grade, failure, re-grade request and override a submission went through. */
@Entity('grade_history')
export class GradeHistoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'submission_id' })
  submissionId: string;

  @Column('text')
  kind: GradeHistoryKind;

  @Column('int')
  round: number;

  @Column('int', { nullable: true })
  score: number | null;

  @Column('text', { nullable: true })
  grader: GraderName | 'human' | null;

  @Column('text', { name: 'grader_version', nullable: true })
  graderVersion: string | null;

  @Column('int', { name: 'rubric_version' })
  rubricVersion: number;

  @Column('text', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text', { nullable: true })
  reason: string | null;

  // clock_timestamp(), not now(): entries written in one transaction keep their order.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
