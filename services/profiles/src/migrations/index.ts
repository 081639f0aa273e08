import { BUS_MIGRATIONS } from '@skillproof/bus';
import { CreateAccounts1700000000400 } from './1700000000400-create-accounts';
import { CreateVerifiedSkills1700000000410 } from './1700000000410-create-verified-skills';
import { OrderSkillEvidence1700000000420 } from './1700000000420-order-skill-evidence';
import { AddEvidenceTrust1700000000430 } from './1700000000430-add-evidence-trust';
import { PublicHandlesUnique1700000000435 } from './1700000000435-public-handles-unique';
import { CreateRefreshTokens1700000000440 } from './1700000000440-create-refresh-tokens';
import { AddSessionsAndInvitations1700000000450 } from './1700000000450-add-sessions-and-invitations';

export const PROFILES_MIGRATIONS = [
  ...BUS_MIGRATIONS,
  CreateAccounts1700000000400,
  CreateVerifiedSkills1700000000410,
  OrderSkillEvidence1700000000420,
  AddEvidenceTrust1700000000430,
  PublicHandlesUnique1700000000435,
  CreateRefreshTokens1700000000440,
  AddSessionsAndInvitations1700000000450,
];
