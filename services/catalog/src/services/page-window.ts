import { DEFAULT_PAGE_SIZE, type Page, type PageQuery } from '@skillproof/contracts';
import { decodeCursor, encodeCursor } from '@skillproof/persistence';
import { DomainError } from '@skillproof/platform';

export interface PageWindow {
  offset: number;
  /** One more than the page size, to learn whether another page follows without counting. */
  fetch: number;
  limit: number;
}

/**
 * Catalogue lists page by position: search order is a relevance score computed per query, which
 * has no stable key to seek on, and the catalogue is small enough that an offset costs nothing.
 */
export function pageWindow(query: PageQuery): PageWindow {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  if (!query.cursor) return { offset: 0, limit, fetch: limit + 1 };
  const position = decodeCursor<{ offset: number }>(query.cursor, ['offset']);
  if (!position || !Number.isInteger(position.offset) || position.offset < 0) {
    throw DomainError.invalid('validation_failed', 'The cursor is not one this list produced', [
      { field: 'cursor', message: 'cursor must be a value returned as nextCursor' },
    ]);
  }
  return { offset: position.offset, limit, fetch: limit + 1 };
}

export function toPage<T>(rows: T[], window: PageWindow): Page<T> {
  const more = rows.length > window.limit;
  return {
    items: more ? rows.slice(0, window.limit) : rows,
    nextCursor: more ? encodeCursor({ offset: window.offset + window.limit }) : null,
  };
}
