import { HttpException, Logger } from '@nestjs/common';
import type { FastifyError, FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, toProblemDocument, toRpcProblem } from '@skillproof/platform';

/**
 * Errors Fastify raises before a route runs (a body that is not JSON, an empty JSON body, a body
 * over the limit, an unsupported media type) never reach Nest's exception filters. This answers
 * them in the same RFC 9457 shape as every other error.
 */
export function answerTransportErrorsAsProblems(fastify: FastifyInstance): void {
  const logger = new Logger('TransportErrors');
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    const clientError = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500;
    if (!clientError)
      logger.error({ err: error }, `Unhandled error before ${request.method} ${request.url} reached a route`);
    const status = clientError ? error.statusCode! : 500;
    const { problem } = toRpcProblem(new HttpException(clientError ? error.message : 'Internal error', status));
    return reply
      .status(status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(toProblemDocument(problem, request.url));
  });
}
