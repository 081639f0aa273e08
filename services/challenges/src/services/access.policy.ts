import type { Principal } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';

/** Who may change a challenge: an admin, or a member of the company that owns it. */
export function canManage(principal: Principal | undefined, owner: { companyId: string | null }): boolean {
  if (!principal) return false;
  if (principal.role === 'admin') return true;
  return principal.role === 'company' && owner.companyId !== null && principal.companyId === owner.companyId;
}

/** Who may read a submission: its candidate, the company whose challenge it answers, an admin. */
export function canReadSubmission(
  principal: Principal,
  submission: { candidateId: string; companyId: string | null },
): boolean {
  return principal.userId === submission.candidateId || canManage(principal, submission);
}

export function requireRole(principal: Principal | undefined, ...roles: Principal['role'][]): Principal {
  if (!principal) throw DomainError.unauthorized('auth.required', 'Sign in to do this');
  if (!roles.includes(principal.role)) {
    throw DomainError.forbidden('auth.role', `This needs the ${roles.join(' or ')} role`);
  }
  return principal;
}
