import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import { GRADING_SERVICE } from '@skillproof/grading';
import { PROFILES_SERVICE } from '@skillproof/profiles';
import {
  createTestDatabase,
  expectEventually,
  gradeReply,
  registerAccount,
  startApp,
  startOpenAiStub,
  startTestNats,
  submitWork,
  type OpenAiStub,
  type RegisteredAccount,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GATEWAY } from '../src/app.definition';
import { RATE_LIMIT_BUCKET } from '../src/problems/rate-limit.store';
import { GraphQLSocket } from './graphql-socket.util';

const LIMIT = 5;
const SUBMISSION_STATUS = `subscription ($id: ID!) { submissionStatus(id: $id) { submissionId status score } }`;

/** Two gateways on one NATS, as behind a load balancer: a client may reach either on each request. */
describe('two gateway replicas', () => {
  let profilesDb: TestDatabase;
  let challengesDb: TestDatabase;
  let gradingDb: TestDatabase;
  let nats: TestNats;
  let stub: OpenAiStub;
  const services: NestFastifyApplication[] = [];
  let first: NestFastifyApplication;
  let second: NestFastifyApplication;
  let candidate: RegisteredAccount;
  let socket: GraphQLSocket | undefined;

  beforeAll(async () => {
    [profilesDb, challengesDb, gradingDb, nats] = await Promise.all([
      createTestDatabase('replicas_profiles'),
      createTestDatabase('replicas_challenges'),
      createTestDatabase('replicas_grading'),
      startTestNats(),
    ]);
    stub = await startOpenAiStub({ respond: (request) => gradeReply(request, 64), latencyMs: 500 });
    services.push(
      ...(await Promise.all([
        startApp(PROFILES_SERVICE, { DATABASE_URL: profilesDb.url, NATS_URL: nats.url }),
        startApp(CHALLENGES_SERVICE, { DATABASE_URL: challengesDb.url, NATS_URL: nats.url }),
      ])),
    );
    const env = { NATS_URL: nats.url, RATE_LIMIT_PER_MINUTE: String(LIMIT) };
    [first, second] = await Promise.all([startApp(GATEWAY, env), startApp(GATEWAY, env)]);
    await Promise.all([first.listen(0, '127.0.0.1'), second.listen(0, '127.0.0.1')]);
    candidate = await registerAccount(first, 'candidate', { name: 'Ines Duarte' });
  });

  afterAll(async () => {
    await socket?.close();
    await Promise.all([first?.close(), second?.close()]);
    await Promise.all(services.map((service) => service.close()));
    await stub?.close();
    await nats?.dispose();
    await Promise.all([profilesDb?.drop(), challengesDb?.drop(), gradingDb?.drop()]);
  });

  it('hold a client to one limit between them, not one each', async () => {
    const ask = (gateway: NestFastifyApplication) =>
      gateway.inject({ method: 'GET', url: '/v1/careers/data-scientist' });
    const statuses: number[] = [];
    for (let request = 0; request < LIMIT; request += 1) {
      statuses.push((await ask(request % 2 === 0 ? first : second)).statusCode);
    }
    expect(statuses.filter((status) => status === 429)).toEqual([]);

    for (const gateway of [first, second]) {
      const limited = await ask(gateway);
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    }
  });

  it('keep one limit when the bucket is lost, as with a restart of the servers that held it', async () => {
    const connection = await connect({ servers: nats.url });
    try {
      await (await jetstreamManager(connection)).streams.delete(`KV_${RATE_LIMIT_BUCKET}`);
    } finally {
      await connection.close();
    }
    const ask = (gateway: NestFastifyApplication) =>
      gateway.inject({ method: 'GET', url: '/v1/skills/feature-engineering' });
    const statuses: number[] = [];
    for (let request = 0; request <= LIMIT; request += 1) {
      statuses.push((await ask(request % 2 === 0 ? first : second)).statusCode);
    }
    expect(statuses.map((status) => status === 429)).toEqual([false, false, false, false, false, true]);
  });

  it('stream a submission submitted through one gateway to clients of the other', async () => {
    const submissionId = await submitWork(
      first,
      candidate,
      'Stratify the split by class so the rare label shows up in every fold.',
    );

    // No grader runs yet, so both streams open on "queued" and must hear every later change.
    const { port } = second.getHttpServer().address() as { port: number };
    const events = followServerSentEvents(`http://127.0.0.1:${port}/v1/submissions/${submissionId}/events`, candidate);
    socket = await GraphQLSocket.open(`ws://127.0.0.1:${port}/graphql`, {
      authorization: `Bearer ${candidate.token}`,
    });
    expect(await socket.handshake()).toBe('connection_ack');
    const subscription = socket.subscribe(SUBMISSION_STATUS, { id: submissionId });
    await expectEventually(() => {
      expect(events.statuses).toEqual(['queued']);
      expect(socket!.messagesFor(subscription)).toHaveLength(1);
    });

    services.push(
      await startApp(GRADING_SERVICE, {
        DATABASE_URL: gradingDb.url,
        NATS_URL: nats.url,
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: stub.baseUrl,
        OPENAI_MODEL: 'gpt-test',
      }),
    );

    await events.ended;
    expect(events.statuses).toEqual(['queued', 'grading', 'graded']);
    const messages = await expectEventually(() => {
      const received = socket!.messagesFor(subscription);
      expect(received.at(-1)?.type).toBe('complete');
      return received;
    }, 20_000);
    expect(messages.filter((message) => message.type === 'next').map((message) => message.payload)).toEqual([
      { data: { submissionStatus: { submissionId, status: 'queued', score: null } } },
      { data: { submissionStatus: { submissionId, status: 'grading', score: null } } },
      { data: { submissionStatus: { submissionId, status: 'graded', score: 64 } } },
    ]);
  });
});

/** Reads a server-sent event stream as a browser's EventSource would, recording each status. */
function followServerSentEvents(url: string, account: RegisteredAccount): { statuses: string[]; ended: Promise<void> } {
  const statuses: string[] = [];
  const ended = (async () => {
    const response = await fetch(url, { headers: account.headers, signal: AbortSignal.timeout(30_000) });
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const chunk of response.body!) {
      buffered += decoder.decode(chunk, { stream: true });
      const events = buffered.split('\n\n');
      buffered = events.pop() ?? '';
      for (const event of events) {
        const data = event.split('\n').find((line) => line.startsWith('data: '));
        if (data) statuses.push((JSON.parse(data.slice('data: '.length)) as { status: string }).status);
      }
    }
  })();
  return { statuses, ended };
}
