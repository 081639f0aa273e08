import { Entity, PrimaryColumn } from 'typeorm';

@Entity('career_industries')
export class CareerIndustryEntity {
  @PrimaryColumn('uuid', { name: 'career_id' })
  careerId: string;

  @PrimaryColumn('uuid', { name: 'industry_id' })
  industryId: string;
}
