import { DEMO_LIMITS, type DemoCodeChallenge } from './demo-challenge';

export const DEBOUNCE: DemoCodeChallenge = {
  slug: 'debounce-timeline',
  title: 'When does a debounced function fire?',
  skills: ['javascript'],
  brief:
    'A trailing-edge debounce with wait `waitMs` runs its function once no call has come for `waitMs` ' +
    'milliseconds. Write `debounceTimes(calls, waitMs)`: given the call times in ascending order, return ' +
    'the times at which the function runs. A call exactly `waitMs` after the previous one comes when the timer ' +
    'has already fired.',
  starterCode: 'function debounceTimes(calls, waitMs) {\n  throw new Error("todo");\n}\n',
  referenceSolution: [
    'function debounceTimes(calls, waitMs) {',
    '  const fired = [];',
    '  calls.forEach((time, index) => {',
    '    const next = calls[index + 1];',
    '    if (next === undefined || next >= time + waitMs) fired.push(time + waitMs);',
    '  });',
    '  return fired;',
    '}',
    '',
  ].join('\n'),
  spec: {
    language: 'javascript',
    entryPoint: 'debounceTimes',
    limits: DEMO_LIMITS,
    tests: [
      { name: 'a burst fires once', args: [[0, 10, 20], 50], expected: [70], weight: 30, hidden: false },
      { name: 'two bursts', args: [[0, 10, 100, 120], 50], expected: [60, 170], weight: 30, hidden: false },
      { name: 'exactly the wait apart', args: [[0, 50, 100], 50], expected: [50, 100, 150], weight: 20, hidden: true },
      { name: 'no calls', args: [[], 50], expected: [], weight: 20, hidden: true },
    ],
  },
};
