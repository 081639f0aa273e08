import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One graded submission counted for one of its skills; keyed by submission so a replay adds nothing. */
@Entity('skill_evidence')
export class SkillEvidenceEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId: string;

  @PrimaryColumn('text')
  skill: string;

  @PrimaryColumn('uuid', { name: 'submission_id' })
  submissionId: string;

  @Column('uuid', { name: 'challenge_id' })
  challengeId: string;

  @Column('text')
  title: string;

  @Column('integer')
  score: number;

  @Column('timestamptz', { name: 'graded_at' })
  gradedAt: Date;
}
