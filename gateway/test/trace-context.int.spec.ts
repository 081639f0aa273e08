import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CatalogRequests } from '@skillproof/contracts';
import { traceIdOf } from '@skillproof/observability';
import {
  createTestDatabase,
  expectEventually,
  startApp,
  startTestNats,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { CATALOG_SERVICE } from '@skillproof/catalog';
import { GATEWAY } from '../src/app.definition';
import { watchTraceparents, type TraceparentWatch } from './watch-traceparents.util';

const CAREER = 'ml-engineer';
const CALLER_TRACE = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('trace context from the caller to the services, over REST and GraphQL', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let catalog: NestFastifyApplication;
  let gateway: NestFastifyApplication;
  let watch: TraceparentWatch;

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('gateway_trace_catalog'), startTestNats()]);
    catalog = await startApp(CATALOG_SERVICE, { DATABASE_URL: database.url, NATS_URL: nats.url });
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
    // Careers, not skill pages: the gateway caches skill pages, and a cached read never reaches the service.
    watch = await watchTraceparents(nats.url, CatalogRequests.getCareer.subject);
  });

  afterAll(async () => {
    await watch?.close();
    await gateway?.close();
    await catalog?.close();
    await nats?.dispose();
    await database?.drop();
  });

  async function sentFor(request: () => Promise<{ statusCode: number }>): Promise<string | undefined> {
    const before = watch.seen.length;
    expect((await request()).statusCode).toBe(200);
    return expectEventually(() => {
      expect(watch.seen).toHaveLength(before + 1);
      return watch.seen[before];
    });
  }

  const rest = (headers: Record<string, string> = {}) =>
    gateway.inject({ method: 'GET', url: `/v1/careers/${CAREER}`, headers });
  const graphql = (headers: Record<string, string> = {}) =>
    gateway.inject({
      method: 'POST',
      url: '/graphql',
      headers,
      payload: { query: `{ career(slug: "${CAREER}") { slug role } }` },
    });

  it.each([
    ['REST', rest],
    ['GraphQL', graphql],
  ])("continues the caller's trace with a span of the gateway's own (%s)", async (_transport, call) => {
    const sent = await sentFor(() => call({ traceparent: CALLER_TRACE }));
    expect(traceIdOf(sent)).toBe(traceIdOf(CALLER_TRACE));
    expect(sent).not.toBe(CALLER_TRACE);
  });

  it.each([
    ['REST', rest],
    ['GraphQL', graphql],
  ])('starts a trace when the caller sent none (%s)', async (_transport, call) => {
    const [first, second] = [await sentFor(() => call()), await sentFor(() => call())];
    expect(traceIdOf(first)).toEqual(expect.stringMatching(/^[0-9a-f]{32}$/));
    expect(traceIdOf(second)).not.toBe(traceIdOf(first));
  });
});
