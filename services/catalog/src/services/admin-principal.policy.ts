import type { Principal } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';

/** The gateway already requires the admin role; the service checks again so a bus message alone cannot write. */
export function assertAdmin(principal: Principal | undefined): void {
  if (!principal) throw DomainError.unauthorized('auth.required', 'Catalogue changes need an authenticated admin');
  if (principal.role !== 'admin') throw DomainError.forbidden('auth.role', 'Only an admin may change the catalogue');
}
