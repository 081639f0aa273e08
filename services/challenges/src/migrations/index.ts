import { BUS_MIGRATIONS } from '@skillproof/bus';
import { CreateChallenges1700000000200 } from './1700000000200-create-challenges';
import { AddTrust1700000000210 } from './1700000000210-add-trust';
import { AddCodeChallenges1700000000220 } from './1700000000220-add-code-challenges';
import { AddCodeReview1700000000230 } from './1700000000230-add-code-review';
import { AddBulkRegrades1700000000240 } from './1700000000240-add-bulk-regrades';
import { MillisecondPublishTimes1700000000250 } from './1700000000250-millisecond-publish-times';

export const CHALLENGES_MIGRATIONS = [
  ...BUS_MIGRATIONS,
  CreateChallenges1700000000200,
  AddTrust1700000000210,
  AddCodeChallenges1700000000220,
  AddCodeReview1700000000230,
  AddBulkRegrades1700000000240,
  MillisecondPublishTimes1700000000250,
];
