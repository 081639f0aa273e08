import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ProblemFilter } from './problem.filter';
import { TelemetryInterceptor } from './telemetry.interceptor';
import { createValidationPipe } from './validation';

/** Validation, error mapping and request telemetry for every entry point of a process. */
@Module({
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_INTERCEPTOR, useClass: TelemetryInterceptor },
  ],
})
export class PlatformModule {}
