import { BUS_MIGRATIONS } from '@skillproof/bus';
import { CreateSkills1700000000100 } from './1700000000100-create-skills';

export const CATALOG_MIGRATIONS = [...BUS_MIGRATIONS, CreateSkills1700000000100];
