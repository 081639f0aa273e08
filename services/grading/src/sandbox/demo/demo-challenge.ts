import { CODE_LIMIT_BOUNDS, type CodeChallengeSpec } from '@skillproof/contracts';

/**
 * A code challenge as demo data: what the challenges service will seed (the lead moves these into its
 * seeds at integration). `referenceSolution` must pass every test; a test checks it in the sandbox.
 */
export interface DemoCodeChallenge {
  slug: string;
  title: string;
  /** Catalogue skill slugs this challenge verifies. */
  skills: string[];
  brief: string;
  starterCode: string;
  referenceSolution: string;
  spec: CodeChallengeSpec;
}

/** The limits a challenge gets when its author names none. */
export const DEMO_LIMITS = {
  timeMs: CODE_LIMIT_BOUNDS.timeMs.default,
  memoryMb: CODE_LIMIT_BOUNDS.memoryMb.default,
  outputBytes: CODE_LIMIT_BOUNDS.outputBytes.default,
};
