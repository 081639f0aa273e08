import type { JetStreamManager } from '@nats-io/jetstream';
import { Gauge } from 'prom-client';
import { EVENTS_STREAM } from '@skillproof/contracts';

/** The durable consumers of this process, read when Prometheus scrapes. */
const watched = new Map<string, JetStreamManager>();

/**
 * Consumer lag as JetStream counts it, per durable consumer: events not delivered yet (`waiting`,
 * what an autoscaler of workers looks at) and delivered but not acknowledged (`unacknowledged`).
 * Every replica of a service reports the same shared numbers.
 */
new Gauge({
  name: 'skillproof_consumer_pending_events',
  help: 'Events of a durable JetStream consumer not yet delivered (waiting) or not yet acknowledged',
  labelNames: ['consumer', 'kind'],
  async collect() {
    this.reset();
    await Promise.all(
      [...watched].map(async ([durable, manager]) => {
        const info = await manager.consumers.info(EVENTS_STREAM, durable).catch(() => undefined);
        if (!info) return;
        this.set({ consumer: durable, kind: 'waiting' }, info.num_pending);
        this.set({ consumer: durable, kind: 'unacknowledged' }, info.num_ack_pending);
      }),
    );
  },
});

export function watchConsumerLag(durable: string, manager: JetStreamManager): void {
  watched.set(durable, manager);
}

export function unwatchConsumerLag(durable: string): void {
  watched.delete(durable);
}
