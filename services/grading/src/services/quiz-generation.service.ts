import { Inject, Injectable } from '@nestjs/common';
import type OpenAI from 'openai';
import type { GeneratedQuiz, KeyedQuestion, QuizGenerateRequest } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import { GradingConfig } from '../config/grading.config';
import { describeProviderError } from '../graders/openai-client';
import { parseModelQuiz, quizJsonSchema } from '../graders/quiz-schema';
import { QUESTION_BANK } from '../quiz-bank';
import { drawQuestions } from './quiz-bank-draw.util';

export const OPENAI_CLIENT = Symbol('OPENAI_CLIENT');

/** Writes a quiz with its key: by the AI provider when one is configured, from the question bank otherwise. */
@Injectable()
export class QuizGenerationService {
  constructor(
    private readonly config: GradingConfig,
    @Inject(OPENAI_CLIENT) private readonly client: OpenAI | null,
  ) {}

  async generate(request: QuizGenerateRequest): Promise<GeneratedQuiz> {
    if (this.client) {
      return {
        source: 'openai',
        model: this.config.OPENAI_MODEL,
        questions: await this.fromModel(this.client, request),
      };
    }
    const bank = QUESTION_BANK[request.skill];
    if (!bank) {
      throw DomainError.ruleBroken(
        'quiz.skill_not_covered',
        `There are no quiz questions for "${request.skill}" yet; try ${Object.keys(QUESTION_BANK).join(', ')}`,
      );
    }
    return {
      source: 'question-bank',
      model: null,
      questions: drawQuestions(bank, request.level, request.questionCount),
    };
  }

  private async fromModel(client: OpenAI, request: QuizGenerateRequest): Promise<KeyedQuestion[]> {
    const calls = this.config.GRADING_MALFORMED_RETRIES + 1;
    let problem = '';
    for (let call = 1; call <= calls; call += 1) {
      let text: string | null | undefined;
      const started = Date.now();
      try {
        const completion = await client.chat.completions.create({
          model: this.config.OPENAI_MODEL,
          temperature: 0.7,
          messages: [
            {
              role: 'system',
              content:
                'You write multiple-choice quiz questions that test practical understanding of a technical skill. ' +
                'Each question has exactly four distinct choices, one of them correct, and a short explanation of ' +
                'why the correct choice is right.',
            },
            {
              role: 'user',
              content: `Write ${request.questionCount} questions on the skill "${request.skill}" at ${request.level} level.`,
            },
          ],
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'quiz', strict: true, schema: quizJsonSchema(request.questionCount) },
          },
        });
        text = completion.choices[0]?.message?.content;
      } catch (error) {
        const reason = describeProviderError(error, this.config, Date.now() - started);
        if (!reason) throw error;
        throw DomainError.upstreamFailed(`The quiz could not be written: ${reason}`, 'quiz.provider_failed');
      }
      const parsed = parseModelQuiz(text, request.questionCount);
      if (typeof parsed !== 'string') return parsed;
      problem = parsed;
    }
    throw DomainError.upstreamFailed(
      `The AI provider wrote no usable quiz in ${calls} tries (${problem})`,
      'quiz.malformed',
    );
  }
}
