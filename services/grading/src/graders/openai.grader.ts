import type OpenAI from 'openai';
import type { GraderConfig } from '../config/grading.config';
import { gradeJsonSchema, parseModelGrade } from './grade-schema';
import { GradingFailure, type Grader, type GraderOutput, type GradingInput } from './grader';
import { gradingMessages, PROMPT_VERSION } from './grading-prompt';
import { describeProviderError } from './openai-client';

/**
 * Grades with a chat model through the official SDK: temperature 0, structured output against a
 * schema built from the rubric, and the answer checked again here. An answer that does not fit is
 * asked for again; transient HTTP errors are retried by the SDK. Whatever still fails becomes a
 * GradingFailure, never a guessed score.
 */
export class OpenAiGrader implements Grader {
  readonly name = 'openai' as const;
  readonly version: string;
  readonly model: string;

  constructor(
    private readonly client: OpenAI,
    private readonly config: GraderConfig,
  ) {
    this.model = config.OPENAI_MODEL;
    this.version = `openai-rubric-${PROMPT_VERSION}`;
  }

  async grade(input: GradingInput): Promise<GraderOutput> {
    const tokens = { prompt: 0, completion: 0 };
    const calls = this.config.GRADING_MALFORMED_RETRIES + 1;
    let problem = '';
    for (let call = 1; call <= calls; call += 1) {
      const completion = await this.complete(input);
      tokens.prompt += completion.usage?.prompt_tokens ?? 0;
      tokens.completion += completion.usage?.completion_tokens ?? 0;
      const parsed = parseModelGrade(completion.choices[0]?.message?.content, input.criteria);
      if (typeof parsed !== 'string') {
        return { ...parsed, tokens, costUsd: this.cost(tokens) };
      }
      problem = parsed;
    }
    throw new GradingFailure(`the model's answer did not match the grading schema ${calls} times (last: ${problem})`);
  }

  private async complete(input: GradingInput): Promise<OpenAI.Chat.Completions.ChatCompletion> {
    const started = Date.now();
    try {
      return await this.client.chat.completions.create({
        model: this.model,
        temperature: 0,
        messages: gradingMessages(input),
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'rubric_grade', strict: true, schema: gradeJsonSchema(input.criteria) },
        },
      });
    } catch (error) {
      const reason = describeProviderError(error, this.config, Date.now() - started);
      if (reason) throw new GradingFailure(reason);
      throw error;
    }
  }

  private cost(tokens: { prompt: number; completion: number }): number {
    const usd =
      (tokens.prompt * this.config.OPENAI_PRICE_INPUT_PER_MTOK +
        tokens.completion * this.config.OPENAI_PRICE_OUTPUT_PER_MTOK) /
      1_000_000;
    return Math.round(usd * 1_000_000) / 1_000_000;
  }
}
