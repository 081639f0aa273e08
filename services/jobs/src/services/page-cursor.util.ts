import { decodeCursor, encodeCursor } from '@skillproof/persistence';
import { DEFAULT_PAGE_SIZE } from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';

export function pageSize(limit: number | undefined): number {
  return limit ?? DEFAULT_PAGE_SIZE;
}

/** Reads a cursor this service handed out; anything else is the caller's mistake. */
export function readCursor<T extends Record<string, string | number>>(
  cursor: string | undefined,
  keys: Array<keyof T>,
): T | undefined {
  if (cursor === undefined) return undefined;
  const position = decodeCursor<T>(cursor, keys);
  if (!position) {
    throw DomainError.invalid('cursor.invalid', 'The cursor is not one this list handed out', [
      { field: 'cursor', message: 'cursor is not valid for this list' },
    ]);
  }
  return position;
}

/** The cursor of the next page: the position of the last item when the page is full. */
export function nextCursor<T>(items: T[], limit: number, position: (last: T) => Record<string, string | number>) {
  return items.length === limit && items.length > 0 ? encodeCursor(position(items[items.length - 1])) : null;
}
