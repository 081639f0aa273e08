import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { READINESS_CHECKS, runReadinessChecks, type ReadinessCheck, type ReadinessReport } from './readiness';

@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  /** The process is up and its event loop answers; says nothing about its dependencies. */
  @Get('live')
  @HttpCode(200)
  live(): { status: 'live' } {
    return { status: 'live' };
  }

  /** 200 when every dependency answers, 503 with the failing ones named otherwise. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const report = await runReadinessChecks(this.checks);
    reply.status(report.status === 'ready' ? 200 : 503);
    return report;
  }
}
