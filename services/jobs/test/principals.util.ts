import { randomUUID } from 'node:crypto';
import type { JobsPrincipal } from '@skillproof/contracts';

export function companyMember(companyId: string = randomUUID()): JobsPrincipal {
  return { userId: randomUUID(), role: 'company', companyId, via: 'token' };
}

export function candidate(): JobsPrincipal {
  return { userId: randomUUID(), role: 'candidate', via: 'token' };
}
