import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { DataSource, type MigrationInterface } from 'typeorm';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import { JOBS_SERVICE } from '@skillproof/jobs';
import { PROFILES_SERVICE } from '@skillproof/profiles';
import { JobsRequests, ProfilesRequests, type Principal } from '@skillproof/contracts';
import {
  createTestDatabase,
  expectEventually,
  ServiceCaller,
  startApp,
  startTestNats,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';

type MigrationClass = new () => MigrationInterface;

/** Builds the schema as it was before the trust model: every migration before the named one. */
async function migrateUpTo(url: string, migrations: MigrationClass[], first: string): Promise<DataSource> {
  const before = migrations.slice(
    0,
    migrations.findIndex((migration) => new migration().name === first),
  );
  const dataSource = new DataSource({ type: 'postgres', url, migrations: before, logging: false });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

/**
 * Item 8 of issue 11: grades stored before the trust model are classified on upgrade (heuristic →
 * practice, openai → ai, overrides → reviewed) and verified scores are recomputed from them, in the
 * profiles service and in the jobs service's copy, so that no forged score survives.
 */
describe('upgrading data stored before the trust model', () => {
  let databases: TestDatabase[];
  let nats: TestNats;
  let apps: NestFastifyApplication[] = [];
  let caller: ServiceCaller;
  const candidateId = randomUUID();
  const friendlyCompany = randomUUID();
  const otherCompany: Principal = { userId: randomUUID(), role: 'company', companyId: randomUUID(), via: 'token' };
  const jobId = randomUUID();

  beforeAll(async () => {
    [databases, nats] = await Promise.all([
      Promise.all(['upgrade_challenges', 'upgrade_profiles', 'upgrade_jobs'].map(createTestDatabase)),
      startTestNats(),
    ]);
    const [challengesDb, profilesDb, jobsDb] = databases;

    const challenges = await migrateUpTo(
      challengesDb.url,
      CHALLENGES_SERVICE.migrations as MigrationClass[],
      'AddTrust1700000000210',
    );
    const grades = [
      // The offline grader gave gibberish 100 on a platform challenge.
      { skill: 'python', company: null, grader: 'heuristic', score: 100, model: null },
      // A model gave an honest 80 on a platform challenge.
      { skill: 'statistics', company: null, grader: 'openai', score: 80, model: 'gpt-4o-mini' },
      // A company overrode a friend's grade to 100 on its own challenge.
      { skill: 'machine-learning', company: friendlyCompany, grader: 'human', score: 100, model: null },
    ];
    for (const grade of grades) {
      const [{ id: challengeId }] = await challenges.query(
        `INSERT INTO challenges (title, brief, skills, difficulty, time_limit_minutes, status, rubric_version, criteria, company_id, published_at)
         VALUES ($1, 'A brief long enough to be a brief.', $2, 'beginner', 30, 'published', 1, '[]', $3, now()) RETURNING id`,
        [`Challenge on ${grade.skill}`, JSON.stringify([grade.skill]), grade.company],
      );
      const [{ id: attemptId }] = await challenges.query(
        `INSERT INTO attempts (challenge_id, candidate_id, started_at, deadline)
         VALUES ($1, $2, now() - interval '2 days', now() - interval '1 day') RETURNING id`,
        [challengeId, candidateId],
      );
      const [{ id: submissionId }] = await challenges.query(
        `INSERT INTO submissions (attempt_id, challenge_id, candidate_id, company_id, content, status, rubric_version,
                                  score, grader, model, submitted_at, graded_at)
         VALUES ($1, $2, $3, $4, 'work', 'graded', 1, $5, $6, $7, now() - interval '2 days', now() - interval '2 days')
         RETURNING id`,
        [attemptId, challengeId, candidateId, grade.company, grade.score, grade.grader, grade.model],
      );
      if (grade.grader === 'human') {
        await challenges.query(
          `INSERT INTO grade_history (submission_id, kind, round, score, grader, rubric_version, actor_id, reason)
           VALUES ($1, 'overridden', 1, 100, 'human', 1, $2, 'Our friend deserves it.')`,
          [submissionId, randomUUID()],
        );
      }
    }
    await challenges.destroy();

    // What the profiles service and the jobs service's copy held: the forged scores.
    const profiles = await migrateUpTo(
      profilesDb.url,
      PROFILES_SERVICE.migrations as MigrationClass[],
      'AddEvidenceTrust1700000000430',
    );
    for (const { skill, score } of grades) {
      await profiles.query(
        `INSERT INTO verified_skills (candidate_id, skill, score, level, verified_at, evidence)
         VALUES ($1, $2, $3, 'expert', now() - interval '2 days', '[]')`,
        [candidateId, skill, score],
      );
    }
    await profiles.destroy();
    const jobs = await migrateUpTo(
      jobsDb.url,
      JOBS_SERVICE.migrations as MigrationClass[],
      'AddCompanyScores1700000000540',
    );
    await jobs.query(
      `INSERT INTO jobs (id, company_id, company_name, title, description, location, remote, skills)
       VALUES ($1, $2, 'Other Co', 'Python developer', 'Writes Python.', 'Remote', true, $3)`,
      [jobId, otherCompany.companyId, JSON.stringify([{ skill: 'python', minScore: 90 }])],
    );
    await jobs.query(
      `INSERT INTO applications (job_id, candidate_id, match_score, evidence) VALUES ($1, $2, 100, $3)`,
      [
        jobId,
        candidateId,
        JSON.stringify([{ skill: 'python', minScore: 90, verifiedScore: 100, met: true, evidence: [] }]),
      ],
    );
    await jobs.query(
      `INSERT INTO verified_skills (candidate_id, skill, score, verified_at, evidence) VALUES ($1, 'python', 100, now(), '[]')`,
      [candidateId],
    );
    await jobs.destroy();

    apps = [
      await startApp(PROFILES_SERVICE, { DATABASE_URL: profilesDb.url, NATS_URL: nats.url }),
      await startApp(JOBS_SERVICE, { DATABASE_URL: jobsDb.url, NATS_URL: nats.url }),
      await startApp(CHALLENGES_SERVICE, { DATABASE_URL: challengesDb.url, NATS_URL: nats.url }),
    ];
    caller = await ServiceCaller.connect(nats.url);
  }, 120_000);

  afterAll(async () => {
    await caller?.close();
    for (const app of [...apps].reverse()) await app.close();
    await nats?.dispose();
    await Promise.all((databases ?? []).map((database) => database.drop()));
  });

  it('keeps only the score a model earned, and drops the practice and the company-forged ones', async () => {
    const skills = await expectEventually(async () => {
      const found = await caller.ok(ProfilesRequests.getCandidateSkills, { candidateId });
      expect(found.map((skill) => [skill.skill, skill.score])).toEqual([['statistics', 80]]);
      return found;
    }, 30_000);
    expect(skills[0].evidence).toEqual([
      expect.objectContaining({ verification: 'ai', standing: 'public', counts: true }),
    ]);
  });

  it("no longer ranks an applicant on the forged score in another company's view", async () => {
    await expectEventually(async () => {
      const page = await caller.ok(JobsRequests.listApplications, { principal: otherCompany, jobId, limit: 10 });
      expect(page.items).toEqual([
        expect.objectContaining({
          candidateId,
          matchScore: 0,
          evidence: [expect.objectContaining({ skill: 'python', verifiedScore: null, met: false })],
        }),
      ]);
    }, 30_000);
  });
});
