import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A one-time code that lets a new company account join a company instead of creating one. */
@Entity('company_invitations')
export class CompanyInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  /** The member who invited. */
  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  /** sha256 of the code: 256 random bits, so a fast hash cannot be reversed by guessing. */
  @Column('text', { name: 'code_hash', unique: true })
  codeHash: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  /** When the code was spent; a spent code joins nobody else. */
  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;

  @Column('uuid', { name: 'used_by', nullable: true })
  usedBy: string | null;
}
