import { Controller, Get, Header } from '@nestjs/common';
import { collectDefaultMetrics, Histogram, register } from 'prom-client';

let defaultsCollected = false;

/** Process metrics (memory, event loop lag, GC) labelled with the service; once per process. */
export function collectProcessMetrics(service: string): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  register.setDefaultLabels({ service });
  collectDefaultMetrics();
}

export const requestDuration = new Histogram({
  name: 'skillproof_request_duration_seconds',
  help: 'Time to answer a request, by transport (http or nats), route or subject, and outcome',
  labelNames: ['transport', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('content-type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
