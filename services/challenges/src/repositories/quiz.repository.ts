import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { QuizEntity } from '../entities/quiz.entity';

@Injectable()
export class QuizRepository {
  constructor(private readonly dataSource: DataSource) {}

  create(quiz: Omit<QuizEntity, 'id' | 'createdAt' | 'score' | 'answeredAt'>): Promise<QuizEntity> {
    return this.dataSource.manager.save(QuizEntity, this.dataSource.manager.create(QuizEntity, quiz));
  }

  findForUpdate(manager: EntityManager, id: string): Promise<QuizEntity | null> {
    return manager.findOne(QuizEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(manager: EntityManager, quiz: QuizEntity): Promise<QuizEntity> {
    return manager.save(QuizEntity, quiz);
  }
}
