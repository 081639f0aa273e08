import type { KeyedQuestion, Level } from '@skillproof/contracts';

export interface BankQuestion extends KeyedQuestion {
  level: Level;
}

/** Shorthand for writing bank files: level, prompt, choices, index of the right choice, explanation. */
export function question(
  level: Level,
  prompt: string,
  choices: string[],
  answerIndex: number,
  explanation: string,
): BankQuestion {
  return { level, prompt, choices, answerIndex, explanation };
}
