import { startOpenAiStub, type OpenAiStub, type StubChatRequest } from '@skillproof/testing';

type Schema = {
  properties?: Record<string, { minItems?: number; items?: { properties?: { key?: { enum?: string[] } } } }>;
};

const schemaOf = (request: StubChatRequest): Schema => (request.response_format?.json_schema?.schema ?? {}) as Schema;

/** A grade that marks every criterion of the rubric at `score`, each with its own feedback. */
function gradeReply(request: StubChatRequest, score: number): string {
  const keys = schemaOf(request).properties?.criteria?.items?.properties?.key?.enum ?? [];
  return JSON.stringify({
    criteria: keys.map((key) => ({
      key,
      score,
      feedback: `The ${key.replace(/_/g, ' ')} part is sound and specific.`,
    })),
    feedback: 'A clear answer that names the trade-offs and backs each choice with a reason.',
    injectionSuspected: false,
  });
}

/** A quiz whose right answer is always the second choice. */
function quizReply(request: StubChatRequest): string {
  const count = schemaOf(request).properties?.questions?.minItems ?? 3;
  return JSON.stringify({
    questions: Array.from({ length: count }, (_, index) => ({
      prompt: `Which choice is right in case ${index + 1}?`,
      choices: ['A wrong choice', 'The right choice', 'Another wrong choice', 'One more wrong choice'],
      answerIndex: 1,
      explanation: `The second choice holds in case ${index + 1}.`,
    })),
  });
}

export interface ModelStub {
  /** Settings that point the grading service at the stub. */
  env: Record<string, string>;
  /** Holds grades back until the returned function is called, so a test sees "grading" happen. */
  holdGrades(): () => void;
  close(): Promise<void>;
}

/** A local stand-in for the AI provider: grades rubric work and writes quizzes, offline. */
export async function startModelStub(score = 82): Promise<ModelStub> {
  let held: Promise<void> = Promise.resolve();
  const stub: OpenAiStub = await startOpenAiStub({
    respond: async (request) => {
      if (request.response_format?.json_schema?.name === 'quiz') return quizReply(request);
      await held;
      return gradeReply(request, score);
    },
  });
  return {
    env: { OPENAI_API_KEY: 'stub-key', OPENAI_BASE_URL: stub.baseUrl, OPENAI_MODEL: 'gpt-4o-mini' },
    holdGrades() {
      let release = (): void => undefined;
      held = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
    close: () => stub.close(),
  };
}
