import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ChallengesRequests } from '@skillproof/contracts';
import { traceIdOf } from '@skillproof/observability';
import {
  createTestDatabase,
  expectEventually,
  firstRubricChallengeId,
  gradeReply,
  registerAccount,
  startApp,
  TestClock,
  startOpenAiStub,
  startTestNats,
  type OpenAiStub,
  type RegisteredAccount,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import { GRADING_SERVICE } from '@skillproof/grading';
import { PROFILES_SERVICE } from '@skillproof/profiles';
import { GATEWAY } from '../src/app.definition';
import { GraphQLSocket, type ServerMessage } from './graphql-socket.util';
import { watchTraceparents } from './watch-traceparents.util';

const SUBMISSION_STATUS = `subscription ($id: ID!) { submissionStatus(id: $id) { submissionId status score } }`;

/** Long enough that "grading" is seen well before "graded". */
const GRADER_LATENCY_MS = 1_000;

describe('submissionStatus over a GraphQL websocket, authenticated by connection params', () => {
  let profilesDb: TestDatabase;
  let challengesDb: TestDatabase;
  let gradingDb: TestDatabase;
  let nats: TestNats;
  let stub: OpenAiStub;
  let profiles: NestFastifyApplication;
  let challenges: NestFastifyApplication;
  let grading: NestFastifyApplication | undefined;
  let gateway: NestFastifyApplication;
  let url: string;
  let candidate: RegisteredAccount;
  let otherCandidate: RegisteredAccount;
  let submissionId: string;
  const sockets: GraphQLSocket[] = [];
  // Token lifetimes at the gateway run on this clock.
  const clock = new TestClock();

  beforeAll(async () => {
    [profilesDb, challengesDb, gradingDb, nats] = await Promise.all([
      createTestDatabase('gateway_status_profiles'),
      createTestDatabase('gateway_status_challenges'),
      createTestDatabase('gateway_status_grading'),
      startTestNats(),
    ]);
    stub = await startOpenAiStub({ respond: (request) => gradeReply(request, 75), latencyMs: GRADER_LATENCY_MS });
    [profiles, challenges] = await Promise.all([
      startApp(PROFILES_SERVICE, { DATABASE_URL: profilesDb.url, NATS_URL: nats.url }),
      startApp(CHALLENGES_SERVICE, { DATABASE_URL: challengesDb.url, NATS_URL: nats.url }),
    ]);
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url }, { clock });
    await gateway.listen(0, '127.0.0.1');
    const { port } = gateway.getHttpServer().address() as { port: number };
    url = `ws://127.0.0.1:${port}/graphql`;
    candidate = await registerAccount(gateway, 'candidate', { name: 'Noor Rahman' });
    otherCandidate = await registerAccount(gateway, 'candidate', { name: 'Pablo Ortiz' });
    // Submitted before any grader runs, so the submission waits in "queued" until the test starts one.
    submissionId = await submitAnswer(candidate);
  });

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.close()));
    await gateway?.close();
    await grading?.close();
    await challenges?.close();
    await profiles?.close();
    await stub?.close();
    await nats?.dispose();
    await Promise.all([profilesDb?.drop(), challengesDb?.drop(), gradingDb?.drop()]);
  });

  async function submitAnswer(account: RegisteredAccount): Promise<string> {
    const challengeId = await firstRubricChallengeId(gateway);
    const attempt = await gateway.inject({
      method: 'POST',
      url: `/v1/challenges/${challengeId}/attempts`,
      headers: account.headers,
    });
    const submitted = await gateway.inject({
      method: 'POST',
      url: `/v1/attempts/${attempt.json().id}/submission`,
      headers: account.headers,
      payload: { content: 'Compare the two groups with a two-proportion test and fix the sample size first.' },
    });
    expect(submitted.statusCode).toBe(202);
    return submitted.json().submissionId;
  }

  async function connect(connectionParams?: Record<string, string>): Promise<GraphQLSocket> {
    const socket = await GraphQLSocket.open(url, connectionParams);
    sockets.push(socket);
    return socket;
  }

  async function firstError(socket: GraphQLSocket, id: string): Promise<ServerMessage> {
    return expectEventually(() => {
      const error = socket.messagesFor(id).find((message) => message.type === 'error');
      if (!error) throw new Error(`no error yet: ${JSON.stringify(socket.messagesFor(id))}`);
      return error;
    });
  }

  // Before any grader runs, so the subscription stays open on "queued" until the session ends.
  it("closes the connection at once when its user's session ends (sign-out everywhere)", async () => {
    const leaving = await registerAccount(gateway, 'candidate', { name: 'Lena Leaving' });
    const queued = await submitAnswer(leaving);
    const socket = await connect({ authorization: `Bearer ${leaving.token}` });
    const bystander = await connect({ authorization: `Bearer ${candidate.token}` });
    expect(await socket.handshake()).toBe('connection_ack');
    expect(await bystander.handshake()).toBe('connection_ack');
    const id = socket.subscribe(SUBMISSION_STATUS, { id: queued });
    bystander.subscribe(SUBMISSION_STATUS, { id: submissionId });
    await expectEventually(() => expect(socket.messagesFor(id)).toHaveLength(1));

    const out = await gateway.inject({ method: 'POST', url: '/v1/auth/sign-out-everywhere', headers: leaving.headers });
    expect(out.statusCode).toBe(204);
    await expectEventually(() => expect(socket.isClosed()).toBe(true));
    expect(bystander.isClosed()).toBe(false);
    await bystander.close();
  });

  it('streams queued, grading and graded to the owner signed in with a bearer token', async () => {
    const socket = await connect({ authorization: `Bearer ${candidate.token}` });
    expect(await socket.handshake()).toBe('connection_ack');
    const id = socket.subscribe(SUBMISSION_STATUS, { id: submissionId });
    await expectEventually(() => expect(socket.messagesFor(id)).toHaveLength(1));

    grading = await startApp(GRADING_SERVICE, {
      DATABASE_URL: gradingDb.url,
      NATS_URL: nats.url,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: stub.baseUrl,
      OPENAI_MODEL: 'gpt-test',
    });
    const messages = await expectEventually(() => {
      const received = socket.messagesFor(id);
      expect(received.at(-1)?.type).toBe('complete');
      return received;
    }, 20_000);
    expect(messages.filter((message) => message.type === 'next').map((message) => message.payload)).toEqual([
      { data: { submissionStatus: { submissionId, status: 'queued', score: null } } },
      { data: { submissionStatus: { submissionId, status: 'grading', score: null } } },
      { data: { submissionStatus: { submissionId, status: 'graded', score: 75 } } },
    ]);
  });

  it("refuses another candidate the submission's status, as if it did not exist", async () => {
    const socket = await connect({ authorization: `Bearer ${otherCandidate.token}` });
    expect(await socket.handshake()).toBe('connection_ack');
    const error = await firstError(socket, socket.subscribe(SUBMISSION_STATUS, { id: submissionId }));
    expect(error.payload).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ status: 404 }) })]);
    expect(socket.messagesFor(error.id!).some((message) => message.type === 'next')).toBe(false);
  });

  it('refuses an anonymous connection the subscription with 401', async () => {
    const socket = await connect();
    expect(await socket.handshake()).toBe('connection_ack');
    const error = await firstError(socket, socket.subscribe(SUBMISSION_STATUS, { id: submissionId }));
    expect(error.payload).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ status: 401, code: 'auth.required' }) }),
    ]);
  });

  it('carries the trace named in the connection params to the challenges service', async () => {
    const trace = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const watch = await watchTraceparents(nats.url, ChallengesRequests.getSubmission.subject);
    try {
      const socket = await connect({ authorization: `Bearer ${candidate.token}`, traceparent: trace });
      expect(await socket.handshake()).toBe('connection_ack');
      socket.subscribe(SUBMISSION_STATUS, { id: submissionId });
      const [sent] = await expectEventually(() => {
        expect(watch.seen).toHaveLength(1);
        return watch.seen;
      });
      expect(traceIdOf(sent)).toBe(traceIdOf(trace));
    } finally {
      await watch.close();
    }
  });

  it('refuses a connection whose token does not verify', async () => {
    const socket = await connect({ authorization: `Bearer ${candidate.token.slice(0, -4)}AAAA` });
    expect(await socket.handshake()).toBe('connection_error');
  });

  // Last: it moves the gateway's clock past every token handed out so far.
  it('closes a connection instead of sending once its token has expired', async () => {
    const socket = await connect({ authorization: `Bearer ${candidate.token}` });
    expect(await socket.handshake()).toBe('connection_ack');
    clock.advance(16 * 60_000);
    const id = socket.subscribe(SUBMISSION_STATUS, { id: submissionId });
    await expectEventually(() => expect(socket.isClosed()).toBe(true));
    expect(socket.messagesFor(id).filter((message) => message.type === 'next')).toEqual([]);
  });
});
