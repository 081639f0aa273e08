import { DEMO_LIMITS, type DemoCodeChallenge } from './demo-challenge';

const rows = (...entries: [number, string, number][]) => entries.map(([id, user, ts]) => ({ id, user, ts }));

export const GROUP_SPLIT: DemoCodeChallenge = {
  slug: 'train-test-split-without-leakage',
  title: 'A train/test split without leakage',
  skills: ['machine-learning', 'python'],
  brief:
    'Rows are events `{"id", "user", "ts"}`; several rows belong to one user. Write `group_split(rows, ' +
    'test_fraction)` so that no user appears in both sets and the test set holds the newest users: order ' +
    'users by their earliest `ts` (ties by user name), put the last `ceil(test_fraction * number_of_users)` ' +
    'users in the test set, and return `{"train": [ids], "test": [ids]}` with ids in ascending order.',
  starterCode: 'def group_split(rows, test_fraction):\n    raise NotImplementedError\n',
  referenceSolution: [
    'import math',
    '',
    'def group_split(rows, test_fraction):',
    '    first_seen = {}',
    '    for row in rows:',
    '        first_seen[row["user"]] = min(row["ts"], first_seen.get(row["user"], row["ts"]))',
    '    users = sorted(first_seen, key=lambda user: (first_seen[user], user))',
    '    test_count = math.ceil(test_fraction * len(users))',
    '    test_users = set(users[len(users) - test_count:])',
    '    train = sorted(row["id"] for row in rows if row["user"] not in test_users)',
    '    test = sorted(row["id"] for row in rows if row["user"] in test_users)',
    '    return {"train": train, "test": test}',
    '',
  ].join('\n'),
  spec: {
    language: 'python',
    entryPoint: 'group_split',
    limits: DEMO_LIMITS,
    tests: [
      {
        name: 'a returning user stays on one side',
        args: [rows([1, 'ana', 10], [2, 'bo', 20], [3, 'ana', 30], [4, 'cy', 40]), 0.3],
        expected: { train: [1, 2, 3], test: [4] },
        weight: 30,
        hidden: false,
      },
      {
        name: 'order by first appearance, not by row order',
        args: [rows([1, 'dee', 50], [2, 'eli', 5], [3, 'dee', 1], [4, 'fay', 7]), 0.5],
        expected: { train: [1, 3], test: [2, 4] },
        weight: 30,
        hidden: false,
      },
      {
        name: 'ties broken by user name',
        args: [rows([7, 'zed', 3], [8, 'amy', 3], [9, 'kim', 1]), 0.3],
        expected: { train: [8, 9], test: [7] },
        weight: 20,
        hidden: true,
      },
      {
        name: 'everything in test',
        args: [rows([1, 'a', 1], [2, 'b', 2]), 1],
        expected: { train: [], test: [1, 2] },
        weight: 20,
        hidden: true,
      },
    ],
  },
};
