import { DEMO_LIMITS, type DemoCodeChallenge } from './demo-challenge';

export const KMEANS_ASSIGNMENT: DemoCodeChallenge = {
  slug: 'k-means-assignment-step',
  title: 'One k-means step: assign, then move the centroids',
  skills: ['machine-learning', 'python'],
  brief:
    'Write `kmeans_step(points, centroids)`. Assign every point to its nearest centroid by squared Euclidean ' +
    'distance (a tie goes to the lower index), then move each centroid to the mean of its points; a centroid ' +
    'with no points stays where it is. Return `{"labels": [...], "centroids": [...]}`.',
  starterCode: 'def kmeans_step(points, centroids):\n    raise NotImplementedError\n',
  referenceSolution: [
    'def kmeans_step(points, centroids):',
    '    def distance(a, b):',
    '        return sum((x - y) ** 2 for x, y in zip(a, b))',
    '    labels = [min(range(len(centroids)), key=lambda k: (distance(p, centroids[k]), k)) for p in points]',
    '    moved = []',
    '    for k, centroid in enumerate(centroids):',
    '        members = [p for p, label in zip(points, labels) if label == k]',
    '        if not members:',
    '            moved.append(list(centroid))',
    '            continue',
    '        moved.append([sum(column) / len(members) for column in zip(*members)])',
    '    return {"labels": labels, "centroids": moved}',
    '',
  ].join('\n'),
  spec: {
    language: 'python',
    entryPoint: 'kmeans_step',
    limits: DEMO_LIMITS,
    tests: [
      {
        name: 'two clear clusters',
        args: [
          [
            [0, 0],
            [0, 2],
            [10, 10],
            [12, 10],
          ],
          [
            [1, 1],
            [9, 9],
          ],
        ],
        expected: {
          labels: [0, 0, 1, 1],
          centroids: [
            [0, 1],
            [11, 10],
          ],
        },
        weight: 40,
        hidden: false,
      },
      {
        name: 'a tie goes to the lower index',
        args: [
          [[5, 0]],
          [
            [0, 0],
            [10, 0],
          ],
        ],
        expected: {
          labels: [0],
          centroids: [
            [5, 0],
            [10, 0],
          ],
        },
        weight: 30,
        hidden: true,
      },
      {
        name: 'an empty cluster keeps its centroid',
        args: [
          [[1], [2], [3]],
          [[2], [100]],
        ],
        expected: { labels: [0, 0, 0], centroids: [[2], [100]] },
        weight: 30,
        hidden: true,
      },
    ],
  },
};
