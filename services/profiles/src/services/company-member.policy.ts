import type { Principal } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';

/**
 * Who may act for a company: its members, and its API keys where a key suffices. `area` names the
 * resource in the problem's code (`api_key.company_only`), `action` what was asked, for the message.
 */
export function companyOf(principal: Principal, area: string, action: string): string {
  if (principal.role !== 'company' || !principal.companyId) {
    throw DomainError.forbidden(`${area}.company_only`, `Only company members ${action}`);
  }
  return principal.companyId;
}

/** As companyOf, for what takes a person signed in: a leaked key must not mint keys or change who belongs. */
export function memberCompanyOf(principal: Principal, area: string, action: string): string {
  if (principal.via === 'api-key') {
    throw DomainError.forbidden(`${area}.member_only`, `Sign in as a company member to ${action}`);
  }
  return companyOf(principal, area, action);
}

/** Admins change roles, signed in: an admin's role is never a key's. */
export function assertAdmin(principal: Principal): void {
  if (principal.role !== 'admin' || principal.via !== 'token') {
    throw DomainError.forbidden('user.admin_only', 'Only an admin changes roles');
  }
}
