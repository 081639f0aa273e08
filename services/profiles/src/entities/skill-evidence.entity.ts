import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Issuer, Reviewer, Standing, Verification } from '@skillproof/contracts';
import type { EvidenceSource } from '../services/verified-score.rule';

/**
 * One graded submission counted for one of its skills, keyed by submission so a replay adds nothing;
 * it holds the latest decision on the submission's score (see `VerifiedSkillRepository.saveDecision`).
 */
@Entity('skill_evidence')
export class SkillEvidenceEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId: string;

  @PrimaryColumn('text')
  skill: string;

  @PrimaryColumn('uuid', { name: 'submission_id' })
  submissionId: string;

  /** The submission's grade, or a company's own review of it kept beside the grade. */
  @PrimaryColumn('text', { default: 'grade' })
  source: EvidenceSource;

  @Column('uuid', { name: 'challenge_id' })
  challengeId: string;

  @Column('text')
  title: string;

  @Column('integer')
  score: number;

  /** When the score was decided: the grading, or the override. */
  @Column('timestamptz', { name: 'graded_at' })
  gradedAt: Date;

  /** The grading round the score belongs to: 1, or 2 after a re-grade. */
  @Column('integer', { default: 1 })
  round: number;

  /** True when a person replaced the machine's grade of that round. */
  @Column('boolean', { default: false })
  overridden: boolean;

  @Column('text', { default: 'practice' })
  verification: Verification;

  @Column('jsonb', { default: () => `'{"kind": "platform", "name": "Skillproof"}'` })
  issuer: Issuer;

  @Column('jsonb', { nullable: true })
  reviewer: Reviewer | null;

  /** Whom it counts for: see `verified-score.rule.ts`. */
  @Column('text', { default: 'practice' })
  standing: Standing;

  @Column('integer', { default: 1 })
  attempts: number;
}
