import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createTestDatabase,
  expectEventually,
  startApp,
  startTestNats,
  TestClock,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GATEWAY } from '@skillproof/gateway';
import { PROFILES_SERVICE } from '../src/app.definition';
import { bearer, registerAccount, type Account } from './register-account.util';

const ADMIN = { email: 'admin@example.com', password: 'admin password long' };

describe('sessions end on role change, removal and sign-out everywhere, at every gateway', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let profiles: NestFastifyApplication;
  let gateway: NestFastifyApplication;
  let otherGateway: NestFastifyApplication;
  const clock = new TestClock();

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('profiles_sessions'), startTestNats()]);
    profiles = await startApp(
      PROFILES_SERVICE,
      { DATABASE_URL: database.url, NATS_URL: nats.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
      { clock },
    );
    [gateway, otherGateway] = await Promise.all([
      startApp(GATEWAY, { NATS_URL: nats.url }, { clock }),
      startApp(GATEWAY, { NATS_URL: nats.url }, { clock }),
    ]);
  });

  afterAll(async () => {
    await otherGateway?.close();
    await gateway?.close();
    await profiles?.close();
    await nats?.dispose();
    await database?.drop();
  });

  const me = (app: NestFastifyApplication, headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: '/v1/me', headers });
  const keyHeaders = (key: string) => ({ 'x-api-key': key });
  const refresh = (refreshToken: string) =>
    gateway.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken } });
  const keysOf = (app: NestFastifyApplication, headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: '/v1/api-keys', headers });

  async function signIn({ email, password }: { email: string; password: string }) {
    const response = await gateway.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
    expect(response.statusCode).toBe(200);
    return response.json<{ accessToken: string; refreshToken: string }>();
  }

  async function invite(owner: Account): Promise<string> {
    const response = await gateway.inject({
      method: 'POST',
      url: '/v1/company/invitations',
      headers: bearer(owner.token),
    });
    expect(response.statusCode).toBe(201);
    return response.json().code;
  }

  async function join(code: string, name = 'Invited Member') {
    const email = `member-${Math.random().toString(36).slice(2)}@example.com`;
    const response = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email, password: 'member password', name, role: 'company', invitationCode: code },
    });
    return { response, email, password: 'member password' };
  }

  async function createKey(token: string): Promise<string> {
    const response = await gateway.inject({ method: 'POST', url: '/v1/api-keys', headers: bearer(token), payload: {} });
    expect(response.statusCode).toBe(201);
    return response.json().key;
  }

  async function expectRefused(app: NestFastifyApplication, headers: Record<string, string>, code: string) {
    await expectEventually(async () => {
      const response = await me(app, headers);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe(code);
    });
  }

  it('joins a company with an invitation code, once, and lists its members', async () => {
    const owner = await registerAccount(gateway, 'company', 'Olu Owner');
    const code = await invite(owner);
    const joined = await join(code, 'Mina Member');
    expect(joined.response.statusCode).toBe(201);
    expect(joined.response.json().user).toMatchObject({ role: 'company', companyId: owner.companyId });

    const again = await join(code);
    expect(again.response.statusCode).toBe(409);
    expect(again.response.json().code).toBe('company.invitation_unusable');

    const members = await gateway.inject({ method: 'GET', url: '/v1/company/members', headers: bearer(owner.token) });
    expect(members.statusCode).toBe(200);
    expect(members.json().map((member: { name: string }) => member.name)).toEqual(['Olu Owner', 'Mina Member']);
    const candidate = await registerAccount(gateway, 'candidate');
    const foreign = await gateway.inject({
      method: 'GET',
      url: '/v1/company/members',
      headers: bearer(candidate.token),
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('refuses an expired invitation code, and one offered for a candidate account', async () => {
    const owner = await registerAccount(gateway, 'company');
    const code = await invite(owner);
    const asCandidate = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: {
        email: 'c@example.com',
        password: 'long enough pw',
        name: 'C',
        role: 'candidate',
        invitationCode: code,
      },
    });
    expect(asCandidate.statusCode).toBe(400);
    const malformed = await join('inv_short');
    expect(malformed.response.statusCode).toBe(400);

    clock.advance(7 * 86_400_000 + 1_000);
    const late = await join(code);
    expect(late.response.statusCode).toBe(409);
  });

  it("ends a removed member's tokens, refresh token and API keys on every gateway, and no one else's", async () => {
    const owner = await registerAccount(gateway, 'company', 'Ada Owner');
    const joined = await join(await invite(owner), 'Ben Leaving');
    const member = await signIn(joined);
    const memberId = joined.response.json().user.id;
    const memberKey = await createKey(member.accessToken);
    const ownerKey = await createKey(owner.token);
    // Both gateways have the member's token and key verified and cached before the removal.
    for (const app of [gateway, otherGateway]) {
      expect((await me(app, bearer(member.accessToken))).statusCode).toBe(200);
      expect((await keysOf(app, keyHeaders(memberKey))).statusCode).toBe(200);
    }

    const removed = await gateway.inject({
      method: 'DELETE',
      url: `/v1/company/members/${memberId}`,
      headers: bearer(owner.token),
    });
    expect(removed.statusCode).toBe(204);

    for (const app of [gateway, otherGateway]) {
      await expectRefused(app, bearer(member.accessToken), 'auth.session_ended');
      await expectEventually(async () => expect((await keysOf(app, keyHeaders(memberKey))).statusCode).toBe(401));
      expect((await me(app, bearer(owner.token))).statusCode).toBe(200);
      expect((await keysOf(app, keyHeaders(ownerKey))).statusCode).toBe(200);
    }
    expect((await refresh(member.refreshToken)).statusCode).toBe(401);

    // The person keeps a sign-in, now as a candidate outside the company.
    const after = await signIn(joined);
    const view = (await me(gateway, bearer(after.accessToken))).json();
    expect(view.user).toMatchObject({ role: 'candidate', companyId: null });
    expect(view.profile).toMatchObject({ name: 'Ben Leaving' });
    const ownerKeys = (await keysOf(gateway, bearer(owner.token))).json();
    expect(ownerKeys.filter((key: { revokedAt: string | null }) => key.revokedAt !== null)).toHaveLength(1);
  });

  it('keeps the last member of a company', async () => {
    const owner = await registerAccount(gateway, 'company');
    const alone = await gateway.inject({
      method: 'DELETE',
      url: `/v1/company/members/${owner.userId}`,
      headers: bearer(owner.token),
    });
    expect(alone.statusCode).toBe(409);
    expect(alone.json().code).toBe('company.last_member');
    expect((await me(gateway, bearer(owner.token))).statusCode).toBe(200);
  });

  it("refuses the old token after an admin changes a user's role, and the new role signs in", async () => {
    const admin = await signIn(ADMIN);
    const company = await registerAccount(gateway, 'company');
    const candidate = await registerAccount(gateway, 'candidate', 'Cleo Candidate');
    const session = await signIn(candidate);
    expect((await me(otherGateway, bearer(candidate.token))).statusCode).toBe(200);

    const changed = await gateway.inject({
      method: 'PATCH',
      url: `/v1/admin/users/${candidate.userId}`,
      headers: bearer(admin.accessToken),
      payload: { role: 'company', companyId: company.companyId },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'company', companyId: company.companyId });

    for (const app of [gateway, otherGateway]) await expectRefused(app, bearer(candidate.token), 'auth.session_ended');
    expect((await refresh(session.refreshToken)).statusCode).toBe(401);
    const after = await signIn(candidate);
    expect((await me(gateway, bearer(after.accessToken))).json()).toMatchObject({
      user: { role: 'company', companyId: company.companyId },
      company: { id: company.companyId },
      profile: null,
    });
    // The profile a company member no longer shows is private, not deleted.
    const profile = await gateway.inject({ method: 'GET', url: `/v1/profiles/${candidate.handle}` });
    expect(profile.statusCode).toBe(404);
    // Other users' sessions are untouched.
    expect((await me(gateway, bearer(company.token))).statusCode).toBe(200);
  });

  it('refuses role changes by non-admins, to unknown companies and of oneself, with problems', async () => {
    const admin = await signIn(ADMIN);
    const candidate = await registerAccount(gateway, 'candidate');
    const company = await registerAccount(gateway, 'company');
    const change = (headers: Record<string, string>, id: string, payload: object) =>
      gateway.inject({ method: 'PATCH', url: `/v1/admin/users/${id}`, headers, payload });

    expect((await change(bearer(company.token), candidate.userId, { role: 'admin' })).statusCode).toBe(403);
    const noCompany = await change(bearer(admin.accessToken), candidate.userId, { role: 'company' });
    expect(noCompany.statusCode).toBe(400);
    expect(noCompany.json().errors.map((error: { field: string }) => error.field)).toEqual(['companyId']);
    const unknown = await change(bearer(admin.accessToken), candidate.userId, {
      role: 'company',
      companyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(422);
    const adminId = (await me(gateway, bearer(admin.accessToken))).json().user.id;
    expect((await change(bearer(admin.accessToken), adminId, { role: 'candidate' })).statusCode).toBe(409);
    expect((await change(bearer(admin.accessToken), candidate.userId, { role: 'owner' })).statusCode).toBe(400);
    expect((await me(gateway, bearer(candidate.token))).statusCode).toBe(200);
  });

  it('signs out everywhere: every access and refresh token of the caller stops, at every gateway', async () => {
    const account = await registerAccount(gateway, 'candidate');
    const [laptop, phone] = [await signIn(account), await signIn(account)];
    const bystander = await registerAccount(gateway, 'candidate');
    expect((await me(otherGateway, bearer(phone.accessToken))).statusCode).toBe(200);

    const out = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/sign-out-everywhere',
      headers: bearer(laptop.accessToken),
    });
    expect(out.statusCode).toBe(204);

    for (const app of [gateway, otherGateway]) {
      for (const session of [laptop, phone])
        await expectRefused(app, bearer(session.accessToken), 'auth.session_ended');
    }
    for (const session of [laptop, phone]) {
      expect((await refresh(session.refreshToken)).statusCode).toBe(401);
    }
    expect((await me(gateway, bearer(bystander.token))).statusCode).toBe(200);
    const again = await signIn(account);
    expect((await me(otherGateway, bearer(again.accessToken))).statusCode).toBe(200);
  });

  it('revokes an API key at every gateway at once, even where it was cached', async () => {
    const owner = await registerAccount(gateway, 'company');
    const key = await createKey(owner.token);
    expect((await keysOf(otherGateway, keyHeaders(key))).statusCode).toBe(200);
    const [listed] = (await keysOf(gateway, bearer(owner.token))).json();
    const revoked = await gateway.inject({
      method: 'DELETE',
      url: `/v1/api-keys/${listed.id}`,
      headers: bearer(owner.token),
    });
    expect(revoked.statusCode).toBe(200);
    await expectEventually(async () => expect((await keysOf(otherGateway, keyHeaders(key))).statusCode).toBe(401));
  });

  it('loads the revocations before a newly started gateway accepts a token', async () => {
    const account = await registerAccount(gateway, 'candidate');
    const out = await gateway.inject({
      method: 'POST',
      url: '/v1/auth/sign-out-everywhere',
      headers: bearer(account.token),
    });
    expect(out.statusCode).toBe(204);
    await expectRefused(gateway, bearer(account.token), 'auth.session_ended');
    const late = await startApp(GATEWAY, { NATS_URL: nats.url }, { clock });
    try {
      const response = await me(late, bearer(account.token));
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('auth.session_ended');
    } finally {
      await late.close();
    }
  });
});
