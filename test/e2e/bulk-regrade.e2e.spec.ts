import { expectEventually } from '@skillproof/testing';
import { startSystem, type RunningSystem } from './start-system.util';

/** Response bodies are checked by the assertions, not the compiler. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

interface Caller {
  headers: Record<string, string>;
}

const PASSWORD = 'e2e regrade password 42';
const GRADING_MS = 60_000;
const RUBRIC = {
  criteria: [
    { key: 'metric', description: 'Chooses a metric that survives class imbalance.', weight: 70 },
    { key: 'validation', description: 'Validates on data from after the training period.', weight: 30 },
  ],
};
const STRICTER_RUBRIC = {
  criteria: [
    { key: 'metric', description: 'Chooses a metric that survives class imbalance.', weight: 50 },
    { key: 'cost', description: 'Says what a missed churner costs against a wasted offer.', weight: 50 },
  ],
};

/**
 * A company changes the rubric of its challenge and re-grades the past submissions through the
 * gateway, against the whole system started as `npm start` starts it (offline: the heuristic grader).
 */
describe('re-grading past submissions after a rubric change', () => {
  let system: RunningSystem;

  const call = async (method: string, path: string, caller?: Caller, body?: unknown) => {
    const response = await fetch(`${system.baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(caller?.headers ?? {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : undefined) as Body };
  };
  const register = async (role: 'candidate' | 'company', name: string): Promise<Caller> => {
    const { status, json } = await call('POST', '/v1/auth/register', undefined, {
      email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}.${Math.random()}@example.com`,
      password: PASSWORD,
      name,
      role,
      ...(role === 'company' ? { companyName: name } : {}),
    });
    expect(status).toBe(201);
    return { headers: { authorization: `Bearer ${json.accessToken}` } };
  };
  const graded = async (challengeId: string, candidate: Caller, content: string): Promise<Body> => {
    const attempt = await call('POST', `/v1/challenges/${challengeId}/attempts`, candidate);
    const submitted = await call('POST', `/v1/attempts/${attempt.json.id}/submission`, candidate, { content });
    expect(submitted.status).toBe(202);
    return expectEventually(async () => {
      const { json } = await call('GET', `/v1/submissions/${submitted.json.submissionId}`, candidate);
      expect(json.status).toBe('graded');
      return json;
    }, GRADING_MS);
  };

  beforeAll(async () => {
    system = await startSystem();
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('starts a re-grade the owner asked for, shows its progress to done, and keeps both grades', async () => {
    const [owner, rival, ann, bob] = await Promise.all([
      register('company', 'Tide Analytics'),
      register('company', 'Undertow Labs'),
      register('candidate', 'Ann Candidate'),
      register('candidate', 'Bob Candidate'),
    ]);
    const created = await call('POST', '/v1/challenges', owner, {
      title: 'Evaluate a churn model',
      brief: 'Churn is 4 % a month. Say how you would evaluate a model that predicts it, and why.',
      skills: ['machine-learning'],
      difficulty: 'intermediate',
      timeLimitMinutes: 60,
      rubric: RUBRIC,
    });
    const challengeId: string = created.json.id;
    expect(
      (await call('POST', `/v1/challenges/${challengeId}/regrades`, owner, { reason: 'manual' })).json,
    ).toMatchObject({ status: 409, code: 'regrade.draft' });
    expect((await call('POST', `/v1/challenges/${challengeId}/publish`, owner)).status).toBe(200);
    const first = await graded(
      challengeId,
      ann,
      'Accuracy hides a 4 % churn rate, so I use precision-recall AUC, validated on the months after training.',
    );
    await graded(challengeId, bob, 'Recall at a fixed precision, checked on a later month than the training data.');

    const edited = await call('PATCH', `/v1/challenges/${challengeId}`, owner, { rubric: STRICTER_RUBRIC });
    expect(edited.json).toMatchObject({ rubric: { version: 2 }, outdatedGrades: 2 });

    const path = `/v1/challenges/${challengeId}/regrades`;
    expect((await call('POST', path, owner, { reason: 'because' })).status).toBe(400);
    expect((await call('POST', path, ann, { reason: 'rubric_changed' })).status).toBe(403);
    expect((await call('POST', path, rival, { reason: 'rubric_changed' })).status).toBe(403);

    const started = await call('POST', path, owner, { reason: 'rubric_changed' });
    expect(started.status).toBe(202);
    expect(started.json).toMatchObject({ challengeId, reason: 'rubric_changed', total: 2, kept: 0 });
    expect(started.json.progressUrl).toBe(`${path}/${started.json.id}`);

    expect((await call('GET', started.json.progressUrl, rival)).status).toBe(404);
    expect((await call('GET', started.json.progressUrl, ann)).status).toBe(403);

    const done = await expectEventually(async () => {
      const { status, json } = await call('GET', started.json.progressUrl, owner);
      expect(status).toBe(200);
      expect(json.state).toBe('done');
      return json;
    }, GRADING_MS);
    expect(done).toMatchObject({ total: 2, graded: 2, failed: 0, waiting: 0 });

    const regraded = (await call('GET', `/v1/submissions/${first.id}`, ann)).json;
    expect(regraded).toMatchObject({ status: 'graded', round: 2, rubricVersion: 2, regradeAvailable: true });
    const grades = regraded.history.filter((entry: Body) => entry.kind === 'graded');
    expect(grades).toEqual([
      expect.objectContaining({ round: 1, rubricVersion: 1, grader: 'heuristic', score: first.score }),
      expect.objectContaining({ round: 2, rubricVersion: 2, grader: 'heuristic' }),
    ]);
    expect(grades.every((entry: Body) => typeof entry.graderVersion === 'string')).toBe(true);
    expect((await call('GET', `/v1/challenges/${challengeId}`, owner)).json.outdatedGrades).toBe(0);
  }, 120_000);
});
