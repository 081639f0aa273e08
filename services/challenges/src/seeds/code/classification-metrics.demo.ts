import { DEMO_LIMITS, type DemoCodeChallenge } from './demo-challenge';

export const CLASSIFICATION_METRICS: DemoCodeChallenge = {
  slug: 'precision-recall-f1-from-a-confusion-matrix',
  title: 'Precision, recall and F1 from a confusion matrix',
  skills: ['machine-learning', 'python'],
  brief:
    'Write `metrics(matrix)`. `matrix[i][j]` counts examples of true class i predicted as class j. Return ' +
    '`{"precision": [...], "recall": [...], "f1": [...], "macro_f1": x}` with one value per class. A ratio ' +
    'whose denominator is zero is 0.0, and so is F1 when precision and recall are both zero.',
  starterCode: 'def metrics(matrix):\n    raise NotImplementedError\n',
  referenceSolution: [
    'def metrics(matrix):',
    '    n = len(matrix)',
    '    precision, recall, f1 = [], [], []',
    '    for k in range(n):',
    '        tp = matrix[k][k]',
    '        predicted = sum(matrix[i][k] for i in range(n))',
    '        actual = sum(matrix[k])',
    '        p = tp / predicted if predicted else 0.0',
    '        r = tp / actual if actual else 0.0',
    '        precision.append(p)',
    '        recall.append(r)',
    '        f1.append(2 * p * r / (p + r) if p + r else 0.0)',
    '    return {"precision": precision, "recall": recall, "f1": f1, "macro_f1": sum(f1) / n}',
    '',
  ].join('\n'),
  spec: {
    language: 'python',
    entryPoint: 'metrics',
    limits: DEMO_LIMITS,
    tests: [
      {
        name: 'binary',
        args: [
          [
            [5, 1],
            [2, 2],
          ],
        ],
        expected: {
          precision: [5 / 7, 2 / 3],
          recall: [5 / 6, 0.5],
          f1: [10 / 13, 4 / 7],
          macro_f1: (10 / 13 + 4 / 7) / 2,
        },
        weight: 30,
        hidden: false,
      },
      {
        name: 'perfect three classes',
        args: [
          [
            [3, 0, 0],
            [0, 4, 0],
            [0, 0, 1],
          ],
        ],
        expected: { precision: [1, 1, 1], recall: [1, 1, 1], f1: [1, 1, 1], macro_f1: 1 },
        weight: 20,
        hidden: false,
      },
      {
        name: 'a class never predicted',
        args: [
          [
            [4, 0],
            [3, 0],
          ],
        ],
        expected: { precision: [4 / 7, 0], recall: [1, 0], f1: [8 / 11, 0], macro_f1: 4 / 11 },
        weight: 25,
        hidden: true,
      },
      {
        name: 'a class with no examples',
        args: [
          [
            [2, 1, 0],
            [0, 0, 0],
            [1, 0, 3],
          ],
        ],
        expected: {
          precision: [2 / 3, 0, 1],
          recall: [2 / 3, 0, 0.75],
          f1: [2 / 3, 0, 6 / 7],
          macro_f1: (2 / 3 + 6 / 7) / 3,
        },
        weight: 25,
        hidden: true,
      },
    ],
  },
};
