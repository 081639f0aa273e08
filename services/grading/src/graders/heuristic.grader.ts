import type { CriterionGrade, RubricCriterion } from '@skillproof/contracts';
import type { Grader, GraderOutput, GradingInput } from './grader';

const STOP_WORDS = new Set([
  'about',
  'above',
  'after',
  'again',
  'against',
  'before',
  'being',
  'below',
  'between',
  'could',
  'doing',
  'during',
  'each',
  'from',
  'further',
  'having',
  'into',
  'itself',
  'more',
  'most',
  'other',
  'rather',
  'should',
  'such',
  'than',
  'that',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'through',
  'under',
  'until',
  'using',
  'very',
  'what',
  'when',
  'where',
  'which',
  'while',
  'with',
  'would',
  'your',
  'shows',
  'makes',
  'names',
  'uses',
]);

/** Words of this many characters or more carry the meaning of a criterion. */
const MIN_WORD = 5;
/** A stem this long matches "regularise" with "regularisation". */
const STEM = 6;
/** An answer this long is considered fully developed. */
const FULL_LENGTH_WORDS = 120;

/**
 * The offline grader: it measures how much of each criterion's vocabulary the answer covers and
 * how developed the answer is. It is deterministic and free, and every result says it came from
 * here, because it reads words, not reasoning.
 */
export class HeuristicGrader implements Grader {
  readonly name = 'heuristic' as const;
  readonly version = 'heuristic-1.0.0';
  readonly model = null;

  async grade(input: GradingInput): Promise<GraderOutput> {
    const answerStems = new Set(words(input.content).map(stem));
    const development = Math.min(1, words(input.content).length / FULL_LENGTH_WORDS);
    const criteria = input.criteria.map((criterion) => gradeCriterion(criterion, answerStems, development));
    const weakest = [...criteria].sort((a, b) => a.score - b.score)[0];
    return {
      criteria,
      feedback:
        `Offline heuristic grade (no AI model was used): it compares the answer's wording with each criterion ` +
        `and its length. The weakest criterion is "${weakest.key}". Ask for a re-grade when an AI grader is available.`,
      tokens: { prompt: 0, completion: 0 },
      costUsd: 0,
      injectionSuspected: false,
    };
  }
}

function gradeCriterion(criterion: RubricCriterion, answerStems: Set<string>, development: number): CriterionGrade {
  const terms = [
    ...new Set(
      words(criterion.description)
        .filter((word) => !STOP_WORDS.has(word))
        .map(stem),
    ),
  ];
  const covered = terms.filter((term) => answerStems.has(term));
  const coverage = terms.length === 0 ? 0 : Math.min(1, (2 * covered.length) / terms.length);
  const score = Math.round(100 * (0.7 * coverage + 0.3 * development));
  const missing = terms.filter((term) => !answerStems.has(term)).slice(0, 4);
  return {
    key: criterion.key,
    score,
    feedback:
      missing.length === 0
        ? 'The answer addresses the vocabulary of this criterion.'
        : `The answer says little about: ${missing.join(', ')}.`,
  };
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9-]+/g) ?? []).filter((word) => word.length >= MIN_WORD);
}

function stem(word: string): string {
  return word.slice(0, STEM);
}
