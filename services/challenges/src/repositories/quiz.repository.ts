import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { QuizEntity } from '../entities/quiz.entity';

export type NewQuiz = Pick<QuizEntity, 'skill' | 'level' | 'source' | 'model' | 'questions' | 'ownerId'>;

@Injectable()
export class QuizRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(quiz: NewQuiz, manager: EntityManager = this.dataSource.manager): Promise<QuizEntity> {
    return manager.save(QuizEntity, manager.create(QuizEntity, { ...quiz, score: null, answeredAt: null }));
  }

  /** Locks the quiz so that it is scored once, however many answers race for it. */
  findByIdForUpdate(id: string, manager: EntityManager): Promise<QuizEntity | null> {
    return manager.findOne(QuizEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async recordScore(
    id: string,
    score: number,
    answeredAt: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.update(QuizEntity, { id }, { score, answeredAt });
  }
}
