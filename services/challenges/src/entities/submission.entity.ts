import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  CodeAiReview,
  CodeGradeScoring,
  CodeTestResult,
  CriterionGrade,
  GraderName,
  Issuer,
  Reviewer,
  Standing,
  SubmissionStatus,
  Verification,
} from '@skillproof/contracts';

@Entity('submissions')
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'attempt_id', unique: true })
  attemptId: string;

  @Column('uuid', { name: 'challenge_id' })
  challengeId: string;

  @Column('text', { name: 'candidate_id' })
  candidateId: string;

  @Column('text', { name: 'company_id', nullable: true })
  companyId: string | null;

  @Column('text')
  content: string;

  @Column('text')
  status: SubmissionStatus;

  /** 1 for the first grading, one more for each re-grade (the candidate's, or a bulk one). */
  @Column('int')
  round: number;

  /** Whether the candidate asked for their one re-grade; a bulk re-grade does not use it up. */
  @Column('boolean', { name: 'appeal_used', default: false })
  appealUsed: boolean;

  @Column('int', { name: 'rubric_version' })
  rubricVersion: number;

  @Column('int', { nullable: true })
  score: number | null;

  @Column('jsonb')
  criteria: CriterionGrade[];

  @Column('text', { nullable: true })
  feedback: string | null;

  @Column('text', { nullable: true })
  grader: GraderName | 'human' | null;

  @Column('text', { name: 'grader_version', nullable: true })
  graderVersion: string | null;

  @Column('text', { nullable: true })
  model: string | null;

  @Column('jsonb', { nullable: true })
  tokens: { prompt: number; completion: number } | null;

  @Column('numeric', {
    name: 'cost_usd',
    precision: 12,
    scale: 6,
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  costUsd: number | null;

  @Column('jsonb')
  flags: string[];

  @Column('text', { name: 'failure_reason', nullable: true })
  failureReason: string | null;

  /** How the standing grade was earned; null until graded. */
  @Column('text', { nullable: true })
  verification: Verification | null;

  /** Who stands behind the grade: the challenge's issuer, or the reviewer's organisation. */
  @Column('jsonb')
  issuer: Issuer;

  @Column('jsonb', { nullable: true })
  reviewer: Reviewer | null;

  /** Whom the grade counts for; `under_review` while a flagged grade waits. Null until graded. */
  @Column('text', { nullable: true })
  standing: Standing | null;

  /** Code challenges: each test's outcome as the sandbox reported it; null for rubric work and until graded. */
  @Column('jsonb', { name: 'test_results', nullable: true })
  testResults: CodeTestResult[] | null;

  /** Code challenges: how the score was made from the tests and the AI review; null for rubric work and until graded. */
  @Column('jsonb', { name: 'code_scoring', nullable: true })
  codeScoring: CodeGradeScoring | null;

  /** Code challenges with a review weight: the AI review, or why it did not count; null otherwise. */
  @Column('jsonb', { name: 'ai_review', nullable: true })
  aiReview: CodeAiReview | null;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt: Date;

  @Column('timestamptz', { name: 'graded_at', nullable: true })
  gradedAt: Date | null;
}
