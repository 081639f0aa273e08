import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@skillproof/contracts';
import { DomainError } from './domain-error';

/** Flattens class-validator's tree into one entry per invalid field, named by its path. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** What is wrong with a string no service could store or check, if anything. */
function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (!text.isWellFormed()) return 'must be valid Unicode text (it contains an unpaired surrogate)';
  return undefined;
}

/**
 * Deepest nesting of arrays and objects a client may send. No request of ours nests more than a few
 * levels; a bound keeps every walk over client input (ours, class-transformer's, the driver's)
 * far from the call stack's limit, which JSON nested 10,000 deep would otherwise blow.
 */
export const MAX_INPUT_DEPTH = 32;

/**
 * What no service could store or check in a value, by path: text with NUL or an unpaired surrogate,
 * or nesting deeper than MAX_INPUT_DEPTH. It walks with its own stack instead of recursing, so the
 * depth it refuses cannot crash it first.
 */
export function unstorableInput(value: unknown, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value, path, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const field = next.path || 'body';
    if (typeof next.value === 'string') {
      const message = textProblem(next.value);
      if (message) errors.push({ field, message });
    } else if (next.value && typeof next.value === 'object') {
      if (next.depth >= MAX_INPUT_DEPTH) {
        return [{ field, message: `must not nest arrays or objects more than ${MAX_INPUT_DEPTH} levels deep` }];
      }
      const entries = Array.isArray(next.value)
        ? next.value.map((item, index): [string, unknown] => [String(index), item])
        : Object.entries(next.value);
      for (const [key, item] of entries.reverse()) {
        pending.push({ value: item, path: next.path ? `${next.path}.${key}` : key, depth: next.depth + 1 });
      }
    }
  }
  return errors;
}

/**
 * Parameters that carry what a client sent: a REST body, query or path; NATS payloads and GraphQL
 * arguments reach pipes as a body too. The rest (the HTTP request itself in a GraphQL context, the caller our own decorators
 * read) belongs to the server, and walking it would be slow or, with its circular references, fatal.
 */
const CLIENT_INPUT_PARAMTYPES: ReadonlySet<unknown> = new Set(['body', 'query', 'param']);

/**
 * PostgreSQL cannot store a NUL character in text, and an unpaired surrogate is no character at
 * all (validators that encode it, like isEmail, throw on it), so a string carrying either would fail
 * deep in a service as a 500. It is refused here, at every entry point, as the bad input it is.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CLIENT_INPUT_PARAMTYPES.has(metadata.type)) return super.transform(value, metadata);
    const errors = unstorableInput(value, metadata.data ?? '');
    if (errors.length > 0) {
      throw DomainError.invalid(
        'validation_failed',
        `The request is invalid: ${errors[0].field} ${errors[0].message}`,
        errors,
      );
    }
    return super.transform(value, metadata);
  }
}

export interface ValidationPipeOptions {
  /**
   * Refuse fields the class does not declare (the default) rather than drop them. Only an entry
   * point where something else has already refused unknown fields may turn this off.
   */
  forbidUnknownFields?: boolean;
}

/**
 * Validation for every entry point: unknown fields are refused rather than silently dropped, and
 * the problem names each invalid field.
 */
export function createValidationPipe({ forbidUnknownFields = true }: ValidationPipeOptions = {}): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: forbidUnknownFields,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = fieldErrors(errors);
      const summary = fields.map((error) => `${error.field}: ${error.message}`).join('; ');
      return DomainError.invalid('validation_failed', `The request is invalid: ${summary}`, fields);
    },
  });
}
