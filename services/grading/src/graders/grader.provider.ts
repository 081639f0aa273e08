import type { Provider } from '@nestjs/common';
import type OpenAI from 'openai';
import { GradingConfig, type GraderConfig } from '../config/grading.config';
import { ProviderLimiter } from '../services/provider-limiter.service';
import { OPENAI_CLIENT } from '../services/quiz-generation.service';
import { GRADER, type Grader } from './grader';
import { HeuristicGrader } from './heuristic.grader';
import { createOpenAiClient } from './openai-client';
import { OpenAiGrader } from './openai.grader';

/** The AI grader when a client exists (a key is configured), the offline heuristic otherwise. */
export function createGrader(config: GraderConfig, client: OpenAI | null): Grader {
  return client ? new OpenAiGrader(client, config) : new HeuristicGrader();
}

export function createOptionalOpenAiClient(config: GraderConfig, fetch?: typeof globalThis.fetch): OpenAI | null {
  return config.OPENAI_API_KEY ? createOpenAiClient(config, fetch) : null;
}

/** The SDK client when a key is configured, its calls within the limits shared by all replicas; null means the service works offline. */
export const openAiClientProvider: Provider = {
  provide: OPENAI_CLIENT,
  inject: [GradingConfig, ProviderLimiter],
  useFactory: (config: GradingConfig, limiter: ProviderLimiter) => createOptionalOpenAiClient(config, limiter.fetch),
};

export const graderProvider: Provider = {
  provide: GRADER,
  inject: [GradingConfig, OPENAI_CLIENT],
  useFactory: createGrader,
};
