import { DEFAULT_PAGE_SIZE, type Page, type PageQuery } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';

/**
 * What a cursor field may hold: a `uuid`, a `timestamp` (ISO 8601, as `Date.toISOString()` writes
 * it) or a non-negative `integer`. Every value is checked before it reaches SQL, so a forged cursor
 * is the caller's 400, never a failed cast in PostgreSQL and a 500.
 */
export type CursorField = 'uuid' | 'timestamp' | 'integer';
export type CursorSchema = Record<string, CursorField>;
export type CursorPosition<Schema extends CursorSchema> = {
  [Key in keyof Schema]: Schema[Key] extends 'integer' ? number : string;
};

/** The rows to read for one page: one more than the page holds, to learn whether another follows. */
export interface KeysetWindow<Schema extends CursorSchema> {
  after?: CursorPosition<Schema>;
  limit: number;
  fetch: number;
}

export interface OffsetWindow {
  offset: number;
  limit: number;
  fetch: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const VALID: Record<CursorField, (value: unknown) => boolean> = {
  uuid: (value) => typeof value === 'string' && UUID.test(value),
  timestamp: (value) =>
    typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value,
  integer: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
};

export const INVALID_CURSOR = 'page.invalid_cursor';

function invalidCursor(): DomainError {
  return DomainError.invalid(INVALID_CURSOR, 'The cursor is not one this list handed out', [
    { field: 'cursor', message: 'cursor must be a nextCursor this list returned' },
  ]);
}

/** Opaque to clients: base64url of the JSON position, so its shape can change without breaking anyone. */
function encode(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decode<Schema extends CursorSchema>(cursor: string, schema: Schema): CursorPosition<Schema> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidCursor();
  const record = value as Record<string, unknown>;
  const keys = Object.keys(schema);
  const exact = Object.keys(record).length === keys.length && keys.every((key) => VALID[schema[key]](record[key]));
  if (!exact) throw invalidCursor();
  return record as CursorPosition<Schema>;
}

function limitOf(query: PageQuery): number {
  return query.limit ?? DEFAULT_PAGE_SIZE;
}

/**
 * Paging by the sort key of the last item (keyset): stable while rows are added, and as fast on
 * page 100 as on page 1. For lists ordered by columns that, with the id, are unique. A `timestamp`
 * column it seeks on is `timestamptz(3)`: the cursor holds milliseconds, and a column with finer
 * times would put the cursor between two rows of one millisecond and skip one.
 */
export class KeysetPaging<Schema extends CursorSchema> {
  constructor(private readonly schema: Schema) {}

  /** Where the page starts; a cursor this list did not hand out is a 400 `page.invalid_cursor`. */
  window(query: PageQuery): KeysetWindow<Schema> {
    const limit = limitOf(query);
    const after = query.cursor === undefined ? undefined : decode(query.cursor, this.schema);
    return { after, limit, fetch: limit + 1 };
  }

  /** The page out of up to `fetch` rows, with a cursor at its last item when more rows follow. */
  page<Row, Item = Row>(
    rows: Row[],
    window: { limit: number },
    positionOf: (last: Row) => CursorPosition<Schema>,
    toItem: (row: Row) => Item = (row) => row as unknown as Item,
  ): Page<Item> {
    const shown = rows.slice(0, window.limit);
    const more = rows.length > window.limit && shown.length > 0;
    return { items: shown.map(toItem), nextCursor: more ? encode(positionOf(shown[shown.length - 1])) : null };
  }
}

/**
 * Paging by position, for orders with no stable key to seek on (a relevance score computed per
 * query, a ranking computed in memory) over lists small enough that skipping rows costs nothing.
 */
export class OffsetPaging {
  private static readonly schema = { offset: 'integer' } as const;

  window(query: PageQuery): OffsetWindow {
    const limit = limitOf(query);
    const offset = query.cursor === undefined ? 0 : decode(query.cursor, OffsetPaging.schema).offset;
    return { offset, limit, fetch: limit + 1 };
  }

  page<Item>(rows: Item[], window: OffsetWindow): Page<Item> {
    const more = rows.length > window.limit;
    return {
      items: rows.slice(0, window.limit),
      nextCursor: more ? encode({ offset: window.offset + window.limit }) : null,
    };
  }
}
