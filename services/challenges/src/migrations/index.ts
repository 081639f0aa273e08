import { BUS_MIGRATIONS } from '@skillproof/bus';
import { CreateChallenges1700000000200 } from './1700000000200-create-challenges';
import { AddTrust1700000000210 } from './1700000000210-add-trust';

export const CHALLENGES_MIGRATIONS = [...BUS_MIGRATIONS, CreateChallenges1700000000200, AddTrust1700000000210];
