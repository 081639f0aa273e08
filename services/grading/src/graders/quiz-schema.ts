import type { KeyedQuestion } from '@skillproof/contracts';

export const QUIZ_CHOICES = 4;

export function quizJsonSchema(count: number): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['questions'],
    properties: {
      questions: {
        type: 'array',
        minItems: count,
        maxItems: count,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['prompt', 'choices', 'answerIndex', 'explanation'],
          properties: {
            prompt: { type: 'string' },
            choices: { type: 'array', items: { type: 'string' }, minItems: QUIZ_CHOICES, maxItems: QUIZ_CHOICES },
            answerIndex: { type: 'integer', minimum: 0, maximum: QUIZ_CHOICES - 1 },
            explanation: { type: 'string' },
          },
        },
      },
    },
  };
}

/** The model's quiz, checked: the asked number of questions, four distinct choices, a key in range. */
export function parseModelQuiz(text: string | null | undefined, count: number): KeyedQuestion[] | string {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    return 'the answer is not JSON';
  }
  const questions = (value as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions) || questions.length !== count) return `expected ${count} questions`;
  const parsed: KeyedQuestion[] = [];
  for (const [index, entry] of questions.entries()) {
    const { prompt, choices, answerIndex, explanation } = (entry ?? {}) as Record<string, unknown>;
    const valid =
      typeof prompt === 'string' &&
      prompt.trim() !== '' &&
      Array.isArray(choices) &&
      choices.length === QUIZ_CHOICES &&
      choices.every((choice) => typeof choice === 'string' && choice.trim() !== '') &&
      new Set(choices).size === QUIZ_CHOICES &&
      Number.isInteger(answerIndex) &&
      (answerIndex as number) >= 0 &&
      (answerIndex as number) < QUIZ_CHOICES &&
      typeof explanation === 'string' &&
      explanation.trim() !== '';
    if (!valid) return `question ${index + 1} does not match the schema`;
    parsed.push({ prompt, choices: choices as string[], answerIndex: answerIndex as number, explanation });
  }
  return parsed;
}
