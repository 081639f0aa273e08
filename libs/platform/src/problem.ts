import { HttpException } from '@nestjs/common';
import { isRpcProblem, type RpcProblem } from '@skillproof/contracts';
import { DomainError, titleOf } from './domain-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem document as the gateway sends it. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  errors?: RpcProblem['errors'];
}

const INTERNAL: RpcProblem = {
  status: 500,
  code: 'internal',
  title: 'Internal error',
  detail: 'The request failed on our side; it has been logged.',
};

const STORE_UNAVAILABLE: RpcProblem = {
  status: 503,
  code: 'unavailable',
  title: 'Service unavailable',
  detail: 'Storage is unreachable for a moment; nothing was changed. Try again shortly.',
};

/**
 * Connection failures, PostgreSQL's "cannot connect now" / "shutting down" classes (08, 57P) and its
 * "too many clients already" (53300): every connection slot taken is an outage of the moment too.
 */
const UNREACHABLE_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|08\w{3}|57P0[1-3]|53300)$/;
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/;

/**
 * A database that cannot be reached is a passing condition, not a bug: the caller is told to try
 * again (503) instead of being handed a 500. The transaction it was in has been rolled back.
 */
function isStoreUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const withCodes = error as Error & { code?: unknown; driverError?: { code?: unknown } };
  const code = String(withCodes.driverError?.code ?? withCodes.code ?? '');
  return UNREACHABLE_CODES.test(code) || UNREACHABLE_MESSAGES.test(error.message);
}

/** What any thrown value means to a caller; `expected: false` marks an error worth logging. */
export function toRpcProblem(error: unknown): { problem: RpcProblem; expected: boolean } {
  if (error instanceof DomainError) return { problem: error.toProblem(), expected: true };
  if (isRpcProblem(error)) return { problem: error, expected: true };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'object' && response && 'message' in response ? response.message : error.message;
    const detail = Array.isArray(message) ? message.join('; ') : String(message);
    return {
      problem: { status, code: codeForStatus(status), title: titleOf(status), detail },
      expected: status < 500,
    };
  }
  if (isStoreUnreachable(error)) return { problem: STORE_UNAVAILABLE, expected: true };
  return { problem: INTERNAL, expected: false };
}

export function toProblemDocument(problem: RpcProblem, instance?: string): ProblemDocument {
  return {
    type: `https://skillproof.dev/problems/${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance,
    code: problem.code,
    ...(problem.errors?.length ? { errors: problem.errors } : {}),
  };
}

function codeForStatus(status: number): string {
  const codes: Record<number, string> = {
    400: 'bad_request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    405: 'method_not_allowed',
    409: 'conflict',
    413: 'payload_too_large',
    414: 'uri_too_long',
    415: 'unsupported_media_type',
    422: 'unprocessable',
    429: 'rate_limited',
    431: 'headers_too_large',
    503: 'unavailable',
    504: 'timeout',
  };
  return codes[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}
