import { Module, type DynamicModule } from '@nestjs/common';
import { BusModule } from '@skillproof/bus';
import { ObservabilityModule } from '@skillproof/observability';
import { DatabaseReadiness, PersistenceModule } from '@skillproof/persistence';
import { NatsReadiness, PlatformModule } from '@skillproof/platform';
import type { CatalogConfig } from './config/catalog.config';
import { CATALOG_ENTITIES } from './entities';
import { CareerHandler } from './handlers/career.handler';
import { SkillHandler } from './handlers/skill.handler';
import { CATALOG_MIGRATIONS } from './migrations';
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

export const SERVICE_NAME = 'catalog';

@Module({})
export class AppModule {
  static forRoot(config: CatalogConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule,
        ObservabilityModule.forRoot({
          service: SERVICE_NAME,
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, NatsReadiness],
          answerOverNats: true,
        }),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          entities: CATALOG_ENTITIES,
          migrations: CATALOG_MIGRATIONS,
        }),
        BusModule.forRoot({
          service: SERVICE_NAME,
          natsUrl: config.NATS_URL,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
      ],
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
    };
  }
}
