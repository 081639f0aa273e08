import type { Level, RubricCriterion } from '@skillproof/contracts';

/** A platform challenge as written in a seed file; the loader inserts it once, by its key. */
export interface ChallengeSeed {
  key: string;
  title: string;
  brief: string;
  skills: string[];
  difficulty: Level;
  timeLimitMinutes: number;
  criteria: RubricCriterion[];
  /** Sample answers with the scores an experienced reviewer gave them, per criterion. */
  references?: Array<{ content: string; humanScores: Record<string, number> }>;
}
