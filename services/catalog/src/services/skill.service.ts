import { Injectable } from '@nestjs/common';
import type { SkillView } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import type { SkillEntity } from '../entities/skill.entity';
import { SkillRepository } from '../repositories/skill.repository';

@Injectable()
export class SkillService {
  constructor(private readonly skills: SkillRepository) {}

  async getPage(slug: string): Promise<SkillView> {
    const skill = await this.skills.findBySlug(slug);
    if (!skill) throw DomainError.notFound('skill', slug);
    const related = await this.skills.findBySlugs(skill.relatedSlugs);
    const names = new Map(related.map((entry) => [entry.slug, entry.name]));
    return toView(
      skill,
      skill.relatedSlugs.filter((ref) => names.has(ref)).map((ref) => ({ slug: ref, name: names.get(ref)! })),
    );
  }
}

function toView(skill: SkillEntity, relatedSkills: SkillView['relatedSkills']): SkillView {
  return {
    slug: skill.slug,
    name: skill.name,
    category: skill.category,
    summary: skill.summary,
    description: skill.description,
    whyItMatters: skill.whyItMatters,
    difficulty: skill.difficulty,
    timeToLearn: skill.timeToLearn,
    salaryImpact: skill.salaryImpact,
    salaryByRegion: skill.salaryByRegion,
    careerPaths: skill.careerPaths,
    tools: skill.tools,
    faq: skill.faq,
    relatedSkills,
    updatedAt: skill.updatedAt.toISOString(),
  };
}
