import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { AccountRole, AuthSession, UserView } from '@skillproof/contracts';

export interface RegisteredAccount {
  token: string;
  /** Ready for `gateway.inject({ headers })`. */
  headers: { authorization: string };
  user: UserView;
  email: string;
  password: string;
}

export interface RegisterOptions {
  name?: string;
  /** Only for a company account; defaults to one named after the person. */
  companyName?: string;
}

/**
 * Registers a fresh account through the gateway, as a client would, and signs it in. The email is
 * unique on every call, so tests never collide on an existing account.
 */
export async function registerAccount(
  gateway: NestFastifyApplication,
  role: AccountRole,
  options: RegisterOptions = {},
): Promise<RegisteredAccount> {
  const name = options.name ?? (role === 'candidate' ? 'Test Candidate' : 'Test Recruiter');
  const email = `${role}-${randomUUID()}@example.com`;
  const password = 'correct horse battery';
  const companyName = role === 'company' ? (options.companyName ?? `${name} Ltd`) : undefined;
  const response = await gateway.inject({
    method: 'POST',
    url: '/v1/auth/register',
    payload: { email, password, name, role, ...(companyName ? { companyName } : {}) },
  });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  const session = response.json<AuthSession>();
  return {
    token: session.accessToken,
    headers: { authorization: `Bearer ${session.accessToken}` },
    user: session.user,
    email,
    password,
  };
}
