import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { expectEventually } from '@skillproof/testing';
import { startSystem, type RunningSystem } from './start-system.util';

const GATEWAY = join(__dirname, '..', '..', 'gateway');
const PROCESSES = ['catalog', 'challenges', 'grading', 'profiles', 'jobs', 'gateway'];

/**
 * `npm start`, the image and the manifests run the minified bundles `npm run build` makes
 * (scripts/bundle.js); the integration tests start the sources instead. A bundle that lost decorator
 * metadata, a class name or a file it reads beside itself still starts, then answers wrongly: here
 * the whole system runs from the bundles and what the public sees is held to the committed contract.
 */
describe('the bundled build', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem({ GRAPHQL_INTROSPECTION: 'true' });
  }, 150_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('serves a skill page that three services compose', async () => {
    const response = await fetch(`${system.baseUrl}/v1/skills/machine-learning`);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      slug: 'machine-learning',
      openChallenges: expect.any(Object),
      openPositions: expect.any(Object),
    });
  });

  it('refuses invalid input with the problem the sources give', async () => {
    const response = await fetch(`${system.baseUrl}/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'not an address', password: 'long enough secret', name: 'Ada', role: 'candidate' }),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'email' }] });
  });

  it('documents the API exactly as gateway/openapi.json does', async () => {
    const response = await fetch(`${system.baseUrl}/docs/json`);

    expect(await response.json()).toEqual(JSON.parse(readFileSync(join(GATEWAY, 'openapi.json'), 'utf8')));
  });

  it('serves the API reference page with its assets', async () => {
    const page = await fetch(`${system.baseUrl}/docs`);
    const script = await fetch(`${system.baseUrl}/docs/swagger-ui-bundle.js`);

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger-ui-bundle.js');
    expect(script.status).toBe(200);
  });

  it('has the GraphQL schema of gateway/schema.graphql', async () => {
    const response = await fetch(`${system.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const { data } = (await response.json()) as { data: IntrospectionQuery };

    expect(`${printSchema(buildClientSchema(data))}\n`).toEqual(readFileSync(join(GATEWAY, 'schema.graphql'), 'utf8'));
  });

  it("gives back what start-up left in every process once it goes quiet, malloc's free pages too", async () => {
    // runApp's IdleCollector calls gc(), which --expose-gc gives: npm start, the image and the manifests pass it.
    const collections = await expectEventually(() => {
      const found = PROCESSES.map((name) => {
        const line = system.logs.find((entry) => entry.startsWith(`${name} `) && entry.includes('"IdleCollector"'));
        const [, before, after] = /idle: resident (\d+) -> (\d+) MiB/.exec(line ?? '') ?? [];
        return { name, before: Number(before), after: Number(after), mallocKept: line?.includes('no malloc_trim') };
      });
      expect(found.filter(({ before }) => !before)).toEqual([]);
      return found;
    }, 60_000);

    for (const { before, after } of collections) expect(after).toBeLessThan(before);
    // malloc_trim was called: the bundles find koffi, which they leave to node_modules, on glibc.
    expect(collections.filter(({ mallocKept }) => mallocKept)).toEqual([]);
  }, 70_000);
});
