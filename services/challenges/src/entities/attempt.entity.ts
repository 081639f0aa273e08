import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('attempts')
export class AttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'challenge_id' })
  challengeId: string;

  @Column('text', { name: 'candidate_id' })
  candidateId: string;

  @Column('timestamptz', { name: 'started_at' })
  startedAt: Date;

  @Column('timestamptz')
  deadline: Date;
}
