import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
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

const PARSER_STATUS: Record<string, number> = { HPE_HEADER_OVERFLOW: 431, HPE_URI_TOO_LONG: 414 };

/**
 * Requests the HTTP parser refuses (headers or URL too large, malformed request lines) never
 * reach Fastify's routes; given to Fastify as its `clientErrorHandler`, this answers them as problems.
 */
export function answerParserErrorsAsProblems(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = PARSER_STATUS[error.code ?? ''] ?? 400;
  const detail = status === 400 ? 'The request could not be parsed as HTTP' : (STATUS_CODES[status] ?? 'Bad request');
  const body = JSON.stringify(toProblemDocument(toRpcProblem(new HttpException(detail, status)).problem));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
