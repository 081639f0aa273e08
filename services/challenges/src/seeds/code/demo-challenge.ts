import { CODE_LIMIT_BOUNDS, type CodeChallengeSpec, type RubricCriterion } from '@skillproof/contracts';

/**
 * A code challenge as demo data, seeded as a platform challenge. `referenceSolution` must pass every
 * test; code-seeds.int.spec.ts checks it in grading's sandbox.
 */
export interface DemoCodeChallenge {
  slug: string;
  title: string;
  /** Catalogue skill slugs this challenge verifies. */
  skills: string[];
  brief: string;
  starterCode: string;
  referenceSolution: string;
  /** The rubric of the AI review, for a challenge whose `spec.scoring` gives the review a weight. */
  review?: { criteria: RubricCriterion[] };
  spec: CodeChallengeSpec;
}

/** The limits a challenge gets when its author names none. */
export const DEMO_LIMITS = {
  timeMs: CODE_LIMIT_BOUNDS.timeMs.default,
  memoryMb: CODE_LIMIT_BOUNDS.memoryMb.default,
  outputBytes: CODE_LIMIT_BOUNDS.outputBytes.default,
};
