-- Hosted Supabase drives the submission worker with pg_cron + pg_net (contracts.md §3.6): every minute a
-- job POSTs to /functions/v1/process-queue with the worker secret, both read from Vault
-- (`select vault.create_secret('https://<ref>.supabase.co', 'jobraker_project_url');`
--  `select vault.create_secret('<QUEUE_WORKER_SECRET>', 'jobraker_queue_worker_secret');`).
-- Guarded: a database without pg_cron, pg_net or Vault (the local stack, plain Postgres) skips this, and the
-- local stack's own timer drives the worker instead (backend/local/queue-timer.ts). The function itself
-- loops for up to ~50 s per call, so a one-minute schedule keeps the queue moving.
do $$
begin
  if exists (select from pg_available_extensions where name = 'pg_cron')
     and exists (select from pg_available_extensions where name = 'pg_net')
     and exists (select from pg_namespace where nspname = 'vault') then
    create extension if not exists pg_cron;
    create extension if not exists pg_net;
    perform cron.schedule('jobraker-process-queue', '* * * * *', $job$
      select net.http_post(
        url := (select decrypted_secret from vault.decrypted_secrets where name = 'jobraker_project_url')
               || '/functions/v1/process-queue',
        headers := jsonb_build_object(
          'content-type', 'application/json',
          'authorization', 'Bearer ' || (select decrypted_secret from vault.decrypted_secrets
                                         where name = 'jobraker_queue_worker_secret')),
        body := '{"source":"pg_cron"}'::jsonb,
        timeout_milliseconds := 60000)
    $job$);
  else
    raise notice 'pg_cron, pg_net or vault missing: process-queue is not scheduled (the local stack drives it)';
  end if;
end
$$;
