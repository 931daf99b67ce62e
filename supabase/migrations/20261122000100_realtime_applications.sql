-- Realtime: application status changes reach signed-in clients through Supabase Realtime (RLS still applies
-- to what each subscriber receives). The publication exists on hosted Supabase, not on a plain Postgres, so
-- this is conditional; clients fall back to sync polling either way.
do $$
begin
  if exists (select 1 from pg_publication where pubname = 'supabase_realtime')
     and not exists (
       select 1 from pg_publication_tables
       where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'applications') then
    alter publication supabase_realtime add table public.applications;
  end if;
end
$$;
