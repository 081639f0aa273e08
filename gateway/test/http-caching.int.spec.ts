import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import CachePolicy from 'http-cache-semantics';
import { CatalogRequests } from '@skillproof/contracts';
import { CATALOG_SERVICE } from '@skillproof/catalog';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import { JOBS_SERVICE } from '@skillproof/jobs';
import { PROFILES_SERVICE } from '@skillproof/profiles';
import {
  admin,
  createTestDatabase,
  expectEventually,
  registerAccount,
  ServiceCaller,
  startApp,
  startTestNats,
  type RegisteredAccount,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GATEWAY } from '../src/app.definition';

type Headers = Record<string, string>;

describe('HTTP caching of REST reads', () => {
  let databases: TestDatabase[];
  let nats: TestNats;
  let services: NestFastifyApplication[];
  let gateway: NestFastifyApplication;
  let caller: ServiceCaller;
  let candidate: RegisteredAccount;
  let company: RegisteredAccount;
  let challengeId: string;
  let careerSlug: string;

  const get = async (url: string, headers: Headers = {}) => {
    const response = await gateway.inject({ method: 'GET', url, headers });
    return { status: response.statusCode, headers: response.headers as Headers, body: response.body };
  };

  /** Whether a cache of the given kind may store this answer, by RFC 9111 as http-cache-semantics reads it. */
  const storable = async (url: string, headers: Headers, shared: boolean) => {
    const response = await get(url, headers);
    return new CachePolicy({ method: 'GET', url, headers }, response, { shared }).storable();
  };

  beforeAll(async () => {
    nats = await startTestNats();
    databases = await Promise.all(
      ['cache_catalog', 'cache_challenges', 'cache_jobs', 'cache_profiles'].map((name) => createTestDatabase(name)),
    );
    services = await Promise.all(
      [CATALOG_SERVICE, CHALLENGES_SERVICE, JOBS_SERVICE, PROFILES_SERVICE].map((definition, index) =>
        startApp(definition, { DATABASE_URL: databases[index].url, NATS_URL: nats.url }),
      ),
    );
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
    caller = await ServiceCaller.connect(nats.url);
    [candidate, company] = await Promise.all([
      registerAccount(gateway, 'candidate'),
      registerAccount(gateway, 'company'),
    ]);
    challengeId = JSON.parse((await get('/v1/challenges?limit=1')).body).items[0].id;
    careerSlug = JSON.parse((await get('/v1/careers?limit=1')).body).items[0].slug;
  });

  afterAll(async () => {
    await caller?.close();
    await gateway?.close();
    await Promise.all((services ?? []).map((service) => service.close()));
    await nats?.dispose();
    await Promise.all((databases ?? []).map((database) => database.drop()));
  });

  it('tags the skill page strongly and answers a matching If-None-Match with an empty 304', async () => {
    const first = await get('/v1/skills/machine-learning');
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');

    const again = await get('/v1/skills/machine-learning', { 'if-none-match': first.headers.etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['cache-control']).toBe(first.headers['cache-control']);

    expect(
      (await get('/v1/skills/machine-learning', { 'if-none-match': `"other", W/${first.headers.etag}` })).status,
    ).toBe(304);
    expect((await get('/v1/skills/machine-learning', { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('gives a changed skill a new tag, so a client holding the old one gets the new page', async () => {
    const before = await get('/v1/skills/sql');
    await caller.ok(CatalogRequests.updateSkill, {
      principal: admin(),
      slug: 'sql',
      changes: { summary: 'Ask questions of relational data, and get answers fast.' },
    });
    await expectEventually(async () => {
      const after = await get('/v1/skills/sql', { 'if-none-match': before.headers.etag });
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(JSON.parse(after.body).summary).toBe('Ask questions of relational data, and get answers fast.');
    });
  });

  it.each([
    ['/v1/skills?q=machne%20lerning', 'public, max-age=60, stale-while-revalidate=300'],
    ['/v1/careers', 'public, max-age=300, stale-while-revalidate=3600'],
    ['/v1/careers/:slug', 'public, max-age=300, stale-while-revalidate=3600'],
    ['/v1/challenges', 'public, max-age=30, stale-while-revalidate=120'],
    ['/v1/challenges/:id', 'public, max-age=30, stale-while-revalidate=120'],
    ['/v1/jobs', 'public, max-age=30, stale-while-revalidate=120'],
  ])('lets shared caches keep the public read %s for its lifetime', async (route, cacheControl) => {
    const url = route.replace(':slug', careerSlug).replace(':id', challengeId);
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe(cacheControl);
    expect((await get(url, { 'if-none-match': response.headers.etag })).status).toBe(304);
    expect(await storable(url, {}, true)).toBe(true);
  });

  it('never lets a shared cache store an answer about the caller, while the browser may keep it', async () => {
    const me = await get('/v1/me', candidate.headers);
    expect(me.status).toBe(200);
    expect(me.headers['cache-control']).toBe('private, no-cache');
    expect(me.headers.vary).toBe('Authorization, X-Api-Key');
    expect((await get('/v1/me', { ...candidate.headers, 'if-none-match': me.headers.etag })).status).toBe(304);
    expect(await storable('/v1/me', candidate.headers, true)).toBe(false);
    expect(await storable('/v1/me', candidate.headers, false)).toBe(true);
    expect(await storable('/v1/api-keys', company.headers, true)).toBe(false);
  });

  it('keeps a read that differs by caller private when credentials come with it', async () => {
    const url = `/v1/challenges/${challengeId}`;
    const signedIn = await get(url, company.headers);
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['cache-control']).toBe('private, no-cache');
    expect(signedIn.headers.vary).toBe('Authorization, X-Api-Key');
    expect(await storable(url, company.headers, true)).toBe(false);
    expect((await get(url)).headers.vary).toBe('Authorization, X-Api-Key');
  });

  it('lets no cache store an error', async () => {
    const missing = await get('/v1/skills/underwater-basket-weaving');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect(missing.headers.etag).toBeUndefined();
    expect(await storable('/v1/skills/underwater-basket-weaving', {}, true)).toBe(false);
    expect(await storable('/v1/me', {}, false)).toBe(false);
    expect(await storable('/v1/skills/sql', { authorization: 'Bearer not-a-token' }, true)).toBe(false);
  });
});
