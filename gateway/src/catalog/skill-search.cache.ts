import { Injectable } from '@nestjs/common';
import type { Page, SkillSearchRequest, SkillSummary } from '@skillproof/contracts';
import { Clock } from '@skillproof/platform';
import { ReadThroughCache } from '../caching/read-through.cache';
import { SKILL_CACHE_TTL_MS } from './skill-page.cache';

export const SKILL_SEARCH_CACHE_ENTRIES = 1_000;

/**
 * Keeps recent skill search pages briefly. Any skill change can move any result, so
 * SkillUpdatesListener empties the whole cache on every change; changes are rare and searches many.
 */
@Injectable()
export class SkillSearchCache {
  private readonly cache: ReadThroughCache<Page<SkillSummary>>;

  constructor(clock: Clock) {
    this.cache = new ReadThroughCache(clock, SKILL_CACHE_TTL_MS, SKILL_SEARCH_CACHE_ENTRIES);
  }

  get(query: SkillSearchRequest, load: () => Promise<Page<SkillSummary>>): Promise<Page<SkillSummary>> {
    const key = JSON.stringify([
      query.q?.trim().toLowerCase() ?? '',
      query.category ?? '',
      query.limit ?? 0,
      query.cursor ?? '',
    ]);
    return this.cache.get(key, load);
  }

  clear(): void {
    this.cache.invalidate(() => true);
  }
}
