import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp, startTestNats, type TestNats } from '@skillproof/testing';
import { GATEWAY } from '../src/app.definition';

interface GraphQLAnswer {
  statusCode: number;
  codes: string[];
}

/**
 * Documents built to be expensive are refused before anything runs, with a coded error; the rate
 * limiter counts an operation once. No service is started: a document that got past the limits
 * would be answered with `upstream.unavailable`, which these tests tell apart from a refusal.
 */
describe('GraphQL operation limits at the gateway', () => {
  let nats: TestNats;
  let gateway: NestFastifyApplication;

  const ask = async (query: string, app = gateway): Promise<GraphQLAnswer> => {
    const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query } });
    const errors = (response.json() as { errors?: Array<{ extensions?: { code?: string } }> }).errors ?? [];
    return { statusCode: response.statusCode, codes: errors.map((error) => String(error.extensions?.code)) };
  };

  beforeAll(async () => {
    nats = await startTestNats();
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url, RATE_LIMIT_PER_MINUTE: '5' });
  });

  afterAll(async () => {
    await gateway?.close();
    await nats?.dispose();
  });

  it('refuses 550 aliases of a 100-item list before calling any service', async () => {
    const fields = Array.from({ length: 550 }, (_, index) => `c${index}: careers(limit: 100) { items { slug } }`);
    const answer = await ask(`{ ${fields.join(' ')} }`);
    expect(answer).toEqual({ statusCode: 400, codes: ['graphql.too_many_aliases'] });
  });

  it('refuses a few aliases that together ask for too many items', async () => {
    const fields = Array.from(
      { length: 10 },
      (_, index) => `c${index}: careers(limit: 100) { items { slug role summary salaryRanges { level min max } } }`,
    );
    const answer = await ask(`{ ${fields.join(' ')} }`);
    expect(answer).toEqual({ statusCode: 400, codes: ['graphql.too_costly'] });
  });

  it('refuses many mutations in one operation', async () => {
    const registrations = Array.from(
      { length: 20 },
      (_, index) =>
        `r${index}: register(input: { email: "bulk${index}@example.com", password: "correct horse battery", name: "Bulk", role: "candidate" }) { accessToken }`,
    );
    const answer = await ask(`mutation { ${registrations.join(' ')} }`);
    expect(answer).toEqual({ statusCode: 400, codes: ['graphql.too_many_mutations'] });
  });

  it('refuses fragments that multiply each other, quickly and without running them', async () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1
        ? `fragment F${level} on CareerList { items { slug } }`
        : `fragment F${level} on CareerList { ...F${level + 1} ...F${level + 1} items { ... on CareerSummary { slug } } }`,
    );
    const answer = await ask(`{ careers(limit: 100) { ...F0 } } ${fragments.join(' ')}`);
    expect(answer).toEqual({ statusCode: 400, codes: ['graphql.too_costly'] });
  });

  it('answers introspection and deeper documents only as configured', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    expect(await ask(introspection)).toEqual({ statusCode: 400, codes: ['graphql.introspection_disabled'] });
    const nested = '{ careers { items { salaryRanges { level } } } }';
    expect((await ask(nested)).codes).not.toContain('graphql.too_deep');

    const configured = await startApp(GATEWAY, {
      NATS_URL: nats.url,
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHQL_MAX_DEPTH: '2',
    });
    try {
      const open = await configured.inject({ method: 'POST', url: '/graphql', payload: { query: introspection } });
      expect(open.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect(await ask(nested, configured)).toEqual({ statusCode: 400, codes: ['graphql.too_deep'] });
    } finally {
      await configured.close();
    }
  });

  it('counts one operation as one request, however many fields it has', async () => {
    const fields = Array.from({ length: 8 }, (_, index) => `s${index}: skill(slug: "machine-learning") { name }`);
    const many = await ask(`{ ${fields.join(' ')} }`);
    expect(many.codes).not.toContain('rate_limited');
    const single = '{ skill(slug: "machine-learning") { name } }';
    for (let request = 0; request < 4; request += 1) expect((await ask(single)).codes).not.toContain('rate_limited');
    expect((await ask(single)).codes).toContain('rate_limited');
  });
});
