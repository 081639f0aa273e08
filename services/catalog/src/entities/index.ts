import { BUS_ENTITIES } from '@skillproof/bus';

/**
 * The catalogue's own tables are read and written with SQL in `repositories/` (full-text search,
 * trigram ranking and graph joins do not map onto an ORM); TypeORM only needs the bus tables.
 */
export const CATALOG_ENTITIES = [...BUS_ENTITIES];
