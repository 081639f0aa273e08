import { ValidateIf } from 'class-validator';

/**
 * The field may be left out of a partial update, but when present, even as null, it must pass its
 * other rules. `@IsOptional()` would let null through to a column that cannot hold it.
 */
export const IsOmittable = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
