import fc from 'fast-check';

/** Strings that have broken parsers, databases and renderers somewhere before. */
export const INJECTION_STRINGS = [
  "' OR '1'='1",
  '"; DROP TABLE skills; --',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '{"$gt": ""}',
  '__proto__',
  'constructor',
  '\uD800',
  '𝕊𝕜𝕚𝕝𝕝',
  '\u202Egnp.exe',
  'a'.repeat(10_000),
];

const hugeNumbers = fc.constantFrom(-1, -(2 ** 31), 2 ** 53, Number.MAX_SAFE_INTEGER, 1e308, -0, 0.5);

/** Any JSON value a hostile or broken client could send in place of a well-formed field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...INJECTION_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  hugeNumbers,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
);

/** A path segment: hostile text, URL-encoded so it reaches the router. */
export const hostileSegment: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...INJECTION_STRINGS.slice(0, 12)),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    fc.uuid(),
  )
  // A lone surrogate cannot be percent-encoded; on the wire it becomes U+FFFD, as a browser would send it.
  .map((value) => encodeURIComponent(value.toWellFormed()));

/** Valid JSON that once crashed a handler: nested 10,000 deep, and lone UTF-16 surrogates in strings. */
export const HOSTILE_JSON = [
  `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
  `{"content":${'['.repeat(5_000)}"deep"${']'.repeat(5_000)}}`,
  '{"content":"\\ud800","name":"\\udfff lone","email":"a\\ud800@example.com"}',
];

/** Raw request bodies, most of them not valid JSON at all. */
export const hostileRawBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('{', '{"a":', '[1,2', 'null', '"just a string"', '{"__proto__": {"admin": true}}', '\u0000\u0001'),
  fc.constantFrom(...HOSTILE_JSON),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
);
