import { DomainError } from '@skillproof/platform';
import { INVALID_CURSOR, KeysetPaging, OffsetPaging } from './paging';

const forge = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

const problemOf = (read: () => unknown): DomainError => {
  try {
    read();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a problem');
};

describe('KeysetPaging', () => {
  const paging = new KeysetPaging({ score: 'integer', createdAt: 'timestamp', id: 'uuid' });
  const rows = [1, 2, 3].map((n) => ({
    score: 90 - n,
    createdAt: new Date(Date.UTC(2026, 0, n)),
    id: `0000000${n}-0000-4000-8000-000000000000`,
  }));
  const positionOf = (row: (typeof rows)[number]) => ({
    score: row.score,
    createdAt: row.createdAt.toISOString(),
    id: row.id,
  });

  it('reads one row more than the page and points the cursor at the last row shown', () => {
    const window = paging.window({ limit: 2 });
    expect(window).toEqual({ after: undefined, limit: 2, fetch: 3 });
    const page = paging.page(rows, window, positionOf);
    expect(page.items).toEqual(rows.slice(0, 2));
    expect(paging.window({ limit: 2, cursor: page.nextCursor! }).after).toEqual(positionOf(rows[1]));
  });

  it('ends the list with a null cursor', () => {
    expect(paging.page(rows.slice(0, 2), { limit: 2 }, positionOf).nextCursor).toBeNull();
    expect(paging.page([], { limit: 2 }, positionOf)).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['JSON that is not an object', forge([1, 2])],
    ['a missing key', forge({ score: 1, id: rows[0].id })],
    ['an extra key', forge({ ...positionOf(rows[0]), admin: true })],
    ['a timestamp PostgreSQL would choke on', forge({ ...positionOf(rows[0]), createdAt: 'garbage' })],
    ['a timestamp in another notation', forge({ ...positionOf(rows[0]), createdAt: '2026-01-01' })],
    ['an id that is no uuid', forge({ ...positionOf(rows[0]), id: "x' OR 1=1" })],
    ['a negative number', forge({ ...positionOf(rows[0]), score: -1 })],
    ['a number as text', forge({ ...positionOf(rows[0]), score: '90' })],
  ])('refuses a cursor with %s as a 400 problem naming the field', (_case, cursor) => {
    const problem = problemOf(() => paging.window({ cursor }));
    expect(problem).toBeInstanceOf(DomainError);
    expect(problem.toProblem()).toMatchObject({
      status: 400,
      code: INVALID_CURSOR,
      errors: [{ field: 'cursor' }],
    });
  });
});

describe('OffsetPaging', () => {
  const paging = new OffsetPaging();

  it('pages by position until the rows run out', () => {
    const first = paging.window({ limit: 2 });
    const firstPage = paging.page(['a', 'b', 'c'], first);
    expect(firstPage.items).toEqual(['a', 'b']);
    const second = paging.window({ limit: 2, cursor: firstPage.nextCursor! });
    expect(second).toEqual({ offset: 2, limit: 2, fetch: 3 });
    expect(paging.page(['c'], second)).toEqual({ items: ['c'], nextCursor: null });
  });

  it.each([forge({ offset: -20 }), forge({ offset: 1.5 }), forge({ page: 2 }), 'bm9wZQ'])(
    'refuses the forged cursor %s',
    (cursor) => {
      expect(problemOf(() => paging.window({ cursor })).toProblem()).toMatchObject({
        status: 400,
        code: INVALID_CURSOR,
      });
    },
  );
});
