import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { JetStreamClient } from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import type { EventEnvelope } from '@skillproof/contracts';
import { backoffMs, Sleeper } from '../backoff';
import { BUS_OPTIONS, JETSTREAM, type BusOptions } from '../bus.options';
import { DatabaseNotifications, type NotificationListener } from './database-notifications';
import { OUTBOX_CHANNEL } from './outbox';

const BATCH_SIZE = 200;
const PUBLISH_TIMEOUT_MS = 5_000;
const RETENTION_SWEEP_MS = 10 * 60_000;

interface OutboxRow {
  id: string;
  subject: string;
  envelope: EventEnvelope;
}

/**
 * Publishes committed outbox events to JetStream with `Nats-Msg-Id` = event id. It wakes on the
 * commit notification and also polls, so a missed notification or a NATS outage only delays
 * events: unpublished rows stay until a publish is acknowledged by the stream.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly sleeper = new Sleeper();
  private running = false;
  private loop?: Promise<void>;
  private listener?: NotificationListener;
  private lastSweep = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(JETSTREAM) private readonly jetstream: JetStreamClient,
    @Inject(BUS_OPTIONS) private readonly options: BusOptions,
    private readonly notifications: DatabaseNotifications,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.listener = this.notifications.listen(OUTBOX_CHANNEL, () => this.sleeper.wake());
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.sleeper.wake();
    await this.loop;
    await this.listener?.close();
  }

  /** Publishes everything committed so far; used by the loop and by tests that cannot wait. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.publishBatch();
      total += published;
      if (published < BATCH_SIZE) return total;
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let delay = this.options.outboxPollMs ?? 1_000;
      try {
        await this.drain();
        await this.sweepPublished();
        failures = 0;
      } catch (error) {
        failures += 1;
        delay = backoffMs(failures, 250, 10_000);
        this.logger.warn(`Outbox publish failed (${describe(error)}); retrying in ${delay} ms`);
      }
      await this.sleeper.sleep(delay);
    }
  }

  private async publishBatch(): Promise<number> {
    let failure: unknown;
    const published = await this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, subject, envelope FROM outbox_events
          WHERE published_at IS NULL
          ORDER BY created_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      // Sent back to back on one connection, so the stream stores them in this order.
      const results = await Promise.allSettled(
        rows.map((row) =>
          this.jetstream.publish(row.subject, JSON.stringify(row.envelope), {
            msgID: row.id,
            timeout: PUBLISH_TIMEOUT_MS,
          }),
        ),
      );
      const acknowledged = rows.filter((_, index) => results[index].status === 'fulfilled').map((row) => row.id);
      failure = results.find((result) => result.status === 'rejected')?.reason;
      if (acknowledged.length > 0) {
        await manager.query(`UPDATE outbox_events SET published_at = now() WHERE id = ANY($1::uuid[])`, [acknowledged]);
      }
      return acknowledged.length;
    });
    if (failure) throw failure;
    return published;
  }

  private async sweepPublished(): Promise<void> {
    if (Date.now() - this.lastSweep < RETENTION_SWEEP_MS) return;
    this.lastSweep = Date.now();
    await this.dataSource.query(`DELETE FROM outbox_events WHERE published_at < now() - interval '1 day'`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
