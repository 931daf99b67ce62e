// Schema rules that keep the database secure by construction. Each query lists the offenders, so a
// failure names the table, policy or index to fix.
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PayPeriod, WorkType } from '../../shared/domain/common.ts';
import { ArtifactKind, DocumentMeta } from '../../shared/domain/documents.ts';
import { AtsRef, EmploymentType } from '../../shared/domain/job.ts';
import { Proficiency, Skill } from '../../shared/domain/profile.ts';
import { STAGES } from '../../shared/domain/stage-names.ts';
import { StageEvent } from '../../shared/domain/stages.ts';

const pool = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => pool.end());

async function offenders(sql: string): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(sql);
  return rows.map((r) => r.name);
}

const PUBLIC_TABLES = `
  select c.oid, c.relname from pg_class c
  where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')`;

describe('public schema', () => {
  it('has row-level security enabled on every table', async () => {
    const tables = await offenders(`select t.relname as name from (${PUBLIC_TABLES}) t
      join pg_class c on c.oid = t.oid where not c.relrowsecurity`);
    expect(tables).toEqual([]);
  });

  it("gives every table a Clerk user_id: text, not null, defaulting to the token's sub", async () => {
    const tables = await offenders(`select t.relname as name from (${PUBLIC_TABLES}) t
      left join pg_attribute a on a.attrelid = t.oid and a.attname = 'user_id' and not a.attisdropped
      left join pg_attrdef d on d.adrelid = t.oid and d.adnum = a.attnum
      where a.attnum is null or a.atttypid <> 'text'::regtype or not a.attnotnull
         or coalesce(pg_get_expr(d.adbin, d.adrelid), '') not like '%auth.jwt() ->> ''sub''%'`);
    expect(tables).toEqual([]);
  });

  it('scopes every policy to authenticated users and their own sub, with a sentence for a name', async () => {
    // Coach sharing (issue 17) adds policies where the caller is a coach or a client, not the row's owner.
    const policies = await offenders(`select tablename || ': ' || policyname as name from pg_policies
      where schemaname = 'public' and (
        roles <> '{authenticated}'
        or (policyname !~ '^Users can [a-z]+ their own [A-Za-z -]+$'
            and policyname !~ '^(Coaches|Clients) can [a-z]+ [A-Za-z -]+$')
        or coalesce(qual, '') || coalesce(with_check, '') not like '%SELECT (auth.jwt() ->> ''sub''::text))%'
        or coalesce(qual, '') || coalesce(with_check, '') !~ '(user_id|coach_id)')`);
    expect(policies).toEqual([]);
  });

  it('grants anon nothing on any table or view', async () => {
    const relations = await offenders(`select c.relname as name from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
        and has_table_privilege('anon', c.oid, 'select, insert, update, delete')`);
    expect(relations).toEqual([]);
  });

  it('runs every view with the caller’s rights, so RLS applies through it', async () => {
    const views = await offenders(`select c.relname as name from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'v'
        and not coalesce('security_invoker=true' = any(c.reloptions), false)`);
    expect(views).toEqual([]);
  });

  it('stamps updated_at with a trigger on every table that has the column', async () => {
    const tables = await offenders(`select t.relname as name from (${PUBLIC_TABLES}) t
      join pg_attribute a on a.attrelid = t.oid and a.attname = 'updated_at'
      where not exists (select from pg_trigger g where g.tgrelid = t.oid
        and g.tgfoid = 'private.set_updated_at()'::regprocedure)`);
    expect(tables).toEqual([]);
  });

  it('explains every index (except constraint-backed ones) with a comment', async () => {
    const indexes = await offenders(`select i.relname as name from pg_index x
      join pg_class i on i.oid = x.indexrelid
      where i.relnamespace = 'public'::regnamespace
        and not exists (select from pg_constraint k where k.conindid = x.indexrelid)
        and obj_description(i.oid, 'pg_class') is null`);
    expect(indexes).toEqual([]);
  });

  it('never keys an enum right after user_id in a lookup index (RLS could not use it)', async () => {
    // Under RLS the policy runs first and enum equality is not leakproof, so `status = 'x'` is never an
    // index condition: such a key only ever uses its user_id prefix. Unique indexes (integrity) are exempt.
    const indexes = await offenders(`select i.relname as name from pg_index x
      join pg_class i on i.oid = x.indexrelid
      join pg_attribute first on first.attrelid = x.indrelid and first.attnum = x.indkey[0]
      join pg_attribute second on second.attrelid = x.indrelid and second.attnum = x.indkey[1]
      join pg_type t on t.oid = second.atttypid
      where i.relnamespace = 'public'::regnamespace and not x.indisunique
        and first.attname = 'user_id' and x.indnkeyatts > 1 and t.typtype = 'e'`);
    expect(indexes).toEqual([]);
  });

  it('uses enums, not free text, for statuses and kinds', async () => {
    const columns = await offenders(`select c.relname || '.' || a.attname as name from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0
        and (a.attname in ('status', 'kind', 'stage', 'role', 'cause', 'decision', 'method', 'frequency')
             or a.attname like '%\\_status' or a.attname like '%\\_stage')
        and a.atttypid in ('text'::regtype, 'varchar'::regtype)
        -- EEO answers keep the person's own wording of a form's option, not a status we define.
        and a.attname not like 'eeo_%'`);
    expect(columns).toEqual([]);
  });
});

describe('enums mirror shared/domain', () => {
  async function labels(type: string): Promise<string[]> {
    const { rows } = await pool.query<{ label: string }>(
      'select enumlabel as label from pg_enum where enumtypid = $1::regtype order by enumsortorder',
      [`public.${type}`],
    );
    return rows.map((r) => r.label);
  }

  it.each([
    ['job_stage', [...STAGES]],
    ['artifact_kind', ArtifactKind.options],
    ['work_type', WorkType.options],
    ['pay_period', PayPeriod.options],
    ['employment_type', EmploymentType.options],
    ['ats_kind', AtsRef.shape.ats.options],
    ['stage_event_cause', StageEvent.shape.cause.options],
    ['proficiency', Proficiency.options],
    ['skill_source', Skill.shape.source.options],
    ['document_kind', DocumentMeta.shape.kind.options],
  ])('%s', async (type, expected) => {
    expect(await labels(type)).toEqual(expected);
  });

  it('application_status holds the submission states of the Jobraker design', async () => {
    expect(await labels('application_status')).toEqual(
      expect.arrayContaining([
        'draft',
        'pending_submission',
        'processing',
        'submitted_successfully',
        'failed_submission',
        'action_required',
      ]),
    );
  });
});
