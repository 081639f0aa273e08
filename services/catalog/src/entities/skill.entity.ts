import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FaqEntry, Level, SalaryBand } from '@skillproof/contracts';

/**
 * A skill page. Read and written with SQL in SkillRepository (ranked search does not map onto an
 * ORM); the entity states the table so the schema-drift test can hold the migrations to it.
 */
@Entity('skills')
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  slug: string;

  @Column('text')
  name: string;

  @Column('text')
  category: string;

  @Column('smallint')
  tier: number;

  @Column('text')
  summary: string;

  @Column('text')
  description: string;

  @Column('text', { name: 'why_it_matters' })
  whyItMatters: string;

  @Column('text')
  difficulty: Level;

  @Column('text', { name: 'time_to_learn' })
  timeToLearn: string;

  @Column('text', { name: 'salary_impact' })
  salaryImpact: string;

  @Column('jsonb', { name: 'salary_by_region' })
  salaryByRegion: SalaryBand[];

  @Column('jsonb', { name: 'career_paths' })
  careerPaths: string[];

  @Column('jsonb')
  tools: string[];

  @Column('jsonb')
  faq: FaqEntry[];

  @Column('jsonb', { name: 'sub_topics' })
  subTopics: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Weighted words of name, summary, tools and description, computed by the database. */
  @Column({
    type: 'tsvector',
    name: 'search_vector',
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('english', "name"), 'A') ||
      setweight(to_tsvector('english', "summary"), 'B') ||
      setweight(jsonb_to_tsvector('english', "tools", '["string"]'), 'C') ||
      setweight(to_tsvector('english', "description"), 'D')`,
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;

  /** Lower-cased name and tools for trigram similarity; computed by the database. */
  @Column({
    type: 'text',
    name: 'trigram_text',
    generatedType: 'STORED',
    asExpression: `lower("name" || ' ' || ("tools"::text))`,
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  trigramText: string;
}
