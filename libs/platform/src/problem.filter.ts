import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { throwError, type Observable } from 'rxjs';
import type { RpcProblem } from '@skillproof/contracts';
import { PROBLEM_CONTENT_TYPE, toProblemDocument, toRpcProblem } from './problem';

/**
 * The one place errors become answers. Over NATS a handler's error becomes an RpcProblem; over
 * HTTP an RFC 9457 problem. Unexpected errors are logged with their stack and answered as a bare
 * 500 that reveals nothing of the internals.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    const { problem, expected } = toRpcProblem(exception);
    const kind = host.getType<'http' | 'rpc' | 'graphql'>();
    if (!expected) this.logger.error({ err: exception }, `Unhandled error in a ${kind} handler`);
    if (kind === 'rpc') return throwError(() => problem);
    if (kind !== 'http') return this.answerOther(problem, exception);
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    void http
      .getResponse<FastifyReply>()
      .status(problem.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(toProblemDocument(problem, request.url));
  }

  /** Other transports (GraphQL at the gateway) override this to answer in their own shape. */
  protected answerOther(_problem: RpcProblem, exception: unknown): never {
    throw exception;
  }
}
