'use strict';
/**
 * The last step of `npm run build`: one minified file per process, `<package>/dist/bundle/main.js`
 * with its source map, made from tsc's output. `npm start`, the Dockerfile, the manifests and the
 * benches run these; jest keeps testing the sources.
 *
 * Why: a service loaded about 3,600 modules (TypeORM, rxjs, class-validator, Nest…), 15–17 MB of
 * JavaScript whose source text V8 keeps in the heap for as long as the process lives, plus a module
 * record and a wrapper function for each. One minified file holds the same code in 4–5 MB.
 *
 * - The input is tsc's JavaScript, not the TypeScript sources: esbuild does not emit decorator
 *   metadata (`design:paramtypes`, `design:type`), which Nest's injection, class-validator and
 *   TypeORM read; tsc's output already holds it as `__metadata` calls.
 * - `keepNames`: Nest names providers and routes, TypeORM migrations and entities, class-validator
 *   and @nestjs/swagger schemas after their classes' names, which minification would shorten (only
 *   classes get theirs back: bundle/runtime-helpers.js). Stack traces show minified function names;
 *   `NODE_OPTIONS=--enable-source-maps` maps them to the sources, but costs about 90 MiB of heap per
 *   process, so it is not on by default.
 * - The bundle lies two folders below its package, as `dist/<folder>/*.js` does, so code that finds
 *   files beside its own build (the gateway's web app, grading's sandbox worker) finds them from it.
 * - A package that is not installed is left as a plain `require`, which fails at run time exactly as
 *   it did unbundled: Nest's optional transports and adapters (kafkajs, mqtt, ioredis, …) and
 *   pg-native are only loaded when configured, inside a `try`.
 * - Packages that read their own files from disk stay outside, loaded from node_modules (`EXTERNAL`).
 * - esbuild's helpers that name functions and copy module namespaces are redefined to cost less
 *   memory (bundle/runtime-helpers.js).
 */
const { execFile } = require('node:child_process');
const { mkdir, readFile, writeFile } = require('node:fs/promises');
const { dirname, join, relative } = require('node:path');
const { promisify } = require('node:util');
const acorn = require('acorn');
const esbuild = require('esbuild');
const { RUNTIME_HELPERS, withRuntimeHelpers } = require('./bundle/runtime-helpers');
const { COMPILE_CACHE, nodeFlagsOf } = require('./start/supervisor');

const ROOT = join(__dirname, '..');
const PACKAGES = [
  'services/catalog',
  'services/challenges',
  'services/grading',
  'services/profiles',
  'services/jobs',
  'gateway',
];

/**
 * Left to node_modules: swagger-ui-dist serves the /docs assets from the folder it finds with its own
 * `__dirname`; koffi finds its native binary in its platform's package beside its own; @grpc/grpc-js
 * (with protobufjs, 0.45 MB of the bundle) is installed with @nestjs/microservices for a transport no
 * process uses.
 */
const EXTERNAL = ['swagger-ui-dist', 'swagger-ui-dist/*', 'koffi', '@grpc/grpc-js', '@grpc/proto-loader'];

/** Leaves a bare import that resolves to nothing as a run-time `require`. */
const notInstalledStaysExternal = {
  name: 'not-installed-stays-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'probe') return undefined;
      const { errors } = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'probe',
      });
      return errors.length > 0 ? { path: args.path, external: true } : undefined;
    });
  },
};

/**
 * class-validator loads libphonenumber-js with its full metadata for `IsPhoneNumber`, which no DTO
 * here uses: 0.3 MB of every bundle and 1.1 MiB of heap in every process (the source, the metadata
 * and its code; bundled alone and loaded into a bare node). In its place goes a
 * `parsePhoneNumber` that says why it is missing; the build fails if our code starts using
 * `IsPhoneNumber`, so that the stub cannot be met at run time.
 */
const PHONE_NUMBERS = /^libphonenumber-js\/max$/;
const OUR_BUILD_OUTPUT = /[\\/](services[\\/][^\\/]+|gateway|libs[\\/][^\\/]+)[\\/]dist[\\/].*\.js$/;
const noPhoneNumberMetadata = {
  name: 'no-phone-number-metadata',
  setup(build) {
    build.onResolve({ filter: PHONE_NUMBERS }, (args) => ({ path: args.path, namespace: 'no-phone-number-metadata' }));
    build.onLoad({ filter: /.*/, namespace: 'no-phone-number-metadata' }, () => ({
      contents:
        'exports.parsePhoneNumber = () => {\n' +
        "  throw new Error('IsPhoneNumber needs libphonenumber-js, which scripts/bundle.js leaves out');\n" +
        '};\n',
      loader: 'js',
    }));
    build.onLoad({ filter: OUR_BUILD_OUTPUT }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!/\bIsPhoneNumber\b/.test(source)) return undefined;
      return {
        errors: [
          { text: `${args.path} uses IsPhoneNumber: bundle libphonenumber-js again (no-phone-number-metadata)` },
        ],
      };
    });
  },
};

/**
 * Nest's ES modules load optional and CommonJS packages through `createRequire(import.meta.url)`,
 * which esbuild neither follows nor can fill in a CommonJS bundle (`import.meta` is empty there): it
 * becomes the bundle's own `require`, so a literal package name is bundled like any import.
 */
