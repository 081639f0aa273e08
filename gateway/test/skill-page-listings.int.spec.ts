import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { NatsConnection } from '@nats-io/nats-core';
import { Client } from 'pg';
import { ChallengesRequests, JobsRequests } from '@skillproof/contracts';
import { CATALOG_SERVICE } from '@skillproof/catalog';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import { JOBS_SERVICE } from '@skillproof/jobs';
import { connectNats } from '@skillproof/platform';
import {
  companyMember,
  createTestDatabase,
  expectEventually,
  ServiceCaller,
  startApp,
  startTestNats,
  TestClock,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GATEWAY } from '../src/app.definition';
import { SKILL_LISTINGS_TTL_MS } from '../src/catalog/skill-listings.cache';

const SKILL = 'machine-learning';

describe('open challenges and positions on the skill page, kept by events', () => {
  let databases: TestDatabase[];
  let jobsDatabase: TestDatabase;
  let nats: TestNats;
  let services: NestFastifyApplication[];
  let gateway: NestFastifyApplication;
  let caller: ServiceCaller;
  let listener: NatsConnection;
  const clock = new TestClock();
  const company = companyMember();
  /** Requests the gateway sent to the challenges and jobs services for their lists. */
  const listRequests: string[] = [];

  const read = async () => {
    const response = await gateway.inject({ method: 'GET', url: `/v1/skills/${SKILL}` });
    expect(response.statusCode).toBe(200);
    return response.json<{
      openChallenges: Array<{ id: string }>;
      openPositions: Array<{ id: string }>;
      partial: string[];
    }>();
  };

  const page = async () => {
    const body = await read();
    return {
      challenges: body.openChallenges.map((entry) => entry.id),
      positions: body.openPositions.map((entry) => entry.id),
    };
  };

  const postJob = () =>
    caller.ok(JobsRequests.createJob, {
      principal: company,
      title: 'Forecasting engineer',
      description: 'Build demand forecasts for a grocery chain.',
      location: 'Lisbon',
      remote: false,
      skills: [{ skill: SKILL, minScore: 60 }],
      companyName: 'Fresh Numbers',
    });

  /** Closes a position with no outbox row, so no event ever tells the gateway. */
  const closeBehindTheServicesBack = async (jobId: string) => {
    const sql = new Client({ connectionString: jobsDatabase.url });
    await sql.connect();
    try {
      await sql.query(`UPDATE jobs SET status = 'closed', closed_at = now() WHERE id = $1`, [jobId]);
    } finally {
      await sql.end();
    }
  };

  beforeAll(async () => {
    let catalogDatabase: TestDatabase;
    let challengesDatabase: TestDatabase;
    [catalogDatabase, challengesDatabase, jobsDatabase, nats] = await Promise.all([
      createTestDatabase('listings_catalog'),
      createTestDatabase('listings_challenges'),
      createTestDatabase('listings_jobs'),
      startTestNats(),
    ]);
    databases = [catalogDatabase, challengesDatabase, jobsDatabase];
    services = await Promise.all([
      startApp(CATALOG_SERVICE, { DATABASE_URL: catalogDatabase.url, NATS_URL: nats.url }),
      startApp(CHALLENGES_SERVICE, { DATABASE_URL: challengesDatabase.url, NATS_URL: nats.url }),
      startApp(JOBS_SERVICE, { DATABASE_URL: jobsDatabase.url, NATS_URL: nats.url }),
    ]);
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url }, { clock });
    caller = await ServiceCaller.connect(nats.url);
    listener = await connectNats(nats.url, 'list-request-counter');
    for (const definition of [ChallengesRequests.listChallenges, JobsRequests.listJobs]) {
      listener.subscribe(definition.subject, {
        callback: () => {
          listRequests.push(definition.subject);
        },
      });
    }
    await listener.flush();
  });

  afterAll(async () => {
    await listener?.close();
    await caller?.close();
    await gateway?.close();
    await Promise.all((services ?? []).map((service) => service.close()));
    await nats?.dispose();
    await Promise.all((databases ?? []).map((database) => database.drop()));
  });

  it('asks the challenges and jobs services once, then serves the lists from memory', async () => {
    // The first read may find a cold service slower than the page waits; a partial page is not kept.
    await expectEventually(async () => expect((await read()).partial).toEqual([]));
    const asked = listRequests.length;
    expect(asked).toBeGreaterThanOrEqual(2);
    for (let again = 0; again < 5; again += 1) expect((await read()).partial).toEqual([]);
    expect(listRequests).toHaveLength(asked);
  });

  it('shows a challenge once it is published and drops it once it is archived', async () => {
    const draft = await caller.ok(ChallengesRequests.createChallenge, {
      principal: company,
      title: 'Forecast next week of sales',
      brief: 'Given two years of daily sales, forecast the next seven days and explain the model.',
      skills: [SKILL],
      difficulty: 'intermediate',
      timeLimitMinutes: 90,
      rubric: {
        criteria: [
          { key: 'accuracy', description: 'How close the forecast comes to what happened', weight: 60 },
          { key: 'reasoning', description: 'How well the choice of model is explained', weight: 40 },
        ],
      },
    });
    expect((await page()).challenges).not.toContain(draft.id);
    await caller.ok(ChallengesRequests.publishChallenge, { id: draft.id, principal: company });
    await expectEventually(async () => expect((await page()).challenges).toContain(draft.id));
    await caller.ok(ChallengesRequests.archiveChallenge, { id: draft.id, principal: company });
    await expectEventually(async () => expect((await page()).challenges).not.toContain(draft.id));
  });

  it('shows a position once it opens, drops it when it closes and shows it again when it reopens', async () => {
    const job = await postJob();
    await expectEventually(async () => expect((await page()).positions).toContain(job.id));
    await caller.ok(JobsRequests.changeJobStatus, { id: job.id, status: 'closed', principal: company });
    await expectEventually(async () => expect((await page()).positions).not.toContain(job.id));
    await caller.ok(JobsRequests.changeJobStatus, { id: job.id, status: 'open', principal: company });
    await expectEventually(async () => expect((await page()).positions).toContain(job.id));
  });

  it('heals within its lifetime when a change never sent an event', async () => {
    const job = await postJob();
    await expectEventually(async () => expect((await page()).positions).toContain(job.id));
    await closeBehindTheServicesBack(job.id);
    expect((await page()).positions).toContain(job.id);
    clock.advance(SKILL_LISTINGS_TTL_MS + 1);
    await expectEventually(async () => {
      const healed = await read();
      expect(healed.partial).toEqual([]);
      expect(healed.openPositions.map((entry) => entry.id)).not.toContain(job.id);
    });
  });

  it('drops the lists when its NATS connection comes back, since events sent meanwhile never reached it', async () => {
    const job = await postJob();
    await expectEventually(async () => expect((await page()).positions).toContain(job.id));
    await nats.stop();
    await closeBehindTheServicesBack(job.id);
    await nats.start();
    await expectEventually(async () => {
      const healed = await read();
      expect(healed.partial).toEqual([]);
      expect(healed.openPositions.map((entry) => entry.id)).not.toContain(job.id);
    });
  });
});
