import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
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
  TestClock,
  type OpenAiStub,
  type RegisteredAccount,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { GATEWAY } from '../src/app.definition';
import { AccountChangesListener } from '../src/profiles/account-changes.listener';
import { OWN_ACCOUNT_TTL_MS } from '../src/profiles/own-account.cache';

const ADMIN = { email: 'admin@example.com', password: 'admin password long' };

/**
 * GET /v1/me is answered from a per-user view each gateway keeps. Every write that changes what it
 * shows must show on the next read at the gateway that made it, and soon at every other gateway.
 */
describe('the own account view kept by the gateways', () => {
  let profilesDb: TestDatabase;
  let challengesDb: TestDatabase;
  let gradingDb: TestDatabase;
  let nats: TestNats;
  let stub: OpenAiStub;
  const services: NestFastifyApplication[] = [];
  let first: NestFastifyApplication;
  let second: NestFastifyApplication;
  const clock = new TestClock();

  beforeAll(async () => {
    [profilesDb, challengesDb, gradingDb, nats] = await Promise.all([
      createTestDatabase('own_account_profiles'),
      createTestDatabase('own_account_challenges'),
      createTestDatabase('own_account_grading'),
      startTestNats(),
    ]);
    stub = await startOpenAiStub({ respond: (request) => gradeReply(request, 77) });
    services.push(
      ...(await Promise.all([
        startApp(
          PROFILES_SERVICE,
          {
            DATABASE_URL: profilesDb.url,
            NATS_URL: nats.url,
            ADMIN_EMAIL: ADMIN.email,
            ADMIN_PASSWORD: ADMIN.password,
          },
          { clock },
        ),
        startApp(CHALLENGES_SERVICE, { DATABASE_URL: challengesDb.url, NATS_URL: nats.url }),
        startApp(GRADING_SERVICE, {
          DATABASE_URL: gradingDb.url,
          NATS_URL: nats.url,
          OPENAI_API_KEY: 'sk-test',
          OPENAI_BASE_URL: stub.baseUrl,
          OPENAI_MODEL: 'gpt-test',
        }),
      ])),
    );
    [first, second] = await Promise.all([
      startApp(GATEWAY, { NATS_URL: nats.url }, { clock }),
      startApp(GATEWAY, { NATS_URL: nats.url }, { clock }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await Promise.all(services.map((service) => service.close()));
    await stub?.close();
    await nats?.dispose();
    await Promise.all([profilesDb?.drop(), challengesDb?.drop(), gradingDb?.drop()]);
  });

  const me = (gateway: NestFastifyApplication, headers: Record<string, string>) =>
    gateway.inject({ method: 'GET', url: '/v1/me', headers });
  const meOf = async (gateway: NestFastifyApplication, headers: Record<string, string>) => {
    const response = await me(gateway, headers);
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const signIn = async (email: string, password: string) => {
    const response = await first.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
    expect(response.statusCode).toBe(200);
    return bearer(response.json().accessToken);
  };
  /** A company member who joined the owner's company by invitation, signed in. */
  const joinCompany = async (owner: RegisteredAccount, name: string) => {
    const invitation = await first.inject({ method: 'POST', url: '/v1/company/invitations', headers: owner.headers });
    const email = `member-${randomUUID()}@example.com`;
    const joined = await first.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email, password: 'member password', name, role: 'company', invitationCode: invitation.json().code },
    });
    expect(joined.statusCode).toBe(201);
    return {
      id: joined.json().user.id as string,
      email,
      password: 'member password',
      headers: bearer(joined.json().accessToken),
    };
  };
  /** An admin makes the user a member of the company, through the gateway given. */
  const moveToCompany = async (gateway: NestFastifyApplication, userId: string, companyId: string | null) => {
    const changed = await gateway.inject({
      method: 'PATCH',
      url: `/v1/admin/users/${userId}`,
      headers: await signIn(ADMIN.email, ADMIN.password),
      payload: { role: 'company', companyId },
    });
    expect(changed.statusCode).toBe(200);
  };
  const removeMember = async (gateway: NestFastifyApplication, owner: RegisteredAccount, memberId: string) => {
    const removed = await gateway.inject({
      method: 'DELETE',
      url: `/v1/company/members/${memberId}`,
      headers: owner.headers,
    });
    expect(removed.statusCode).toBe(204);
  };
  /** Reads the view at both gateways, so each holds it before a change. */
  const readAtBoth = async (account: RegisteredAccount) => {
    for (const gateway of [first, second]) await meOf(gateway, account.headers);
  };

  it('shows a profile edit on the next read at the gateway that made it, and soon at the other', async () => {
    const candidate = await registerAccount(first, 'candidate', { name: 'Rosa Lind' });
    await readAtBoth(candidate);

    const edited = await first.inject({
      method: 'PATCH',
      url: '/v1/me/profile',
      headers: candidate.headers,
      payload: { name: 'Rosa Lindqvist', headline: 'Forecasting for retail' },
    });
    expect(edited.statusCode).toBe(200);

    expect((await meOf(first, candidate.headers)).profile).toMatchObject({
      name: 'Rosa Lindqvist',
      headline: 'Forecasting for retail',
    });
    await expectEventually(async () =>
      expect((await meOf(second, candidate.headers)).profile.headline).toBe('Forecasting for retail'),
    );
  });

  it('shows a skill verified by a graded submission at every gateway', async () => {
    const candidate = await registerAccount(first, 'candidate');
    await readAtBoth(candidate);
    expect((await meOf(first, candidate.headers)).profile.verifiedSkills).toEqual([]);

    await submitWork(first, candidate, 'Compare against a naive baseline before tuning anything else.');

    for (const gateway of [first, second]) {
      await expectEventually(async () => {
        const skills: Array<{ score: number }> = (await meOf(gateway, candidate.headers)).profile.verifiedSkills;
        expect(skills.length).toBeGreaterThan(0);
        expect(skills.map(({ score }) => score)).toEqual(skills.map(() => 77));
      }, 30_000);
    }
  });

  it("shows an admin's role change at every gateway to the user's new sign-in", async () => {
    const company = await registerAccount(first, 'company');
    const candidate = await registerAccount(first, 'candidate');
    await readAtBoth(candidate);

    await moveToCompany(second, candidate.user.id, company.user.companyId);

    const session = await signIn(candidate.email, candidate.password);
    const expected = {
      user: { role: 'company', companyId: company.user.companyId },
      company: { id: company.user.companyId },
      profile: null,
    };
    expect(await meOf(second, session)).toMatchObject(expected);
    await expectEventually(async () => expect(await meOf(first, session)).toMatchObject(expected));
  });

  it("shows a member's removal from a company at every gateway to their new sign-in", async () => {
    const owner = await registerAccount(first, 'company');
    const member = await joinCompany(owner, 'Theo Member');
    for (const gateway of [first, second]) {
      expect((await meOf(gateway, member.headers)).company).toEqual({
        id: owner.user.companyId,
        name: expect.any(String),
      });
    }

    await removeMember(first, owner, member.id);

    const session = await signIn(member.email, member.password);
    const expected = { user: { role: 'candidate', companyId: null }, company: null, profile: { name: 'Theo Member' } };
    expect(await meOf(first, session)).toMatchObject(expected);
    await expectEventually(async () => expect(await meOf(second, session)).toMatchObject(expected));
  });

  it('heals from a change it never heard of once the view has outlived its lifetime', async () => {
    const candidate = await registerAccount(first, 'candidate');
    expect((await meOf(first, candidate.headers)).profile.headline).toBeNull();
    // A write that announces nothing, as if the event had been lost.
    const database = new Client({ connectionString: profilesDb.url });
    await database.connect();
    try {
      await database.query(`UPDATE candidate_profiles SET headline = 'Written behind its back' WHERE user_id = $1`, [
        candidate.user.id,
      ]);
    } finally {
      await database.end();
    }
    expect((await meOf(first, candidate.headers)).profile.headline).toBeNull();

    clock.advance(OWN_ACCOUNT_TTL_MS);
    expect((await meOf(first, candidate.headers)).profile.headline).toBe('Written behind its back');
  });

  it("never answers one user with another's view, nor an API key with its maker's", async () => {
    const [ana, ben] = [
      await registerAccount(first, 'candidate', { name: 'Ana Ortiz' }),
      await registerAccount(first, 'candidate', { name: 'Ben Okoro' }),
    ];
    const company = await registerAccount(first, 'company', { name: 'Cai Maker' });
    for (let round = 0; round < 3; round += 1) {
      expect((await meOf(first, ana.headers)).user).toMatchObject({ id: ana.user.id, name: 'Ana Ortiz' });
      expect((await meOf(first, ben.headers)).user).toMatchObject({ id: ben.user.id, name: 'Ben Okoro' });
      expect((await meOf(first, company.headers)).user).toMatchObject({ id: company.user.id, name: 'Cai Maker' });
    }

    const created = await first.inject({ method: 'POST', url: '/v1/api-keys', headers: company.headers, payload: {} });
    const byKey = await me(first, { 'x-api-key': created.json().key });
    expect(byKey.statusCode).toBe(403);
    expect(byKey.json().code).toBe('auth.user_required');
  });

  /** Changes made through a gateway must show there at once, before (or without) their event. */
  describe('at a gateway that hears no events', () => {
    let deaf: NestFastifyApplication;

    beforeAll(async () => {
      deaf = await startApp(GATEWAY, { NATS_URL: nats.url }, { clock });
      deaf.get(AccountChangesListener).onModuleDestroy();
    });

    afterAll(async () => {
      await deaf?.close();
    });

    it('shows a REST profile edit on the next read, and revalidates a kept ETag to the new answer', async () => {
      const candidate = await registerAccount(deaf, 'candidate');
      const etag = (await me(deaf, candidate.headers)).headers.etag as string;

      const edited = await deaf.inject({
        method: 'PATCH',
        url: '/v1/me/profile',
        headers: candidate.headers,
        payload: { headline: 'Survival models' },
      });
      expect(edited.statusCode).toBe(200);

      const after = await me(deaf, { ...candidate.headers, 'if-none-match': etag });
      expect(after.statusCode).toBe(200);
      expect(after.json().profile.headline).toBe('Survival models');
      expect((await me(deaf, { ...candidate.headers, 'if-none-match': after.headers.etag as string })).statusCode).toBe(
        304,
      );
    });

    it('shows a GraphQL profile edit on the next REST read', async () => {
      const candidate = await registerAccount(deaf, 'candidate');
      await meOf(deaf, candidate.headers);

      const mutation = await deaf.inject({
        method: 'POST',
        url: '/graphql',
        headers: candidate.headers,
        payload: { query: 'mutation { updateProfile(input: { location: "Porto" }) { location } }' },
      });
      expect(mutation.json()).toEqual({ data: { updateProfile: { location: 'Porto' } } });

      expect((await meOf(deaf, candidate.headers)).profile.location).toBe('Porto');
    });

    it("shows an admin's role change and a member's removal made through it to the users' new sign-ins", async () => {
      const owner = await registerAccount(first, 'company');
      const candidate = await registerAccount(first, 'candidate');
      const member = await joinCompany(owner, 'Una Member');
      await meOf(deaf, candidate.headers);
      await meOf(deaf, member.headers);

      await moveToCompany(deaf, candidate.user.id, owner.user.companyId);
      await removeMember(deaf, owner, member.id);

      expect(await meOf(deaf, await signIn(candidate.email, candidate.password))).toMatchObject({
        user: { role: 'company' },
        company: { id: owner.user.companyId },
      });
      expect(await meOf(deaf, await signIn(member.email, member.password))).toMatchObject({
        user: { role: 'candidate' },
        company: null,
      });
    });
  });
});
