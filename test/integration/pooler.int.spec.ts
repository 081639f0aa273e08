import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { JobsRequests } from '@skillproof/contracts';
import { JOBS_SERVICE } from '@skillproof/jobs';
import {
  candidate,
  companyMember,
  createTestDatabase,
  expectEventually,
  ServiceCaller,
  startApp,
  startTestNats,
  startTestPgBouncer,
  WebhookReceiver,
  type TestDatabase,
  type TestNats,
  type TestPgBouncer,
} from '@skillproof/testing';

/**
 * The jobs service uses every session-level feature a service has: it creates and migrates its
 * database under a session advisory lock, its outbox relay LISTENs for commits, and its webhook
 * worker LISTENs for new deliveries. Here its queries go through PgBouncer in transaction mode,
 * with the direct URL beside it for those few needs, as on Kubernetes with CloudNativePG's Pooler.
 */
describe('a service behind PgBouncer in transaction mode', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let bouncer: TestPgBouncer;
  let receiver: WebhookReceiver;
  let client: ServiceCaller;
  const replicas: NestFastifyApplication[] = [];
  const company = companyMember();

  beforeAll(async () => {
    [database, nats, receiver] = await Promise.all([
      createTestDatabase('pooler'),
      startTestNats(),
      WebhookReceiver.start(),
    ]);
    bouncer = await startTestPgBouncer(database.serverUrl);
    client = await ServiceCaller.connect(nats.url);
  });

  afterAll(async () => {
    await client?.close();
    await Promise.all(replicas.map((replica) => replica.close()));
    await receiver?.close();
    await bouncer?.dispose();
    await nats?.dispose();
    await database?.drop();
  });

  it('starts two replicas together, each migrating in turn, and leaves no lock behind', async () => {
    const env = {
      DATABASE_URL: bouncer.pooled(database.url),
      DATABASE_DIRECT_URL: database.url,
      NATS_URL: nats.url,
      // A worker that polls every ten minutes sends a new delivery at once only if it hears the commit.
      WEBHOOK_POLL_MS: '600000',
    };
    replicas.push(...(await Promise.all([startApp(JOBS_SERVICE, env), startApp(JOBS_SERVICE, env)])));

    // A session lock taken through the pooler and released on another server connection stays
    // held, and the next deploy's migrations would wait for it forever.
    expect(await advisoryLocksHeld(database)).toBe(0);
  });

  it('delivers a webhook as soon as the application that causes it commits', async () => {
    receiver.responder = () => ({ status: 200 });
    await client.ok(JobsRequests.createWebhook, {
      principal: company,
      url: receiver.url('/pooled'),
      events: ['application.created'],
    });
    const job = await client.ok(JobsRequests.createJob, {
      principal: company,
      companyName: 'Pooled Systems',
      title: 'Database reliability engineer',
      description: 'Keep the connection pools honest.',
      location: 'Remote',
      remote: true,
      skills: [{ skill: 'machine-learning', minScore: 50 }],
    });
    await client.ok(JobsRequests.apply, { principal: candidate(), jobId: job.id });

    const [webhook] = await expectEventually(() => {
      const received = receiver.on('/pooled');
      expect(received).toHaveLength(1);
      return received;
    }, 15_000);
    expect(JSON.parse(webhook.body)).toMatchObject({ type: 'application.created', data: { jobId: job.id } });
  });
});

async function advisoryLocksHeld(database: TestDatabase): Promise<number> {
  const direct = new Client({ connectionString: database.url });
  await direct.connect();
  try {
    const { rows } = await direct.query<{ held: number }>(
      `SELECT count(*)::int AS held FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    return rows[0].held;
  } finally {
    await direct.end();
  }
}
