import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import type { FastifyRequest } from 'fastify';
import { tap, type Observable } from 'rxjs';
import { requestDuration } from '@skillproof/observability';
import { toRpcProblem } from './problem';

/** Times every request a process answers, over HTTP or NATS, by route or subject and outcome. */
@Injectable()
export class TelemetryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = routeOf(context);
    if (!route) return next.handle();
    const stop = requestDuration.startTimer(route);
    return next.handle().pipe(
      tap({
        complete: () => stop({ status: 'ok' }),
        error: (error: unknown) => stop({ status: String(toRpcProblem(error).problem.status) }),
      }),
    );
  }
}

function routeOf(context: ExecutionContext): { transport: string; route: string } | undefined {
  if (context.getType() === 'rpc') {
    return { transport: 'nats', route: context.switchToRpc().getContext<NatsContext>().getSubject() };
  }
  if (context.getType() === 'http') {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return { transport: 'http', route: `${request.method} ${request.routeOptions.url ?? 'unmatched'}` };
  }
  return undefined;
}
