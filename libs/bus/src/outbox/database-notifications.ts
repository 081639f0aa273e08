import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { backoffMs, Sleeper } from '../backoff';
import { BUS_OPTIONS, type BusOptions } from '../bus.options';

export interface NotificationListener {
  /** Stops listening and closes the connection. */
  close(): Promise<void>;
}

/**
 * PostgreSQL notifications on a connection of their own, opened on the direct database URL.
 * `LISTEN` belongs to a session, and a pooler in transaction mode hands each transaction to
 * whichever server connection is free, so a LISTEN made through it hears nothing afterwards.
 * The connection is reopened after it is lost; callers poll as well, so a gap only delays work.
 */
@Injectable()
export class DatabaseNotifications {
  private readonly logger = new Logger(DatabaseNotifications.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(BUS_OPTIONS) private readonly options: BusOptions,
  ) {}

  listen(channel: string, onNotify: () => void): NotificationListener {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`"${channel}" is not a plain channel name`);
    let open = true;
    let client: Client | undefined;
    const pause = new Sleeper();
    const loop = (async () => {
      let failures = 0;
      while (open) {
        try {
          client = new Client({ connectionString: this.url(), application_name: `${this.options.service}-listen` });
          const ended = new Promise<void>((resolve) => client?.on('error', () => resolve()).on('end', () => resolve()));
          client.on('notification', onNotify);
          await client.connect();
          await client.query(`LISTEN ${channel}`);
          failures = 0;
          // Wakes the caller for whatever was committed while nobody listened.
          onNotify();
          await ended;
        } catch (error) {
          failures += 1;
          if (open) this.logger.warn(`Listening on ${channel} failed (${describe(error)}); polling until it is back`);
        }
        await client?.end().catch(() => undefined);
        if (open) await pause.sleep(backoffMs(failures, 500, 10_000));
      }
    })();
    return {
      close: async () => {
        open = false;
        pause.wake();
        await client?.end().catch(() => undefined);
        await loop;
      },
    };
  }

  private url(): string {
    return this.options.databaseDirectUrl ?? (this.dataSource.options as { url: string }).url;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
