import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { CatalogEvents, isEventEnvelope, type SkillUpdatedData } from '@skillproof/contracts';
import { NATS_CONNECTION } from '@skillproof/platform';
import { SkillPageCache } from './skill-page.cache';
import { SkillSearchCache } from './skill-search.cache';

/**
 * Tells the skill caches when a skill changes. The gateway has no database, so it listens with a
 * plain core NATS subscription: events that JetStream stores are delivered to core subscribers too.
 */
@Injectable()
export class SkillUpdatesListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SkillUpdatesListener.name);
  private subscription?: Subscription;

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly pages: SkillPageCache,
    private readonly searches: SkillSearchCache,
  ) {}

  onModuleInit(): void {
    this.subscription = this.connection.subscribe(CatalogEvents.skillUpdated.subject, {
      callback: (error, message) => {
        if (error) return;
        // Whatever the message says, some skill changed: every search result may have moved.
        this.searches.clear();
        try {
          const envelope: unknown = message.json();
          if (isEventEnvelope(envelope)) this.pages.invalidate((envelope.data as SkillUpdatedData).slug);
        } catch {
          this.logger.warn('Ignored a malformed skill update event');
        }
      },
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
