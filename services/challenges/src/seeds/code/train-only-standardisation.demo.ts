import { DEMO_LIMITS, type DemoCodeChallenge } from './demo-challenge';

/** The demo challenge with an AI review of the code beside its tests (80 / 20), when a model is configured. */
export const TRAIN_ONLY_STANDARDISATION: DemoCodeChallenge = {
  slug: 'standardise-with-training-statistics',
  title: 'Standardise features with training statistics only',
  skills: ['machine-learning', 'python'],
  brief:
    'Write `standardise(train, test)`. Both are lists of rows of numbers with the same columns. Return the ' +
    "test rows as z-scores: each value minus its column's mean, divided by its column's population standard " +
    'deviation, where both statistics come from the training rows alone. A column that is constant in the ' +
    'training rows maps to 0.0. Besides the tests, an AI review (a fifth of the score) reads the code for how ' +
    'plainly it keeps the test rows out of the statistics, how it treats edge cases, and how readable it is.',
  starterCode: 'def standardise(train, test):\n    raise NotImplementedError\n',
  referenceSolution: [
    'def standardise(train, test):',
    '    # Fit on the training rows only: statistics that saw the test rows would leak them into the model.',
    '    columns = list(zip(*train))',
    '    means = [sum(column) / len(column) for column in columns]',
    '    stds = [',
    '        (sum((value - mean) ** 2 for value in column) / len(column)) ** 0.5',
    '        for column, mean in zip(columns, means)',
    '    ]',
    '    return [',
    '        [(value - mean) / std if std else 0.0 for value, mean, std in zip(row, means, stds)]',
    '        for row in test',
    '    ]',
    '',
  ].join('\n'),
  review: {
    criteria: [
      {
        key: 'no_leakage',
        description: 'Makes it plain that only the training rows fit the statistics, e.g. a separate fit step.',
        weight: 40,
      },
      {
        key: 'edge_cases',
        description: 'Treats constant columns and empty inputs deliberately rather than by accident.',
        weight: 30,
      },
      {
        key: 'readability',
        description: 'Names, structure and comments make the transformation easy to follow.',
        weight: 30,
      },
    ],
  },
  spec: {
    language: 'python',
    entryPoint: 'standardise',
    limits: DEMO_LIMITS,
    scoring: { tests: 80, review: 20 },
    tests: [
      {
        name: 'scales by the training rows',
        args: [
          [
            [1, 0],
            [3, 4],
          ],
          [
            [2, 2],
            [5, -2],
          ],
        ],
        expected: [
          [0, 0],
          [3, -2],
        ],
        weight: 30,
        hidden: false,
      },
      {
        name: 'a constant column maps to zero',
        args: [
          [
            [1, 7],
            [3, 7],
          ],
          [[1, 9]],
        ],
        expected: [[-1, 0]],
        weight: 20,
        hidden: false,
      },
      {
        name: 'test rows never move the statistics',
        args: [
          [[0], [10]],
          [[100], [5]],
        ],
        expected: [[19], [0]],
        weight: 30,
        hidden: true,
      },
      {
        name: 'population standard deviation',
        args: [
          [[2], [4], [4], [4], [5], [5], [7], [9]],
          [[9], [1]],
        ],
        expected: [[2], [-2]],
        weight: 20,
        hidden: true,
      },
    ],
  },
};
