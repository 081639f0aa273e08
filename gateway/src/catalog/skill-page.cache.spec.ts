import type { SkillView } from '@skillproof/contracts';
import { TestClock } from '@skillproof/testing';
import { SKILL_CACHE_TTL_MS, SKILL_PAGE_CACHE_ENTRIES, SkillPageCache } from './skill-page.cache';

const view = (slug: string, related: string[] = [], name = slug): SkillView =>
  ({ slug, name, relatedSkills: related.map((other) => ({ slug: other, name: other })) }) as unknown as SkillView;

/** A catalog stand-in that counts how often it was asked, and can be held back to test overlapping loads. */
function catalog(pages: Record<string, SkillView>) {
  const asked: string[] = [];
  let hold: Promise<void> = Promise.resolve();
  return {
    asked,
    holdUntil(gate: Promise<void>): void {
      hold = gate;
    },
    load: (slug: string) => async (): Promise<SkillView> => {
      asked.push(slug);
      await hold;
      const page = pages[slug];
      if (!page) throw new Error(`no skill ${slug}`);
      return page;
    },
  };
}

describe('SkillPageCache', () => {
  let clock: TestClock;
  let cache: SkillPageCache;

  beforeEach(() => {
    clock = new TestClock();
    cache = new SkillPageCache(clock);
  });

  it('serves a page from memory until its lifetime is over', async () => {
    const source = catalog({ sql: view('sql') });
    await cache.get('sql', source.load('sql'));
    clock.advance(SKILL_CACHE_TTL_MS - 1_000);
    expect(await cache.get('sql', source.load('sql'))).toEqual(view('sql'));
    expect(source.asked).toEqual(['sql']);
    clock.advance(2_000);
    await cache.get('sql', source.load('sql'));
    expect(source.asked).toEqual(['sql', 'sql']);
  });

  it('asks the catalog once for many readers of a page that is not cached', async () => {
    const source = catalog({ sql: view('sql') });
    let open!: () => void;
    source.holdUntil(new Promise((resolve) => (open = resolve)));
    const readers = Array.from({ length: 5 }, () => cache.get('sql', source.load('sql')));
    open();
    expect(await Promise.all(readers)).toEqual(Array(5).fill(view('sql')));
    expect(source.asked).toEqual(['sql']);
  });

  it('drops a changed skill and every page that lists it among its related skills, and nothing else', async () => {
    const source = catalog({
      sql: view('sql'),
      python: view('python', ['sql']),
      statistics: view('statistics', ['python']),
    });
    for (const slug of ['sql', 'python', 'statistics']) await cache.get(slug, source.load(slug));
    cache.invalidate('sql');
    for (const slug of ['sql', 'python', 'statistics']) await cache.get(slug, source.load(slug));
    expect(source.asked).toEqual(['sql', 'python', 'statistics', 'sql', 'python']);
  });

  it('does not keep a page whose load began before the skill changed', async () => {
    const pages = { sql: view('sql', [], 'SQL (old)') };
    const source = catalog(pages);
    let open!: () => void;
    source.holdUntil(new Promise((resolve) => (open = resolve)));
    const before = cache.get('sql', source.load('sql'));
    cache.invalidate('sql');
    open();
    expect((await before).name).toBe('SQL (old)');
    pages.sql = view('sql', [], 'SQL');
    expect((await cache.get('sql', source.load('sql'))).name).toBe('SQL');
  });

  it('keeps no failure: the next reader asks again', async () => {
    const pages: Record<string, SkillView> = {};
    const source = catalog(pages);
    await expect(cache.get('sql', source.load('sql'))).rejects.toThrow('no skill sql');
    pages.sql = view('sql');
    await expect(cache.get('sql', source.load('sql'))).resolves.toEqual(view('sql'));
    expect(source.asked).toEqual(['sql', 'sql']);
  });

  it('holds a bounded number of pages, forgetting the oldest first', async () => {
    const slugs = Array.from({ length: SKILL_PAGE_CACHE_ENTRIES + 1 }, (_, index) => `skill-${index}`);
    const source = catalog(Object.fromEntries(slugs.map((slug) => [slug, view(slug)])));
    for (const slug of slugs) await cache.get(slug, source.load(slug));
    await cache.get(slugs[1], source.load(slugs[1]));
    await cache.get(slugs[0], source.load(slugs[0]));
    expect(source.asked.slice(slugs.length)).toEqual([slugs[0]]);
  });
});
