import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import {
  ChallengesRequests,
  ProfilesRequests,
  type ChallengeCreateRequest,
  type CodeChallengeInput,
  type Principal,
  type SubmissionView,
} from '@skillproof/contracts';
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
import { PROFILES_SERVICE } from '@skillproof/profiles';
import { CHALLENGES_SERVICE } from '../src/app.definition';
import { gradeSubmission } from './grade-submission.util';

/** Values only the hidden test holds: none may reach a candidate. */
const HIDDEN_ARGS = [400_017, 24_229];
const HIDDEN_EXPECTED = 424_246;
const REFERENCE = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';

const codeOf = (overrides: Partial<CodeChallengeInput> = {}): CodeChallengeInput => ({
  language: 'typescript',
  entrypoint: 'add',
  starterCode: 'export function add(a: number, b: number): number {\n  return 0;\n}\n',
  referenceSolution: REFERENCE,
  tests: [
    { name: 'small numbers', args: [2, 3], expected: 5, weight: 40, hidden: false },
    { name: 'large numbers', args: HIDDEN_ARGS, expected: HIDDEN_EXPECTED, weight: 60, hidden: true },
  ],
  ...overrides,
});

const challengeFor = (principal: Principal, code: CodeChallengeInput = codeOf()): ChallengeCreateRequest => ({
  principal,
  title: 'Add two numbers',
  brief: 'Write add(a, b) that returns the sum of two numbers, however large they are.',
  skills: ['typescript'],
  difficulty: 'beginner',
  timeLimitMinutes: 20,
  kind: 'code',
  code,
});

const leaksHidden = (value: unknown): boolean => {
  const text = JSON.stringify(value);
  return [...HIDDEN_ARGS, HIDDEN_EXPECTED].some((hidden) => text.includes(String(hidden))) || text.includes(REFERENCE);
};

/**
 * Authoring and publishing code challenges (API.md, Code challenges), over NATS with the catalogue,
 * profiles and grading (whose sandbox dry-runs the reference solution) running.
 */
