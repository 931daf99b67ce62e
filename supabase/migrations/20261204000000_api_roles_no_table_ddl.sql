-- The API roles reach tables only through row-level security. TRUNCATE skips RLS altogether (a user with raw
-- SQL emptied every user's jobs), TRIGGER attaches code that runs on other users' writes, REFERENCES lets a
-- role probe other users' keys through a foreign key, and MAINTAIN (PostgreSQL 17) lets it LOCK a table for
-- everyone. Revoked on every public and storage table, and for public tables created later.
do $$
declare
  privileges text := 'truncate, trigger, references'
    || case when current_setting('server_version_num')::int >= 170000 then ', maintain' else '' end;
begin
  execute format('revoke %s on all tables in schema public from anon, authenticated', privileges);
  execute format('revoke %s on all tables in schema storage from anon, authenticated', privileges);
  execute format('alter default privileges in schema public revoke %s on tables from anon, authenticated',
    privileges);
end
$$;
