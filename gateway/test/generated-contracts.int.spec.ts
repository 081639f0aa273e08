import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startApp, startTestNats, type TestNats } from '@skillproof/testing';
import { GATEWAY } from '../src/app.definition';

const OPENAPI_FILE = join(__dirname, '..', 'openapi.json');
const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');
const UPDATE = process.env.UPDATE_CONTRACTS === '1';

/**
 * The public contract lives in the repository as files a reviewer can read in a diff. This fails
 * when the code and those files disagree; `npm run contracts:update` rewrites them from the code.
 */
describe('generated public contract', () => {
  let nats: TestNats;
  let gateway: NestFastifyApplication;

  beforeAll(async () => {
    nats = await startTestNats();
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
  });

  afterAll(async () => {
    await gateway?.close();
    await nats?.dispose();
  });

  const compare = (file: string, generated: string): void => {
    if (UPDATE) writeFileSync(file, generated);
    expect(generated).toEqual(readFileSync(file, 'utf8'));
  };

  it('matches gateway/openapi.json', async () => {
    const document = (await gateway.inject({ method: 'GET', url: '/docs/json' })).json();
    compare(OPENAPI_FILE, `${JSON.stringify(document, null, 2)}\n`);
  });

  it('matches gateway/schema.graphql', () => {
    compare(SCHEMA_FILE, `${printSchema(gateway.get(GraphQLSchemaHost).schema)}\n`);
  });
});
