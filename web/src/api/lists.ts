import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchClient } from './client';
import type { paths } from './schema';

type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;
type Filter<P extends keyof paths> = Omit<Query<P>, 'cursor'>;

interface Page {
  nextCursor?: string | null;
}

/**
 * Lists page with `cursor`/`nextCursor`; these are React Query's infinite queries for them, so a
 * "Load more" button can append the next page. The first page is asked for without a cursor.
 */
function pages<T extends Page>(
  key: readonly unknown[],
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<{ data?: T; error?: unknown }>,
) {
  return infiniteQueryOptions({
    queryKey: key,
    queryFn: async ({ pageParam, signal }) => {
      const { data, error } = await fetchPage(pageParam, signal);
      if (error !== undefined || data === undefined) throw error;
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: T) => last.nextCursor ?? undefined,
  });
}

export const challengeList = (filter: Filter<'/v1/challenges'>) =>
  pages(['get', '/v1/challenges', 'pages', filter], (cursor, signal) =>
    fetchClient.GET('/v1/challenges', { params: { query: { ...filter, cursor } }, signal }),
  );

export const jobList = (filter: Filter<'/v1/jobs'>) =>
  pages(['get', '/v1/jobs', 'pages', filter], (cursor, signal) =>
    fetchClient.GET('/v1/jobs', { params: { query: { ...filter, cursor } }, signal }),
  );

export const applicationList = (jobId: string) =>
  pages(['get', '/v1/jobs/{id}/applications', 'pages', jobId], (cursor, signal) =>
    fetchClient.GET('/v1/jobs/{id}/applications', {
      params: { path: { id: jobId }, query: { cursor, limit: 50 } },
      signal,
    }),
  );

export const deliveryList = (webhookId: string) =>
  pages(['get', '/v1/webhooks/{id}/deliveries', 'pages', webhookId], (cursor, signal) =>
    fetchClient.GET('/v1/webhooks/{id}/deliveries', {
      params: { path: { id: webhookId }, query: { cursor, limit: 20 } },
      signal,
    }),
  );
