import type { CodeLanguage, CriterionGrade, GraderName, RubricCriterion } from '@skillproof/contracts';

/**
 * What a review of code may know beside the source: the language and how many tests passed. Never a
 * test's arguments or expected value: hidden tests must not reach the model.
 */
export interface CodeReviewContext {
  language: CodeLanguage;
  testsPassed: number;
  testsRun: number;
}

export interface GradingInput {
  challengeTitle: string;
  brief: string;
  criteria: RubricCriterion[];
  content: string;
  /** Present when the content is code whose tests already ran: the grader reviews its quality only. */
  code?: CodeReviewContext;
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
