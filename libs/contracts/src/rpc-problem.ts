/** One invalid field of a request, named by its path (`rubric.criteria.0.weight`). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * What a service replies with when a request cannot be served. It crosses NATS as the error of a
 * request/reply and becomes an RFC 9457 problem at the gateway, so `status` is an HTTP status.
 */
export interface RpcProblem {
  status: number;
  /** Stable machine-readable code, e.g. `challenge.not_published`; becomes the problem `type`. */
  code: string;
  title: string;
  detail: string;
  errors?: FieldError[];
}

export function isRpcProblem(value: unknown): value is RpcProblem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<RpcProblem>;
  return (
    typeof candidate.status === 'number' && typeof candidate.code === 'string' && typeof candidate.detail === 'string'
  );
}
