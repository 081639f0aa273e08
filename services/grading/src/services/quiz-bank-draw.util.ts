import { LEVELS, type KeyedQuestion, type Level } from '@skillproof/contracts';
import type { BankQuestion } from '../quiz-bank/bank-question';

/**
 * Draws `count` questions, closest to the asked level first, in random order, with the choices
 * shuffled so that the position of the right answer gives nothing away.
 */
export function drawQuestions(
  bank: BankQuestion[],
  level: Level,
  count: number,
  random: () => number = Math.random,
): KeyedQuestion[] {
  const wanted = LEVELS.indexOf(level);
  const distance = (question: BankQuestion): number => Math.abs(LEVELS.indexOf(question.level) - wanted);
  const ranked = shuffle(bank, random).sort((a, b) => distance(a) - distance(b));
  return ranked.slice(0, count).map((question) => shuffleChoices(question, random));
}

function shuffleChoices(question: BankQuestion, random: () => number): KeyedQuestion {
  const order = shuffle(
    question.choices.map((_, index) => index),
    random,
  );
  return {
    prompt: question.prompt,
    choices: order.map((index) => question.choices[index]),
    answerIndex: order.indexOf(question.answerIndex),
    explanation: question.explanation,
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}
