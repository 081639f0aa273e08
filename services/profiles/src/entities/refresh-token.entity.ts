import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One refresh token of a sign-in. Each use swaps it for a new one of the same family; a token used
 * twice means it was copied, and the whole family (the sign-in) is revoked.
 */
@Entity('refresh_tokens')
@Index('IDX_refresh_tokens_family', ['familyId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  /** The sign-in this token descends from; sign-out and reuse revoke every token of it. */
  @Column('uuid', { name: 'family_id' })
  familyId: string;

  /** sha256 of the token: 256 random bits, so a fast hash cannot be reversed by guessing. */
  @Column('text', { name: 'token_hash', unique: true })
  tokenHash: string;

  /** The user's session version when the sign-in began; once the user's is higher, the token is refused. */
  @Column('integer', { name: 'session_version', default: 0 })
  sessionVersion: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  /** When it was swapped for its successor; a second use after this is a reuse. */
  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
