/** How long shared caches and browsers may keep one public resource, in seconds. */
export interface PublicCaching {
  maxAge: number;
  staleWhileRevalidate: number;
  /** The answer differs by caller (an owner sees more): only anonymous answers may be shared. */
  perCaller?: boolean;
}

const CATALOGUE: PublicCaching = { maxAge: 60, staleWhileRevalidate: 300 };
/** Careers are edited by hand, rarely. */
const CAREERS: PublicCaching = { maxAge: 300, staleWhileRevalidate: 3_600 };
/** Challenges and jobs open and close during the day; their lists stay short-lived. */
const LISTINGS: PublicCaching = { maxAge: 30, staleWhileRevalidate: 120 };

/**
 * Every public read of the REST API by its route, and how it may be cached. A GET route not named
 * here reads the caller's own data: browsers may keep it but must revalidate, shared caches never.
 * A profile turned private must vanish soon, hence its short lifetime.
 */
export const PUBLIC_READS: Readonly<Record<string, PublicCaching>> = {
  '/v1/skills': CATALOGUE,
  '/v1/skills/:slug': CATALOGUE,
  '/v1/careers': CAREERS,
  '/v1/careers/:slug': CAREERS,
  '/v1/challenges': LISTINGS,
  '/v1/challenges/:id': { ...LISTINGS, perCaller: true },
  '/v1/jobs': LISTINGS,
  '/v1/jobs/:id': LISTINGS,
  '/v1/profiles/:handle': { maxAge: 30, staleWhileRevalidate: 60 },
};

/** Request headers that carry credentials; an answer that depends on them varies by them. */
export const CREDENTIAL_HEADERS = ['authorization', 'x-api-key'] as const;

export const PRIVATE_CACHE_CONTROL = 'private, no-cache';
export const ERROR_CACHE_CONTROL = 'no-store';

export function publicCacheControl(policy: PublicCaching): string {
  return `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`;
}

/**
 * Whether `If-None-Match` names the current entity tag. RFC 9110 §13.1.2: a list of tags or `*`,
 * compared weakly, so `W/"x"` matches `"x"`.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const wanted = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === wanted;
  });
}
