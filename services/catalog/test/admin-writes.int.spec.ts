import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { NatsConnection } from '@nats-io/nats-core';
import {
  CatalogEvents,
  CatalogRequests,
  type EventEnvelope,
  type Principal,
  type SkillCreateInput,
  type SkillUpdatedData,
} from '@skillproof/contracts';
import { connectNats, DomainError, RequestClient } from '@skillproof/platform';
import {
  createTestDatabase,
  expectEventually,
  startApp,
  startTestNats,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GATEWAY } from '@skillproof/gateway';
import { CATALOG_SERVICE } from '../src/app.definition';

const admin: Principal = { userId: '9d7c5c1e-0000-4000-8000-000000000001', role: 'admin', via: 'token' };
const candidate: Principal = { userId: '9d7c5c1e-0000-4000-8000-000000000002', role: 'candidate', via: 'token' };

const featureStores: SkillCreateInput = {
  slug: 'feature-stores',
  name: 'Feature Stores',
  category: 'AI & Data',
  tier: 3,
  summary: 'Serving the same features to training and to live predictions.',
  description: 'Feature stores keep computed features consistent between offline training and online serving.',
  whyItMatters: 'Training and serving skew is a common cause of models that disappoint in production.',
  difficulty: 'advanced',
  timeToLearn: '1–2 months',
  salaryImpact: '+$10k a year for ML engineers',
  salaryByRegion: [{ region: 'United States', currency: 'USD', junior: 110_000, mid: 150_000, senior: 200_000 }],
  careerPaths: ['ML Engineer'],
  tools: ['Feast', 'Tecton'],
  faq: [],
  subTopics: ['Online and offline stores'],
  relatedSkills: ['mlops', 'feature-engineering'],
};

