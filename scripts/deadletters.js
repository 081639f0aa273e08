'use strict';
/**
 * `npm run deadletters -- list` shows the events no consumer could handle (the DEADLETTER stream);
 * `npm run deadletters -- redrive` publishes them again to their own subjects and removes them.
 *
 *   npm run deadletters -- list [--consumer grading-grader]
 *   npm run deadletters -- redrive [--consumer grading-grader] [--seq 12]
 *
 * NATS_URL names the server (nats://127.0.0.1:4222 when unset); where the server asks for users, NATS_USER
 * and NATS_PASSWORD are the operator's (deploy/nats/accounts.conf). A redriven event keeps its id, so
 * consumers that applied it before skip it; the one that gave up takes it again (grading forgets
 * the event when it dead-letters it). Run `npm run build` first.
 */
const { connect } = require('@nats-io/transport-node');
const { jetstream, jetstreamManager } = require('@nats-io/jetstream');
const { DEAD_LETTER_STREAM } = require('@skillproof/contracts');

function usage() {
  console.error('usage: npm run deadletters -- list|redrive [--consumer <durable>] [--seq <n>]');
  process.exit(2);
}

function parse(argv) {
  const [command, ...rest] = argv;
  if (command !== 'list' && command !== 'redrive') usage();
  const options = { command };
  for (let index = 0; index < rest.length; index += 2) {
    const [flag, value] = [rest[index], rest[index + 1]];
    if (value === undefined) usage();
    if (flag === '--consumer') options.consumer = value;
    else if (flag === '--seq') options.seq = Number(value);
    else usage();
  }
  return options;
}

/** Every stored letter, oldest first, read by sequence so that nothing is consumed or acknowledged. */
async function* letters(manager) {
  const info = await manager.streams.info(DEAD_LETTER_STREAM).catch((error) => {
    // No service has started against this server yet, so nothing was ever dead-lettered.
    if (/not found/i.test(error.message)) return { state: { messages: 0, first_seq: 1, last_seq: 0 } };
    throw error;
  });
  for (let seq = info.state.first_seq; info.state.messages > 0 && seq <= info.state.last_seq; seq += 1) {
    const message = await manager.streams.getMessage(DEAD_LETTER_STREAM, { seq }).catch(() => null);
    if (message) yield { seq, letter: message.json() };
  }
}

function matches(options, seq, letter) {
  return (
    (options.consumer === undefined || letter.data.consumer === options.consumer) &&
    (options.seq === undefined || options.seq === seq)
  );
}

async function main() {
  const options = parse(process.argv.slice(2));
  const connection = await connect({
    servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
    ...(process.env.NATS_USER ? { user: process.env.NATS_USER, pass: process.env.NATS_PASSWORD } : {}),
  });
  try {
    const manager = await jetstreamManager(connection);
    const js = jetstream(connection);
    let count = 0;
    for await (const { seq, letter } of letters(manager)) {
      if (!matches(options, seq, letter)) continue;
      const { consumer, deliveries, error, event } = letter.data;
      count += 1;
      if (options.command === 'list') {
        console.log(`${seq}\t${letter.time}\t${consumer}\t${event.type}\t${event.id}\t${deliveries} tries\t${error}`);
        continue;
      }
      // A fresh message id: the original is still in JetStream's duplicate window for two minutes.
      await js.publish(event.type, JSON.stringify(event), { msgID: `${event.id}:redrive:${seq}` });
      await manager.streams.deleteMessage(DEAD_LETTER_STREAM, seq);
      console.log(`redrove ${seq}\t${consumer}\t${event.type}\t${event.id}`);
    }
    console.log(options.command === 'list' ? `${count} dead letters` : `${count} redriven`);
  } finally {
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
