import { connect, type NatsConnection } from '@nats-io/transport-node';
import { defineRequest } from '@skillproof/contracts';
import { startTestNats, type TestNats } from '@skillproof/testing';
import { DomainError, RequestClient } from '../src';

const echo = defineRequest<{ word: string }, { word: string; traceparent?: string }>('echo.word.get');
const refuse = defineRequest<object, never>('refuse.word.get');
const garble = defineRequest<object, never>('garble.word.get');
const silent = defineRequest<object, never>('silent.word.get');
const absent = defineRequest<object, never>('absent.word.get');

const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

/** What every caller of a service gets back for each way a request can end. */
describe('RequestClient', () => {
  let nats: TestNats;
  let service: NatsConnection;
  let caller: NatsConnection;
  let client: RequestClient;

  /** Answers like a Nest service would: `{ id, response }` or `{ id, err }`. */
  function answer(subject: string, reply: (data: unknown, headers?: string) => object | undefined): void {
    service.subscribe(subject, {
      callback: (_error, message) => {
        const packet = message.json<{ id: string; data: unknown }>();
        const body = reply(packet.data, message.headers?.get('traceparent'));
        if (body) message.respond(JSON.stringify({ id: packet.id, ...body, isDisposed: true }));
      },
    });
  }

  beforeAll(async () => {
    nats = await startTestNats();
    [service, caller] = await Promise.all([connect({ servers: nats.url }), connect({ servers: nats.url })]);
    answer(echo.subject, (data, traceparent) => ({ response: { ...(data as object), traceparent } }));
    answer(refuse.subject, () => ({
      err: {
        status: 422,
        code: 'word.too_rude',
        title: 'Unprocessable request',
        detail: 'No',
        errors: [{ field: 'word', message: 'is rude' }],
      },
    }));
    answer(garble.subject, () => ({ err: 'something broke' }));
    answer(silent.subject, () => undefined);
    await service.flush();
    client = new RequestClient(caller, 300);
  });

  afterAll(async () => {
    await Promise.all([service?.close(), caller?.close()]);
    await nats?.dispose();
  });

  const problemOf = (request: Promise<unknown>): Promise<DomainError> =>
    request.then(
      () => {
        throw new Error('expected a problem');
      },
      (error: unknown) => error as DomainError,
    );

  it("returns the service's answer, having passed the trace context on", async () => {
    await expect(client.request(echo, { word: 'hello' }, { traceparent: TRACEPARENT })).resolves.toEqual({
      word: 'hello',
      traceparent: TRACEPARENT,
    });
  });

  it("raises the service's problem with its own status, code and fields", async () => {
    const problem = await problemOf(client.request(refuse, {}));
    expect(problem).toBeInstanceOf(DomainError);
    expect(problem.toProblem()).toMatchObject({
      status: 422,
      code: 'word.too_rude',
      errors: [{ field: 'word', message: 'is rude' }],
    });
  });

  it('answers 503 at once when no process serves the subject', async () => {
    const started = Date.now();
    const problem = await problemOf(client.request(absent, {}, { timeoutMs: 10_000 }));
    expect(problem).toMatchObject({ status: 503, code: 'upstream.unavailable' });
    expect(problem.message).toMatch(/absent service/);
    // Well under the 10 s timeout: NATS says at once that nobody listens.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers 504 when the service does not answer in time', async () => {
    const problem = await problemOf(client.request(silent, {}));
    expect(problem).toMatchObject({ status: 504, code: 'upstream.timeout' });
  });

  it('answers 502 when the service fails with something that is not a problem', async () => {
    const problem = await problemOf(client.request(garble, {}));
    expect(problem).toMatchObject({ status: 502, code: 'upstream.failed' });
  });
});
