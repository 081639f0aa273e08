import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';

export interface Account {
  token: string;
  userId: string;
  email: string;
  password: string;
  companyId: string | null;
  handle?: string;
}

/** Registers a fresh candidate or company through the gateway and returns its token and ids. */
export async function registerAccount(
  gateway: NestFastifyApplication,
  role: 'candidate' | 'company',
  name = role === 'candidate' ? 'Test Candidate' : 'Test Recruiter',
): Promise<Account> {
  const email = `${role}-${randomUUID()}@example.com`;
  const password = 'correct horse battery';
  const response = await gateway.inject({
    method: 'POST',
    url: '/v1/auth/register',
    payload: { email, password, name, role, ...(role === 'company' ? { companyName: `${name} Ltd` } : {}) },
  });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  const { accessToken, user } = response.json();
  const me = await gateway.inject({ method: 'GET', url: '/v1/me', headers: bearer(accessToken) });
  return {
    token: accessToken,
    userId: user.id,
    email,
    password,
    companyId: user.companyId,
    handle: me.json().profile?.handle,
  };
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
