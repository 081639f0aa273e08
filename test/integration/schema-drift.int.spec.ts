import { CATALOG_SERVICE } from '@skillproof/catalog';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import { GRADING_SERVICE } from '@skillproof/grading';
import { JOBS_SERVICE } from '@skillproof/jobs';
import { PROFILES_SERVICE } from '@skillproof/profiles';
import { createTestDatabase, schemaDrift } from '@skillproof/testing';

/** Each service's entities must describe exactly the schema its migrations build. */
const SERVICES = [CATALOG_SERVICE, PROFILES_SERVICE, JOBS_SERVICE, CHALLENGES_SERVICE, GRADING_SERVICE];

describe.each(SERVICES)('$name schema', ({ name, entities, migrations }) => {
  it('has migrations that match its entities', async () => {
    const database = await createTestDatabase(`drift_${name}`);
    try {
      expect(await schemaDrift(database.url, entities, migrations)).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
