import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Visibility } from '@skillproof/contracts';

@Entity('candidate_profiles')
export class CandidateProfileEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('text', { unique: true })
  handle: string;

  @Column('text', { nullable: true })
  headline: string | null;

  @Column('text', { nullable: true })
  location: string | null;

  @Column('jsonb')
  links: string[];

  @Column('text')
  visibility: Visibility;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
