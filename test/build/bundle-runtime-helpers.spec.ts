import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from '@jridgewell/sourcemap-codec';
import { buildSync } from 'esbuild';

// The helpers scripts/bundle.js puts into every bundle, and how it inserts them.
const { RUNTIME_HELPERS, withRuntimeHelpers, sharedInteropCopy } = require('../../scripts/bundle/runtime-helpers') as {
  RUNTIME_HELPERS: string;
  withRuntimeHelpers: (code: string, map: string) => { code: string; map: string };
  sharedInteropCopy: <T>(copy: (module: object, mode?: number) => T) => (module: object, mode?: number) => T;
};

/** ES modules and CommonJS ones importing each other, as Nest's GraphQL package and its users do. */
const SOURCES = {
  'grades.mjs': 'export class ReportCard {}\nexport function scoreOf(card) { return card ? 1 : 0; }\n',
  'legacy.cjs': 'exports.version = 3;\n',
  'first.mjs': "import * as legacy from './legacy.cjs';\nexport const first = legacy;\n",
  'second.mjs': "import * as legacy from './legacy.cjs';\nexport const second = legacy;\n",
  'entry.cjs': [
    "const a = require('./grades.mjs');",
    "const b = require('./grades.mjs');",
    "const { first } = require('./first.mjs');",
    "const { second } = require('./second.mjs');",
    'console.log(JSON.stringify({',
    '  sameRequire: a === b,',
    '  sameImport: first === second,',
    '  version: first.version,',
    '  className: a.ReportCard.name,',
    '  score: a.scoreOf(new a.ReportCard()),',
    "  functionFast: new Function('f', 'return %HasFastProperties(f)')(a.scoreOf),",
    "  marker: 'after the helpers',",
    '}));',
  ].join('\n'),
};

describe("the bundle's runtime helpers", () => {
  let dir: string;
  let bundled: { code: string; map: string };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'skillproof-bundle-'));
    for (const [name, source] of Object.entries(SOURCES)) writeFileSync(join(dir, name), source);
    const result = buildSync({
      entryPoints: [join(dir, 'entry.cjs')],
      outfile: join(dir, 'out.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      minify: true,
      keepNames: true,
      sourcemap: true,
      banner: { js: RUNTIME_HELPERS },
      write: false,
      logLevel: 'silent',
    });
    const text = (suffix: string) => result.outputFiles.find((file) => file.path.endsWith(suffix))!.text;
    bundled = { code: text('out.js'), map: text('out.js.map') };
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(code: string): Record<string, unknown> {
    const file = join(dir, 'run.js');
    writeFileSync(file, code);
    const child = spawnSync(process.execPath, ['--allow-natives-syntax', file], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    return JSON.parse(child.stdout) as Record<string, unknown>;
  }

  it('hands every importer one copy of a module, names classes, and leaves functions fast', () => {
    expect(run(bundled.code)).toEqual({
      sameRequire: false,
      sameImport: false,
      version: 3,
      className: 'ReportCard',
      score: 1,
      functionFast: false,
      marker: 'after the helpers',
    });
    expect(run(withRuntimeHelpers(bundled.code, bundled.map).code)).toEqual({
      sameRequire: true,
      sameImport: true,
      version: 3,
      className: 'ReportCard',
      score: 1,
      functionFast: true,
      marker: 'after the helpers',
    });
  });

  it('keeps the source map pointing at the same source after the inserted code', () => {
    const patched = withRuntimeHelpers(bundled.code, bundled.map);
    const originalOf = (code: string, map: string) => {
      const at =
        code.indexOf("'after the helpers'") >= 0
          ? code.indexOf("'after the helpers'")
          : code.indexOf('"after the helpers"');
      const line = code.slice(0, at).split('\n').length - 1;
      const column = at - (code.lastIndexOf('\n', at - 1) + 1);
      const segments = (JSON.parse(map) as { mappings: string }).mappings;
      const segment = decode(segments)
        [line].filter((candidate) => candidate[0] <= column)
        .at(-1)!;
      return segment.slice(1);
    };

    expect(patched.code.length).toBeGreaterThan(bundled.code.length);
    expect(originalOf(patched.code, patched.map)).toEqual(originalOf(bundled.code, bundled.map));
  });

  it('copies a module again once it has gained exports, as a module in a require cycle does', () => {
    const copy = sharedInteropCopy((module: object) => ({ ...module }));
    const module: Record<string, number> = { early: 1 };
    const seenEarly = copy(module);

    expect(copy(module)).toBe(seenEarly);
    module.late = 2;
    expect(copy(module)).toEqual({ early: 1, late: 2 });
    expect(copy(module, 1)).not.toBe(copy(module));
  });
});
