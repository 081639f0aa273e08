import {
  TESTS_ONLY_SCORING,
  type CodeGradeScoring,
  type CodeReviewOutcome,
  type CodeScoring,
} from '@skillproof/contracts';

/** What the review step produced: a score over the rubric, or why there is none. */
export type ReviewResult =
  | { outcome: 'reviewed'; score: number; steering: boolean }
  | { outcome: Exclude<CodeReviewOutcome, 'reviewed'>; reason: string };

export interface CodeScore {
  score: number;
  scoring: CodeGradeScoring;
  /** The review's score as counted; null when it did not count. */
  reviewScore: number | null;
  /** True when the review was held to the tests' score because the code addressed its reviewer. */
  held: boolean;
}

/**
 * A code grade's score from its tests and its AI review, by the challenge's stated split. The tests
 * are the facts, so the review can move the score by no more than its weight; when the code spoke to
 * its reviewer the review counts no higher than the tests' score, so a comment cannot buy a grade the
 * tests did not earn. Without a review (no model, or none usable) the tests make the whole score and
 * the note says so, rather than the review's weight being given away silently.
 */
export function combineCodeScore(stated: CodeScoring, testsScore: number, review?: ReviewResult): CodeScore {
  if (stated.review === 0 || review === undefined) {
    return {
      score: testsScore,
      scoring: {
        stated,
        applied: stated,
        testsScore,
        reviewScore: null,
        note: `Tests ${stated.tests}% × ${testsScore}`,
      },
      reviewScore: null,
      held: false,
    };
  }
  if (review.outcome !== 'reviewed') {
    const note =
      `Tests only: ${testsScore}. ${capitalise(review.reason)}, so the tests count 100% instead of the stated ` +
      `${stated.tests}%, and the AI review's ${stated.review}% was not applied`;
    return {
      score: testsScore,
      scoring: { stated, applied: { ...TESTS_ONLY_SCORING }, testsScore, reviewScore: null, note },
      reviewScore: null,
      held: false,
    };
  }
  const held = review.steering && review.score > testsScore;
  const reviewScore = held ? testsScore : review.score;
  const score = Math.round((testsScore * stated.tests + reviewScore * stated.review) / 100);
  const note =
    `Tests ${stated.tests}% × ${testsScore} + AI review ${stated.review}% × ${reviewScore} = ${score}` +
    (held
      ? ` (the review gave ${review.score}, held to the tests' score because the code addressed its reviewer)`
      : '');
  return { score, scoring: { stated, applied: stated, testsScore, reviewScore, note }, reviewScore, held };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
