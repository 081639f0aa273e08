import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A sample answer to a challenge with the score a human expert gave it per criterion. */
@Entity('reference_submissions')
export class ReferenceSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'challenge_id' })
  challengeId: string;

  @Column('text')
  content: string;

  @Column('jsonb', { name: 'human_scores' })
  humanScores: Record<string, number>;
}
