import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { CatalogEvents, isEventEnvelope, type SkillUpdatedData, type SkillView } from '@skillproof/contracts';
import { NATS_CONNECTION } from '@skillproof/platform';

/** Bounds staleness if an event is ever missed (e.g. while the gateway was disconnected from NATS). */
export const SKILL_CACHE_TTL_MS = 30_000;
const MAX_ENTRIES = 2_000;

interface Entry {
  view: SkillView;
  expiresAt: number;
}

/**
 * Keeps catalogue skill views in memory briefly and drops them when `evt.catalog.skill.updated`
 * arrives. The gateway has no database, so it listens with a plain core NATS subscription: events
 * that JetStream stores are delivered to core subscribers as well. Concurrent misses for one skill
 * share a single request to the catalog.
 */
@Injectable()
export class SkillPageCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SkillPageCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<SkillView>>();
  /** Bumped by every invalidation; a load that saw an older value may hold data from before the change. */
  private generation = 0;
  private subscription?: Subscription;

  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  onModuleInit(): void {
    this.subscription = this.connection.subscribe(CatalogEvents.skillUpdated.subject, {
      callback: (error, message) => {
        if (error) return;
        try {
          const envelope: unknown = message.json();
          if (isEventEnvelope(envelope)) this.invalidate((envelope.data as SkillUpdatedData).slug);
        } catch {
          this.logger.warn('Ignored a malformed skill update event');
        }
      },
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  async get(slug: string, load: () => Promise<SkillView>): Promise<SkillView> {
    const hit = this.entries.get(slug);
    if (hit && hit.expiresAt > Date.now()) return hit.view;
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
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(slug, { view, expiresAt: Date.now() + SKILL_CACHE_TTL_MS });
  }
}
