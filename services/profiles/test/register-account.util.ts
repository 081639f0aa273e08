import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { registerAccount as registerThroughGateway } from '@skillproof/testing';

export interface Account {
  token: string;
  userId: string;
  email: string;
  password: string;
  companyId: string | null;
  handle?: string;
}

/** Registers a fresh candidate or company through the gateway and adds the profile handle it was given. */
export async function registerAccount(
  gateway: NestFastifyApplication,
  role: 'candidate' | 'company',
  name?: string,
): Promise<Account> {
  const account = await registerThroughGateway(gateway, role, { name });
  const me = await gateway.inject({ method: 'GET', url: '/v1/me', headers: account.headers });
  return {
    token: account.token,
    userId: account.user.id,
    email: account.email,
    password: account.password,
    companyId: account.user.companyId,
    handle: me.json().profile?.handle,
  };
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
