import { Injectable } from '@nestjs/common';
import type { Page, SkillSearchRequest, SkillSummary, SkillView } from '@skillproof/contracts';
import { OffsetPaging } from '@skillproof/persistence';
import { DomainError } from '@skillproof/platform';
import { SkillRepository } from '../repositories/skill.repository';

/**
 * Search order is a relevance score computed per query, which has no stable key to seek on, so
 * the catalogue pages by position; it is small enough that an offset costs nothing.
 */
const paging = new OffsetPaging();

@Injectable()
export class SkillService {
  constructor(private readonly skills: SkillRepository) {}

  async getPage(slug: string): Promise<SkillView> {
    const skill = await this.skills.findPage(slug);
    if (!skill) throw DomainError.notFound('skill', slug);
    return skill;
  }

  async search(query: SkillSearchRequest): Promise<Page<SkillSummary>> {
    const window = paging.window(query);
    const rows = await this.skills.search({
      q: query.q?.trim() || undefined,
      category: query.category,
      offset: window.offset,
      limit: window.fetch,
    });
    return paging.page(rows, window);
  }
}
