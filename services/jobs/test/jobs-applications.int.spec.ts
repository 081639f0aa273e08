import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { JobsRequests, ProfilesEvents, type Principal, type SkillVerifiedData } from '@skillproof/contracts';
import {
  candidate,
  companyMember,
  createTestDatabase,
  expectEventually,
  ServiceCaller,
  startApp,
  startTestNats,
  TestBus,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { JOBS_SERVICE } from '../src/app.definition';

const ml = { skill: 'machine-learning', minScore: 80 };
const python = { skill: 'python', minScore: 60 };

function posting(principal: Principal, overrides: Record<string, unknown> = {}) {
  return {
    principal,
    title: 'Machine learning engineer',
    description: 'Train and ship ranking models for a marketplace.',
    location: 'Berlin',
    remote: false,
    salary: { min: 70_000, max: 95_000, currency: 'EUR' },
    skills: [ml, python],
    companyName: 'Acme Analytics',
    ...overrides,
  };
}

function verification(candidateId: string, skill: string, score: number, verifiedAt: string): SkillVerifiedData {
  return {
    candidateId,
    skill,
    score,
    level: 'advanced',
    verifiedAt,
    computedAt: verifiedAt,
    companyScores: {},
    evidence: [
      {
        submissionId: randomUUID(),
        challengeId: randomUUID(),
        title: `${skill} task`,
        score,
        gradedAt: verifiedAt,
        verification: 'ai',
        issuer: { kind: 'platform', name: 'Skillproof' },
        reviewer: null,
        standing: 'public',
        attempts: 1,
        counts: true,
      },
    ],
  };
}

describe('jobs, applications and matching', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let jobs: NestFastifyApplication;
  let client: ServiceCaller;
  let bus: TestBus;
  const company = companyMember();

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('jobs_apps'), startTestNats()]);
    jobs = await startApp(JOBS_SERVICE, { DATABASE_URL: database.url, NATS_URL: nats.url });
    client = await ServiceCaller.connect(nats.url);
    bus = await TestBus.connect(nats.url);
  });

  afterAll(async () => {
    await client?.close();
    await bus?.close();
    await jobs?.close();
    await nats?.dispose();
    await database?.drop();
  });

  /** Publishes verified scores and waits until the jobs service has them in its projection. */
  async function verify(principal: Principal, jobId: string, scores: Array<[string, number, string]>) {
    for (const [skill, score, at] of scores) {
      await bus.publish(ProfilesEvents.skillVerified, verification(principal.userId, skill, score, at));
    }
    await expectEventually(async () => {
      const page = await client.ok(JobsRequests.listMatches, { principal });
      expect(page.items.map((match) => match.job.id)).toContain(jobId);
    });
  }

  it('posts an open job and finds it by skill, text and remote', async () => {
    const job = await client.ok(JobsRequests.createJob, posting(company));
    expect(job).toMatchObject({ status: 'open', companyId: company.companyId, companyName: 'Acme Analytics' });
    const remoteJob = await client.ok(
      JobsRequests.createJob,
      posting(company, { title: 'Data platform engineer', remote: true, skills: [python] }),
    );

    const bySkill = await client.ok(JobsRequests.listJobs, { skill: 'machine-learning' });
    expect(bySkill.items.map((item) => item.id)).toEqual([job.id]);
    const byText = await client.ok(JobsRequests.listJobs, { q: 'platform' });
    expect(byText.items.map((item) => item.id)).toEqual([remoteJob.id]);
    const remote = await client.ok(JobsRequests.listJobs, { remote: true });
    expect(remote.items.map((item) => item.id)).toEqual([remoteJob.id]);
  });

  it('pages the job list with a cursor and hides closed jobs', async () => {
    const other = companyMember();
    const posted = [];
    for (let index = 0; index < 3; index += 1) {
      posted.push(
        await client.ok(JobsRequests.createJob, posting(other, { skills: [{ skill: 'paging-test', minScore: 10 }] })),
      );
    }
    const first = await client.ok(JobsRequests.listJobs, { skill: 'paging-test', limit: 2 });
    const second = await client.ok(JobsRequests.listJobs, {
      skill: 'paging-test',
      limit: 2,
      cursor: first.nextCursor!,
    });
    const listed = [...first.items, ...second.items];
    expect(listed.map((item) => item.id).sort()).toEqual(posted.map((job) => job.id).sort());
    const newestFirst = listed.map((item) => item.postedAt);
    expect(newestFirst).toEqual([...newestFirst].sort().reverse());
    expect(second.nextCursor).toBeNull();

    await client.ok(JobsRequests.changeJobStatus, { principal: other, id: posted[0].id, status: 'closed' });
    const open = await client.ok(JobsRequests.listJobs, { skill: 'paging-test' });
    expect(open.items.map((item) => item.id)).not.toContain(posted[0].id);
    const problem = await client.problem(JobsRequests.apply, { principal: candidate(), jobId: posted[0].id });
    expect(problem).toMatchObject({ status: 409, code: 'job.closed' });
  });

  it('refuses invalid postings with the field named, and impossible ones with 422', async () => {
    const invalid = await client.problem(
      JobsRequests.createJob,
      posting(company, { skills: [{ skill: 'Python!', minScore: 200 }] }),
    );
    expect(invalid.status).toBe(400);
    expect(invalid.errors?.map((error) => error.field)).toEqual(
      expect.arrayContaining(['skills.0.skill', 'skills.0.minScore']),
    );
    const inverted = await client.problem(
      JobsRequests.createJob,
      posting(company, { salary: { min: 90_000, max: 50_000, currency: 'EUR' } }),
    );
    expect(inverted).toMatchObject({ status: 422, code: 'job.salary_range' });
  });

  it('lets only a company post and only the owner close', async () => {
    expect(await client.problem(JobsRequests.createJob, posting(candidate()))).toMatchObject({ status: 403 });
    const job = await client.ok(JobsRequests.createJob, posting(company));
    const stranger = companyMember();
    expect(
      await client.problem(JobsRequests.changeJobStatus, { principal: stranger, id: job.id, status: 'closed' }),
    ).toMatchObject({
      status: 403,
      code: 'job.not_owner',
    });
  });

  it('scores applicants from verified skills, ranks them best first with the evidence', async () => {
    const job = await client.ok(JobsRequests.createJob, posting(company, { title: 'Ranking scientist' }));
    const strong = candidate();
    const partial = candidate();
    const none = candidate();
    await verify(strong, job.id, [
      ['machine-learning', 91, '2026-03-01T10:00:00Z'],
      ['python', 70, '2026-03-01T10:00:00Z'],
    ]);
    await verify(partial, job.id, [['machine-learning', 40, '2026-03-01T10:00:00Z']]);

    const first = await client.ok(JobsRequests.apply, { principal: none, jobId: job.id });
    expect(first).toMatchObject({ status: 'applied', matchScore: 0 });
    await client.ok(JobsRequests.apply, { principal: partial, jobId: job.id });
    await client.ok(JobsRequests.apply, { principal: strong, jobId: job.id });

    const ranked = await client.ok(JobsRequests.listApplications, { principal: company, jobId: job.id });
    expect(ranked.items.map((item) => [item.candidateId, item.matchScore])).toEqual([
      [strong.userId, 100],
      [partial.userId, 25],
      [none.userId, 0],
    ]);
    expect(ranked.items[0].evidence).toEqual([
      expect.objectContaining({ skill: 'machine-learning', minScore: 80, verifiedScore: 91, met: true }),
      expect.objectContaining({ skill: 'python', minScore: 60, verifiedScore: 70, met: true }),
    ]);
    expect(ranked.items[0].evidence[0].evidence[0]).toMatchObject({ title: 'machine-learning task', score: 91 });

    const twice = await client.problem(JobsRequests.apply, { principal: strong, jobId: job.id });
    expect(twice).toMatchObject({ status: 409, code: 'application.exists' });
    expect(
      await client.problem(JobsRequests.listApplications, { principal: companyMember(), jobId: job.id }),
    ).toMatchObject({
      status: 403,
    });
  });

  it('keeps the newest verified score when events arrive out of order, and rescores applications', async () => {
    const job = await client.ok(JobsRequests.createJob, posting(company, { skills: [ml] }));
    const person = candidate();
    await verify(person, job.id, [['machine-learning', 40, '2026-03-02T10:00:00Z']]);
    await client.ok(JobsRequests.apply, { principal: person, jobId: job.id });

    await bus.publish(
      ProfilesEvents.skillVerified,
      verification(person.userId, 'machine-learning', 10, '2026-03-01T10:00:00Z'),
    );
    await bus.publish(
      ProfilesEvents.skillVerified,
      verification(person.userId, 'machine-learning', 88, '2026-03-03T10:00:00Z'),
    );
    await expectEventually(async () => {
      const ranked = await client.ok(JobsRequests.listApplications, { principal: company, jobId: job.id });
      expect(ranked.items[0]).toMatchObject({ candidateId: person.userId, matchScore: 100 });
    });
    const matches = await client.ok(JobsRequests.listMatches, { principal: person });
    expect(matches.items.find((match) => match.job.id === job.id)?.evidence[0].verifiedScore).toBe(88);
  });

  it('ranks open jobs for a candidate, best match first', async () => {
    const other = companyMember();
    const skills = { a: `skill-a-${randomUUID().slice(0, 8)}`, b: `skill-b-${randomUUID().slice(0, 8)}` };
    const full = await client.ok(
      JobsRequests.createJob,
      posting(other, { skills: [{ skill: skills.a, minScore: 50 }] }),
    );
    const half = await client.ok(
      JobsRequests.createJob,
      posting(other, {
        skills: [
          { skill: skills.a, minScore: 50 },
          { skill: skills.b, minScore: 50 },
        ],
      }),
    );
    await client.ok(JobsRequests.createJob, posting(other, { skills: [{ skill: skills.b, minScore: 50 }] }));
    const person = candidate();
    await verify(person, half.id, [[skills.a, 60, '2026-03-01T10:00:00Z']]);
    const matches = await client.ok(JobsRequests.listMatches, { principal: person });
    expect(matches.items.map((match) => [match.job.id, match.matchScore])).toEqual([
      [full.id, 100],
      [half.id, 50],
    ]);
    expect(await client.problem(JobsRequests.listMatches, { principal: company })).toMatchObject({ status: 403 });
  });

  it('moves an application through the pipeline and refuses invalid transitions', async () => {
    const job = await client.ok(JobsRequests.createJob, posting(company));
    const person = candidate();
    const application = await client.ok(JobsRequests.apply, { principal: person, jobId: job.id });
    const move = (
      status: 'screening' | 'interview' | 'offer' | 'hired' | 'rejected' | 'applied',
      principal = company,
    ) => client.call(JobsRequests.changeApplicationStatus, { principal, id: application.id, status });

    expect(await move('interview')).toMatchObject({
      ok: false,
      problem: { status: 409, code: 'application.invalid_transition' },
    });
    expect(await move('screening', companyMember())).toMatchObject({ ok: false, problem: { status: 403 } });
    expect(await move('screening', person)).toMatchObject({ ok: false, problem: { status: 403 } });
    for (const status of ['screening', 'interview', 'offer', 'hired'] as const) {
      expect(await move(status)).toMatchObject({ ok: true, reply: { status } });
    }
    expect(await move('rejected')).toMatchObject({
      ok: false,
      problem: { status: 409, detail: expect.stringMatching(/final/) },
    });
    expect(
      await client.problem(JobsRequests.changeApplicationStatus, {
        principal: company,
        id: randomUUID(),
        status: 'screening',
      }),
    ).toMatchObject({
      status: 404,
    });
  });
});
