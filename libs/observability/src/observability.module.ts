import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { HealthController } from './health.controller';
import { loggingModule } from './logging';
import { collectProcessMetrics, MetricsController } from './metrics';
import { READINESS_CHECKS, type ReadinessCheck } from './readiness';
import { readinessRpcController } from './readiness-rpc.controller';

export interface ObservabilityOptions {
  service: string;
  logLevel: string;
  /** Providers whose `check()` decides `/health/ready`. */
  readiness: Array<Type<ReadinessCheck>>;
  /** Answer `<service>.health.ready` over NATS too, so the gateway can report on every service. */
  answerOverNats?: boolean;
}

/** Logs, `/health/live`, `/health/ready` and `/metrics`, the same in every process. */
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    collectProcessMetrics(options.service);
    const controllers: Array<Type<unknown>> = [HealthController, MetricsController];
    if (options.answerOverNats) controllers.push(readinessRpcController(options.service));
    return {
      module: ObservabilityModule,
      imports: [loggingModule(options.service, options.logLevel)],
      controllers,
      providers: [
        ...options.readiness,
        { provide: READINESS_CHECKS, inject: options.readiness, useFactory: (...checks: ReadinessCheck[]) => checks },
      ],
    };
  }
}