/** Admin writes are tested over NATS with a principal in the payload: no admin token can be issued yet. */
describe('catalogue admin writes', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let catalog: NestFastifyApplication;
  let gateway: NestFastifyApplication;
  let services: RequestClient;
  let listener: NatsConnection;
  const events: Array<EventEnvelope<SkillUpdatedData>> = [];

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('catalog_admin'), startTestNats()]);
    catalog = await startApp(CATALOG_SERVICE, { DATABASE_URL: database.url, NATS_URL: nats.url });
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
    listener = await connectNats(nats.url, 'test-listener');
    services = new RequestClient(listener, 5_000);
    listener.subscribe(CatalogEvents.skillUpdated.subject, {
      callback: (_error, message) => {
        events.push(message.json());
      },
    });
  });

  afterAll(async () => {
    await listener?.close();
    await gateway?.close();
    await catalog?.close();
    await nats?.dispose();
    await database?.drop();
  });

  const page = async (slug: string) => (await gateway.inject({ method: 'GET', url: `/v1/skills/${slug}` })).json();
  const failure = (promise: Promise<unknown>): Promise<DomainError> =>
    promise.then(
      () => {
        throw new Error('expected the request to fail');
      },
      (error: DomainError) => error,
    );

  it('refuses an anonymous write at the gateway with 401', async () => {
    const response = await gateway.inject({ method: 'POST', url: '/v1/skills', payload: featureStores });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses writes at the service without an admin principal', async () => {
    const anonymous = await failure(services.request(CatalogRequests.createSkill, { skill: featureStores }));
    expect(anonymous).toMatchObject({ status: 401 });
    const notAdmin = await failure(
      services.request(CatalogRequests.createSkill, { principal: candidate, skill: featureStores }),
    );
    expect(notAdmin).toMatchObject({ status: 403, code: 'auth.role' });
  });

  it('refuses invalid input with a 400 problem naming each field', async () => {
    const invalid = { ...featureStores, tier: 9, difficulty: 'wizard', salaryByRegion: [{ region: 'US' }] };
    const error = await failure(
      services.request(CatalogRequests.createSkill, { principal: admin, skill: invalid as SkillCreateInput }),
    );
    expect(error.status).toBe(400);
    const fields = error.errors!.map((entry) => entry.field);
    expect(fields).toEqual(
      expect.arrayContaining(['skill.tier', 'skill.difficulty', 'skill.salaryByRegion.0.currency']),
    );
  });

  it('refuses a related skill that does not exist with 422', async () => {
    const error = await failure(
      services.request(CatalogRequests.createSkill, {
        principal: admin,
        skill: { ...featureStores, slug: 'orphan', relatedSkills: ['no-such-skill'] },
      }),
    );
    expect(error).toMatchObject({ status: 422, code: 'skill.related_unknown' });
  });

  it('creates a skill, serves it, emits the event, and refuses the same slug again with 409', async () => {
    const created = await services.request(CatalogRequests.createSkill, { principal: admin, skill: featureStores });
    expect(created.relatedSkills.map((related) => related.slug)).toEqual(['mlops', 'feature-engineering']);
    expect((await page('feature-stores')).name).toBe('Feature Stores');
    await expectEventually(() =>
      expect(events.map((event) => event.data)).toContainEqual({ slug: 'feature-stores', change: 'created' }),
    );
    const again = await failure(
      services.request(CatalogRequests.createSkill, { principal: admin, skill: featureStores }),
    );
    expect(again).toMatchObject({ status: 409, code: 'skill.exists' });
  });

  it('shows an update on the next read although the page was cached', async () => {
    const before = await page('machine-learning');
    expect((await page('machine-learning')).summary).toBe(before.summary);
    await services.request(CatalogRequests.updateSkill, {
      principal: admin,
      slug: 'machine-learning',
      changes: { summary: 'Teaching software to learn from examples.' },
    });
    await expectEventually(
      async () => expect((await page('machine-learning')).summary).toBe('Teaching software to learn from examples.'),
      3_000,
    );
  });

  it('refreshes cached pages that show a renamed skill among their related skills', async () => {
    const related = (await page('python')).relatedSkills;
    expect(related).toContainEqual({ slug: 'machine-learning', name: 'Machine Learning' });
    await services.request(CatalogRequests.updateSkill, {
      principal: admin,
      slug: 'machine-learning',
      changes: { name: 'Machine Learning (ML)' },
    });
    await expectEventually(
      async () =>
        expect((await page('python')).relatedSkills).toContainEqual({
          slug: 'machine-learning',
          name: 'Machine Learning (ML)',
        }),
      3_000,
    );
  });

  it('finds a changed skill by its new words on the next search, although searches are cached', async () => {
    const search = async () =>
      (await gateway.inject({ method: 'GET', url: '/v1/skills?q=tecton' }))
        .json()
        .items.map((item: { slug: string }) => item.slug);
    expect(await search()).toEqual(['feature-stores']);
    await services.request(CatalogRequests.updateSkill, {
      principal: admin,
      slug: 'mlops',
      changes: { tools: ['MLflow', 'Kubeflow', 'Tecton'] },
    });
    await expectEventually(async () => expect((await search()).sort()).toEqual(['feature-stores', 'mlops']), 3_000);
  });

  it('answers an update of an unknown skill with 404', async () => {
    const error = await failure(
      services.request(CatalogRequests.updateSkill, { principal: admin, slug: 'no-such-skill', changes: { tier: 2 } }),
    );
    expect(error).toMatchObject({ status: 404, code: 'skill.not_found' });
  });

  it('refuses null for a field an update may only leave out, naming it', async () => {
    const error = await failure(
      services.request(CatalogRequests.updateSkill, {
        principal: admin,
        slug: 'machine-learning',
        changes: { name: null } as unknown as { name: string },
      }),
    );
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(error.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'changes.name' })]));
  });

  it('creates and updates a career, refusing unknown industries and inverted salary ranges', async () => {
    const career = {
      slug: 'feature-platform-engineer',
      role: 'Feature Platform Engineer',
      summary: 'Runs the systems that compute and serve model features.',
      salaryRanges: [{ level: 'mid' as const, currency: 'USD', min: 140_000, max: 180_000 }],
      skills: [
        { skill: 'feature-stores', weight: 5, level: 4 },
        { skill: 'python', weight: 3, level: 3 },
      ],
      industries: ['technology'],
      interests: ['infrastructure'],
    };
    const created = await services.request(CatalogRequests.createCareer, { principal: admin, career });
    expect(created.skills.map((skill) => skill.slug)).toEqual(['feature-stores', 'python']);
    const fetched = (await gateway.inject({ method: 'GET', url: '/v1/careers/feature-platform-engineer' })).json();
    expect(fetched.industries).toEqual([{ slug: 'technology', name: 'Software and internet' }]);

    const unknownIndustry = await failure(
      services.request(CatalogRequests.updateCareer, {
        principal: admin,
        slug: career.slug,
        changes: { industries: ['space-mining'] },
      }),
    );
    expect(unknownIndustry).toMatchObject({ status: 422, errors: [{ field: 'industries' }] });
    const inverted = await failure(
      services.request(CatalogRequests.updateCareer, {
        principal: admin,
        slug: career.slug,
        changes: { salaryRanges: [{ level: 'senior', currency: 'USD', min: 200_000, max: 150_000 }] },
      }),
    );
    expect(inverted).toMatchObject({ status: 422, errors: [{ field: 'salaryRanges.0' }] });

    const updated = await services.request(CatalogRequests.updateCareer, {
      principal: admin,
      slug: career.slug,
      changes: { role: 'Feature Platform Lead' },
    });
    expect(updated.role).toBe('Feature Platform Lead');
    expect(updated.industries).toEqual([{ slug: 'technology', name: 'Software and internet' }]);
  });
});
