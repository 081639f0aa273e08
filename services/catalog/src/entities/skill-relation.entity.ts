import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An edge of the related-skill graph, kept in the order the page shows it. */
@Entity('skill_relations')
export class SkillRelationEntity {
  @PrimaryColumn('uuid', { name: 'skill_id' })
  skillId: string;

  @PrimaryColumn('uuid', { name: 'related_skill_id' })
  relatedSkillId: string;

  @Column('smallint')
  position: number;
}
