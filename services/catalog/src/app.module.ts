import { Module } from '@nestjs/common';
import { CareerHandler } from './handlers/career.handler';
import { SkillHandler } from './handlers/skill.handler';
import { CareerRepository } from './repositories/career.repository';
import { ReferenceDataRepository } from './repositories/reference-data.repository';
import { SeedVersionRepository } from './repositories/seed-version.repository';
import { SkillRepository } from './repositories/skill.repository';
import { SeedLoader } from './seeds/seed-loader';
import { SeedWriter } from './seeds/seed-writer';
import { CareerAdminService } from './services/career-admin.service';
import { CareerService } from './services/career.service';
import { SkillAdminService } from './services/skill-admin.service';
import { SkillService } from './services/skill.service';

/** The catalog service's own handlers, consumers, services and repositories; ServiceCoreModule brings the rest. */
@Module({
  controllers: [SkillHandler, CareerHandler],
  providers: [
    SkillRepository,
    CareerRepository,
    ReferenceDataRepository,
    SeedVersionRepository,
    SkillService,
    SkillAdminService,
    CareerService,
    CareerAdminService,
    SeedWriter,
    SeedLoader,
  ],
})
export class AppModule {}
