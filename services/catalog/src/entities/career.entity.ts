import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CareerView } from '@skillproof/contracts';

/** A career: its role, salary ranges and interests; its skills and industries are link tables. */
@Entity('careers')
export class CareerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  slug: string;

  @Column('text')
  role: string;

  @Column('text')
  summary: string;

  @Column('jsonb', { name: 'salary_ranges' })
  salaryRanges: CareerView['salaryRanges'];

  @Column('jsonb')
  interests: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Weighted words of role, summary and interests, computed by the database. */
  @Column({
    type: 'tsvector',
    name: 'search_vector',
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('english', "role"), 'A') ||
      setweight(to_tsvector('english', "summary"), 'B') ||
      setweight(jsonb_to_tsvector('english', "interests", '["string"]'), 'C')`,
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;
}
