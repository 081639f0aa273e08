import { Module, type DynamicModule } from '@nestjs/common';
import { BusModule } from '@skillproof/bus';
import { ObservabilityModule } from '@skillproof/observability';
import { DatabaseReadiness, PersistenceModule } from '@skillproof/persistence';
import { natsCredentials, NatsReadiness, PlatformModule, SystemClock, type Clock } from '@skillproof/platform';
import type { ServiceParts, ServiceSettings } from './service-definition';
import { ServiceSettingsModule } from './service-settings.module';

/**
 * The skeleton of every service, wired the same way for all of them: its validated settings as a
 * global provider with the clock, validation and problem mapping (platform), logs, health and metrics
 * (observability), its own migrated database (persistence), and the bus (outbox, inbox consumers,
 * request client). The service brings only its own module.
 */
@Module({})
export class ServiceCoreModule {
  static forRoot<Config extends ServiceSettings>(
    service: ServiceParts<Config>,
    config: Config,
    clock: Clock = new SystemClock(),
  ): DynamicModule {
    return {
      module: ServiceCoreModule,
      imports: [
        ServiceSettingsModule.forRoot(service.config, config, clock),
        PlatformModule,
        ObservabilityModule.forRoot({
          service: service.name,
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, NatsReadiness],
          answerOverNats: true,
        }),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          directUrl: config.DATABASE_DIRECT_URL,
          entities: service.entities,
          migrations: service.migrations,
          poolSize: service.poolSize?.(config),
        }),
        BusModule.forRoot({
          service: service.name,
          natsUrl: config.NATS_URL,
          natsCredentials: natsCredentials(config),
          streamReplicas: config.NATS_STREAM_REPLICAS,
          databaseDirectUrl: config.DATABASE_DIRECT_URL,
          requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
        }),
        service.module(config),
      ],
    };
  }
}
