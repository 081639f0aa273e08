import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Msg, NatsConnection, Subscription } from '@nats-io/nats-core';
import {
  CatalogEvents,
  ChallengesEvents,
  JobsEvents,
  type ChallengeListingChangedData,
  type JobListingChangedData,
  type SkillUpdatedData,
} from '@skillproof/contracts';
import { NATS_CONNECTION } from '@skillproof/platform';
import { eventDataOf } from '../bus/event-data';
import { SkillListingsCache } from './skill-listings.cache';
import { SkillPageCache } from './skill-page.cache';
import { SkillSearchCache } from './skill-search.cache';

/** Events that change which challenges or positions are open for their skills. */
const LISTING_EVENTS = [
  ChallengesEvents.challengePublished,
  ChallengesEvents.challengeArchived,
  JobsEvents.jobOpened,
  JobsEvents.jobClosed,
];

/**
 * Tells the skill caches when a skill changes, and the open listings read model when a challenge
 * or position opens or closes. The gateway has no database, so it listens with a
 * plain core NATS subscription: events that JetStream stores are delivered to core subscribers too.
 */
@Injectable()
export class SkillUpdatesListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SkillUpdatesListener.name);
  private readonly subscriptions: Subscription[] = [];

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly pages: SkillPageCache,
    private readonly searches: SkillSearchCache,
    private readonly listings: SkillListingsCache,
  ) {}

  onModuleInit(): void {
    this.subscriptions.push(
      this.connection.subscribe(CatalogEvents.skillUpdated.subject, {
        callback: (error, message) => this.onSkill(error, message),
      }),
      ...LISTING_EVENTS.map((event) =>
        this.connection.subscribe(event.subject, { callback: (error, message) => this.onListing(error, message) }),
      ),
    );
    void this.forgetAfterReconnects();
  }

  /**
   * Events published while the connection was down never reach a core subscription, so after a
   * reconnect the open listings are dropped rather than trusted for their lifetime: a page whose
   * services are not back yet still renders, marked partial. Skills and searches keep their
   * shorter lifetime instead, since dropping them would turn a cached page into a 503 until the
   * catalog is reachable again.
   */
  private async forgetAfterReconnects(): Promise<void> {
    for await (const status of this.connection.status()) {
      if (status.type === 'reconnect') this.listings.invalidateAll();
    }
  }

  onModuleDestroy(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  private onSkill(error: Error | null, message: Msg): void {
    if (error) return;
    // Whatever the message says, some skill changed: every search result may have moved.
    this.searches.clear();
    const data = eventDataOf<SkillUpdatedData>(message);
    if (data) this.pages.invalidate(data.slug);
    else this.logger.warn('Ignored a malformed skill update event');
  }

  private onListing(error: Error | null, message: Msg): void {
    if (error) return;
    const data = eventDataOf<ChallengeListingChangedData | JobListingChangedData>(message);
    if (data && Array.isArray(data.skills)) this.listings.invalidate(data.skills);
    else this.logger.warn(`Ignored a malformed ${message.subject} event`);
  }
}
