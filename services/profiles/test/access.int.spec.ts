import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, startApp, startTestNats, type TestDatabase, type TestNats } from '@skillproof/testing';
import { GATEWAY } from '@skillproof/gateway';
import { PROFILES_SERVICE } from '../src/app.definition';
import { bearer, registerAccount, type Account } from './register-account.util';

const ADMIN = { email: 'admin@skillproof.test', password: 'seeded admin secret' };

type Caller = 'anonymous' | 'otherCandidate' | 'otherCompany' | 'admin' | 'owner';
type Method = 'GET' | 'PATCH' | 'POST' | 'DELETE';

describe('API keys, profile visibility and who may do what', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let profiles: NestFastifyApplication;
  let gateway: NestFastifyApplication;
  let candidate: Account;
  let company: Account;
  let adminToken: string;

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('profiles_access'), startTestNats()]);
    profiles = await startApp(PROFILES_SERVICE, {
      DATABASE_URL: database.url,
      NATS_URL: nats.url,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
    candidate = await registerAccount(gateway, 'candidate', 'Owner Candidate');
    company = await registerAccount(gateway, 'company', 'Owner Company');
    const login = await gateway.inject({ method: 'POST', url: '/v1/auth/login', payload: ADMIN });
    adminToken = login.json().accessToken;
  });

  afterAll(async () => {
    await gateway?.close();
    await profiles?.close();
    await nats?.dispose();
    await database?.drop();
  });

  describe('API keys', () => {
    it('creates a key shown once, accepts it as X-Api-Key and refuses it at once after revocation', async () => {
      const created = await gateway.inject({
        method: 'POST',
        url: '/v1/api-keys',
        headers: bearer(company.token),
        payload: { name: 'ATS sync' },
      });
      expect(created.statusCode).toBe(201);
      const { id, key } = created.json();
      expect(key).toMatch(/^sk_live_[A-Za-z0-9_-]{43}$/);

      const listed = await gateway.inject({ method: 'GET', url: '/v1/api-keys', headers: { 'x-api-key': key } });
      expect(listed.statusCode).toBe(200);
      expect(listed.json()).toEqual([
        { id, name: 'ATS sync', prefix: key.slice(0, 14), createdAt: expect.any(String), revokedAt: null },
      ]);
      expect(listed.body).not.toContain(key);

      const minted = await gateway.inject({
        method: 'POST',
        url: '/v1/api-keys',
        headers: { 'x-api-key': key },
        payload: {},
      });
      expect(minted.statusCode).toBe(403);

      const revoked = await gateway.inject({
        method: 'DELETE',
        url: `/v1/api-keys/${id}`,
        headers: bearer(company.token),
      });
      expect(revoked.json().revokedAt).toEqual(expect.any(String));
      const after = await gateway.inject({ method: 'GET', url: '/v1/api-keys', headers: { 'x-api-key': key } });
      expect(after.statusCode).toBe(401);
      expect(after.json().code).toBe('auth.invalid_api_key');
    });

    it('refuses an unknown key with 401 rather than treating the caller as anonymous', async () => {
      const response = await gateway.inject({
        method: 'GET',
        url: '/v1/profiles/maya-okafor',
        headers: { 'x-api-key': 'sk_live_nope' },
      });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('profiles', () => {
    it('serves the seeded demo profiles publicly', async () => {
      const response = await gateway.inject({ method: 'GET', url: '/v1/profiles/maya-okafor' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ handle: 'maya-okafor', name: 'Maya Okafor', verifiedSkills: [] });
      expect(response.json()).not.toHaveProperty('visibility');
    });

    it('lets a candidate edit their profile and refuses a taken or malformed handle', async () => {
      const edited = await gateway.inject({
        method: 'PATCH',
        url: '/v1/me/profile',
        headers: bearer(candidate.token),
        payload: {
          headline: 'Ships models that stay calibrated',
          location: 'Porto',
          links: ['https://example.com/me'],
        },
      });
      expect(edited.statusCode).toBe(200);
      const shown = (await gateway.inject({ method: 'GET', url: `/v1/profiles/${candidate.handle}` })).json();
      expect(shown).toMatchObject({
        headline: 'Ships models that stay calibrated',
        location: 'Porto',
        links: ['https://example.com/me'],
      });

      const taken = await gateway.inject({
        method: 'PATCH',
        url: '/v1/me/profile',
        headers: bearer(candidate.token),
        payload: { handle: 'maya-okafor' },
      });
      expect(taken.statusCode).toBe(409);
      const malformed = await gateway.inject({
        method: 'PATCH',
        url: '/v1/me/profile',
        headers: bearer(candidate.token),
        payload: { handle: 'Not Valid', links: ['javascript:alert(1)'] },
      });
      expect(malformed.statusCode).toBe(400);
      expect(
        malformed
          .json()
          .errors.map((error: { field: string }) => error.field)
          .sort(),
      ).toEqual(['handle', 'links']);

      const nulled = await gateway.inject({
        method: 'PATCH',
        url: '/v1/me/profile',
        headers: bearer(candidate.token),
        payload: { handle: null, name: null },
      });
      expect(nulled.statusCode).toBe(400);
      expect(nulled.json().errors.map((error: { field: string }) => error.field)).toEqual(
        expect.arrayContaining(['handle', 'name']),
      );
    });

    it('hides a private profile behind the same 404 as an unknown handle', async () => {
      const other = await registerAccount(gateway, 'candidate', 'Private Person');
      await gateway.inject({
        method: 'PATCH',
        url: '/v1/me/profile',
        headers: bearer(other.token),
        payload: { visibility: 'private' },
      });
      const hidden = await gateway.inject({ method: 'GET', url: `/v1/profiles/${other.handle}` });
      const unknown = await gateway.inject({ method: 'GET', url: '/v1/profiles/no-such-person' });
      expect([hidden.statusCode, unknown.statusCode]).toEqual([404, 404]);
      expect(hidden.json().code).toBe(unknown.json().code);
      const graphql = await gateway.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: `{ profile(handle: "${other.handle}") { name } }` },
      });
      expect(graphql.json().errors[0].extensions).toMatchObject({ status: 404 });
    });

    it("lets another candidate take a private profile's handle, so asking for it reveals nothing", async () => {
      const hiding = await registerAccount(gateway, 'candidate', 'Quiet Quinn');
      const seeker = await registerAccount(gateway, 'candidate', 'Curious Cato');
      const patch = (account: Account, payload: Record<string, unknown>) =>
        gateway.inject({ method: 'PATCH', url: '/v1/me/profile', headers: bearer(account.token), payload });
      expect((await patch(hiding, { visibility: 'private' })).statusCode).toBe(200);

      const taken = await patch(seeker, { handle: hiding.handle });
      expect(taken.statusCode).toBe(200);
      const shown = await gateway.inject({ method: 'GET', url: `/v1/profiles/${hiding.handle}` });
      expect(shown.json()).toMatchObject({ handle: hiding.handle, name: 'Curious Cato' });

      const back = await patch(hiding, { visibility: 'public' });
      expect(back.statusCode).toBe(409);
      expect(back.json().code).toBe('profile.handle_taken');
      expect((await patch(hiding, { visibility: 'public', handle: 'quiet-quinn-again' })).statusCode).toBe(200);
    });

    it.each(['admin', 'support', 'skillproof-team'])('refuses the reserved handle %s', async (handle) => {
      const refused = await gateway.inject({
        method: 'PATCH',
        url: '/v1/me/profile',
        headers: bearer(candidate.token),
        payload: { handle },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().code).toBe('profile.handle_reserved');
    });
  });

  /**
   * Every private endpoint of accounts and profiles, called by each kind of caller. "owner" is the
   * candidate who owns the profile, or the company that owns the API key.
   */
  describe('authorization matrix', () => {
    let others: { candidate: Account; company: Account };
    let ownerKeyId: string;
    let privateHandle: string;

    beforeAll(async () => {
      others = {
        candidate: await registerAccount(gateway, 'candidate'),
        company: await registerAccount(gateway, 'company'),
      };
      const created = await gateway.inject({
        method: 'POST',
        url: '/v1/api-keys',
        headers: bearer(company.token),
        payload: {},
      });
      ownerKeyId = created.json().id;
      const hidden = await registerAccount(gateway, 'candidate', 'Hidden Owner');
      await gateway.inject({
        method: 'PATCH',
        url: '/v1/me/profile',
        headers: bearer(hidden.token),
        payload: { visibility: 'private' },
      });
      privateHandle = hidden.handle!;
    });

    const tokenOf = (caller: Caller, ownerRole: 'candidate' | 'company'): string | undefined =>
      ({
        anonymous: undefined,
        otherCandidate: others.candidate.token,
        otherCompany: others.company.token,
        admin: adminToken,
        owner: ownerRole === 'candidate' ? candidate.token : company.token,
      })[caller];

    const rows: Array<{
      name: string;
      method: Method;
      url: () => string;
      owner: 'candidate' | 'company';
      body?: object;
      expected: Record<Caller, number>;
    }> = [
      {
        name: 'GET /v1/me',
        method: 'GET',
        url: () => '/v1/me',
        owner: 'candidate',
        expected: { anonymous: 401, otherCandidate: 200, otherCompany: 200, admin: 200, owner: 200 },
      },
      {
        name: 'PATCH /v1/me/profile',
        method: 'PATCH',
        url: () => '/v1/me/profile',
        owner: 'candidate',
        body: { headline: 'Matrix' },
        expected: { anonymous: 401, otherCandidate: 200, otherCompany: 403, admin: 403, owner: 200 },
      },
      {
        name: 'GET /v1/profiles/:handle (private)',
        method: 'GET',
        url: () => `/v1/profiles/${privateHandle}`,
        owner: 'candidate',
        expected: { anonymous: 404, otherCandidate: 404, otherCompany: 404, admin: 404, owner: 404 },
      },
      {
        name: 'POST /v1/api-keys',
        method: 'POST',
        url: () => '/v1/api-keys',
        owner: 'company',
        body: {},
        expected: { anonymous: 401, otherCandidate: 403, otherCompany: 201, admin: 403, owner: 201 },
      },
      {
        name: 'GET /v1/api-keys',
        method: 'GET',
        url: () => '/v1/api-keys',
        owner: 'company',
        expected: { anonymous: 401, otherCandidate: 403, otherCompany: 200, admin: 403, owner: 200 },
      },
      {
        name: 'DELETE /v1/api-keys/:id',
        method: 'DELETE',
        url: () => `/v1/api-keys/${ownerKeyId}`,
        owner: 'company',
        expected: { anonymous: 401, otherCandidate: 403, otherCompany: 404, admin: 403, owner: 200 },
      },
    ];
    const callers: Caller[] = ['anonymous', 'otherCandidate', 'otherCompany', 'admin', 'owner'];

    it.each(rows.flatMap((row) => callers.map((caller) => [row.name, caller, row] as const)))(
      '%s as %s',
      async (_name, caller, row) => {
        const token = tokenOf(caller, row.owner);
        const response = await gateway.inject({
          method: row.method,
          url: row.url(),
          headers: token ? bearer(token) : {},
          ...(row.body ? { payload: row.body } : {}),
        });
        expect(response.statusCode).toBe(row.expected[caller]);
      },
    );

    it('shows a company only its own keys', async () => {
      const theirs = await gateway.inject({
        method: 'GET',
        url: '/v1/api-keys',
        headers: bearer(others.company.token),
      });
      expect(theirs.json().map((key: { id: string }) => key.id)).not.toContain(ownerKeyId);
      const ours = await gateway.inject({ method: 'GET', url: '/v1/api-keys', headers: bearer(company.token) });
      expect(ours.json().map((key: { id: string }) => key.id)).toContain(ownerKeyId);
    });
  });
});
