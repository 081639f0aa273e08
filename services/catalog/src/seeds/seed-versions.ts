import type { SeedVersion } from './seed-version';
import { catalogV1 } from './v1';
import { catalogV2 } from './v2';

/** Applied in this order, each once per database. Append new versions; never edit an applied one. */
export const SEED_VERSIONS: SeedVersion[] = [catalogV1, catalogV2];
