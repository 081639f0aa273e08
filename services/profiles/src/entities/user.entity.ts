import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@skillproof/contracts';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored trimmed and lower-cased, so one address is one account. */
  @Column('text', { unique: true })
  email: string;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('text')
  name: string;

  @Column('text')
  role: Role;

  @Column('uuid', { name: 'company_id', nullable: true })
  companyId: string | null;

  /** Raised to end every session of the user: access tokens carry it (`sv`), older ones are refused. */
  @Column('integer', { name: 'session_version', default: 0 })
  sessionVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
