import { Entity, PrimaryColumn } from 'typeorm';

/** A certification that proves a skill. */
@Entity('skill_certifications')
export class SkillCertificationEntity {
  @PrimaryColumn('uuid', { name: 'skill_id' })
  skillId: string;

  @PrimaryColumn('uuid', { name: 'certification_id' })
  certificationId: string;
}
