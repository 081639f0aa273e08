import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusModule } from '@skillproof/bus';
import { ObservabilityModule } from '@skillproof/observability';
import { DatabaseReadiness, PersistenceModule } from '@skillproof/persistence';
import { NatsReadiness, PlatformModule } from '@skillproof/platform';
import type { CatalogConfig } from './config/catalog.config';
import { CATALOG_ENTITIES } from './entities';
import { SkillEntity } from './entities/skill.entity';
import { SkillHandler } from './handlers/skill.handler';
import { CATALOG_MIGRATIONS } from './migrations';
import { SkillRepository } from './repositories/skill.repository';
import { SeedLoader } from './seeds/seed-loader';
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
        TypeOrmModule.forFeature([SkillEntity]),
        BusModule.forRoot({ service: SERVICE_NAME, natsUrl: config.NATS_URL }),
      ],
      controllers: [SkillHandler],
      providers: [SkillRepository, SkillService, SeedLoader],
    };
  }
}
