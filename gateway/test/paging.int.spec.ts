import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import {
  createTestDatabase,
  registerAccount,
  startApp,
  startTestNats,
  type RegisteredAccount,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { CATALOG_SERVICE } from '@skillproof/catalog';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import { PROFILES_SERVICE } from '@skillproof/profiles';
import { JOBS_SERVICE } from '@skillproof/jobs';
import { GATEWAY } from '../src/app.definition';

const forge = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Cursors a client could send instead of the one it was given. The keyset ones name the right keys
 * with values PostgreSQL cannot cast, which is how a forged cursor used to become a 500.
 */
const FORGED = {
  garbage: 'not-a-cursor',
  skills: forge({ offset: -5 }),
  challenges: forge({ publishedAt: 'yesterday', id: 'x' }),
  jobs: forge({ postedAt: 'garbage', id: randomUUID() }),
  applications: forge({ matchScore: 'high', createdAt: new Date().toISOString(), id: randomUUID() }),
  deliveries: forge({ createdAt: '2026-13-45T00:00:00.000Z', id: randomUUID() }),
};

/** Every list pages the same way and refuses a cursor it did not hand out with the same 400 problem. */
describe('paging through the gateway', () => {
  const databases: TestDatabase[] = [];
  const services: NestFastifyApplication[] = [];
  let nats: TestNats;
  let gateway: NestFastifyApplication;
  let company: RegisteredAccount;
  let jobId: string;
  let webhookId: string;

  beforeAll(async () => {
    nats = await startTestNats();
    const [catalogDb, challengesDb, jobsDb, profilesDb] = await Promise.all(
      ['paging_catalog', 'paging_challenges', 'paging_jobs', 'paging_profiles'].map((label) =>
        createTestDatabase(label),
      ),
    );
    databases.push(catalogDb, challengesDb, jobsDb, profilesDb);
    services.push(
      ...(await Promise.all([
        startApp(CATALOG_SERVICE, { DATABASE_URL: catalogDb.url, NATS_URL: nats.url }),
        startApp(CHALLENGES_SERVICE, { DATABASE_URL: challengesDb.url, NATS_URL: nats.url }),
        startApp(JOBS_SERVICE, { DATABASE_URL: jobsDb.url, NATS_URL: nats.url }),
        startApp(PROFILES_SERVICE, { DATABASE_URL: profilesDb.url, NATS_URL: nats.url }),
      ])),
    );
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
    company = await registerAccount(gateway, 'company');
    const job = await gateway.inject({
      method: 'POST',
      url: '/v1/jobs',
      headers: company.headers,
      payload: {
        title: 'Data engineer',
        description: 'Build the pipelines.',
        location: 'Lisbon',
        remote: false,
        skills: [{ skill: 'sql', minScore: 50 }],
      },
    });
    jobId = job.json().id;
    const webhook = await gateway.inject({
      method: 'POST',
      url: '/v1/webhooks',
      headers: company.headers,
      payload: { url: 'http://127.0.0.1:9/hooks', events: ['application.created'] },
    });
    webhookId = webhook.json().id;
  });

  afterAll(async () => {
    await gateway?.close();
    for (const service of services) await service.close();
    await nats?.dispose();
    await Promise.all(databases.map((database) => database.drop()));
  });

  const lists = (): Array<[keyof typeof FORGED, string, boolean]> => [
    ['skills', '/v1/skills', false],
    ['challenges', '/v1/challenges', false],
    ['jobs', '/v1/jobs', false],
    ['applications', `/v1/jobs/${jobId}/applications`, true],
    ['deliveries', `/v1/webhooks/${webhookId}/deliveries`, true],
  ];

  it('hands out cursors that each list takes back', async () => {
    for (const [, url, signedIn] of lists()) {
      const headers = signedIn ? company.headers : {};
      const first = await gateway.inject({ method: 'GET', url: `${url}?limit=1`, headers });
      expect(first.statusCode).toBe(200);
      const { nextCursor } = first.json<{ nextCursor: string | null }>();
      if (!nextCursor) continue;
      const second = await gateway.inject({ method: 'GET', url: `${url}?limit=1&cursor=${nextCursor}`, headers });
      expect(second.statusCode).toBe(200);
    }
  });

  it.each(['garbage', 'own'] as const)(
    'refuses a %s cursor on every list with 400 page.invalid_cursor',
    async (kind) => {
      for (const [list, url, signedIn] of lists()) {
        const cursor = kind === 'garbage' ? FORGED.garbage : FORGED[list];
        const response = await gateway.inject({
          method: 'GET',
          url: `${url}?cursor=${encodeURIComponent(cursor)}`,
          headers: signedIn ? company.headers : {},
        });
        expect({ list, status: response.statusCode }).toEqual({ list, status: 400 });
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.json()).toMatchObject({ code: 'page.invalid_cursor', errors: [{ field: 'cursor' }] });
      }
    },
  );
});
