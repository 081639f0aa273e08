import type { Page, SkillSearchRequest, SkillSummary } from '@skillproof/contracts';
import { TestClock } from '@skillproof/testing';
import { SKILL_CACHE_TTL_MS } from './skill-page.cache';
import { SkillSearchCache } from './skill-search.cache';

const page = (label: string): Page<SkillSummary> => ({
  items: [{ slug: label, name: label } as SkillSummary],
  nextCursor: null,
});

describe('SkillSearchCache', () => {
  let clock: TestClock;
  let cache: SkillSearchCache;
  let searches: SkillSearchRequest[];
  const search = (query: SkillSearchRequest, label = 'result') =>
    cache.get(query, async () => {
      searches.push(query);
      return page(label);
    });

  beforeEach(() => {
    clock = new TestClock();
    cache = new SkillSearchCache(clock);
    searches = [];
  });

  it('answers the same search again from memory, however the words were cased or padded', async () => {
    await search({ q: 'Machine Learning', limit: 5 });
    expect(await search({ q: '  machine learning ', limit: 5 })).toEqual(page('result'));
    expect(searches).toHaveLength(1);
  });

  it('tells apart searches that differ in category, page size or cursor', async () => {
    await search({ q: 'ml' });
    await search({ q: 'ml', category: 'AI & Data' });
    await search({ q: 'ml', limit: 50 });
    await search({ q: 'ml', cursor: 'eyJvZmZzZXQiOjIwfQ' });
    expect(searches).toHaveLength(4);
  });

  it('searches again once a result has outlived its lifetime', async () => {
    await search({ q: 'sql' });
    clock.advance(SKILL_CACHE_TTL_MS + 1);
    await search({ q: 'sql' });
    expect(searches).toHaveLength(2);
  });

  it('forgets everything when a skill changes, including a search that was under way', async () => {
    await search({ q: 'sql' });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const during = cache.get({ q: 'python' }, async () => {
      await gate;
      return page('python before the change');
    });
    cache.clear();
    open();
    expect(await during).toEqual(page('python before the change'));
    await search({ q: 'sql' }, 'sql after');
    expect(await search({ q: 'python' }, 'python after')).toEqual(page('python after'));
    expect(searches.map((query) => query.q)).toEqual(['sql', 'sql', 'python']);
  });
});
