import { CLASSIFICATION_METRICS } from './classification-metrics.demo';
import { DEBOUNCE } from './debounce.demo';
import type { DemoCodeChallenge } from './demo-challenge';
import { GROUP_SPLIT } from './group-split.demo';
import { KMEANS_ASSIGNMENT } from './kmeans-assignment.demo';
import { LRU_CACHE } from './lru-cache.demo';
import { RUNNING_TOTALS } from './running-totals.demo';

export type { DemoCodeChallenge } from './demo-challenge';

/** Demo code challenges for the catalogue's skills (issue 13 item 6). */
export const DEMO_CODE_CHALLENGES: DemoCodeChallenge[] = [
  CLASSIFICATION_METRICS,
  GROUP_SPLIT,
  KMEANS_ASSIGNMENT,
  LRU_CACHE,
  DEBOUNCE,
  RUNNING_TOTALS,
];
