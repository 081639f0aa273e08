import { DEMO_LIMITS, type DemoCodeChallenge } from './demo-challenge';

export const LRU_CACHE: DemoCodeChallenge = {
  slug: 'lru-cache-in-typescript',
  title: 'An LRU cache',
  skills: ['typescript', 'javascript'],
  brief:
    'Write `runLru(capacity, operations)`. Each operation is `["put", key, value]` or `["get", key]` on a cache ' +
    'that holds at most `capacity` keys and, when full, evicts the key used least recently (a get or a put ' +
    'both count as a use). Return the results of the gets in order, with -1 for a missing key.',
  starterCode:
    'type Operation = ["put", string, number] | ["get", string];\n\n' +
    'export function runLru(capacity: number, operations: Operation[]): number[] {\n  throw new Error("todo");\n}\n',
  referenceSolution: [
    'type Operation = ["put", string, number] | ["get", string];',
    '',
    'export function runLru(capacity: number, operations: Operation[]): number[] {',
    '  // A Map iterates in insertion order, so re-inserting a key marks it as the most recent.',
    '  const cache = new Map<string, number>();',
    '  const results: number[] = [];',
    '  for (const operation of operations) {',
    '    const key = operation[1];',
    '    const known = cache.has(key);',
    '    const value = operation[0] === "put" ? operation[2] : known ? (cache.get(key) as number) : undefined;',
    '    if (operation[0] === "get") results.push(value ?? -1);',
    '    if (value === undefined) continue;',
    '    cache.delete(key);',
    '    cache.set(key, value);',
    '    if (cache.size > capacity) cache.delete(cache.keys().next().value as string);',
    '  }',
    '  return results;',
    '}',
    '',
  ].join('\n'),
  spec: {
    language: 'typescript',
    entryPoint: 'runLru',
    limits: DEMO_LIMITS,
    tests: [
      {
        name: 'evicts the least recently used',
        args: [
          2,
          [
            ['put', 'a', 1],
            ['put', 'b', 2],
            ['get', 'a'],
            ['put', 'c', 3],
            ['get', 'b'],
            ['get', 'a'],
            ['get', 'c'],
          ],
        ],
        expected: [1, -1, 1, 3],
        weight: 40,
        hidden: false,
      },
      {
        name: 'a put refreshes a key',
        args: [
          2,
          [
            ['put', 'a', 1],
            ['put', 'b', 2],
            ['put', 'a', 10],
            ['put', 'c', 3],
            ['get', 'a'],
            ['get', 'b'],
          ],
        ],
        expected: [10, -1],
        weight: 30,
        hidden: true,
      },
      {
        name: 'capacity one',
        args: [
          1,
          [
            ['put', 'x', 1],
            ['get', 'x'],
            ['put', 'y', 2],
            ['get', 'x'],
            ['get', 'y'],
            ['get', 'z'],
          ],
        ],
        expected: [1, -1, 2, -1],
        weight: 30,
        hidden: true,
      },
    ],
  },
};
