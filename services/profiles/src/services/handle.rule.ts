/**
 * Handles that would let a candidate pass for the platform or its staff on a public profile page,
 * or shadow a route of the web app.
 */
const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  'about',
  'abuse',
  'account',
  'admin',
  'administrator',
  'api',
  'billing',
  'help',
  'helpdesk',
  'legal',
  'login',
  'me',
  'moderator',
  'official',
  'postmaster',
  'privacy',
  'profiles',
  'root',
  'security',
  'settings',
  'signup',
  'staff',
  'support',
  'system',
  'team',
  'webmaster',
  'www',
]);

/** The platform's own name may not appear in a handle at all (`skillproof-team`, `the-skillproof`). */
const PLATFORM_NAME = 'skillproof';

export function isReservedHandle(handle: string): boolean {
  const normalized = handle.toLowerCase();
  return RESERVED_HANDLES.has(normalized) || normalized.replaceAll('-', '').includes(PLATFORM_NAME);
}
