import type { Problem } from './types';

/** What went wrong, in the gateway's RFC 9457 shape; a failed connection becomes one too. */
export function toProblem(error: unknown): Problem {
  if (isProblem(error)) return error;
  return {
    type: 'about:blank',
    title: 'Skillproof could not be reached',
    status: 0,
    detail: 'Check your connection and try again.',
    code: 'network',
  };
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'detail' in value && 'title' in value;
}

/** The message the gateway gave for one field of a form, if any. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!isProblem(error)) return undefined;
  return error.errors?.find((entry) => entry.field === field)?.message;
}
