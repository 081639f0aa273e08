import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A batch of demo data this database has received; each is applied once. */
@Entity('seed_versions')
export class SeedVersionEntity {
  @PrimaryColumn('text')
  version: string;

  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;
}
