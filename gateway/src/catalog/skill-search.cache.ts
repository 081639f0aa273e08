import { Injectable } from '@nestjs/common';
import type { Page, SkillSearchRequest, SkillSummary } from '@skillproof/contracts';
import { Clock } from '@skillproof/platform';
import { SKILL_CACHE_TTL_MS } from './skill-page.cache';

export const SKILL_SEARCH_CACHE_ENTRIES = 1_000;

interface Entry {
  page: Page<SkillSummary>;
  expiresAt: number;
}

/**
 * Keeps recent skill search pages briefly. Any skill change can move any result, so
 * SkillUpdatesListener empties the whole cache on every change; changes are rare and searches many.
 */
@Injectable()
export class SkillSearchCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every change; a search that started before it may hold results from before the change. */
  private generation = 0;

  constructor(private readonly clock: Clock) {}

  async get(query: SkillSearchRequest, load: () => Promise<Page<SkillSummary>>): Promise<Page<SkillSummary>> {
    const key = JSON.stringify([
      query.q?.trim().toLowerCase() ?? '',
      query.category ?? '',
      query.limit ?? 0,
      query.cursor ?? '',
    ]);
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.clock.now().getTime()) return hit.page;
    const generation = this.generation;
    const page = await load();
    if (generation === this.generation) {
      this.entries.delete(key);
      if (this.entries.size >= SKILL_SEARCH_CACHE_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { page, expiresAt: this.clock.now().getTime() + SKILL_CACHE_TTL_MS });
    }
    return page;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
