import { createTestDatabase, schemaDrift } from '@skillproof/testing';
import { CATALOG_ENTITIES } from '../../services/catalog/src/entities';
import { CATALOG_MIGRATIONS } from '../../services/catalog/src/migrations';
import { CHALLENGES_ENTITIES } from '../../services/challenges/src/entities';
import { CHALLENGES_MIGRATIONS } from '../../services/challenges/src/migrations';
import { GRADING_ENTITIES } from '../../services/grading/src/entities';
import { GRADING_MIGRATIONS } from '../../services/grading/src/migrations';
import { JOBS_ENTITIES } from '../../services/jobs/src/entities';
import { JOBS_MIGRATIONS } from '../../services/jobs/src/migrations';
import { PROFILES_ENTITIES } from '../../services/profiles/src/entities';
import { PROFILES_MIGRATIONS } from '../../services/profiles/src/migrations';

/** Each service's entities must describe exactly the schema its migrations build. */
const SERVICES = [
  { name: 'catalog', entities: CATALOG_ENTITIES, migrations: CATALOG_MIGRATIONS },
  { name: 'profiles', entities: PROFILES_ENTITIES, migrations: PROFILES_MIGRATIONS },
  { name: 'jobs', entities: JOBS_ENTITIES, migrations: JOBS_MIGRATIONS },
  { name: 'challenges', entities: CHALLENGES_ENTITIES, migrations: CHALLENGES_MIGRATIONS },
  { name: 'grading', entities: GRADING_ENTITIES, migrations: GRADING_MIGRATIONS },
];

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
