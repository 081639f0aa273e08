import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A generated token-signing key, kept so that a restart does not sign everyone out. */
@Entity('signing_keys')
export class SigningKeyEntity {
  @PrimaryColumn('text')
  kid: string;

  @Column('text', { name: 'private_key_pem' })
  privateKeyPem: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
