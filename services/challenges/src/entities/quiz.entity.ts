import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Level, QuizSource } from '@skillproof/contracts';

/** A question as stored: the key and the explanation stay on the server until the quiz is scored. */
export interface StoredQuestion {
  id: string;
  prompt: string;
  choices: Array<{ id: string; text: string }>;
  correctChoice: string;
  explanation: string;
}

@Entity('quizzes')
export class QuizEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  skill: string;

  @Column('text')
  level: Level;

  @Column('text')
  source: QuizSource;

  @Column('text', { nullable: true })
  model: string | null;

  @Column('jsonb')
  questions: StoredQuestion[];

  /** The signed-in learner who asked for it; null for an anonymous quiz. */
  @Column('text', { name: 'owner_id', nullable: true })
  ownerId: string | null;

  @Column('int', { nullable: true })
  score: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt: Date | null;
}
