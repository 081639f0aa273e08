/**
 * Writes the web app's API types from the committed OpenAPI document, so the client can only call
 * what the gateway documents. `--check` prints nothing and fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const DOCUMENT = new URL('../../gateway/openapi.json', import.meta.url);
const OUTPUT = new URL('../src/api/schema.d.ts', import.meta.url);
const HEADER = '// Generated from gateway/openapi.json by `npm run contracts:update`; do not edit.\n\n';

const generated = HEADER + astToString(await openapiTS(DOCUMENT));

if (process.argv.includes('--check')) {
  if (readFileSync(OUTPUT, 'utf8') !== generated) {
    console.error('web/src/api/schema.d.ts is out of date: run `npm run contracts:update`');
    process.exit(1);
  }
} else {
  writeFileSync(OUTPUT, generated);
}
