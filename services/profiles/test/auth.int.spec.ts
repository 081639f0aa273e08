import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createTestDatabase,
  startApp,
  startTestNats,
  TestClock,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GATEWAY } from '@skillproof/gateway';
import { PROFILES_SERVICE } from '../src/app.definition';
import { bearer, registerAccount } from './register-account.util';

const LIMITS = {
  LOGIN_FAILURES_PER_ACCOUNT_ADDRESS: '3',
  LOGIN_FAILURES_PER_ACCOUNT: '8',
  LOGIN_FAILURES_PER_ADDRESS: '6',
  LOGIN_LOCKOUT_BASE_SECONDS: '2',
};

describe('registration, sign-in and tokens through the gateway', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let profiles: NestFastifyApplication;
  let gateway: NestFastifyApplication;
  // Lockouts and token lifetimes run on this clock, in the service and the gateway alike.
  const clock = new TestClock();

  const login = (email: string, password: string, remoteAddress = '198.51.100.1') =>
    gateway.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password }, remoteAddress });

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('profiles_auth'), startTestNats()]);
    profiles = await startApp(
      PROFILES_SERVICE,
      { DATABASE_URL: database.url, NATS_URL: nats.url, ...LIMITS },
      { clock },
    );
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url }, { clock });
  });

  afterAll(async () => {
    await gateway?.close();
    await profiles?.close();
    await nats?.dispose();
    await database?.drop();
  });

  it('registers a candidate, signs them in and shows them their own profile', async () => {
    const response = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: 'Ada@Example.com', password: 'analytical engine', name: 'Ada Lovelace', role: 'candidate' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      accessToken: expect.any(String),
      user: { email: 'ada@example.com', role: 'candidate' },
    });
    expect(response.body).not.toContain('analytical engine');

    const session = await login('ADA@example.com', 'analytical engine');
    expect(session.statusCode).toBe(200);
    const me = await gateway.inject({ method: 'GET', url: '/v1/me', headers: bearer(session.json().accessToken) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { name: 'Ada Lovelace', role: 'candidate', companyId: null },
      profile: { handle: 'ada-lovelace', visibility: 'public', verifiedSkills: [] },
      company: null,
    });
  });

  it('creates the company with a company account and makes the user its member', async () => {
    const account = await registerAccount(gateway, 'company', 'Grace Hopper');
    const me = (await gateway.inject({ method: 'GET', url: '/v1/me', headers: bearer(account.token) })).json();
    expect(me.user).toMatchObject({ role: 'company', companyId: account.companyId });
    expect(me.company).toEqual({ id: account.companyId, name: 'Grace Hopper Ltd' });
    expect(me.profile).toBeNull();
  });

  it('refuses a second account on the same email and a company account without a company name', async () => {
    const first = await registerAccount(gateway, 'candidate');
    const again = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: first.email.toUpperCase(), password: 'another password', name: 'Someone', role: 'candidate' },
    });
    expect(again.statusCode).toBe(409);
    const noCompany = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: 'recruiter@example.com', password: 'long enough pw', name: 'R', role: 'company' },
    });
    expect(noCompany.statusCode).toBe(400);
    expect(new Set(noCompany.json().errors.map((error: { field: string }) => error.field))).toEqual(
      new Set(['companyName']),
    );
    const admin = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: 'boss@example.com', password: 'long enough pw', name: 'B', role: 'admin' },
    });
    expect(admin.statusCode).toBe(400);
  });

  it('answers a wrong password and an unknown email with the same problem', async () => {
    const account = await registerAccount(gateway, 'candidate');
    const wrong = await login(account.email, 'not the password', '198.51.100.20');
    const unknown = await login('nobody-here@example.com', 'not the password', '198.51.100.21');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const { instance: _a, ...wrongProblem } = wrong.json();
    const { instance: _b, ...unknownProblem } = unknown.json();
    expect(wrongProblem).toEqual(unknownProblem);
    expect(wrongProblem.code).toBe('auth.invalid_credentials');
  });

  it('locks an account for the address guessing, even for the right password, and says when to retry', async () => {
    const account = await registerAccount(gateway, 'candidate');
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await login(account.email, 'guess', '198.51.100.30')).statusCode).toBe(401);
    }
    const locked = await login(account.email, account.password, '198.51.100.30');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(locked.json()).toMatchObject({ status: 429, code: 'auth.too_many_attempts' });

    clock.advance(Number(locked.headers['retry-after']) * 1_000 + 100);
    expect((await login(account.email, 'guess again', '198.51.100.30')).statusCode).toBe(401);
    const longer = await login(account.email, account.password, '198.51.100.30');
    expect(longer.statusCode).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBeGreaterThan(Number(locked.headers['retry-after']));
  });

  it('lets the owner in from their own address while an attacker elsewhere keeps guessing', async () => {
    const account = await registerAccount(gateway, 'candidate');
    for (let round = 0; round < 3; round++) {
      let attacker = await login(account.email, `guess ${round}`, '203.0.113.50');
      while (attacker.statusCode === 401) attacker = await login(account.email, 'another guess', '203.0.113.50');
      expect(attacker.statusCode).toBe(429);
      expect((await login(account.email, account.password, '198.51.100.77')).statusCode).toBe(200);
      clock.advance(Number(attacker.headers['retry-after']) * 1_000 + 100);
    }
  });

  it('still locks an account guessed at from many addresses, at a slower global limit', async () => {
    const account = await registerAccount(gateway, 'candidate');
    for (let attempt = 0; attempt < 8; attempt++) {
      expect((await login(account.email, 'guess', `198.51.100.${100 + attempt}`)).statusCode).toBe(401);
    }
    expect((await login(account.email, account.password, '198.51.100.99')).statusCode).toBe(429);
  });

  it('slows one address that tries many accounts, and only that address', async () => {
    const account = await registerAccount(gateway, 'candidate');
    for (let attempt = 0; attempt < 6; attempt++) {
      expect((await login(`stranger-${attempt}@example.com`, 'guess', '203.0.113.9')).statusCode).toBe(401);
    }
    expect((await login(account.email, account.password, '203.0.113.9')).statusCode).toBe(429);
    expect((await login(account.email, account.password, '203.0.113.10')).statusCode).toBe(200);
  });

  it('renews a session with a refresh token, once: a reused token revokes the whole sign-in', async () => {
    const account = await registerAccount(gateway, 'candidate');
    const signedIn = (await login(account.email, account.password, '198.51.100.80')).json();
    expect(signedIn.refreshToken).toMatch(/^rt_/);
    const refresh = (refreshToken: string) =>
      gateway.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken } });

    const renewed = await refresh(signedIn.refreshToken);
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json()).toMatchObject({ accessToken: expect.any(String), user: { email: account.email } });
    expect(renewed.json().refreshToken).not.toBe(signedIn.refreshToken);
    const me = await gateway.inject({ method: 'GET', url: '/v1/me', headers: bearer(renewed.json().accessToken) });
    expect(me.statusCode).toBe(200);

    // The first token again: someone else holds a copy, so neither copy nor successor works any more.
    const reused = await refresh(signedIn.refreshToken);
    expect(reused.statusCode).toBe(401);
    expect(reused.json().code).toBe('auth.refresh_token_reused');
    const successor = await refresh(renewed.json().refreshToken);
    expect(successor.statusCode).toBe(401);
    expect(successor.json().code).toBe('auth.invalid_refresh_token');
  });

  it('signs out: the refresh token stops working, other sign-ins keep theirs', async () => {
    const account = await registerAccount(gateway, 'candidate');
    const laptop = (await login(account.email, account.password, '198.51.100.81')).json();
    const phone = (await login(account.email, account.password, '198.51.100.82')).json();
    const signOut = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/sign-out',
      payload: { refreshToken: laptop.refreshToken },
    });
    expect(signOut.statusCode).toBe(204);
    const refresh = (refreshToken: string) =>
      gateway.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken } });
    expect((await refresh(laptop.refreshToken)).statusCode).toBe(401);
    expect((await refresh(phone.refreshToken)).statusCode).toBe(200);
  });

  it('lets a refresh token expire', async () => {
    const account = await registerAccount(gateway, 'candidate');
    const session = (await login(account.email, account.password, '198.51.100.83')).json();
    clock.advance(31 * 86_400_000);
    const expired = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('auth.invalid_refresh_token');
  });

  it('refuses a forged or malformed token with 401, even on a public route', async () => {
    const account = await registerAccount(gateway, 'candidate');
    const [header, payload] = account.token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not a signature').toString('base64url')}`;
    const publicRoute = await gateway.inject({
      method: 'GET',
      url: '/v1/profiles/ada-lovelace',
      headers: bearer(forged),
    });
    expect(publicRoute.statusCode).toBe(401);
    expect(publicRoute.json().code).toBe('auth.invalid_token');
    const basic = await gateway.inject({ method: 'GET', url: '/v1/me', headers: { authorization: 'Basic abc' } });
    expect(basic.statusCode).toBe(401);
    expect((await gateway.inject({ method: 'GET', url: '/v1/me' })).statusCode).toBe(401);
  });

  it('keeps tokens valid across a restart of the profiles service and lets short-lived ones expire', async () => {
    const account = await registerAccount(gateway, 'candidate');
    await profiles.close();
    profiles = await startApp(
      PROFILES_SERVICE,
      { DATABASE_URL: database.url, NATS_URL: nats.url, ACCESS_TOKEN_TTL_SECONDS: '60', ...LIMITS },
      { clock },
    );
    expect((await gateway.inject({ method: 'GET', url: '/v1/me', headers: bearer(account.token) })).statusCode).toBe(
      200,
    );

    const session = await login(account.email, account.password, '198.51.100.60');
    expect(session.json().expiresIn).toBe(60);
    const token = session.json().accessToken;
    expect((await gateway.inject({ method: 'GET', url: '/v1/me', headers: bearer(token) })).statusCode).toBe(200);
    clock.advance(61_000);
    const expired = await gateway.inject({ method: 'GET', url: '/v1/me', headers: bearer(token) });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('auth.token_expired');
  });

  it('registers, signs in and answers `me` over GraphQL', async () => {
    const graphql = (query: string, headers: Record<string, string> = {}) =>
      gateway.inject({ method: 'POST', url: '/graphql', payload: { query }, headers, remoteAddress: '198.51.100.70' });
    const registered = await graphql(
      'mutation { register(input: { email: "grace@example.com", password: "compiler pioneer", name: "Grace", role: "candidate" }) { accessToken user { role } } }',
    );
    expect(registered.json().data.register.user).toEqual({ role: 'candidate' });
    const loggedIn = await graphql(
      'mutation { login(input: { email: "grace@example.com", password: "compiler pioneer" }) { accessToken expiresIn } }',
    );
    const token = loggedIn.json().data.login.accessToken;
    const me = await graphql('{ me { user { email } profile { handle visibility } } }', bearer(token));
    expect(me.json().data.me).toEqual({
      user: { email: 'grace@example.com' },
      profile: { handle: 'grace', visibility: 'public' },
    });
    const anonymous = await graphql('{ me { user { email } } }');
    expect(anonymous.json().errors[0].extensions).toMatchObject({ status: 401 });
    const wrong = await graphql(
      'mutation { login(input: { email: "grace@example.com", password: "nope" }) { accessToken } }',
    );
    expect(wrong.json().errors[0].extensions).toMatchObject({ code: 'auth.invalid_credentials', status: 401 });
  });
});
