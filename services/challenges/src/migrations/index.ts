import { BUS_MIGRATIONS } from '@skillproof/bus';
import { CreateChallenges1700000000200 } from './1700000000200-create-challenges';

export const CHALLENGES_MIGRATIONS = [...BUS_MIGRATIONS, CreateChallenges1700000000200];
