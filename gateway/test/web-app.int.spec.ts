import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp, startTestNats, type TestNats } from '@skillproof/testing';
import { GATEWAY } from '../src/app.definition';

/** The gateway serves the built web app at `/` without taking over any of the API's paths. */
describe('the web app at /', () => {
  let nats: TestNats;
  let gateway: NestFastifyApplication;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Skillproof app</title>');
    writeFileSync(join(dist, 'assets', 'index-Ab12Cd.js'), 'console.log("app")');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    nats = await startTestNats();
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url, WEB_DIST_DIR: dist });
  });

  afterAll(async () => {
    await gateway?.close();
    await nats?.dispose();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string) => gateway.inject({ method: 'GET', url });

  it.each(['/', '/skills/machine-learning', '/challenges?skill=python', '/company/jobs/123'])(
    'answers the app page for %s, never cached and locked to its own origin',
    async (url) => {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('Skillproof app');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    },
  );

  it('serves hashed assets as immutable and other files revalidated', async () => {
    const asset = await get('/assets/index-Ab12Cd.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await get('/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/v1/no-such-thing', '/v1', '/docs/nothing', '/health/none', '/metrics/x', '/assets/gone-Zz99.js'])(
    'keeps %s a 404 problem',
    async (url) => {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 404, code: 'not_found' });
    },
  );

  it('leaves the API, the OpenAPI document and health where they were', async () => {
    expect((await get('/docs/json')).json()).toMatchObject({ info: { title: 'Skillproof API' } });
    expect((await get('/health/live')).json()).toEqual({ status: 'live' });
    const invalid = await get('/v1/skills?limit=0');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
  });

  it('answers other methods on app paths with a 404 problem', async () => {
    const response = await gateway.inject({ method: 'POST', url: '/skills/machine-learning', payload: {} });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('serves only the API when no app has been built', async () => {
    const apiOnly = await startApp(GATEWAY, { NATS_URL: nats.url, WEB_DIST_DIR: join(dist, 'missing') });
    try {
      const response = await apiOnly.inject({ method: 'GET', url: '/' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    } finally {
      await apiOnly.close();
    }
  });
});
