import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { ThrottlerModule } from '@nestjs/throttler';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@skillproof/contracts';
import { ObservabilityModule } from '@skillproof/observability';
import type { NatsConnection } from '@nats-io/nats-core';
import { Clock, NATS_CONNECTION, NatsReadiness, SystemClock, TelemetryInterceptor } from '@skillproof/platform';
import { AuthModule } from './auth/auth.module';
import { ConnectionAuthenticator, type ConnectionSocket } from './auth/connection-authenticator';
import { RolesGuard } from './auth/roles.guard';
import { GatewayBusModule } from './bus/bus.module';
import { CatalogModule } from './catalog/catalog.module';
import { ChallengesModule } from './challenges/challenges.module';
import { GatewayConfig } from './config/gateway.config';
import { SERVICES, serviceReadiness } from './health/service-readiness';
import { SessionsReadiness } from './health/sessions-readiness';
import { HttpCacheModule } from './http-cache/http-cache.module';
import { ProfilesModule } from './profiles/profiles.module';
import { JobsModule } from './jobs/jobs.module';
import { GraphqlTagCacheRelease } from './graphql/graphql-tag-cache.release';
import { gatewayValidationRules } from './graphql/operation-limits';
import { GatewayProblemFilter } from './problems/gateway-problem.filter';
import { RateLimitGuard } from './problems/rate-limit.guard';
import { RateLimitStore } from './problems/rate-limit.store';
import { GatewayValidationPipe } from './validation/gateway-validation.pipe';
import { WebhooksModule } from './webhooks/webhooks.module';
import { QuizzesModule } from './quizzes/quizzes.module';

/** RATE_LIMIT_PER_MINUTE counts in windows of this length. */
const RATE_LIMIT_WINDOW_MS = 60_000;

@Global()
@Module({})
class GatewayConfigModule {
  static forRoot(config: GatewayConfig, clock: Clock): DynamicModule {
    return {
      module: GatewayConfigModule,
      providers: [
        { provide: GatewayConfig, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [GatewayConfig, Clock],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        GatewayConfigModule.forRoot(config, clock),
        GatewayBusModule,
        ObservabilityModule.forRoot({
          service: 'gateway',
          logLevel: config.LOG_LEVEL,
          readiness: [NatsReadiness, SessionsReadiness, ...SERVICES.map(serviceReadiness)],
        }),
        ThrottlerModule.forRootAsync({
          inject: [NATS_CONNECTION, Clock],
          useFactory: (connection: NatsConnection, clock: Clock) => ({
            throttlers: [{ name: 'default', ttl: RATE_LIMIT_WINDOW_MS, limit: config.RATE_LIMIT_PER_MINUTE }],
            storage: RateLimitStore.create(connection, clock, {
              windowMs: RATE_LIMIT_WINDOW_MS,
              replicas: config.NATS_STREAM_REPLICAS,
            }),
          }),
        }),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [ConnectionAuthenticator],
          useFactory: (connections: ConnectionAuthenticator) => ({
            autoSchemaFile: true,
            sortSchema: true,
            subscription: {
              context: (socket: ConnectionSocket) => connections.socketContext(socket),
              onConnect: ({ payload }: { payload: unknown }) => connections.onConnect(payload),
            },
            hooks: {
              preSubscriptionExecution: async (_schema, _document, context) => connections.track(context),
              onSubscriptionResolution: async (_execution, context) => connections.refuseEnded(context),
            },
            graphiql: false,
            validationRules: gatewayValidationRules(
              {
                maxDepth: config.GRAPHQL_MAX_DEPTH,
                maxAliases: config.GRAPHQL_MAX_ALIASES,
                maxCost: config.GRAPHQL_MAX_COST,
                maxMutations: config.GRAPHQL_MAX_MUTATIONS,
                defaultListSize: DEFAULT_PAGE_SIZE,
                maxListSize: MAX_PAGE_SIZE,
              },
              config.GRAPHQL_INTROSPECTION,
            ),
            context: (request: unknown, reply: unknown) => ({ req: request, reply }),
          }),
        }),
        AuthModule,
        HttpCacheModule,
        CatalogModule,
        ProfilesModule,
        JobsModule,
        WebhooksModule,
        ChallengesModule,
        QuizzesModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: GatewayValidationPipe },
        { provide: APP_FILTER, useClass: GatewayProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: TelemetryInterceptor },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        GraphqlTagCacheRelease,
      ],
    };
  }
}
