import { Injectable } from '@nestjs/common';
import type { Page, SkillSearchRequest, SkillSummary, SkillView } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import { SkillRepository } from '../repositories/skill.repository';
import { pageWindow, toPage } from './page-window';

@Injectable()
export class SkillService {
  constructor(private readonly skills: SkillRepository) {}

  async getPage(slug: string): Promise<SkillView> {
    const skill = await this.skills.findPage(slug);
    if (!skill) throw DomainError.notFound('skill', slug);
    return skill;
  }

  async search(query: SkillSearchRequest): Promise<Page<SkillSummary>> {
    const window = pageWindow(query);
    const rows = await this.skills.search({
      q: query.q?.trim() || undefined,
      category: query.category,
      offset: window.offset,
      limit: window.fetch,
    });
    return toPage(rows, window);
  }
}
