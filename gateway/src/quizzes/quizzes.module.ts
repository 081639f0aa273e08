import { Module } from '@nestjs/common';
import { QuizzesController } from './quizzes.controller';
import { QuizzesGatewayService } from './quizzes.gateway-service';
import { QuizzesResolver } from './quizzes.resolver';

@Module({
  controllers: [QuizzesController],
  providers: [QuizzesGatewayService, QuizzesResolver],
})
export class QuizzesModule {}
