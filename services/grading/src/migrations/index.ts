import { BUS_MIGRATIONS } from '@skillproof/bus';
import { CreateGrading1700000000300 } from './1700000000300-create-grading';
import { CreateGradingJobs1700000000310 } from './1700000000310-create-grading-jobs';
import { AddBulkRegrades1700000000320 } from './1700000000320-add-bulk-regrades';
import { AddGradingJobCacheKey1700000000330 } from './1700000000330-add-grading-job-cache-key';

export const GRADING_MIGRATIONS = [
  ...BUS_MIGRATIONS,
  CreateGrading1700000000300,
  CreateGradingJobs1700000000310,
  AddBulkRegrades1700000000320,
  AddGradingJobCacheKey1700000000330,
];
