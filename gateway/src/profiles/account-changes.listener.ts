import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Msg, NatsConnection, Subscription } from '@nats-io/nats-core';
import { ProfilesEvents, type AccountChangedData } from '@skillproof/contracts';
import { NATS_CONNECTION } from '@skillproof/platform';
import { eventDataOf } from '../bus/event-data';
import { OwnAccountCache } from './own-account.cache';

/**
 * Drops a user's cached own account view when profiles announces a change to it, whichever gateway
 * or consumer made the change. Like SkillUpdatesListener, a core NATS subscription: the gateway has
 * no database for an inbox, and JetStream delivers stored events to core subscribers too.
 */
@Injectable()
export class AccountChangesListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AccountChangesListener.name);
  private subscription?: Subscription;

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly accounts: OwnAccountCache,
  ) {}

  onModuleInit(): void {
    this.subscription = this.connection.subscribe(ProfilesEvents.accountChanged.subject, {
      callback: (error, message) => this.onAccountChanged(error, message),
    });
    void this.forgetAfterReconnects();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /** Changes announced while the connection was down never reach this subscription: trust no view from before. */
  private async forgetAfterReconnects(): Promise<void> {
    for await (const status of this.connection.status()) {
      if (status.type === 'reconnect') this.accounts.forgetAll();
    }
  }

  private onAccountChanged(error: Error | null, message: Msg): void {
    if (error) {
      // Refused by NATS permissions, say: views then live out their lifetime, so make it visible.
      this.logger.warn(`Not hearing ${ProfilesEvents.accountChanged.subject}: ${error.message}`);
      return;
    }
    const data = eventDataOf<AccountChangedData>(message);
    if (typeof data?.userId === 'string') this.accounts.forget(data.userId);
    else this.logger.warn(`Ignored a malformed ${message.subject} event`);
  }
}
