import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp, startTestNats, type TestNats } from '@skillproof/testing';
import { GATEWAY } from '../src/app.definition';

/** The limit counts per client address and per route (or GraphQL field), as @nestjs/throttler keys it. */
describe('rate limiting at the gateway', () => {
  let nats: TestNats;
  let gateway: NestFastifyApplication;

  beforeAll(async () => {
    nats = await startTestNats();
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url, RATE_LIMIT_PER_MINUTE: '5' });
  });

  afterAll(async () => {
    await gateway?.close();
    await nats?.dispose();
  });

  it('answers an address over its limit with a 429 problem and says when to come back', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 6; request += 1) {
      statuses.push((await gateway.inject({ method: 'GET', url: '/v1/skills/machine-learning' })).statusCode);
    }
    expect(statuses.slice(0, 5).every((status) => status !== 429)).toBe(true);
    const limited = await gateway.inject({ method: 'GET', url: '/v1/skills/machine-learning' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, code: 'rate_limited' });
  });

  it('limits GraphQL fields the same way, as errors with the same code', async () => {
    const ask = () =>
      gateway.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: '{ skill(slug: "machine-learning") { name } }' },
      });
    for (let request = 0; request < 5; request += 1) await ask();
    const limited = await ask();
    expect(limited.json().errors[0].extensions).toMatchObject({ code: 'rate_limited', status: 429 });
  });
});
