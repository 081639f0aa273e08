import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AuthSession } from '@skillproof/contracts';

export interface SignedIn {
  token: string;
  /** Ready for `gateway.inject({ headers })`. */
  headers: { authorization: string };
}

/**
 * Signs in an existing account through the gateway, as a client would: the way to an admin, whom
 * only the profiles service's ADMIN_EMAIL/ADMIN_PASSWORD config can create.
 */
export async function signIn(
  gateway: NestFastifyApplication,
  credentials: { email: string; password: string },
): Promise<SignedIn> {
  const response = await gateway.inject({ method: 'POST', url: '/v1/auth/login', payload: credentials });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const { accessToken } = response.json<AuthSession>();
  return { token: accessToken, headers: { authorization: `Bearer ${accessToken}` } };
}
