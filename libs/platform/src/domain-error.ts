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

  static badRequest(code: string, detail: string, errors?: FieldError[]): DomainError {
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

  static conflict(code: string, detail: string): DomainError {
    return new DomainError(409, code, detail);
  }

  static unprocessable(code: string, detail: string): DomainError {
    return new DomainError(422, code, detail);
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