describe('code challenges: authoring, the reference dry run, and what each reader sees', () => {
  let databases: TestDatabase[];
  let nats: TestNats;
  let apps: NestFastifyApplication[];
  let caller: ServiceCaller;
  let acme: Principal;
  const candidate: Principal = { userId: randomUUID(), role: 'candidate', via: 'token' };

  beforeAll(async () => {
    [databases, nats] = await Promise.all([
      Promise.all(['code_catalog', 'code_profiles', 'code_challenges', 'code_grading'].map(createTestDatabase)),
      startTestNats(),
    ]);
    const [catalogDb, profilesDb, challengesDb, gradingDb] = databases;
    apps = [
      await startApp(CATALOG_SERVICE, { DATABASE_URL: catalogDb.url, NATS_URL: nats.url }),
      await startApp(PROFILES_SERVICE, { DATABASE_URL: profilesDb.url, NATS_URL: nats.url }),
      await startApp(CHALLENGES_SERVICE, { DATABASE_URL: challengesDb.url, NATS_URL: nats.url }),
      await startApp(GRADING_SERVICE, { DATABASE_URL: gradingDb.url, NATS_URL: nats.url }),
    ];
    // Publishing waits for a sandbox worker, which a busy machine may take long to start.
    caller = await ServiceCaller.connect(nats.url, 120_000);
    const company = await caller.ok(ProfilesRequests.register, {
      email: `acme-${randomUUID()}@example.com`,
      password: 'correct horse battery',
      name: 'Ann Acme',
      role: 'company',
      companyName: 'Acme Analytics',
    });
    acme = { userId: company.user.id, role: 'company', companyId: company.user.companyId!, via: 'token' };
  }, 180_000);

  afterAll(async () => {
    await caller?.close();
    for (const app of [...(apps ?? [])].reverse()) await app.close();
    await nats?.dispose();
    await Promise.all((databases ?? []).map((database) => database.drop()));
  });

  it('refuses tests whose weights do not add up to 100 (422) and a code challenge without code (400)', async () => {
    const weights = await caller.problem(
      ChallengesRequests.createChallenge,
      challengeFor(acme, codeOf({ tests: [{ name: 'one', args: [1, 2], expected: 3, weight: 50, hidden: false }] })),
    );
    expect(weights).toMatchObject({ status: 422, code: 'code.weights_total' });

    const missing = await caller.problem(ChallengesRequests.createChallenge, {
      ...challengeFor(acme),
      code: undefined,
    });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing)).toContain('code');
  });

  it('refuses a rubric on a code challenge whose scoring gives no weight to the AI review (422)', async () => {
    const draft = await caller.ok(ChallengesRequests.createChallenge, challengeFor(acme));
    const rubric = {
      criteria: [{ key: 'readability', description: 'Names and layout make the code easy to follow.', weight: 100 }],
    };
    const created = await caller.problem(ChallengesRequests.createChallenge, { ...challengeFor(acme), rubric });
    expect(created).toMatchObject({ status: 422, code: 'code.rubric_without_review' });
    const updated = await caller.problem(ChallengesRequests.updateChallenge, { id: draft.id, principal: acme, rubric });
    expect(updated).toMatchObject({ status: 422, code: 'code.rubric_without_review' });
  });

  it('will not publish a challenge whose reference solution fails its own tests, and names the failing ones', async () => {
    const draft = await caller.ok(
      ChallengesRequests.createChallenge,
      challengeFor(acme, codeOf({ referenceSolution: 'export function add(a: number, b: number) { return 5; }' })),
    );
    const refused = await caller.problem(ChallengesRequests.publishChallenge, { id: draft.id, principal: acme });
    expect(refused).toMatchObject({ status: 422, code: 'code.reference_fails' });
    expect(refused.detail).toContain('"large numbers"');
    expect(refused.detail).not.toContain('"small numbers"');
    const still = await caller.ok(ChallengesRequests.getChallenge, { id: draft.id, principal: acme });
    expect(still.status).toBe('draft');
  });

  it('publishes a passing challenge; the owner sees everything, candidates and anonymous readers no hidden test', async () => {
    const draft = await caller.ok(ChallengesRequests.createChallenge, challengeFor(acme));
    expect(draft.kind).toBe('code');
    const published = await caller.ok(ChallengesRequests.publishChallenge, { id: draft.id, principal: acme });
    expect(published.status).toBe('published');

    const owners = await caller.ok(ChallengesRequests.getChallenge, { id: draft.id, principal: acme });
    expect(owners.code).toMatchObject({ referenceSolution: REFERENCE, hiddenTestCount: 1 });
    expect(owners.code?.tests.map((test) => test.name)).toEqual(['small numbers', 'large numbers']);

    for (const principal of [candidate, undefined]) {
      const view = await caller.ok(ChallengesRequests.getChallenge, { id: draft.id, principal });
      expect(view.code).toEqual({
        language: 'typescript',
        entrypoint: 'add',
        starterCode: codeOf().starterCode,
        tests: [{ name: 'small numbers', args: [2, 3], expected: 5, weight: 40, hidden: false }],
        hiddenTestCount: 1,
        timeLimitMs: 2_000,
        memoryLimitMb: 128,
        scoring: { tests: 100, review: 0 },
      });
      expect(leaksHidden(view)).toBe(false);
    }
  });

  it('grades a submission in the sandbox: weighted tests, tested, and no hidden value in what the candidate reads', async () => {
    const draft = await caller.ok(ChallengesRequests.createChallenge, challengeFor(acme));
    const challenge = await caller.ok(ChallengesRequests.publishChallenge, { id: draft.id, principal: acme });
    const gradedWith = (person: Principal, content: string): Promise<SubmissionView> =>
      gradeSubmission(caller, challenge.id, person, content);

    const correct = await gradedWith(candidate, REFERENCE);
    expect(correct).toMatchObject({ score: 100, verification: 'tested', grader: 'sandbox' });

    // Right only for small numbers: the visible test passes, the hidden one fails, and the candidate
    // learns that it failed but not what it expected or got.
    const partly = await gradedWith(
      { userId: randomUUID(), role: 'candidate', via: 'token' },
      'export function add(a: number, b: number): number {\n  return a < 100 ? a + b : 0;\n}\n',
    );
    expect(partly.score).toBe(40);
    expect(partly.tests).toEqual([
      expect.objectContaining({ name: 'small numbers', hidden: false, status: 'passed', expected: 5, actual: 5 }),
      { name: 'large numbers', hidden: true, weight: 60, status: 'failed', timeMs: expect.any(Number) },
    ]);
    expect(leaksHidden(partly)).toBe(false);
  }, 180_000);

  it('grades on the tests alone when no model is configured, and the grade says so instead of dropping the review', async () => {
    const reviewed = {
      ...challengeFor(acme, codeOf({ scoring: { tests: 70, review: 30 } })),
      rubric: {
        criteria: [{ key: 'readability', description: 'Names and layout make the code easy to follow.', weight: 100 }],
      },
    };
    const draft = await caller.ok(ChallengesRequests.createChallenge, reviewed);
    const challenge = await caller.ok(ChallengesRequests.publishChallenge, { id: draft.id, principal: acme });
    expect(challenge.code?.scoring).toEqual({ tests: 70, review: 30 });
    const graded = await gradeSubmission(
      caller,
      challenge.id,
      candidate,
      'export function add(a: number, b: number): number {\n  return a < 100 ? a + b : 0;\n}\n',
    );

    expect(graded).toMatchObject({
      score: 40,
      verification: 'tested',
      model: null,
      criteria: [],
      scoring: {
        stated: { tests: 70, review: 30 },
        applied: { tests: 100, review: 0 },
        testsScore: 40,
        reviewScore: null,
      },
      aiReview: { outcome: 'no_model', score: null, model: null, reason: 'no AI reviewer is configured' },
    });
    expect(graded.scoring?.note).toBe(
      "Tests only: 40. No AI reviewer is configured, so the tests count 100% instead of the stated 70%, and the AI review's 30% was not applied",
    );
  }, 180_000);
});
