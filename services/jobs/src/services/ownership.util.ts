import type { Principal } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';

/** The company a caller acts for; only company members and company API keys have one. */
export function companyOf(principal: Principal): string {
  if (principal.role !== 'company' || !principal.companyId) {
    throw DomainError.forbidden('auth.company_required', 'Only a member of a company can do this');
  }
  return principal.companyId;
}

export function candidateOf(principal: Principal): string {
  if (principal.role !== 'candidate') {
    throw DomainError.forbidden('auth.candidate_required', 'Only a candidate can do this');
  }
  return principal.userId;
}

export function requireOwner(resource: string, ownerCompanyId: string, companyId: string): void {
  if (ownerCompanyId !== companyId) {
    throw DomainError.forbidden(`${resource}.not_owner`, `This ${resource} belongs to another company`);
  }
}
