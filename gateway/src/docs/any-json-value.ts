import type { SchemaObject } from '@nestjs/swagger';

/**
 * OpenAPI for "any JSON value" (a test's arguments and expected results). Without it Swagger reads the
 * TypeScript `unknown` as `object`, and a client generated from the document would refuse 3 or "text".
 */
export const ANY_JSON_VALUE: { oneOf: SchemaObject[] } = {
  oneOf: [
    { type: 'object', additionalProperties: {} },
    { type: 'array', items: {} },
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'null' },
  ],
};
