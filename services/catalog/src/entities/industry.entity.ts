import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('industries')
export class IndustryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  slug: string;

  @Column('text')
  name: string;

  @Column('text')
  description: string;
}
