import { Module } from '@nestjs/common';
import { ApplicationsController } from './applications.controller';
import { JobsController } from './jobs.controller';
import { JobsResolver } from './jobs.resolver';
import { JobsService } from './jobs.service';

@Module({
  controllers: [JobsController, ApplicationsController],
  providers: [JobsService, JobsResolver],
})
export class JobsModule {}
