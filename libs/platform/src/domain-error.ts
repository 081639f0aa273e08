import type { FieldError, RpcProblem } from '@skillproof/contracts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  422: 'Unprocessable request',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

/**
 * An error a service means to report to the caller: it carries an HTTP status and a stable code,
 * crosses NATS as an RpcProblem and reaches the client as an RFC 9457 problem.
 *
 * The status says what kind of mistake it is, the same way in every service (CONTRIBUTING.md):
 * - 400 `invalid`: the request's shape is wrong (types, formats, ranges, unknown fields, a cursor
 *   no list handed out); the client can see and fix it without knowing any stored data.
 * - 409 `conflict`: the request is well formed but clashes with the current state of what it
 *   targets (already exists, already done, not finished yet, closed, archived, past its deadline).
 * - 422 `ruleBroken`: the request is well formed and nothing stands in its way, but its content
 *   breaks a business rule (weights must add up to 100, a minimum above its maximum, a skill the
 *   catalogue does not know).
 * - 401 / 403 / 404 for who is asking and what exists; 502 / 503 / 504 for upstreams that failed,
 *   are missing or are slow. Codes are `<resource>.<what>` in snake case, stable once shipped.
 * Use these factories rather than the constructor, so the status follows from the kind.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.name = 'DomainError';
  }

  /** 400: the request's shape is wrong. */
  static invalid(code: string, detail: string, errors?: FieldError[]): DomainError {
    return new DomainError(400, code, detail, errors);
  }

  static unauthorized(code: string, detail: string): DomainError {
    return new DomainError(401, code, detail);
  }

  static forbidden(code: string, detail: string): DomainError {
    return new DomainError(403, code, detail);
  }

  static notFound(resource: string, id: string): DomainError {
    return new DomainError(404, `${resource}.not_found`, `No ${resource} "${id}" exists`);
  }

  /** 409: the request clashes with the current state of what it targets. */
  static conflict(code: string, detail: string): DomainError {
    return new DomainError(409, code, detail);
  }

  /** 422: the request is well formed but breaks a business rule. */
  static ruleBroken(code: string, detail: string, errors?: FieldError[]): DomainError {
    return new DomainError(422, code, detail, errors);
  }

  /** 502: a service or provider we depend on answered with something unusable. */
  static upstreamFailed(detail: string, code = 'upstream.failed'): DomainError {
    return new DomainError(502, code, detail);
  }

  /** 503: something we depend on is not there right now; trying again later may work. */
  /** 429: the caller asked too often; it may ask again later. */
  static rateLimited(code: string, detail: string): DomainError {
    return new DomainError(429, code, detail);
  }

  static unavailable(code: string, detail: string): DomainError {
    return new DomainError(503, code, detail);
  }

  /** 504: something we depend on did not answer in time. */
  static timeout(code: string, detail: string): DomainError {
    return new DomainError(504, code, detail);
  }

  toProblem(): RpcProblem {
    return {
      status: this.status,
      code: this.code,
      title: titleOf(this.status),
      detail: this.message,
      errors: this.errors,
    };
  }
}

export function titleOf(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server error' : 'Request error');
}
