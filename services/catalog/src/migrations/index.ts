import { BUS_MIGRATIONS } from '@skillproof/bus';
import { CreateCatalog1700000000100 } from './1700000000100-create-catalog';

export const CATALOG_MIGRATIONS = [...BUS_MIGRATIONS, CreateCatalog1700000000100];
