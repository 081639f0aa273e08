import type { EntityManager } from 'typeorm';

/** Where an input field is stored, and whether it is a jsonb column. */
export interface WritableColumn {
  column: string;
  json: boolean;
}

/**
 * Applies the fields present in `changes` to the row with `slug` and bumps `updated_at`; fields
 * with no writable column are left to the caller. Returns the row's id, or null for an unknown slug.
 * `table` and the column names come from code, never from input.
 */
export async function updateBySlug(
  table: 'skills' | 'careers',
  columns: Record<string, WritableColumn>,
  slug: string,
  changes: object,
  manager: EntityManager,
): Promise<string | null> {
  const assignments: string[] = ['updated_at = now()'];
  const values: unknown[] = [slug];
  for (const [field, value] of Object.entries(changes)) {
    const target = columns[field];
    if (value === undefined || !target) continue;
    values.push(target.json ? JSON.stringify(value) : value);
    assignments.push(`${target.column} = $${values.length}`);
  }
  // For UPDATE, TypeORM's Postgres driver answers [rows, affected count] instead of the rows alone.
  const [rows]: [Array<{ id: string }>, number] = await manager.query(
    `UPDATE ${table} SET ${assignments.join(', ')} WHERE slug = $1 RETURNING id`,
    values,
  );
  return rows[0]?.id ?? null;
}
