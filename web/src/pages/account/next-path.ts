/** Where to go after signing in: the `next` page asked for, if it is one of ours. */
export function nextPath(params: URLSearchParams, fallback: string): string {
  const next = params.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
