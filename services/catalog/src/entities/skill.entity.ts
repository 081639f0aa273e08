import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FaqEntry, Level, SalaryBand } from '@skillproof/contracts';

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

  @Column('jsonb', { name: 'related_slugs' })
  relatedSlugs: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
