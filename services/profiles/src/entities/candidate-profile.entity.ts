import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Visibility } from '@skillproof/contracts';

/** Handles are unique among public profiles only, so asking for one reveals no private profile. */
@Entity('candidate_profiles')
@Index('candidate_profiles_public_handle', ['handle'], { unique: true, where: `visibility = 'public'` })
@Index('candidate_profiles_handle', ['handle'])
export class CandidateProfileEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
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
