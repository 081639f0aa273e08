import { TestClock } from '@skillproof/testing';
import { ReadThroughCache } from './read-through.cache';

const LIFETIME_MS = 10_000;

/** A source that counts what it was asked for and answers `<key>@<version>`, held back on demand. */
function source() {
  const asked: string[] = [];
  let version = 1;
  let hold: Promise<void> = Promise.resolve();
  return {
    asked,
    change(): void {
      version += 1;
    },
    holdUntil(gate: Promise<void>): void {
      hold = gate;
    },
    load: (key: string) => async (): Promise<string> => {
      asked.push(key);
      const answer = `${key}@${version}`;
      await hold;
      return answer;
    },
  };
}

function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('ReadThroughCache', () => {
  let clock: TestClock;

  beforeEach(() => {
    clock = new TestClock();
  });

  it('when full, drops the entry read least recently, not the one stored first', async () => {
    const cache = new ReadThroughCache<string>(clock, LIFETIME_MS, 2);
    const values = source();
    await cache.get('a', values.load('a'));
    await cache.get('b', values.load('b'));
    await cache.get('a', values.load('a'));
    await cache.get('c', values.load('c'));

    await cache.get('a', values.load('a'));
    await cache.get('b', values.load('b'));
    expect(values.asked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('forgets one key and keeps every other', async () => {
    const cache = new ReadThroughCache<string>(clock, LIFETIME_MS, 10);
    const values = source();
    await cache.get('a', values.load('a'));
    await cache.get('b', values.load('b'));
    values.change();
    cache.forget('a');

    expect(await cache.get('a', values.load('a'))).toBe('a@2');
    expect(await cache.get('b', values.load('b'))).toBe('b@1');
  });

  it('serves a load under way when its key is forgotten, but keeps only a load begun after', async () => {
    const cache = new ReadThroughCache<string>(clock, LIFETIME_MS, 10);
    const values = source();
    const held = gate();
    values.holdUntil(held.opened);
    const before = cache.get('a', values.load('a'));
    values.change();
    cache.forget('a');
    values.holdUntil(Promise.resolve());
    const after = cache.get('a', values.load('a'));
    held.open();

    expect(await before).toBe('a@1');
    expect(await after).toBe('a@2');
    expect(await cache.get('a', values.load('a'))).toBe('a@2');
    expect(values.asked).toEqual(['a', 'a']);
  });

  it('keeps a load under way for one key when another key is forgotten', async () => {
    const cache = new ReadThroughCache<string>(clock, LIFETIME_MS, 10);
    const values = source();
    const held = gate();
    values.holdUntil(held.opened);
    const loading = cache.get('a', values.load('a'));
    cache.forget('b');
    held.open();
    await loading;

    await cache.get('a', values.load('a'));
    expect(values.asked).toEqual(['a']);
  });

  it('asks again once an entry has outlived its lifetime', async () => {
    const cache = new ReadThroughCache<string>(clock, LIFETIME_MS, 10);
    const values = source();
    await cache.get('a', values.load('a'));
    values.change();
    clock.advance(LIFETIME_MS - 1);
    expect(await cache.get('a', values.load('a'))).toBe('a@1');
    clock.advance(1);
    expect(await cache.get('a', values.load('a'))).toBe('a@2');
  });
});
