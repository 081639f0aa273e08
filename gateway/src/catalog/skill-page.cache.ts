import { Injectable } from '@nestjs/common';
import type { SkillView } from '@skillproof/contracts';
import { Clock } from '@skillproof/platform';

/** Bounds staleness if an event is ever missed (e.g. while the gateway was disconnected from NATS). */
export const SKILL_CACHE_TTL_MS = 30_000;
export const SKILL_PAGE_CACHE_ENTRIES = 2_000;

interface Entry {
  view: SkillView;
  expiresAt: number;
}

/**
 * Keeps catalogue skill views in memory briefly; SkillUpdatesListener drops them when a skill
 * changes. Concurrent misses for one skill share a single request to the catalog, and a load that
 * began before a change is served to its callers but not kept.
 */
@Injectable()
export class SkillPageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<SkillView>>();
  /** Bumped by every invalidation; a load that saw an older value may hold data from before the change. */
  private generation = 0;

  constructor(private readonly clock: Clock) {}

  async get(slug: string, load: () => Promise<SkillView>): Promise<SkillView> {
    const hit = this.entries.get(slug);
    if (hit && hit.expiresAt > this.clock.now().getTime()) return hit.view;
    const pending = this.loading.get(slug);
    if (pending) return pending;
    const generation = this.generation;
    const loaded = load()
      .then((view) => {
        if (generation === this.generation) this.store(slug, view);
        return view;
      })
      .finally(() => this.loading.delete(slug));
    this.loading.set(slug, loaded);
    return loaded;
  }

  /** Drops the skill and every cached page that shows it among its related skills. */
  invalidate(slug: string): void {
    this.generation += 1;
    this.loading.delete(slug);
    for (const [key, entry] of this.entries) {
      if (key === slug || entry.view.relatedSkills.some((related) => related.slug === slug)) this.entries.delete(key);
    }
  }

  private store(slug: string, view: SkillView): void {
    this.entries.delete(slug);
    if (this.entries.size >= SKILL_PAGE_CACHE_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(slug, { view, expiresAt: this.clock.now().getTime() + SKILL_CACHE_TTL_MS });
  }
}
