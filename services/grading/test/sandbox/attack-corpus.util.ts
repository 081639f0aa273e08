import type { CodeRunResult, CodeTestStatus } from '@skillproof/contracts';

/**
 * One hostile submission and what a correct grade for it looks like. `statuses` lists the statuses of
 * SUM_TESTS in order (two visible, two hidden); `check` adds what else must hold.
 */
export interface Attack {
  name: string;
  source: string;
  statuses: CodeTestStatus[];
  check?: (result: CodeRunResult) => void;
}

const all = (status: CodeTestStatus): CodeTestStatus[] => [status, status, status, status];
export const ALL_ERROR = all('error');
export const ALL_FAILED = all('failed');
export const ALL_TIMEOUT = all('timeout');
export const ALL_MEMORY = all('memory');

/** A hidden test's arguments, which a leak would show: SUM_TESTS' hidden args include 4000000. */
export const HIDDEN_MARKER = '4000000';

export function expectNoHiddenLeak(result: CodeRunResult): void {
  expect(JSON.stringify(result)).not.toContain(HIDDEN_MARKER);
  expect(JSON.stringify(result)).not.toContain('6000000');
}
