import { Injectable } from '@nestjs/common';
import type { SkillView } from '@skillproof/contracts';
import { Clock } from '@skillproof/platform';
import { ReadThroughCache } from '../caching/read-through.cache';

/** Bounds staleness if an event is ever missed (e.g. while the gateway was disconnected from NATS). */
export const SKILL_CACHE_TTL_MS = 30_000;
export const SKILL_PAGE_CACHE_ENTRIES = 2_000;

/** Keeps catalogue skill views in memory briefly; SkillUpdatesListener drops them when a skill changes. */
@Injectable()
export class SkillPageCache {
  private readonly cache: ReadThroughCache<SkillView>;

  constructor(clock: Clock) {
    this.cache = new ReadThroughCache(clock, SKILL_CACHE_TTL_MS, SKILL_PAGE_CACHE_ENTRIES);
  }

  get(slug: string, load: () => Promise<SkillView>): Promise<SkillView> {
    return this.cache.get(slug, load);
  }

  /** Drops the skill and every cached page that shows it among its related skills. */
  invalidate(slug: string): void {
    this.cache.invalidate(
      (key, view) => key === slug || (view?.relatedSkills.some((related) => related.slug === slug) ?? false),
    );
  }
}
