import fc from 'fast-check';
import { hostileRawBody, hostileSegment, hostileValue } from './hostile-values';

interface SchemaObject {
  type?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  $ref?: string;
  enum?: unknown[];
}

interface Operation {
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header'; schema?: SchemaObject }>;
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FuzzTarget {
  method: string;
  path: string;
  requests: fc.Arbitrary<FuzzRequest>;
}

function resolve(schema: SchemaObject | undefined, document: OpenApiDocument): SchemaObject | undefined {
  if (!schema?.$ref) return schema;
  return document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''];
}

/**
 * Bodies shaped like the documented schema, with any field replaced by something hostile, fields
 * missing, and unknown fields added: near misses reach deeper than pure noise.
 */
function nearMissBody(schema: SchemaObject | undefined, document: OpenApiDocument): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, document);
  const properties = Object.keys(resolved?.properties ?? {});
  if (properties.length === 0) return hostileValue;
  const field = fc.constantFrom(...properties);
  return fc
    .record({
      base: fc.dictionary(field, hostileValue, { maxKeys: properties.length }),
      unknown: fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), hostileValue, { maxKeys: 2 })),
    })
    .map(({ base, unknown }) => ({ ...base, ...(unknown ?? {}) }));
}

/** One fuzz target per documented operation, driven by what the OpenAPI document says about it. */
export function fuzzTargets(
  document: OpenApiDocument,
  authHeaders: fc.Arbitrary<Record<string, string>>,
): FuzzTarget[] {
  const targets: FuzzTarget[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const pathParams = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path');
      const queryParams = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      const requests = fc
        .record({
          segments: fc.tuple(...pathParams.map(() => hostileSegment)),
          query: fc.dictionary(
            queryParams.length > 0 ? fc.constantFrom(...queryParams.map((parameter) => parameter.name)) : fc.string(),
            hostileValue.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))),
            { maxKeys: 3 },
          ),
          body: fc.oneof(
            hostileRawBody,
            nearMissBody(bodySchema, document).map((value) => JSON.stringify(value)),
          ),
          auth: authHeaders,
        })
        .map(({ segments, query, body, auth }): FuzzRequest => {
          let url = path;
          pathParams.forEach((parameter, index) => {
            url = url.replace(`{${parameter.name}}`, segments[index]);
          });
          const search = new URLSearchParams(query).toString();
          const hasBody = !['get', 'delete', 'head'].includes(method);
          return {
            method: method.toUpperCase(),
            url: search ? `${url}?${search}` : url,
            headers: { ...auth, ...(hasBody ? { 'content-type': 'application/json' } : {}) },
            body: hasBody ? body : undefined,
          };
        });
      targets.push({ method: method.toUpperCase(), path, requests });
    }
  }
  return targets;
}
