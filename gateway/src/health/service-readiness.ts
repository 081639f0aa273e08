import { Injectable, type Type } from '@nestjs/common';
import { readinessSubject, type ReadinessCheck, type ReadinessReport } from '@skillproof/observability';
import { DomainError, RequestClient } from '@skillproof/platform';

export const SERVICES = ['catalog', 'challenges', 'grading', 'profiles', 'jobs'] as const;

/** A readiness check that asks one service, over NATS, whether it is ready. */
export function serviceReadiness(service: string): Type<ReadinessCheck> {
  @Injectable()
  class ServiceReadiness implements ReadinessCheck {
    readonly name = service;

    constructor(private readonly services: RequestClient) {}

    async check(): Promise<void> {
      const report = await this.services
        .request<object, ReadinessReport>({ subject: readinessSubject(service) }, {}, { timeoutMs: 1_500 })
        .catch((error: unknown) => {
          throw new Error(error instanceof DomainError ? error.message : String(error));
        });
      if (report.status !== 'ready') {
        const down = Object.entries(report.checks).filter(([, check]) => check.status === 'down');
        throw new Error(`not ready: ${down.map(([name, check]) => `${name} (${check.error})`).join(', ')}`);
      }
    }
  }
  return ServiceReadiness;
}
