import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { PermissionViolationError, type NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { parse } from 'yaml';
import { CATALOG_SERVICE } from '@skillproof/catalog';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import {
  CatalogEvents,
  ChallengesEvents,
  EVENTS_STREAM,
  JobsEvents,
  ProfilesEvents,
  ProfilesRequests,
} from '@skillproof/contracts';
import { GATEWAY } from '@skillproof/gateway';
import { GRADING_SERVICE } from '@skillproof/grading';
import { JOBS_SERVICE } from '@skillproof/jobs';
import { RequestClient } from '@skillproof/platform';
import { PROFILES_SERVICE } from '@skillproof/profiles';
import {
  createTestDatabase,
  expectEventually,
  gradeReply,
  isQuizRequest,
  quizReply,
  registerAccount,
  startApp,
  startOpenAiStub,
  startTestNats,
  submitWork,
  type OpenAiStub,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';

const NATS_DEPLOY = join(__dirname, '..', '..', 'deploy', 'nats');
const ACCOUNTS_FILE = join(NATS_DEPLOY, 'accounts.conf');
const SERVICES = [CATALOG_SERVICE, CHALLENGES_SERVICE, GRADING_SERVICE, PROFILES_SERVICE, JOBS_SERVICE];
const PROCESSES = [...SERVICES.map((service) => service.name), 'gateway'];
const USERS = [...PROCESSES, 'operator'];

interface NatsUser {
  user: string;
  password: string;
  permissions: { publish: { allow: string[] }; subscribe: { allow: string[] }; allow_responses?: boolean };
}

/** The compose file's NATS users: NATS's configuration syntax is JSON here, but for the unquoted $VARIABLES. */
function composeUsers(): NatsUser[] {
  const text = readFileSync(ACCOUNTS_FILE, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n')
    .replace(/:\s*(\$[A-Z_]+)/g, ': "$1"');
  return (JSON.parse(text) as { authorization: { users: NatsUser[] } }).authorization.users;
}

/** The same users in the Helm values, where the chart writes `<< $VARIABLE >>` unquoted. */
function helmUsers(): NatsUser[] {
  const values = parse(readFileSync(join(NATS_DEPLOY, 'values.yaml'), 'utf8')) as {
    config: { merge: { authorization: { users: NatsUser[] } } };
  };
  return values.config.merge.authorization.users.map((user) => ({
    ...user,
    password: user.password.replace(/^<< (\$[A-Z_]+) >>$/, '$1'),
  }));
}

describe('NATS accounts: each service its own user with subject permissions', () => {
  // NATS parses a variable's value as configuration: one that starts with a digit may read as a number.
  const passwords = Object.fromEntries(USERS.map((user) => [user, `p${randomBytes(12).toString('hex')}`]));
  let nats: TestNats;
  const connections: NatsConnection[] = [];

  const as = async (user: string): Promise<NatsConnection> => {
    const connection = await connect({ servers: nats.url, user, pass: passwords[user] });
    connections.push(connection);
    return connection;
  };

  beforeAll(async () => {
    nats = await startTestNats({
      configFile: ACCOUNTS_FILE,
      env: Object.fromEntries(USERS.map((user) => [`${user.toUpperCase()}_NATS_PASSWORD`, passwords[user]])),
    });
  });

  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await nats?.dispose();
  });

  it('gives Kubernetes the same users and permissions as docker compose', () => {
    expect(composeUsers().map((user) => user.user)).toEqual(USERS);
    expect(helmUsers()).toEqual(composeUsers());
  });

  it('refuses anyone without a password', async () => {
    await expect(connect({ servers: nats.url })).rejects.toThrow(/Authorization/i);
    await expect(connect({ servers: nats.url, user: 'jobs', pass: 'guessed' })).rejects.toThrow(/Authorization/i);
  });

  it('lets the gateway hear each event it keeps its caches current by', async () => {
    const gateway = await as('gateway');
    const events: Array<[owner: string, subject: string]> = [
      ['catalog', CatalogEvents.skillUpdated.subject],
      ['challenges', ChallengesEvents.challengePublished.subject],
      ['challenges', ChallengesEvents.challengeArchived.subject],
      ['jobs', JobsEvents.jobOpened.subject],
      ['jobs', JobsEvents.jobClosed.subject],
      ['profiles', ProfilesEvents.accountChanged.subject],
    ];
    for (const [owner, subject] of events) {
      const heard = new Promise<unknown>((resolve) =>
        gateway.subscribe(subject, { max: 1, callback: (error, message) => resolve(error ?? message.subject) }),
      );
      await gateway.flush();
      (await as(owner)).publish(subject, '{}');
      expect(await heard).toBe(subject);
    }
  });

  describe('with the system running under them', () => {
    const databases: TestDatabase[] = [];
    const apps: NestFastifyApplication[] = [];
    let gateway: NestFastifyApplication;
    let stub: OpenAiStub;

    const credentials = (user: string) => ({ NATS_URL: nats.url, NATS_USER: user, NATS_PASSWORD: passwords[user] });

    beforeAll(async () => {
      stub = await startOpenAiStub({
        respond: (request) =>
          isQuizRequest(request)
            ? quizReply(
                (request.response_format!.json_schema!.schema as { properties: { questions: { minItems: number } } })
                  .properties.questions.minItems,
              )
            : gradeReply(request, 81),
      });
      databases.push(...(await Promise.all(SERVICES.map((service) => createTestDatabase(`accounts_${service.name}`)))));
      apps.push(
        ...(await Promise.all(
          SERVICES.map((service, index) =>
            startApp(service as never, {
              DATABASE_URL: databases[index].url,
              ...credentials(service.name),
              ...(service === GRADING_SERVICE
                ? { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: stub.baseUrl, OPENAI_MODEL: 'gpt-test' }
                : {}),
            }),
          ),
        )),
      );
      gateway = await startApp(GATEWAY, credentials('gateway'));
    }, 120_000);

    afterAll(async () => {
      await gateway?.close();
      await Promise.all(apps.map((app) => app.close()));
      await stub?.close();
      await Promise.all(databases.map((database) => database.drop()));
    });

    it('still grades a submission, verifies the skill and writes a quiz across services', async () => {
      await expectEventually(async () => {
        expect((await gateway.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
      }, 30_000);
      const candidate = await registerAccount(gateway, 'candidate', { name: 'Amara Okafor' });
      await submitWork(
        gateway,
        candidate,
        'Hold out a validation set and tune the threshold on it, never on the test set.',
      );
      await expectEventually(async () => {
        const me = await gateway.inject({ method: 'GET', url: '/v1/me', headers: candidate.headers });
        expect(me.json().profile.verifiedSkills.length).toBeGreaterThan(0);
      }, 30_000);

      const quiz = await gateway.inject({
        method: 'POST',
        url: '/v1/quizzes',
        payload: { skill: 'machine-learning', level: 'beginner', questionCount: 3 },
      });
      expect(quiz.statusCode).toBe(201);
    });

    it("refuses a service publishing another service's events, and keeps them out of the stream", async () => {
      const graded = 'evt.grading.submission.graded';
      const manager = await jetstreamManager(await as('grading'));
      const stored = async (): Promise<number> =>
        (await manager.streams.info(EVENTS_STREAM, { subjects_filter: graded })).state.subjects?.[graded] ?? 0;
      const before = await stored();

      const jobs = jetstream(await as('jobs'));
      await expect(jobs.publish(graded, JSON.stringify({ forged: true }), { timeout: 2_000 })).rejects.toThrow(
        /permission/i,
      );
      await expect(jobs.publish('evt.jobs.application.created', JSON.stringify({}))).resolves.toMatchObject({
        stream: EVENTS_STREAM,
      });
      expect(await stored()).toBe(before);
    });

    it('lets no process delete or purge a stream or a message in one, and lets the operator', async () => {
      const operator = await as('operator');
      const operatorManager = await jetstreamManager(operator);
      const { seq } = await jetstream(operator).publish('evt.catalog.operator.check', JSON.stringify({}));
      const messages = async (): Promise<number> => (await operatorManager.streams.info(EVENTS_STREAM)).state.messages;
      const before = await messages();
      for (const user of PROCESSES) {
        const manager = await jetstreamManager(await as(user));
        await expect(manager.streams.deleteMessage(EVENTS_STREAM, seq)).rejects.toThrow(/permission/i);
        await expect(manager.streams.purge(EVENTS_STREAM)).rejects.toThrow(/permission/i);
        await expect(manager.streams.delete(EVENTS_STREAM)).rejects.toThrow(/permission/i);
      }
      expect(await messages()).toBe(before);
      await expect(operatorManager.streams.deleteMessage(EVENTS_STREAM, seq)).resolves.toBe(true);
      expect(await messages()).toBe(before - 1);
    });

    it("refuses a service serving another service's subjects", async () => {
      const jobs = await as('jobs');
      const refused = new Promise<unknown>((resolve) =>
        jobs.subscribe('profiles.me.get', { queue: 'profiles', callback: (error) => resolve(error) }),
      );
      expect(await refused).toBeInstanceOf(PermissionViolationError);
    });

    it('lets only the gateway ask a service on behalf of a user', async () => {
      const request = { principal: { userId: randomUUID(), role: 'candidate' as const, via: 'token' as const } };
      const jobs = await as('jobs');
      await expect(
        jobs.request(
          ProfilesRequests.getMe.subject,
          JSON.stringify({ pattern: ProfilesRequests.getMe.subject, data: request }),
          {
            timeout: 2_000,
          },
        ),
      ).rejects.toThrow(/permission/i);
      // The gateway's request reaches profiles, whose answer is its own: no such account signed in.
      const gateway = new RequestClient(await as('gateway'), 5_000);
      await expect(gateway.request(ProfilesRequests.getMe, request)).rejects.toMatchObject({ status: 401 });
    });
  });
});
