import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { CatalogEvents, type Page, type SkillSearchRequest, type SkillSummary } from '@skillproof/contracts';
import { NATS_CONNECTION } from '@skillproof/platform';
import { SKILL_CACHE_TTL_MS } from './skill-page.cache';

const MAX_ENTRIES = 1_000;

interface Entry {
  page: Page<SkillSummary>;
  expiresAt: number;
}

/**
 * Keeps recent skill search pages briefly. Any skill change can move any result, so every
 * `evt.catalog.skill.updated` empties the whole cache; changes are rare and searches are many.
 */
@Injectable()
export class SkillSearchCache implements OnModuleInit, OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every change; a search that started before it may hold results from before the change. */
  private generation = 0;
  private subscription?: Subscription;

  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  onModuleInit(): void {
    this.subscription = this.connection.subscribe(CatalogEvents.skillUpdated.subject, {
      callback: () => this.clear(),
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  async get(query: SkillSearchRequest, load: () => Promise<Page<SkillSummary>>): Promise<Page<SkillSummary>> {
    const key = JSON.stringify([
      query.q?.trim().toLowerCase() ?? '',
      query.category ?? '',
      query.limit ?? 0,
      query.cursor ?? '',
    ]);
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.page;
    const generation = this.generation;
    const page = await load();
    if (generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { page, expiresAt: Date.now() + SKILL_CACHE_TTL_MS });
    }
    return page;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
