import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { CriterionGrade } from '@skillproof/contracts';

/** What the grader said about a piece of work, by content hash, so identical work is not paid for twice. */
export interface CachedGrade {
  criteria: CriterionGrade[];
  feedback: string;
  injectionSuspected: boolean;
}

@Entity('grade_cache')
export class GradeCacheEntity {
  /** sha256 of grader, version, model, challenge, rubric version and content. */
  @PrimaryColumn('text')
  key: string;

  @Column('jsonb')
  grade: CachedGrade;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
