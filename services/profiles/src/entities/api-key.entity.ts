import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  /** The member who created it; the key acts as its company, this only records who to ask about it. */
  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Column('text')
  name: string;

  @Column('text')
  prefix: string;

  /** sha256 of the key: the key has 256 random bits, so a fast hash cannot be reversed by guessing. */
  @Column('text', { name: 'key_hash', unique: true })
  keyHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
