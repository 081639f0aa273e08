import type { BulkRegradeRequestedData, SubmissionCreatedData } from '@skillproof/contracts';

/** The bulk re-grade a grading request belongs to; null for a submission or a candidate's re-grade. */
export function regradeIdOf(data: SubmissionCreatedData | BulkRegradeRequestedData): string | null {
  return 'regradeId' in data && typeof data.regradeId === 'string' ? data.regradeId : null;
}
