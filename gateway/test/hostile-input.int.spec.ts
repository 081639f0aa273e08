import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp, startTestNats, type TestNats } from '@skillproof/testing';
import { GATEWAY } from '../src/app.definition';

/** Input that once crashed a handler deep inside is refused at the door with a 400 problem. */
describe('hostile request bodies at the gateway', () => {
  let nats: TestNats;
  let gateway: NestFastifyApplication;

  beforeAll(async () => {
    nats = await startTestNats();
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
  });

  afterAll(async () => {
    await gateway?.close();
    await nats?.dispose();
  });

  const register = (body: string) =>
    gateway.inject({
      method: 'POST',
      url: '/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });

  it('refuses JSON nested 10,000 deep with a 400 problem instead of overflowing the stack', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const response = await register(
      `{"email":"deep@example.com","password":"long enough secret","name":${deep},"role":"candidate"}`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: expect.stringMatching(/^name/) }],
    });
  });

  it.each([
    ['an empty JSON body', 400, 'application/json', ''],
    ['a body that is not JSON', 400, 'application/json', '{"email":'],
    ['a body of a type the API does not take', 415, 'application/xml', '<email>ada@example.com</email>'],
  ])('answers %s, refused before any route runs, with a %d problem', async (_what, status, type, payload) => {
    const response = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/register',
      headers: { 'content-type': type },
      payload,
    });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status, instance: '/v1/auth/register' });
  });

  it('refuses a lone UTF-16 surrogate with a 400 problem naming the field', async () => {
    const response = await register(
      '{"email":"lone@example.com","password":"long enough secret","name":"Ada \\ud800","role":"candidate"}',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'name' }] });
  });
});
