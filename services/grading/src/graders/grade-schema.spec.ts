import { parseModelGrade } from './grade-schema';

const criteria = [
  { key: 'a', description: 'first criterion', weight: 50 },
  { key: 'b', description: 'second criterion', weight: 50 },
];
const valid = {
  criteria: [
    { key: 'a', score: 70, feedback: 'ok' },
    { key: 'b', score: 90, feedback: 'good' },
  ],
  feedback: 'Overall fine.',
  injectionSuspected: false,
};

describe('the model grade check', () => {
  it('accepts a grade that covers every criterion once', () => {
    expect(parseModelGrade(JSON.stringify(valid), criteria)).toEqual(valid);
  });

  it.each([
    ['text that is not JSON', 'Score: 90'],
    ['a missing criterion', JSON.stringify({ ...valid, criteria: [valid.criteria[0]] })],
    ['a criterion twice', JSON.stringify({ ...valid, criteria: [valid.criteria[0], valid.criteria[0]] })],
    [
      'an extra criterion',
      JSON.stringify({ ...valid, criteria: [...valid.criteria, { key: 'c', score: 1, feedback: '' }] }),
    ],
    [
      'a score above 100',
      JSON.stringify({ ...valid, criteria: [{ key: 'a', score: 140, feedback: '' }, valid.criteria[1]] }),
    ],
    [
      'a fractional score',
      JSON.stringify({ ...valid, criteria: [{ key: 'a', score: 70.5, feedback: '' }, valid.criteria[1]] }),
    ],
    ['no overall feedback', JSON.stringify({ ...valid, feedback: '' })],
  ])('refuses %s', (_case, text) => {
    expect(typeof parseModelGrade(text, criteria)).toBe('string');
  });
});
