import type { Level, RubricCriterion } from '@skillproof/contracts';
import type { StoredCode } from '../entities/challenge.entity';

/** A platform challenge as written in a seed file; the loader inserts it once, by its key. */
export interface ChallengeSeed {
  key: string;
  title: string;
  brief: string;
  skills: string[];
  difficulty: Level;
  timeLimitMinutes: number;
  /** Empty for a code challenge graded by its tests alone; the AI review's rubric where its scoring has one. */
  criteria: RubricCriterion[];
  code?: StoredCode;
  /** Sample answers with the scores an experienced reviewer gave them, per criterion. */
  references?: Array<{ content: string; humanScores: Record<string, number> }>;
}
