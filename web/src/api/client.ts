import createFetchClient, { type Middleware } from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import { QueryClient } from '@tanstack/react-query';
import { sessions } from '../auth/session';
import { isProblem } from './problem';
import type { paths } from './schema';

/** Sends the signed-in account's token; a 401 for a token we sent means it no longer works. */
const authentication: Middleware = {
  onRequest({ request }) {
    const token = sessions.get()?.accessToken;
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('authorization')) sessions.end();
    return response;
  },
};

/**
 * The gateway serves this app, so the API is on the same origin. Public reads carry `max-age` for
 * shared caches; the app keeps its own cache (React Query) and asks the browser to revalidate every
 * read instead (an ETag makes that a cheap 304), so a company sees the job it has just posted.
 */
export const fetchClient = createFetchClient<paths>({ baseUrl: '', cache: 'no-cache' });
fetchClient.use(authentication);

/** Typed React Query hooks for every documented operation: `api.useQuery('get', '/v1/skills/{slug}', …)`. */
export const api = createQueryHooks(fetchClient);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A problem the gateway answered (404, 403…) will not change on a retry; a lost connection or a
      // service that is briefly unavailable (503) might.
      retry: (failures, error) => failures < 2 && (!isProblem(error) || error.status === 503),
    },
  },
});

/**
 * Cached answers belong to the account that asked: when the account changes (sign in, sign out,
 * an expired token, another tab), none of them is shown to the next one (what is on screen is read again).
 */
let cachedFor = sessions.get()?.user.id;
sessions.subscribe(() => {
  const userId = sessions.get()?.user.id;
  if (userId === cachedFor) return;
  cachedFor = userId;
  void queryClient.resetQueries();
});

/** Marks every cached answer under a path as stale (`/v1/challenges` covers lists and single challenges). */
export function invalidate(pathPrefix: string): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: ({ queryKey }) => typeof queryKey[1] === 'string' && queryKey[1].startsWith(pathPrefix),
  });
}
