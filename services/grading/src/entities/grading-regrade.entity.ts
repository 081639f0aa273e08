import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A bulk re-grade of past submissions, known from its first request, for its progress. */
@Entity('grading_regrades')
export class GradingRegradeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'challenge_id' })
  challengeId: string;

  @Column('int')
  total: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
