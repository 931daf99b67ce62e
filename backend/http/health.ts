import type { Queryable } from '../db/pool.ts';
import { withCors } from './cors.ts';
import { json } from './json.ts';

export interface HealthDeps {
  /** Absent when SUPABASE_DB_URL is not configured. */
  db: Queryable | undefined;
  now?: () => number;
  /** Local stack only: where the extension's "sign in to the local backend" gets a dev token. */
  devTokenUrl?: string;
}

interface HealthRow {
  version: string;
  migrations: string | null;
}

// One round trip: server version plus how many migrations the Supabase CLI recorded (null before any push).
// query_to_xml defers parsing, so the count runs only when the history table exists.
const HEALTH_SQL = `
  select current_setting('server_version') as version,
         case when to_regclass('supabase_migrations.schema_migrations') is null then null
              else (xpath('/row/n/text()', query_to_xml(
                'select count(*) as n from supabase_migrations.schema_migrations', false, true, '')))[1]::text
         end as migrations`;

/** `GET /health`: proves the whole path (HTTP → Deno → Postgres). 503 with a reason when the DB is not reachable. */
export function createHealthHandler(deps: HealthDeps): (request: Request) => Promise<Response> {
  const now = deps.now ?? (() => performance.now());
  return withCors(async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return json({ error: 'method_not_allowed', message: 'Use GET' }, 405, { allow: 'GET, HEAD, OPTIONS' });
    }
    if (!deps.db) {
      return json(
        { ok: false, db: 'unconfigured', error: 'db_unconfigured', message: 'SUPABASE_DB_URL is not set' },
        503,
      );
    }
    const started = now();
    try {
      const { rows } = await deps.db.query<HealthRow>(HEALTH_SQL);
      const row = rows[0];
      return json({
        ok: true,
        db: 'up',
        postgres: row?.version ?? null,
        migrations: row?.migrations == null ? null : Number(row.migrations),
        latencyMs: Math.round((now() - started) * 10) / 10,
        ...(deps.devTokenUrl ? { auth: { devTokenUrl: deps.devTokenUrl } } : {}),
      });
    } catch (error) {
      return json(
        {
          ok: false,
          db: 'down',
          error: 'database_unreachable',
          message: `Database query failed: ${error instanceof Error ? error.message : String(error)}`,
        },
        503,
      );
    }
  });
}
