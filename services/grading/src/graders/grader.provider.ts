import type { Provider } from '@nestjs/common';
import type OpenAI from 'openai';
import { GradingConfig } from '../config/grading.config';
import { OPENAI_CLIENT } from '../services/quiz-generation.service';
import { GRADER, type Grader } from './grader';
import { HeuristicGrader } from './heuristic.grader';
import { createOpenAiClient } from './openai-client';
import { OpenAiGrader } from './openai.grader';

/** The SDK client when a key is configured; null means the service works offline. */
export const openAiClientProvider: Provider = {
  provide: OPENAI_CLIENT,
  inject: [GradingConfig],
  useFactory: (config: GradingConfig): OpenAI | null => (config.OPENAI_API_KEY ? createOpenAiClient(config) : null),
};

/** The AI grader when a key is configured, the offline heuristic otherwise. */
export const graderProvider: Provider = {
  provide: GRADER,
  inject: [GradingConfig, OPENAI_CLIENT],
  useFactory: (config: GradingConfig, client: OpenAI | null): Grader =>
    client ? new OpenAiGrader(client, config) : new HeuristicGrader(),
};
