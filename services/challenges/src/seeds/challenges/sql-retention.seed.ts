import type { ChallengeSeed } from '../challenge-seed';

export const sqlRetention: ChallengeSeed = {
  key: 'sql-retention',
  title: 'Write the weekly cohort retention query',
  brief:
    'You have two tables: users(id, signed_up_at) and sessions(user_id, started_at). Write one SQL query ' +
    '(PostgreSQL) that returns, for each weekly sign-up cohort, the number of users and the share of them ' +
    'who had at least one session in each of the following eight weeks. Explain how your query treats users ' +
    'with no sessions at all, time zones, and a cohort whose later weeks are still in the future.',
  skills: ['sql'],
  difficulty: 'intermediate',
  timeLimitMinutes: 45,
  criteria: [
    {
      key: 'correctness',
      description: 'The query computes cohort sizes and per-week active shares correctly, with a proper week index.',
      weight: 45,
    },
    {
      key: 'edge_cases',
      description: 'Keeps users without sessions in the cohort size and leaves future weeks empty rather than zero.',
      weight: 25,
    },
    {
      key: 'readability',
      description: 'Uses named CTEs and clear aliases so that a reviewer can follow each step.',
      weight: 15,
    },
    {
      key: 'performance',
      description: 'Mentions the indexes or pre-aggregation the query needs on large tables.',
      weight: 15,
    },
  ],
};
