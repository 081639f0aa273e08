import { randomUUID } from 'node:crypto';
import type { Principal } from '@skillproof/contracts';

export function companyMember(companyId: string = randomUUID()): Principal {
  return { userId: randomUUID(), role: 'company', companyId, via: 'token' };
}

export function candidate(): Principal {
  return { userId: randomUUID(), role: 'candidate', via: 'token' };
}
