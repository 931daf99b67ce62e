// Builds a valid row for any public table from the catalog alone, creating the parent rows its
// required foreign keys need (owned by the same user). Runs as the superuser, so RLS is bypassed.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Column, Table } from './catalog.ts';

export type RowValues = Record<string, string>;

/** Values that satisfy our CHECK constraints, keyed by column name pattern. */
function hinted(column: Column, user: string): string | undefined {
  const name = column.name;
  if (name === 'user_id') return user;
  if (name.endsWith('sha256')) return 'a'.repeat(64);
  if (name === 'url' || name.endsWith('_url')) return `https://example.com/${randomUUID()}`;
  if (name === 'email') return 'someone@example.com';
  if (name.endsWith('currency')) return 'USD';
  if (name === 'country') return 'US';
  if (name === 'mime_type') return 'application/pdf';
  if (name === 'storage_path') return `${user}/${randomUUID()}.pdf`;
  if (name.endsWith('_month')) return '2024-01';
  if (name === 'key') return `follow-up:${randomUUID()}`; // a reminder's key names its kind
  return undefined;
}

function byType(column: Column): string {
  if (column.firstEnumLabel !== null) return column.firstEnumLabel;
  if (column.typname === 'uuid') return randomUUID();
  if (column.typname === 'jsonb' || column.typname === 'json') return '{}';
  switch (column.category) {
    case 'A':
      return '{}';
    case 'N':
      return '1';
    case 'B':
      return 'false';
    case 'D':
      return column.typname === 'date' ? '2026-01-01' : new Date().toISOString();
    default:
      return `x-${randomUUID().slice(0, 8)}`;
  }
}

export class Seeder {
  private readonly rows = new Map<string, Promise<string>>();
  private readonly tables: Map<string, Table>;

  constructor(
    private readonly db: pg.Pool,
    tables: Table[],
  ) {
    this.tables = new Map(tables.map((t) => [t.name, t]));
  }

  table(name: string): Table {
    const table = this.tables.get(name);
    if (!table) throw new Error(`No table ${name}`);
    return table;
  }

  /**
   * Values for a new row of `table` owned by `user`: required columns filled, required foreign keys
   * pointing at `parentsOf`'s rows (default: the same user's).
   */
  async values(tableName: string, user: string, parentsOf = user): Promise<RowValues> {
    const table = this.table(tableName);
    const values: RowValues = {};
    for (const fk of table.foreignKeys) {
      const own = fk.columns.filter((c) => c !== 'user_id');
      const required = own.every((c) => table.columns.find((col) => col.name === c)?.notNull);
      if (!required) continue;
      const parentId = await this.rowOf(fk.parent, parentsOf);
      for (const column of own) values[column] = parentId;
    }
    for (const column of table.columns) {
      if (column.name in values) continue;
      const hint = hinted(column, user);
      if (column.name === 'user_id') values[column.name] = user;
      else if (column.notNull && !column.hasDefault) values[column.name] = hint ?? byType(column);
    }
    return values;
  }

  /** A row of `table` owned by `user`, created once and reused (parents are shared, like in real data). */
  rowOf(tableName: string, user: string): Promise<string> {
    const key = `${tableName}\u0000${user}`;
    let row = this.rows.get(key);
    if (!row) {
      row = this.values(tableName, user).then((values) => insert(this.db, this.table(tableName), values));
      this.rows.set(key, row);
    }
    return row;
  }
}

/** `insert ... returning id` with every value cast to its column type (enums, arrays, jsonb). */
export function insertSql(table: Table, values: RowValues): { text: string; params: string[] } {
  const names = Object.keys(values);
  const casts = names.map(
    (name, i) => `$${i + 1}::${table.columns.find((c) => c.name === name)?.type ?? 'text'}`,
  );
  return {
    text: `insert into public.${table.name} (${names.join(', ')}) values (${casts.join(', ')}) returning id`,
    params: names.map((n) => values[n] as string),
  };
}

export async function insert(db: pg.Pool | pg.PoolClient, table: Table, values: RowValues): Promise<string> {
  const { text, params } = insertSql(table, values);
  try {
    const { rows } = await db.query<{ id: string }>(text, params);
    return rows[0]!.id;
  } catch (error) {
    throw new Error(
      `Could not seed ${table.name} with ${JSON.stringify(values)}: ${(error as Error).message}`,
    );
  }
}
