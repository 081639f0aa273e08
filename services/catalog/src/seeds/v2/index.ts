import type { SeedVersion } from '../seed-version';
import { SKILL_SEEDS_V2 } from './web-languages.seed';

/** JavaScript and TypeScript, the languages of the sandbox's code challenges besides Python and SQL. */
export const catalogV2: SeedVersion = {
  version: '002-javascript-and-typescript',
  async apply(writer, manager) {
    await writer.skillsWithRelations(SKILL_SEEDS_V2, manager);
  },
};
