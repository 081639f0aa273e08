import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { startSystem, type RunningSystem } from '../e2e/start-system.util';
import { COSTLY_DOCUMENTS, graphqlDocuments, INTROSPECTION_QUERY, type RootFields } from './graphql-fuzzer';
import { HOSTILE_JSON } from './hostile-values';
import { fuzzTargets, type FuzzRequest, type OpenApiDocument } from './openapi-fuzzer';

const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 60);
const REQUEST_TIMEOUT_MS = 5_000;

async function send(baseUrl: string, request: FuzzRequest): Promise<Response> {
  return fetch(`${baseUrl}${request.url}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
}

/**
 * Declares a body of `bytes` bytes and sends only the headers: the gateway must refuse on the declared
 * length alone, before reading anything. (Writing the body too would race the gateway's close, and a
 * reset connection can lose the answer, which made this test hang on a busy machine.)
 */
function sendOversized(url: string, method: string, bytes: number): Promise<{ status: number; type: string }> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': String(bytes) };
    const request = httpRequest(url, { method, headers }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']) });
      request.destroy();
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () =>
      request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)),
    );
    request.on('error', reject);
    request.on('close', () => reject(new Error(`${method} ${url}: the connection closed without an answer`)));
    request.flushHeaders();
  });
}

async function register(baseUrl: string, role: 'candidate' | 'company'): Promise<string> {
  const response = await fetch(`${baseUrl}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `fuzz-${role}-${Date.now()}@example.com`,
      password: 'correct horse battery staple',
      name: `Fuzz ${role}`,
      role,
      ...(role === 'company' ? { companyName: 'Fuzz Ltd' } : {}),
    }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/**
 * Hostile input against every documented REST operation and every GraphQL root field, as anonymous,
 * with broken credentials and as real users. The answer must be a success or a 4xx problem: never a
 * 5xx, never a hang, never a process that falls over.
 */
describe('fuzzing the public API', () => {
  let system: RunningSystem;
  let auth: fc.Arbitrary<Record<string, string>>;

  beforeAll(async () => {
    system = await startSystem({
      RATE_LIMIT_PER_MINUTE: '1000000',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false',
      GRAPHQL_INTROSPECTION: 'true',
    });
    const [candidate, company] = await Promise.all([
      register(system.baseUrl, 'candidate'),
      register(system.baseUrl, 'company'),
    ]);
    auth = fc.constantFrom<Record<string, string>>(
      {},
      { authorization: 'Bearer not-a-token' },
      { authorization: `Bearer ${candidate}` },
      { authorization: `Bearer ${company}` },
      { 'x-api-key': "' OR 1=1 --" },
    );
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('answers hostile REST input with a success or a 4xx problem', async () => {
    const document = (await (await fetch(`${system.baseUrl}/docs/json`)).json()) as OpenApiDocument;
    const tried: Record<string, number> = {};
    for (const target of fuzzTargets(document, auth)) {
      const name = `${target.method} ${target.path}`;
      await fc.assert(
        fc.asyncProperty(target.requests, async (request) => {
          tried[name] = (tried[name] ?? 0) + 1;
          const response = await send(system.baseUrl, request);
          const body = await response.text();
          if (response.status >= 500) throw new Error(`${request.method} ${request.url} → ${response.status}: ${body}`);
          if (response.status >= 400)
            expect(response.headers.get('content-type')).toContain('application/problem+json');
        }),
        { numRuns: RUNS_PER_OPERATION },
      );
    }
    console.log(
      `REST inputs tried per operation:\n${Object.entries(tried)
        .map(([name, count]) => `  ${String(count).padStart(4)}  ${name}`)
        .join('\n')}`,
    );
    expect(Object.keys(tried).length).toBeGreaterThan(20);
    expect((await fetch(`${system.baseUrl}/health/ready`)).status).toBe(200);
  }, 600_000);

  it('refuses a body over the size limit with 413, for every operation that takes one', async () => {
    const document = (await (await fetch(`${system.baseUrl}/docs/json`)).json()) as OpenApiDocument;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations).filter((verb) => ['post', 'patch', 'put'].includes(verb))) {
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await sendOversized(`${system.baseUrl}${url}`, method.toUpperCase(), 2 * 1_048_576);
        expect({ route: `${method} ${path}`, status: response.status }).toEqual({
          route: `${method} ${path}`,
          status: 413,
        });
      }
    }
  }, 120_000);

  it('answers a URL or headers too large for the HTTP parser with a problem', async () => {
    const longQuery = await sendOversized(`${system.baseUrl}/v1/skills?q=${'a'.repeat(20_000)}`, 'GET', 0);
    expect(longQuery).toEqual({ status: 431, type: 'application/problem+json' });
  });

  it('answers hostile GraphQL documents without a server error', async () => {
    const introspection = await fetch(`${system.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INTROSPECTION_QUERY }),
    });
    const schema = (
      (await introspection.json()) as { data: { __schema: Record<string, { fields: RootFields['query'] } | null> } }
    ).data.__schema;
    const fields: RootFields = { query: schema.queryType?.fields ?? [], mutation: schema.mutationType?.fields ?? [] };
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(graphqlDocuments(fields), auth, async (query, headers) => {
        tried += 1;
        const response = await fetch(`${system.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const body = await response.text();
        if (response.status >= 500) throw new Error(`${query} → ${response.status}: ${body}`);
        const statuses = [...body.matchAll(/"status":(\d{3})/g)].map((match) => Number(match[1]));
        if (statuses.some((status) => status >= 500)) throw new Error(`${query} → error with status ≥ 500: ${body}`);
      }),
      { numRuns: RUNS_PER_OPERATION * (fields.query.length + fields.mutation.length) },
    );
    console.log(
      `GraphQL documents tried: ${tried} over ${fields.query.length} queries and ${fields.mutation.length} mutations`,
    );
    expect((await fetch(`${system.baseUrl}/health/ready`)).status).toBe(200);
  }, 600_000);

  it.each(Object.entries(COSTLY_DOCUMENTS))(
    'refuses a GraphQL document built to be expensive: %s',
    async (_name, query) => {
      const response = await fetch(`${system.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      expect(response.status).toBe(400);
      const { errors } = (await response.json()) as { errors: Array<{ extensions?: { code?: string } }> };
      expect(errors.map((error) => error.extensions?.code)).toEqual([expect.stringMatching(/^graphql\./)]);
    },
  );

  it('never answers deeply nested JSON or lone surrogates with a server error, on any write', async () => {
    const document = (await (await fetch(`${system.baseUrl}/docs/json`)).json()) as OpenApiDocument;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations).filter((verb) => ['post', 'patch', 'put'].includes(verb))) {
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        for (const body of HOSTILE_JSON) {
          const response = await send(system.baseUrl, {
            method: method.toUpperCase(),
            url,
            headers: { 'content-type': 'application/json' },
            body,
          });
          const outcome = response.status < 500 ? 'below 500' : `${response.status}: ${await response.text()}`;
          expect({ route: `${method} ${path}`, outcome }).toEqual({ route: `${method} ${path}`, outcome: 'below 500' });
        }
      }
    }
  }, 120_000);
});
