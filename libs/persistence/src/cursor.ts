/**
 * Opaque page cursors: the sort key of the last item, base64url-encoded JSON. Clients only pass
 * them back, so their shape can change without breaking anyone.
 */
export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Returns undefined for anything that is not a cursor this code produced. */
export function decodeCursor<T extends Record<string, string | number>>(
  cursor: string,
  keys: Array<keyof T>,
): T | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    const valid = keys.every((key) => ['string', 'number'].includes(typeof record[key as string]));
    return valid ? (record as T) : undefined;
  } catch {
    return undefined;
  }
}
