import { HeuristicGrader } from './heuristic.grader';

const input = {
  challengeTitle: 'Fraud metric',
  brief: 'Choose a metric.',
  criteria: [
    { key: 'metric', description: 'Chooses precision-recall analysis for rare positives.', weight: 60 },
    { key: 'threshold', description: 'Derives the decision threshold from stated costs.', weight: 40 },
  ],
  content: '',
};

describe('the heuristic grader', () => {
  const grader = new HeuristicGrader();

  it('gives the same grade to the same answer every time', async () => {
    const content = 'I would use precision and recall, and derive the threshold from the costs of each error.';
    const first = await grader.grade({ ...input, content });
    const second = await grader.grade({ ...input, content });
    expect(second).toEqual(first);
    expect(first.costUsd).toBe(0);
  });

  it('scores an answer that addresses the criteria above one that does not', async () => {
    const relevant = await grader.grade({
      ...input,
      content:
        'Positives are rare, so I choose precision-recall analysis and derive the decision threshold from costs.',
    });
    const offTopic = await grader.grade({ ...input, content: 'I like turtles and sunny weather.' });
    for (const key of ['metric', 'threshold']) {
      const score = (grades: typeof relevant) => grades.criteria.find((grade) => grade.key === key)!.score;
      expect(score(relevant)).toBeGreaterThan(score(offTopic));
    }
  });
});
