import { ChallengesRequests, type CalibrationSet } from '@skillproof/contracts';
import type { RequestClient } from '@skillproof/platform';

/** Asks the challenges service for every challenge's reference submissions. */
export function fetchCalibrationSets(requests: RequestClient): Promise<CalibrationSet[]> {
  return requests.request(ChallengesRequests.calibrationSets, {});
}
