import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, startTestNats, type TestDatabase, type TestNats } from '@skillproof/testing';
import { startGateway } from '../../../gateway/test/start-gateway.util';
import { startCatalog } from './start-catalog.util';

describe('skill page through the gateway', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let catalog: NestFastifyApplication;
  let gateway: NestFastifyApplication;

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('catalog'), startTestNats()]);
    catalog = await startCatalog({ DATABASE_URL: database.url, NATS_URL: nats.url });
    gateway = await startGateway({ NATS_URL: nats.url });
  });

  afterAll(async () => {
    await gateway?.close();
    await catalog?.close();
    await nats?.dispose();
    await database?.drop();
  });

  it('serves the seeded Machine Learning page over REST', async () => {
    const response = await gateway.inject({ method: 'GET', url: '/v1/skills/machine-learning' });
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ slug: 'machine-learning', name: 'Machine Learning', difficulty: 'advanced' });
    expect(page.salaryByRegion[0]).toEqual(expect.objectContaining({ currency: 'USD' }));
    expect(page.tools).toContain('PyTorch');
  });

  it('gives the same page over GraphQL', async () => {
    const rest = (await gateway.inject({ method: 'GET', url: '/v1/skills/machine-learning' })).json();
    const graphql = await gateway.inject({
      method: 'POST',
      url: '/graphql',
      payload: {
        query: '{ skill(slug: "machine-learning") { slug name summary tools salaryByRegion { region junior } } }',
      },
    });
    const skill = graphql.json().data.skill;
    expect(skill).toEqual({
      slug: rest.slug,
      name: rest.name,
      summary: rest.summary,
      tools: rest.tools,
      salaryByRegion: rest.salaryByRegion.map(({ region, junior }: { region: string; junior: number }) => ({
        region,
        junior,
      })),
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

  it('answers 503 at once, not a hang, when the catalog is down', async () => {
    await catalog.close();
    const started = Date.now();
    const response = await gateway.inject({ method: 'GET', url: '/v1/skills/machine-learning' });
    expect(response.statusCode).toBe(503);
    expect(Date.now() - started).toBeLessThan(1_500);
    catalog = await startCatalog({ DATABASE_URL: database.url, NATS_URL: nats.url });
    expect((await gateway.inject({ method: 'GET', url: '/v1/skills/machine-learning' })).statusCode).toBe(200);
  });
});
