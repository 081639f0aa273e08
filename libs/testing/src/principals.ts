import { randomUUID } from 'node:crypto';
import type { Principal } from '@skillproof/contracts';

/**
 * Callers as the gateway would vouch for them, each a fresh person, for tests that talk to a
 * service over NATS directly and so pass the principal themselves.
 */
export function companyMember(companyId: string = randomUUID()): Principal {
  return { userId: randomUUID(), role: 'company', companyId, via: 'token' };
}

export function candidate(): Principal {
  return { userId: randomUUID(), role: 'candidate', via: 'token' };
}

export function admin(): Principal {
  return { userId: randomUUID(), role: 'admin', via: 'token' };
}
