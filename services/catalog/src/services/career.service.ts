import { Injectable } from '@nestjs/common';
import type {
  CareerMatchReply,
  CareerMatchRequest,
  CareerSearchRequest,
  CareerSummary,
  CareerView,
  Page,
} from '@skillproof/contracts';
import { OffsetPaging } from '@skillproof/persistence';
import { DomainError } from '@skillproof/platform';
import { CareerRepository } from '../repositories/career.repository';
import { SkillRepository } from '../repositories/skill.repository';
import { rankCareers } from './career-match.rule';

/** Ordered by relevance per query, like skill search, so paged by position. */
const paging = new OffsetPaging();

@Injectable()
export class CareerService {
  constructor(
    private readonly careers: CareerRepository,
    private readonly skills: SkillRepository,
  ) {}

  async get(slug: string): Promise<CareerView> {
    const career = await this.careers.findBySlug(slug);
    if (!career) throw DomainError.notFound('career', slug);
    return career;
  }

  async search(query: CareerSearchRequest): Promise<Page<CareerSummary>> {
    const window = paging.window(query);
    const rows = await this.careers.search({
      q: query.q?.trim() || undefined,
      offset: window.offset,
      limit: window.fetch,
    });
    return paging.page(rows, window);
  }

  /** Ranks every career for the ratings; a rating of a skill the catalogue does not know is refused. */
  async match(request: CareerMatchRequest): Promise<CareerMatchReply> {
    const slugs = request.skills.map((rating) => rating.skill);
    const known = await this.skills.idsBySlugs(slugs);
    const unknown = request.skills
      .map((rating, index) => ({ slug: rating.skill, index }))
      .filter((entry) => !known.has(entry.slug));
    if (unknown.length > 0) {
      throw DomainError.ruleBroken(
        'career_match.unknown_skill',
        `Unknown skills: ${unknown.map((entry) => entry.slug).join(', ')}`,
        unknown.map((entry) => ({ field: `skills.${entry.index}.skill`, message: `no skill "${entry.slug}" exists` })),
      );
    }
    const ratings = new Map<string, number>();
    for (const rating of request.skills)
      ratings.set(rating.skill, Math.max(ratings.get(rating.skill) ?? 0, rating.level));
    return { matches: rankCareers(await this.careers.findAll(), ratings, request.interests) };
  }
}