const createRequireBecomesRequire = {
  name: 'create-require-becomes-require',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].*\.[cm]?js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const contents = source
        .replace(/^const require = createRequire\(import\.meta\.url\);$/m, '')
        .replaceAll('createRequire(import.meta.url)', 'require');
      if (contents.includes('import.meta')) {
        return { errors: [{ text: `${args.path} uses import.meta, which a CommonJS bundle leaves empty` }] };
      }
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Nest's loggers build an `Intl.DateTimeFormat` when their modules load, for the timestamps of its
 * console logger, which no process uses (they log through pino). Building one loads ICU's locale,
 * calendar and time zone data from the node binary: 7 MiB more resident memory in every process
 * (98 instead of 105 MiB for an idle catalog). Here it is built on its first use instead; the build
 * fails if Nest's code no longer reads as this expects, rather than ship the cost unnoticed.
 */
const NEST_LOGGERS = /[\\/]@nestjs[\\/]common[\\/]services[\\/](console-)?logger\.service\.js$/;
const lazyNestLoggerClock = {
  name: 'lazy-nest-logger-clock',
  setup(build) {
    build.onLoad({ filter: NEST_LOGGERS }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const built = source.match(/new Intl\.DateTimeFormat\(/g) ?? [];
      const uses = source.match(/dateTimeFormatter(\.\w+)?/g) ?? [];
      if (built.length !== 1 || uses.some((use) => use !== 'dateTimeFormatter' && use !== 'dateTimeFormatter.format')) {
        return {
          errors: [{ text: `${args.path} no longer builds its date format as lazy-nest-logger-clock expects` }],
        };
      }
      const contents =
        source.replace('new Intl.DateTimeFormat(', 'lazyDateTimeFormat(') +
        '\nfunction lazyDateTimeFormat(locales, options) {\n' +
        '  let format;\n' +
        '  return { format: (date) => (format ??= new Intl.DateTimeFormat(locales, options)).format(date) };\n' +
        '}\n';
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The bundle starts its process only as the program's entry point: the build requires it to compile
 * it into Node's compile cache without starting a service (`warmCompileCache`).
 */
const ENTRY_ONLY = "'use strict';if(require.main!==module)return;";

/**
 * validator's locale regular expressions keep their letters raw (esbuild escapes strings, never
 * regular expressions), and one character above U+00FF makes V8 hold the whole 4 MB source as a
 * two-byte string: 4 MiB more heap per process. In a regular expression and a comment `\uXXXX`
 * means the same; acorn's parse tells which characters are in one.
 */
function asciiOnly(code) {
  const ranges = [];
  acorn.parse(code, {
    ecmaVersion: 'latest',
    allowReturnOutsideFunction: true,
    onToken: (token) => token.type === acorn.tokTypes.regexp && ranges.push([token.start, token.end]),
    onComment: (_block, _text, start, end) => ranges.push([start, end]),
  });
  let escaped = '';
  let copied = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const text = code.slice(start, end);
    escaped +=
      code.slice(copied, start) +
      text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    copied = end;
  }
  return escaped + code.slice(copied);
}

async function bundle(folder) {
  const outfile = join(ROOT, folder, 'dist', 'bundle', 'main.js');
  const result = await esbuild.build({
    entryPoints: [join(ROOT, folder, 'dist', 'main.js')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    keepNames: true,
    sourcemap: true,
    sourcesContent: false,
    banner: { js: `${ENTRY_ONLY}\n${RUNTIME_HELPERS}` },
    external: EXTERNAL,
    plugins: [lazyNestLoggerClock, noPhoneNumberMetadata, createRequireBecomesRequire, notInstalledStaysExternal],
    logLevel: 'warning',
    metafile: true,
    absWorkingDir: ROOT,
    write: false,
  });
  await mkdir(dirname(outfile), { recursive: true });
  const output = (path) => result.outputFiles.find((file) => file.path === path).text;
  const { code, map } = withRuntimeHelpers(asciiOnly(output(outfile)), output(`${outfile}.map`));
  await writeFile(outfile, code);
  await writeFile(`${outfile}.map`, map);
  const bytes = Buffer.byteLength(code);
  const modules = Object.keys(result.metafile.outputs[relative(ROOT, outfile)].inputs).length;
  return { outfile, line: `${folder}: ${(bytes / 1e6).toFixed(1)} MB, ${modules} modules` };
}

/**
 * Compiles a bundle once, with the flags the supervisor, the Dockerfile and the manifests run it
 * with, into the compile cache they use. A 4 MB script compiled from its source leaves about 24 MiB
 * of the parser's memory in the malloc heap for good (33 MiB instead of 8 in an idle catalog); from
 * the cache V8 parses only the functions it runs.
 */
async function warmCompileCache(outfile) {
  await promisify(execFile)(process.execPath, [...nodeFlagsOf(outfile), '-e', `require(${JSON.stringify(outfile)})`], {
    env: { ...process.env, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? COMPILE_CACHE },
  });
}

async function main() {
  const started = Date.now();
  const bundles = await Promise.all(PACKAGES.map(bundle));
  await Promise.all(bundles.map(({ outfile }) => warmCompileCache(outfile)));
  const lines = bundles.map(({ line }) => line);
  console.log(`bundled in ${((Date.now() - started) / 1000).toFixed(1)} s\n  ${lines.join('\n  ')}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
