import type { CriterionGrade, GraderName, RubricCriterion } from '@skillproof/contracts';

export interface GradingInput {
  challengeTitle: string;
  brief: string;
  criteria: RubricCriterion[];
  content: string;
}

export interface GraderOutput {
  criteria: CriterionGrade[];
  feedback: string;
  tokens: { prompt: number; completion: number };
  costUsd: number;
  /** The grader itself noticed the submission addressing it. */
  injectionSuspected: boolean;
}

/** Every grader grades the same input into the same output; the rest of the service does not care which. */
export interface Grader {
  readonly name: GraderName;
  /** Changes whenever the prompt, schema or scoring changes, so that every grade says what produced it. */
  readonly version: string;
  readonly model: string | null;
  grade(input: GradingInput): Promise<GraderOutput>;
}

export const GRADER = Symbol('GRADER');

/** A grading that cannot succeed on a later delivery either: the submission fails with this reason. */
export class GradingFailure extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'GradingFailure';
  }
}
