import { LEVELS } from '@skillproof/contracts';
import { QUESTION_BANK } from '../quiz-bank';
import { drawQuestions } from './quiz-bank-draw.util';

describe('the question bank', () => {
  it.each(Object.keys(QUESTION_BANK))('holds at least 15 sound questions for %s', (skill) => {
    const bank = QUESTION_BANK[skill];
    expect(bank.length).toBeGreaterThanOrEqual(15);
    for (const question of bank) {
      expect(question.choices).toHaveLength(4);
      expect(new Set(question.choices).size).toBe(4);
      expect(question.answerIndex).toBeGreaterThanOrEqual(0);
      expect(question.answerIndex).toBeLessThan(4);
      expect(LEVELS).toContain(question.level);
    }
  });

  it('prefers the asked level and keeps each right answer with its question when shuffling', () => {
    const bank = QUESTION_BANK['machine-learning'];
    const drawn = drawQuestions(bank, 'advanced', 5);
    const original = new Map(bank.map((question) => [question.prompt, question]));
    for (const question of drawn) {
      const source = original.get(question.prompt)!;
      expect(source.level).toBe('advanced');
      expect(question.choices[question.answerIndex]).toBe(source.choices[source.answerIndex]);
    }
  });
});
