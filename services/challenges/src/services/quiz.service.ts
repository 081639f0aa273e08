import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DEFAULT_QUIZ_QUESTIONS,
  type KeyedQuestion,
  type QuizAnswerRequest,
  type QuizCreateRequest,
  type QuizResult,
  type QuizView,
} from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import { GradingClient } from '../clients/grading.client';
import type { QuizEntity, StoredQuestion } from '../entities/quiz.entity';
import { QuizRepository } from '../repositories/quiz.repository';

const CHOICE_IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

@Injectable()
export class QuizService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly quizzes: QuizRepository,
    private readonly grading: GradingClient,
  ) {}

  async create(request: QuizCreateRequest, traceparent?: string): Promise<QuizView> {
    const level = request.level ?? 'beginner';
    const generated = await this.grading.generateQuiz(
      { skill: request.skill, level, questionCount: request.questionCount ?? DEFAULT_QUIZ_QUESTIONS },
      traceparent,
    );
    const quiz = await this.quizzes.insert({
      skill: request.skill,
      level,
      source: generated.source,
      model: generated.model,
      questions: generated.questions.map(toStoredQuestion),
      ownerId: request.principal?.userId ?? null,
    });
    return toQuizView(quiz);
  }

  /**
   * Scores exactly against the stored key, once. Only the answered questions' keys and explanations
   * leave the server, so answering one question cannot fetch the key of the rest; an unanswered
   * question counts as wrong.
   */
  async answer(request: QuizAnswerRequest): Promise<QuizResult> {
    return this.dataSource.transaction(async (manager) => {
      const quiz = await this.quizzes.findByIdForUpdate(request.id, manager);
      if (!quiz) throw DomainError.notFound('quiz', request.id);
      if (quiz.ownerId && quiz.ownerId !== request.principal?.userId) {
        throw DomainError.forbidden('quiz.not_yours', 'This quiz belongs to another learner');
      }
      if (quiz.answeredAt) throw DomainError.conflict('quiz.answered', 'This quiz has already been answered');
      const chosen = new Map(request.answers.map((answer) => [answer.questionId, answer.choice]));
      const unknown = [...chosen.keys()].filter((id) => !quiz.questions.some((question) => question.id === id));
      if (unknown.length > 0) {
        throw DomainError.ruleBroken('quiz.unknown_question', `This quiz has no question ${unknown.join(', ')}`, [
          { field: 'answers.questionId', message: `unknown question id(s): ${unknown.join(', ')}` },
        ]);
      }
      const results = quiz.questions
        .filter((question) => chosen.has(question.id))
        .map((question) => ({
          questionId: question.id,
          correct: chosen.get(question.id) === question.correctChoice,
          correctChoice: question.correctChoice,
          explanation: question.explanation,
        }));
      const correct = results.filter((result) => result.correct).length;
      const score = Math.round((100 * correct) / quiz.questions.length);
      await this.quizzes.recordScore(quiz.id, score, new Date(), manager);
      return { quizId: quiz.id, score, results };
    });
  }
}

function toStoredQuestion(question: KeyedQuestion, index: number): StoredQuestion {
  const choices = question.choices.map((text, choice) => ({ id: CHOICE_IDS[choice], text }));
  return {
    id: `q${index + 1}`,
    prompt: question.prompt,
    choices,
    correctChoice: choices[question.answerIndex].id,
    explanation: question.explanation,
  };
}

/** Built field by field, so that nothing of the key can slip into the learner's copy. */
function toQuizView(quiz: QuizEntity): QuizView {
  return {
    id: quiz.id,
    skill: quiz.skill,
    level: quiz.level,
    source: quiz.source,
    questions: quiz.questions.map((question) => ({
      id: question.id,
      prompt: question.prompt,
      choices: question.choices.map((choice) => ({ id: choice.id, text: choice.text })),
    })),
  };
}
