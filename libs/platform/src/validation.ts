import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/**
 * Validation for every entry point: unknown fields are refused rather than silently dropped, and
 * the problem names each invalid field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = fieldErrors(errors);
      const summary = fields.map((error) => `${error.field}: ${error.message}`).join('; ');
      return DomainError.badRequest('validation_failed', `The request is invalid: ${summary}`, fields);
    },
  });
}
