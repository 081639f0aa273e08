/**
 * The JavaScript a visitor downloads to see a page, gzipped, read from Vite's build manifest: the
 * entry chunk, the page's own chunk, and every chunk they import. Fails the build when the skill
 * page goes over its budget, so a heavy dependency is noticed when it is added.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url);
const BUDGET_BYTES = 150 * 1024;
const PAGES = {
  'skill page': 'src/pages/skill/SkillPage.tsx',
  'home page': 'src/pages/home/HomePage.tsx',
};

const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', DIST), 'utf8'));

/** Every chunk the given manifest entries load before they run (static imports, followed through). */
function chunksOf(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen].map((key) => manifest[key].file);
}

const gzipped = (file) => gzipSync(readFileSync(new URL(file, DIST))).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let failed = false;
for (const [name, source] of Object.entries(PAGES)) {
  if (!manifest[source]) throw new Error(`${source} is not a chunk of the build; was the page moved?`);
  const files = chunksOf(['index.html', source]);
  const total = files.reduce((sum, file) => sum + gzipped(file), 0);
  const over = name === 'skill page' && total > BUDGET_BYTES;
  failed ||= over;
  console.log(
    `${name}: ${kb(total)} of JavaScript gzipped in ${files.length} files${over ? ` — over the ${kb(BUDGET_BYTES)} budget` : ''}`,
  );
}
if (failed) process.exit(1);
