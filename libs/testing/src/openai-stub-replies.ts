import type { StubChatRequest } from './openai-stub';

/** The criterion keys the grader asked for, read from the JSON schema it sent. */
export function requestedCriteria(request: StubChatRequest): string[] {
  const schema = request.response_format?.json_schema?.schema as {
    properties?: { criteria?: { items?: { properties?: { key?: { enum?: string[] } } } } };
  };
  return schema?.properties?.criteria?.items?.properties?.key?.enum ?? [];
}

/** The candidate's answer as the grader fenced it in the prompt. */
export function submittedContent(request: StubChatRequest): string {
  const user = request.messages.find((message) => message.role === 'user')?.content ?? '';
  const match = /<<<SUBMISSION (\w+)>>>\n([\s\S]*)\n<<<END SUBMISSION \1>>>/.exec(user);
  return match?.[2] ?? '';
}

/** A well-formed grade giving every requested criterion the same score. */
export function gradeReply(request: StubChatRequest, score = 80, injectionSuspected = false): string {
  return JSON.stringify({
    criteria: requestedCriteria(request).map((key) => ({ key, score, feedback: `Solid work on ${key}.` })),
    feedback: 'A clear, well-argued answer.',
    injectionSuspected,
  });
}

/** A well-formed quiz of `count` questions whose right answer is always the second choice. */
export function quizReply(count: number): string {
  return JSON.stringify({
    questions: Array.from({ length: count }, (_, index) => ({
      prompt: `Question ${index + 1}: which statement is right?`,
      choices: ['Wrong one', 'Right one', 'Also wrong', 'Wrong again'],
      answerIndex: 1,
      explanation: `Because the second statement is the right one (${index + 1}).`,
    })),
  });
}

export function isQuizRequest(request: StubChatRequest): boolean {
  return request.response_format?.json_schema?.name === 'quiz';
}
