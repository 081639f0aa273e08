import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Level, VerificationEvidence } from '@skillproof/contracts';

/** The verified scores of a candidate for a skill, as last computed from their evidence. */
@Entity('verified_skills')
export class VerifiedSkillEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId: string;

  @PrimaryColumn('text')
  skill: string;

  /** The public verified score; null when only companies' own evidence exists. */
  @Column('integer', { nullable: true })
  score: number | null;

  @Column('text', { nullable: true })
  level: Level | null;

  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt: Date | null;

  /** What the public profile shows: public evidence, and companies' own labelled as not counting. */
  @Column('jsonb')
  evidence: VerificationEvidence[];

  /** The score in the view of each company with evidence of its own. */
  @Column('jsonb', { name: 'company_scores', default: () => `'{}'` })
  companyScores: Record<string, number>;
}
