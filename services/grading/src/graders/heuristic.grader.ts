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

/**
 * The short words that hold English sentences together. Prose is full of them (a third or more of
 * its words); a list of keywords, however long, has almost none.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but if so as at by for from in into of on to with without is are was were be been being ' +
    'it its this that these those there here i we you he she they me us them my our your his her their ' +
    'not no do does did have has had can could will would should may might must than then because since ' +
    'when while where which who what how why all any each both more most less few some such only also very ' +
    'just about after before over under between up down out off too again once per'
  ).split(' '),
);

/** Words of this many characters or more carry the meaning of a criterion. */
const MIN_WORD = 5;
/** A stem this long matches "regularise" with "regularisation". */
const STEM = 6;
/** An answer with this many words of its own is considered fully developed. */
const FULL_LENGTH_WORDS = 120;
/** Prose with this share of function words reads as sentences; keyword lists fall far below it. */
const PROSE_SHARE = 0.3;
/** Runs of this many words found in the brief or rubric are copied, not written. */
const COPIED_RUN = 4;

/**
 * The offline grader, for practice only (DESIGN.md, Trust): it measures how much of each
 * criterion's vocabulary the answer covers and how developed the answer is, counting only what a
 * reader would see and what the candidate wrote themselves. So that the cheap ways of gaming a
 * word counter do not pay, it:
 * - drops hidden markup (HTML comments, tags, zero-width characters) before reading;
 * - drops every run of words copied from the brief or the rubric;
 * - scales the grade by how much the rest reads as prose (function words, real-looking words,
 *   little repetition), so keyword lists, stems and filler score low.
 * It is deterministic and free, and every result says it came from here, because it reads words,
 * not reasoning.
 */
export class HeuristicGrader implements Grader {
  readonly name = 'heuristic' as const;
  readonly version = 'heuristic-2.0.0';
  readonly model = null;

  async grade(input: GradingInput): Promise<GraderOutput> {
    const visible = visibleText(input.content);
    const own = withoutCopiedRuns(tokens(visible), [input.brief, ...input.criteria.map((c) => c.description)]);
    const quality = proseQuality(own);
    const meaningful = own.filter((word) => word.length >= MIN_WORD && looksLikeWord(word));
    const answerStems = new Set(meaningful.map(stem));
    const development = Math.min(1, own.filter(looksLikeWord).length / FULL_LENGTH_WORDS);
    const criteria = input.criteria.map((criterion) =>
      gradeCriterion(criterion, answerStems, development, quality.factor),
    );
    const weakest = [...criteria].sort((a, b) => a.score - b.score)[0];
    const notes = [
      visible.length < input.content.trim().length * 0.9 && 'hidden markup was ignored',
      own.length < tokens(visible).length * 0.8 && 'text copied from the brief or rubric was not counted',
      quality.factor < 0.6 && 'the answer reads as a list of words rather than sentences',
    ].filter((note): note is string => typeof note === 'string');
    return {
      criteria,
      feedback:
        `Practice grade from the offline heuristic (no AI model was used): it compares the wording of what ` +
        `you wrote with each criterion and counts how developed it is; it never counts as verification. ` +
        (notes.length > 0 ? `Note: ${notes.join('; ')}. ` : '') +
        `The weakest criterion is "${weakest.key}". Ask for a re-grade when an AI grader is available.`,
      tokens: { prompt: 0, completion: 0 },
      costUsd: 0,
      injectionSuspected: false,
    };
  }
}

function gradeCriterion(
  criterion: RubricCriterion,
  answerStems: Set<string>,
  development: number,
  quality: number,
): CriterionGrade {
  const terms = [
    ...new Set(
      tokens(criterion.description)
        .filter((word) => word.length >= MIN_WORD && !STOP_WORDS.has(word))
        .map(stem),
    ),
  ];
  const covered = terms.filter((term) => answerStems.has(term));
  const coverage = terms.length === 0 ? 0 : Math.min(1, (2 * covered.length) / terms.length);
  const score = Math.round(100 * quality * (0.6 * coverage + 0.4 * development));
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

/** What a reader sees: no HTML comments, tags, zero-width or other invisible characters. */
export function visibleText(content: string): string {
  return content
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/g, '')
    .trim();
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
}

/** The answer's words minus every run of COPIED_RUN or more words that also appears in a source. */
function withoutCopiedRuns(words: string[], sources: string[]): string[] {
  const runs = new Set(sources.flatMap((source) => ngrams(tokens(source), COPIED_RUN)));
  const copied = new Array<boolean>(words.length).fill(false);
  for (let start = 0; start + COPIED_RUN <= words.length; start += 1) {
    if (runs.has(words.slice(start, start + COPIED_RUN).join(' '))) {
      for (let index = start; index < start + COPIED_RUN; index += 1) copied[index] = true;
    }
  }
  return words.filter((_, index) => !copied[index]);
}

function ngrams(words: string[], size: number): string[] {
  return words
    .slice(0, Math.max(0, words.length - size + 1))
    .map((_, index) => words.slice(index, index + size).join(' '));
}

/**
 * 0–1: how much the words read as prose. The product of three shares, each capped at 1: function
 * words against what prose has, words that look like words (a vowel, no long runs of one letter,
 * not absurdly long), and distinct word pairs (repetition pays nothing).
 */
function proseQuality(words: string[]): { factor: number } {
  if (words.length === 0) return { factor: 0 };
  const functionShare = words.filter((word) => FUNCTION_WORDS.has(word)).length / words.length;
  const wordlike = words.filter(looksLikeWord).length / words.length;
  const pairs = ngrams(words, 2);
  const distinctPairs = pairs.length === 0 ? 1 : new Set(pairs).size / pairs.length;
  const factor = Math.min(1, functionShare / PROSE_SHARE) * wordlike ** 2 * Math.min(1, distinctPairs / 0.9) ** 2;
  return { factor };
}

function looksLikeWord(word: string): boolean {
  const letters = word.replace(/['-]/g, '');
  return (
    letters.length > 0 &&
    letters.length <= 20 &&
    /[aeiouy]/.test(letters) &&
    !/(.)\1\1/.test(letters) &&
    !/[bcdfghjklmnpqrstvwxz]{5}/.test(letters)
  );
}

function stem(word: string): string {
  return word.slice(0, STEM);
}
