import { useQuery } from '@tanstack/react-query';
import { fetchClient } from '../../api/client';
import type { Challenge, JobSummary } from '../../api/types';

/*
 * The API has no "my company's challenges" or "my company's jobs" listing yet. Until it does, a
 * company's lists are put together from what it can read: its published challenges and open jobs
 * from the public lists, and its drafts from the ids this browser created (a draft is readable by
 * its owner). Both lists are read in full, which is fine at today's sizes.
 */

const MAX_PAGES = 10;
const draftsKey = (companyId: string) => `skillproof.drafts.${companyId}`;

export const companyDrafts = {
  remember(companyId: string, challengeId: string): void {
    const ids = new Set(companyDrafts.ids(companyId)).add(challengeId);
    localStorage.setItem(draftsKey(companyId), JSON.stringify([...ids]));
  },
  ids(companyId: string): string[] {
    try {
      return JSON.parse(localStorage.getItem(draftsKey(companyId)) ?? '[]') as string[];
    } catch {
      return [];
    }
  },
};

async function readAll<T extends { companyId: string | null }>(
  fetchPage: (
    cursor: string | undefined,
  ) => Promise<{ data?: { items: T[]; nextCursor?: string | null }; error?: unknown }>,
  companyId: string,
): Promise<T[]> {
  const mine: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data, error } = await fetchPage(cursor);
    if (error !== undefined || !data) throw error;
    mine.push(...data.items.filter((item) => item.companyId === companyId));
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return mine;
}

export function useCompanyChallenges(companyId: string) {
  return useQuery({
    queryKey: ['get', '/v1/challenges', 'company', companyId],
    queryFn: async (): Promise<Challenge[]> => {
      const published = await readAll(
        (cursor) => fetchClient.GET('/v1/challenges', { params: { query: { limit: 100, cursor } } }),
        companyId,
      );
      const ids = new Set([...companyDrafts.ids(companyId), ...published.map((challenge) => challenge.id)]);
      const reads = await Promise.all(
        [...ids].map((id) => fetchClient.GET('/v1/challenges/{id}', { params: { path: { id } } })),
      );
      return reads
        .flatMap((read) => (read.data ? [read.data] : []))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  });
}

export function useCompanyJobs(companyId: string) {
  return useQuery({
    queryKey: ['get', '/v1/jobs', 'company', companyId],
    queryFn: (): Promise<JobSummary[]> =>
      readAll((cursor) => fetchClient.GET('/v1/jobs', { params: { query: { limit: 100, cursor } } }), companyId),
  });
}
