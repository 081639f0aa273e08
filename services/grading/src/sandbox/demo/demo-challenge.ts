import type { CodeChallengeSpec } from '@skillproof/contracts';

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

export const DEMO_LIMITS = { timeMs: 2_000, memoryMb: 128, outputBytes: 65_536 };
