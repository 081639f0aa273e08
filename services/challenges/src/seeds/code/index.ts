import { CLASSIFICATION_METRICS } from './classification-metrics.demo';
import { DEBOUNCE } from './debounce.demo';
import type { DemoCodeChallenge } from './demo-challenge';
import { GROUP_SPLIT } from './group-split.demo';
import { KMEANS_ASSIGNMENT } from './kmeans-assignment.demo';
import { LRU_CACHE } from './lru-cache.demo';
import { RUNNING_TOTALS } from './running-totals.demo';
import { TRAIN_ONLY_STANDARDISATION } from './train-only-standardisation.demo';

export type { DemoCodeChallenge } from './demo-challenge';

/**
 * Demo code challenges for the catalogue's skills (issue 13 item 6). Seeds are written once per slug
 * and never updated, so a change to a seeded challenge is a new challenge with a new slug, appended:
 * databases seeded before keep theirs and gain it on the next start.
 */
export const DEMO_CODE_CHALLENGES: DemoCodeChallenge[] = [
  CLASSIFICATION_METRICS,
  GROUP_SPLIT,
  KMEANS_ASSIGNMENT,
  LRU_CACHE,
  DEBOUNCE,
  RUNNING_TOTALS,
  TRAIN_ONLY_STANDARDISATION,
];
