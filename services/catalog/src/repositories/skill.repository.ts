import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { SkillEntity } from '../entities/skill.entity';

@Injectable()
export class SkillRepository {
  constructor(@InjectRepository(SkillEntity) private readonly skills: Repository<SkillEntity>) {}

  findBySlug(slug: string): Promise<SkillEntity | null> {
    return this.skills.findOneBy({ slug });
  }

  findBySlugs(slugs: string[]): Promise<SkillEntity[]> {
    return slugs.length === 0 ? Promise.resolve([]) : this.skills.findBy({ slug: In(slugs) });
  }
}
