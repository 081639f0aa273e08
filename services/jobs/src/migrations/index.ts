import { BUS_MIGRATIONS } from '@skillproof/bus';
import { CreateJobs1700000000500 } from './1700000000500-create-jobs';
import { CreateWebhooks1700000000510 } from './1700000000510-create-webhooks';
import { WebhookLimits1700000000520 } from './1700000000520-webhook-limits';
import { AddCompanyScores1700000000540 } from './1700000000540-add-company-scores';
import { MillisecondListTimes1700000000550 } from './1700000000550-millisecond-list-times';

export const JOBS_MIGRATIONS = [
  ...BUS_MIGRATIONS,
  CreateJobs1700000000500,
  CreateWebhooks1700000000510,
  WebhookLimits1700000000520,
  AddCompanyScores1700000000540,
  MillisecondListTimes1700000000550,
];
