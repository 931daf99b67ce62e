// Reads the public schema from pg_catalog so the RLS tests cover every table, including ones added later.
import type pg from 'pg';

export interface Column {
  name: string;
  type: string; // format_type(), usable as a cast
  typname: string;
  category: string; // pg_type.typcategory
  notNull: boolean;
  hasDefault: boolean;
  firstEnumLabel: string | null;
}

export interface ForeignKey {
  name: string;
  parent: string;
  columns: string[];
  parentColumns: string[];
}

export type Command = 'select' | 'insert' | 'update' | 'delete';

export interface Table {
  name: string;
  columns: Column[];
  foreignKeys: ForeignKey[];
  /** Commands `authenticated` has a policy for. */
  userCommands: Set<Command>;
}

const COLUMNS_SQL = `
  select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
         t.typname, t.typcategory as category, a.attnotnull as "notNull",
         (a.atthasdef or a.attidentity <> '' or a.attgenerated <> '') as "hasDefault",
         (select e.enumlabel from pg_enum e where e.enumtypid = t.oid order by e.enumsortorder limit 1)
           as "firstEnumLabel"
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
  join pg_type t on t.oid = a.atttypid
  where n.nspname = 'public' and c.relkind in ('r', 'p')
  order by c.relname, a.attnum`;

const FOREIGN_KEYS_SQL = `
  select child.relname as table, con.conname as name, parent.relname as parent,
         array(select a.attname from unnest(con.conkey) with ordinality k(num, i)
               join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.i)::text[] as columns,
         array(select a.attname from unnest(con.confkey) with ordinality k(num, i)
               join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.i)::text[] as "parentColumns"
  from pg_constraint con
  join pg_class child on child.oid = con.conrelid
  join pg_class parent on parent.oid = con.confrelid
  where con.contype = 'f' and con.connamespace = 'public'::regnamespace`;

const POLICIES_SQL = `
  select tablename as table, lower(cmd) as cmd
  from pg_policies where schemaname = 'public' and 'authenticated' = any(roles)`;

export async function loadCatalog(db: pg.Pool | pg.Client): Promise<Table[]> {
  const tables = new Map<string, Table>();
  const columns = await db.query<Column & { table: string }>(COLUMNS_SQL);
  for (const { table, ...column } of columns.rows) {
    let entry = tables.get(table);
    if (!entry) {
      entry = { name: table, columns: [], foreignKeys: [], userCommands: new Set() };
      tables.set(table, entry);
    }
    entry.columns.push(column);
  }
  const foreignKeys = await db.query<ForeignKey & { table: string }>(FOREIGN_KEYS_SQL);
  for (const { table, ...fk } of foreignKeys.rows) tables.get(table)?.foreignKeys.push(fk);
  const policies = await db.query<{ table: string; cmd: string }>(POLICIES_SQL);
  for (const { table, cmd } of policies.rows) {
    const commands: Command[] = cmd === 'all' ? ['select', 'insert', 'update', 'delete'] : [cmd as Command];
    for (const command of commands) tables.get(table)?.userCommands.add(command);
  }
  return [...tables.values()];
}
