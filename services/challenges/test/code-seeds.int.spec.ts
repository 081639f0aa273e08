import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ChallengesRequests, CodeChallengeSpec, CodeRequests } from '@skillproof/contracts';
import {
  createTestDatabase,
  ServiceCaller,
  startApp,
  startTestNats,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { CATALOG_SERVICE } from '@skillproof/catalog';
import { GRADING_SERVICE } from '@skillproof/grading';
import { CHALLENGES_SERVICE } from '../src/app.definition';
import { DEMO_CODE_CHALLENGES } from '../src/seeds/code';

/** The demo code challenges, seeded as platform challenges and checked in grading's sandbox over NATS. */
describe('the seeded code challenges', () => {
  let databases: TestDatabase[];
  let nats: TestNats;
  let apps: NestFastifyApplication[];
  let caller: ServiceCaller;

  beforeAll(async () => {
    [databases, nats] = await Promise.all([
      Promise.all(['seeds_catalog', 'seeds_challenges', 'seeds_grading'].map(createTestDatabase)),
      startTestNats(),
    ]);
    const [catalogDb, challengesDb, gradingDb] = databases;
    apps = [
      await startApp(CATALOG_SERVICE, { DATABASE_URL: catalogDb.url, NATS_URL: nats.url }),
      await startApp(CHALLENGES_SERVICE, { DATABASE_URL: challengesDb.url, NATS_URL: nats.url }),
      await startApp(GRADING_SERVICE, { DATABASE_URL: gradingDb.url, NATS_URL: nats.url }),
    ];
    // A cold Python sandbox on a busy machine takes a while to start.
    caller = await ServiceCaller.connect(nats.url, 180_000);
  }, 180_000);

  afterAll(async () => {
    await caller?.close();
    for (const app of [...(apps ?? [])].reverse()) await app.close();
    await nats?.dispose();
    await Promise.all((databases ?? []).map((database) => database.drop()));
  });

  it('cover the languages issue 13 asks for, each spec valid, each with visible and hidden tests', () => {
    expect(DEMO_CODE_CHALLENGES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(DEMO_CODE_CHALLENGES.map((challenge) => challenge.spec.language))).toEqual(
      new Set(['python', 'typescript', 'javascript', 'sql']),
    );
    for (const challenge of DEMO_CODE_CHALLENGES) {
      const errors = validateSync(plainToInstance(CodeChallengeSpec, challenge.spec)).map(String);
      expect({ slug: challenge.slug, errors }).toEqual({ slug: challenge.slug, errors: [] });
      expect(challenge.spec.tests.some((test) => test.hidden)).toBe(true);
      expect(challenge.spec.tests.some((test) => !test.hidden)).toBe(true);
      expect(challenge.spec.tests.reduce((sum, test) => sum + test.weight, 0)).toBe(100);
    }
    // One shows the AI review of code: a rubric, and a split that gives it a weight.
    const reviewed = DEMO_CODE_CHALLENGES.filter((challenge) => challenge.review);
    expect(reviewed.map((challenge) => challenge.spec.scoring)).toEqual([{ tests: 80, review: 20 }]);
  });

  it('are published platform challenges whose hidden tests anonymous readers never get', async () => {
    const page = await caller.ok(ChallengesRequests.listChallenges, { limit: 100 });
    for (const demo of DEMO_CODE_CHALLENGES) {
      const summary = page.items.find((item) => item.title === demo.title);
      expect(summary).toMatchObject({ companyId: null, grantsPublicVerification: true });
      const view = await caller.ok(ChallengesRequests.getChallenge, { id: summary!.id });
      expect(view.kind).toBe('code');
      expect(view.code?.tests.map((test) => test.name)).toEqual(
        demo.spec.tests.filter((test) => !test.hidden).map((test) => test.name),
      );
      expect(view.code?.referenceSolution).toBeUndefined();
      expect(view.code?.scoring).toEqual(demo.spec.scoring ?? { tests: 100, review: 0 });
      expect(view.rubric.criteria).toEqual(demo.review?.criteria ?? []);
    }
  });

  it.each(DEMO_CODE_CHALLENGES.map((challenge) => [challenge.slug, challenge] as const))(
    '%s: the reference solution passes every test and the starter code passes none',
    async (_slug, challenge) => {
      const reference = await caller.ok(CodeRequests.dryRun, {
        spec: challenge.spec,
        source: challenge.referenceSolution,
      });
      const starter = await caller.ok(CodeRequests.dryRun, { spec: challenge.spec, source: challenge.starterCode });

      expect(reference.tests.filter((test) => test.status !== 'passed')).toEqual([]);
      expect(reference.score).toBe(100);
      expect(starter.score).toBeLessThan(50);
    },
    180_000,
  );
});
