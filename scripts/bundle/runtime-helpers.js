'use strict';
const { decode, encode } = require('@jridgewell/sourcemap-codec');

/**
 * Three of the helpers esbuild puts at the top of a bundle cost every process memory for nothing, so
 * the build redefines them right after esbuild's own definitions, before any module runs:
 *
 * - `__toESM` and `__toCommonJS` copy a module's exports, one getter each, every time an ES module
 *   imports a CommonJS one or CommonJS code requires an ES module: at each import site rather than
 *   once per module (evanw/esbuild#4440). Nest's GraphQL package is ES modules importing
 *   graphql-js, and the gateway's CommonJS requires it from most of its files: about 370 copies
 *   of namespaces of up to 300 exports. Node's own `require` hands every caller the one object, and so
 *   does the bundle now. An idle gateway's heap went from 45.9 to 41.8 MiB, a service's by 1.2 MiB.
 * - `__name` (from `keepNames`) gives back the names minification took. Nest, TypeORM,
 *   class-validator and @nestjs/swagger read the names of classes, none of them a plain function's,
 *   and redefining a function's `name` turns its properties into a dictionary, 470 bytes more per
 *   function in V8; the gateway named about 7,400 functions and classes as it started. Only classes
 *   are named now: its heap went from 40.6 to 37.5 MiB, a service's by 1.4 MiB. A stack trace shows
 *   a function's minified name; `--enable-source-maps` maps each frame to its source.
 */

/** Wraps `__toESM` or `__toCommonJS`, `(module, mode) => copy`, so that it copies each module once. */
function sharedInteropCopy(copy) {
  const byMode = new Map();
  return (module, mode) => {
    if (module === null || (typeof module !== 'object' && typeof module !== 'function')) return copy(module, mode);
    let copies = byMode.get(mode);
    if (copies === undefined) byMode.set(mode, (copies = new WeakMap()));
    // In a require cycle a CommonJS module is seen before it has finished; an importer later in the
    // cycle must see the exports it gained since.
    const exports = Object.getOwnPropertyNames(module).length;
    const known = copies.get(module);
    if (known !== undefined && known.exports === exports) return known.copy;
    const made = copy(module, mode);
    copies.set(module, { copy: made, exports });
    return made;
  };
}

/** Wraps `__name`, `(target, name) => target`, so that it names classes and leaves functions be. */
function namesClassesOnly(setName) {
  const sourceOf = Function.prototype.toString;
  return (target, name) => (sourceOf.call(target).startsWith('class') ? setName(target, name) : target);
}

/** The code the bundle starts with, before esbuild's: the two wrappers. */
const RUNTIME_HELPERS = `${sharedInteropCopy}\n${namesClassesOnly}\n`;

/** How esbuild's minified runtime defines the three helpers, in this order; group 1 is the name. */
const DEFINITIONS = [
  {
    wrapper: namesClassesOnly,
    pattern: /var ([\w$]+)=\(([\w$]+),([\w$]+)\)=>[\w$]+\(\2,"name",\{value:\3,configurable:!0\}\);/g,
  },
  { wrapper: sharedInteropCopy, pattern: /var ([\w$]+)=\(([\w$]+),([\w$]+),([\w$]+)\)=>\(\4=\2!=null\?/g },
  { wrapper: sharedInteropCopy, pattern: /([\w$]+)=([\w$]+)=>[\w$]+\([\w$]+\(\{\},"__esModule",\{value:!0\}\),\2\);/g },
];

/**
 * Where in a bundle the helpers are redefined, and the code that does it. The build fails when
 * esbuild's runtime no longer reads as this expects, rather than ship the cost unnoticed.
 */
function runtimeHelpersPatch(code) {
  const found = DEFINITIONS.map(({ pattern }) => [...code.matchAll(pattern)]);
  const inOrder = found.every(
    (matches, index) => matches.length === 1 && (index === 0 || matches[0].index > found[index - 1][0].index),
  );
  if (!inOrder)
    throw new Error(
      "esbuild's __name, __toESM and __toCommonJS no longer read as scripts/bundle/runtime-helpers.js expects",
    );
  const last = found[found.length - 1][0];
  const redefinitions = found.map(([match], index) => `${match[1]}=${DEFINITIONS[index].wrapper.name}(${match[1]})`);
  return { at: last.index + last[0].length, code: `${redefinitions.join(',')};` };
}

/**
 * The bundle with the helpers redefined, and its source map with the columns after the inserted
 * code on its line moved to match.
 */
function withRuntimeHelpers(code, mapText) {
  const patch = runtimeHelpersPatch(code);
  const before = code.slice(0, patch.at);
  const line = before.split('\n').length - 1;
  const column = patch.at - (before.lastIndexOf('\n') + 1);
  const map = JSON.parse(mapText);
  const mappings = decode(map.mappings);
  for (const segment of mappings[line]) if (segment[0] >= column) segment[0] += patch.code.length;
  map.mappings = encode(mappings);
  return { code: before + patch.code + code.slice(patch.at), map: JSON.stringify(map) };
}

module.exports = { RUNTIME_HELPERS, withRuntimeHelpers, sharedInteropCopy, namesClassesOnly };
