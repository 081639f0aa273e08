import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Level, VerificationEvidence } from '@skillproof/contracts';

/** The verified score of a candidate for a skill, as last computed from their evidence. */
@Entity('verified_skills')
export class VerifiedSkillEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId: string;

  @PrimaryColumn('text')
  skill: string;

  @Column('integer')
  score: number;

  @Column('text')
  level: Level;

  @Column('timestamptz', { name: 'verified_at' })
  verifiedAt: Date;

  @Column('jsonb')
  evidence: VerificationEvidence[];
}
