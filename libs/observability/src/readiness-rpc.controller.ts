import { Controller, Inject, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { READINESS_CHECKS, runReadinessChecks, type ReadinessCheck, type ReadinessReport } from './readiness';

export const readinessSubject = (service: string): string => `${service}.health.ready`;

/** A controller answering `<service>.health.ready`; built per service because subjects are static. */
export function readinessRpcController(service: string): Type<unknown> {
  @Controller()
  class ReadinessRpcController {
    constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

    @MessagePattern(readinessSubject(service))
    ready(): Promise<ReadinessReport> {
      return runReadinessChecks(this.checks);
    }
  }
  return ReadinessRpcController;
}
