import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp, startTestNats, type TestNats } from '@skillproof/testing';
import { GATEWAY } from '../src/app.definition';

const TOKEN = 'metrics-scraper-token-0123456789';

/** The gateway's `/metrics` is public unless the operator gives it a token. */
describe('access to the gateway metrics', () => {
  let nats: TestNats;
  let gateway: NestFastifyApplication;

  beforeAll(async () => {
    nats = await startTestNats();
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url, METRICS_TOKEN: TOKEN });
  });

  afterAll(async () => {
    await gateway?.close();
    await nats?.dispose();
  });

  it('refuses /metrics without the configured token, with a 401 problem', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-token-of-some-length' }]) {
      const refused = await gateway.inject({ method: 'GET', url: '/metrics', headers });
      expect(refused.statusCode).toBe(401);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).not.toContain('skillproof_request_duration_seconds');
    }
  });

  it('answers /metrics to the token, and leaves the rest of the API as it was', async () => {
    const scraped = await gateway.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(scraped.statusCode).toBe(200);
    expect(scraped.body).toContain('process_cpu_user_seconds_total');
    expect((await gateway.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
  });
});
