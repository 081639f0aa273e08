/**
 * Phrases with which a submission speaks to its grader instead of answering the brief. A match
 * does not change the score; it is recorded with the grade so that a human can look.
 */
const STEERING_PATTERNS: RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}\b(instructions?|rubric|criteria|prompt|rules|above|previous)\b/i,
  /\b(give|award|assign|grade|score|rate)\b[^.\n]{0,30}\b(100|full marks|maximum|perfect|top)\b/i,
  /\b(you are|act as|pretend to be|you're now)\b[^.\n]{0,30}\b(grader|assistant|model|ai|system)\b/i,
  /\b(system prompt|developer message|new instructions|jailbreak)\b/i,
  /^\s*(system|assistant|developer)\s*:/im,
  /<\/?\s*(submission|system|instructions?)\b[^>]*>/i,
  /\bdear (grader|ai|model|assistant|evaluator)\b/i,
];

export const PROMPT_INJECTION_FLAG = 'prompt_injection';

export function looksLikePromptInjection(content: string): boolean {
  return STEERING_PATTERNS.some((pattern) => pattern.test(content));
}
