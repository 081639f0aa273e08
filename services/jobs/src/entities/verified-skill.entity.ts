import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { VerificationEvidence } from '@skillproof/contracts';

/** This service's copy of a candidate's verified score, kept from `evt.profiles.skill.verified`. */
@Entity('verified_skills')
export class VerifiedSkillEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId: string;

  @PrimaryColumn('text')
  skill: string;

  @Column('integer')
  score: number;

  @Column('timestamptz', { name: 'verified_at' })
  verifiedAt: Date;

  @Column('jsonb')
  evidence: VerificationEvidence[];
}
