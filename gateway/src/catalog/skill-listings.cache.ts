import { Injectable } from '@nestjs/common';
import { Clock } from '@skillproof/platform';
import type { SkillPageChallengeDto, SkillPagePositionDto } from './skill-page-neighbours.dto';
import { ReadThroughCache } from '../caching/read-through.cache';

/**
 * How long open challenges and positions are trusted without an event. Events keep the lists
 * current; this only bounds how long one missed event (the gateway was disconnected, a message was
 * dropped: core NATS delivers at most once) can leave a list wrong.
 */
export const SKILL_LISTINGS_TTL_MS = 60_000;
export const SKILL_LISTINGS_ENTRIES = 2_000;

/** A skill's open challenges and positions; a list is undefined when its service did not answer. */
export interface SkillListings {
  openChallenges?: SkillPageChallengeDto[];
  openPositions?: SkillPagePositionDto[];
}

/**
 * The read model of open challenges and positions per skill that the skill page shows. It is filled
 * from the challenges and jobs services on a skill's first read, and SkillUpdatesListener drops a
 * skill's entry when a challenge is published or archived, or a position opened or closed, for it.
 * Lists one service failed to give are not kept, so the next read asks again.
 */
@Injectable()
export class SkillListingsCache {
  private readonly cache: ReadThroughCache<SkillListings>;

  constructor(clock: Clock) {
    this.cache = new ReadThroughCache(clock, SKILL_LISTINGS_TTL_MS, SKILL_LISTINGS_ENTRIES);
  }

  get(slug: string, load: () => Promise<SkillListings>): Promise<SkillListings> {
    return this.cache.get(slug, load, (listings) => !!listings.openChallenges && !!listings.openPositions);
  }

  invalidateAll(): void {
    this.cache.invalidate(() => true);
  }

  /** Drops the listings of these skills. */
  invalidate(slugs: readonly string[]): void {
    const changed = new Set(slugs);
    this.cache.invalidate((slug) => changed.has(slug));
  }
}
