import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { NatsConnection } from '@nats-io/nats-core';
import { ChallengesRequests, JobsRequests, type ChallengeSummary, type JobSummary } from '@skillproof/contracts';
import { createTestDatabase, startApp, startTestNats, type TestDatabase, type TestNats } from '@skillproof/testing';
import { GATEWAY } from '@skillproof/gateway';
import { CATALOG_SERVICE } from '../src/app.definition';
import { answerAsService } from './answer-as-service.util';

const PAGE_QUERY = `{ skill(slug: "machine-learning") {
  slug name category tier summary description whyItMatters difficulty timeToLearn salaryImpact
  salaryByRegion { region currency junior mid senior } careerPaths tools faq { question answer } subTopics
  relatedSkills { slug name } certifications { slug name issuer } updatedAt
  openChallenges { id title skills difficulty timeLimitMinutes kind companyId issuer { kind name } grantsPublicVerification publishedAt }
  openPositions { id title companyId companyName location remote salary { min max currency } skills { skill minScore } postedAt }
  partial } }`;

const challenge: ChallengeSummary = {
  id: '7f1f4a53-3a51-4d6c-9d55-1b1a1c1e0001',
  title: 'Predict churn from usage logs',
  skills: ['machine-learning'],
  difficulty: 'intermediate',
  timeLimitMinutes: 120,
  kind: 'rubric',
  companyId: null,
  issuer: { kind: 'platform', name: 'Skillproof' },
  grantsPublicVerification: true,
  publishedAt: '2026-01-05T10:00:00.000Z',
};

const position: JobSummary = {
  id: '7f1f4a53-3a51-4d6c-9d55-1b1a1c1e0002',
  title: 'ML Engineer',
  companyId: '7f1f4a53-3a51-4d6c-9d55-1b1a1c1e0003',
  companyName: 'Acme Analytics',
  location: 'Berlin',
  remote: true,
  salary: { min: 90_000, max: 120_000, currency: 'EUR' },
  skills: [{ skill: 'machine-learning', minScore: 70 }],
  postedAt: '2026-01-06T10:00:00.000Z',
};

describe('skill page through the gateway', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let catalog: NestFastifyApplication;
  let gateway: NestFastifyApplication;

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('catalog'), startTestNats()]);
    catalog = await startApp(CATALOG_SERVICE, { DATABASE_URL: database.url, NATS_URL: nats.url });
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
  });

  afterAll(async () => {
    await gateway?.close();
    await catalog?.close();
    await nats?.dispose();
    await database?.drop();
  });

  const restPage = async () => (await gateway.inject({ method: 'GET', url: '/v1/skills/machine-learning' })).json();
  const graphqlPage = async () =>
    (await gateway.inject({ method: 'POST', url: '/graphql', payload: { query: PAGE_QUERY } })).json();

  it('serves the seeded Machine Learning page in full over REST', async () => {
    const response = await gateway.inject({ method: 'GET', url: '/v1/skills/machine-learning' });
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ slug: 'machine-learning', name: 'Machine Learning', difficulty: 'advanced', tier: 1 });
    expect(page.salaryByRegion).toContainEqual({
      region: 'United Kingdom',
      currency: 'GBP',
      junior: 75_000,
      mid: 125_000,
      senior: 180_000,
    });
    expect(page.tools).toEqual(expect.arrayContaining(['PyTorch', 'XGBoost', 'SageMaker']));
    expect(page.faq.length).toBeGreaterThanOrEqual(7);
    expect(page.relatedSkills[0]).toEqual({ slug: 'python', name: 'Python' });
    expect(page.certifications).toContainEqual(expect.objectContaining({ slug: 'aws-ml-specialty' }));
  });

  it('still serves the page with empty lists, marked partial, when challenges and jobs are absent', async () => {
    const page = await restPage();
    expect(page.openChallenges).toEqual([]);
    expect(page.openPositions).toEqual([]);
    expect(page.partial).toEqual(['openChallenges', 'openPositions']);
  });

  it('gives exactly the same page over GraphQL as over REST', async () => {
    const [rest, graphql] = await Promise.all([restPage(), graphqlPage()]);
    expect(graphql.errors).toBeUndefined();
    expect(graphql.data.skill).toEqual(rest);
  });

  describe('with the challenges and jobs services answering', () => {
    const fakes: NatsConnection[] = [];
    afterEach(async () => {
      await Promise.all(fakes.splice(0).map((fake) => fake.close()));
    });

    it('fills open challenges and positions for the skill, the same in REST and GraphQL', async () => {
      const asked: Array<{ skill?: string }> = [];
      fakes.push(
        await answerAsService(nats.url, ChallengesRequests.listChallenges, (request) => {
          asked.push(request);
          return { items: [challenge], nextCursor: null };
        }),
        await answerAsService(nats.url, JobsRequests.listJobs, (request) => {
          asked.push(request);
          return { items: [position], nextCursor: null };
        }),
      );
      const rest = await restPage();
      expect(rest.openChallenges).toEqual([challenge]);
      expect(rest.openPositions).toEqual([position]);
      expect(rest.partial).toEqual([]);
      expect(asked.map((request) => request.skill)).toEqual(['machine-learning', 'machine-learning']);
      expect((await graphqlPage()).data.skill).toEqual(rest);
    });

    it('does not wait longer than the neighbour timeout for a slow service', async () => {
      fakes.push(
        await answerAsService(
          nats.url,
          ChallengesRequests.listChallenges,
          () => ({ items: [challenge], nextCursor: null }),
          3_000,
        ),
      );
      // A skill read for the first time: the lists of one read before are kept by the gateway.
      const started = Date.now();
      const page = (await gateway.inject({ method: 'GET', url: '/v1/skills/sql' })).json();
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(page.partial).toEqual(['openChallenges', 'openPositions']);
      expect(page.name).toBe('SQL');
    });
  });

  it('answers an unknown skill with a 404 problem', async () => {
    const response = await gateway.inject({ method: 'GET', url: '/v1/skills/underwater-basket-weaving' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'skill.not_found', title: 'Not found' });
  });

  it('refuses a malformed slug with a problem naming the field', async () => {
    const response = await gateway.inject({ method: 'GET', url: '/v1/skills/Not%20A%20Slug' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'slug' })]);
  });

  it('answers 503 at once, not a hang, when the catalog is down and nothing is cached', async () => {
    await catalog.close();
    const started = Date.now();
    const response = await gateway.inject({ method: 'GET', url: '/v1/skills/deep-learning' });
    expect(response.statusCode).toBe(503);
    expect(Date.now() - started).toBeLessThan(1_500);
    // The page read a moment ago is still served from the gateway's cache.
    expect((await gateway.inject({ method: 'GET', url: '/v1/skills/machine-learning' })).statusCode).toBe(200);
    catalog = await startApp(CATALOG_SERVICE, { DATABASE_URL: database.url, NATS_URL: nats.url });
    expect((await gateway.inject({ method: 'GET', url: '/v1/skills/deep-learning' })).statusCode).toBe(200);
  });
});
