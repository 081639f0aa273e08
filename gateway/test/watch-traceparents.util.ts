import { connect } from '@nats-io/transport-node';

export interface TraceparentWatch {
  /** The `traceparent` header of each request sent on the subject, in order. */
  seen: Array<string | undefined>;
  close(): Promise<void>;
}

/**
 * Listens beside the service on a request subject (a plain subscription gets its own copy of each
 * request) and keeps the trace header the gateway sent, so a test can follow a trace across NATS.
 */
export async function watchTraceparents(natsUrl: string, subject: string): Promise<TraceparentWatch> {
  const connection = await connect({ servers: natsUrl });
  const seen: Array<string | undefined> = [];
  connection.subscribe(subject, {
    callback: (error, message) => {
      if (!error) seen.push(message.headers?.get('traceparent') || undefined);
    },
  });
  await connection.flush();
  return { seen, close: () => connection.close() };
}
