import { HeuristicGrader } from '../../src/graders/heuristic.grader';
import { weightedScore } from '../../src/graders/weighted-score';
import { CORPUS, GAMING, LABELS, type CorpusItem } from './labelled-corpus';

/**
 * The offline grader against its labelled corpus. Its grades are practice, never verification, but
 * feedback that rewards gaming teaches the wrong thing: every genuine good answer must outrank every
 * gaming variant of its challenge, and gaming must not score well at all.
 */
describe('the heuristic grader against its labelled corpus', () => {
  const grader = new HeuristicGrader();
  let scored: Array<CorpusItem & { score: number }>;

  beforeAll(async () => {
    scored = await Promise.all(
      CORPUS.map(async (item) => {
        const output = await grader.grade({
          challengeTitle: item.challenge.title,
          brief: item.challenge.brief,
          criteria: item.challenge.criteria,
          content: item.content,
        });
        return { ...item, score: weightedScore(item.challenge.criteria, output.criteria) };
      }),
    );
  });

  it('holds at least 40 items, with every label represented', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((item) => item.label))).toEqual(new Set(LABELS));
  });

  it('ranks every genuine good answer above every gaming variant of the same challenge', () => {
    const inversions = scored.flatMap((good) =>
      good.label !== 'good'
        ? []
        : scored
            .filter((other) => other.challenge.key === good.challenge.key && GAMING.includes(other.label))
            .filter((gamed) => gamed.score >= good.score)
            .map((gamed) => `${good.challenge.key}: "${gamed.name}" (${gamed.score}) ≥ ${good.name} (${good.score})`),
    );
    expect(inversions).toEqual([]);
  });

  it('ranks genuine good answers above weak and off-topic ones', () => {
    for (const good of scored.filter((item) => item.label === 'good')) {
      for (const other of scored.filter(
        (item) => item.challenge.key === good.challenge.key && (item.label === 'weak' || item.label === 'off-topic'),
      )) {
        expect(other.score).toBeLessThan(good.score);
      }
    }
  });

  it('gives no gaming variant a passing grade, and genuine good answers a good one', () => {
    const gamed = scored.filter((item) => GAMING.includes(item.label));
    expect(gamed.filter((item) => item.score >= 40).map((item) => `${item.name}: ${item.score}`)).toEqual([]);
    const good = scored.filter((item) => item.label === 'good');
    expect(good.filter((item) => item.score < 60).map((item) => `${item.name}: ${item.score}`)).toEqual([]);
  });
});
