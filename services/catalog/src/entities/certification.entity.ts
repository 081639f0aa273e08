import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('certifications')
export class CertificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  slug: string;

  @Column('text')
  name: string;

  @Column('text')
  issuer: string;
}
