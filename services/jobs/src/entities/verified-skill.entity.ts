import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { VerificationEvidence } from '@skillproof/contracts';

/** This service's copy of a candidate's verified score, kept from `evt.profiles.skill.verified`. */
@Entity('verified_skills')
export class VerifiedSkillEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId: string;

  @PrimaryColumn('text')
  skill: string;

  /** The public verified score; null when only companies' own evidence exists. */
  @Column('integer', { nullable: true })
  score: number | null;

  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt: Date | null;

  @Column('jsonb')
  evidence: VerificationEvidence[];

  /** The score in the view of each company with evidence of its own (its reviews, its unapproved challenges). */
  @Column('jsonb', { name: 'company_scores', default: () => `'{}'` })
  companyScores: Record<string, number>;

  /** When the profiles service computed it; a later computation replaces an earlier one. */
  @Column('timestamptz', { name: 'computed_at', default: () => 'now()' })
  computedAt: Date;
}
