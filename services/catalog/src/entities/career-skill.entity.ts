import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How much a career needs a skill (weight 1–5) and at what level (1–5). */
@Entity('career_skills')
export class CareerSkillEntity {
  @PrimaryColumn('uuid', { name: 'career_id' })
  careerId: string;

  @PrimaryColumn('uuid', { name: 'skill_id' })
  skillId: string;

  @Column('smallint')
  weight: number;

  @Column('smallint')
  level: number;
}
