import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const GENERATOR = join(__dirname, '..', '..', 'web', 'scripts', 'generate-api-schema.js');
const run = promisify(execFile);

/**
 * The web app's API types are generated from the committed OpenAPI document; like the document
 * itself they must not drift from the code (`npm run contracts:update` rewrites both).
 */
describe('the web app API client', () => {
  it('is generated from the current gateway/openapi.json', async () => {
    await expect(run(process.execPath, [GENERATOR, '--check'])).resolves.toMatchObject({ stderr: '' });
  });
});
