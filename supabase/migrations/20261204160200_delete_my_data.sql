-- Delete my data: a user removes every row they own, as themselves (RLS), through the delete-my-data function.
-- Every user table already lets its owner delete, directly or by cascade from jobs and applications, except the
-- AI usage ledger. Its rows are the user's too (prompts' sizes, models, times), so they go with the rest.
-- Trade-off: deleting them also clears today's AI quota count; the per-minute limit still applies.
create policy "Users can delete their own AI events" on public.ai_events
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
grant delete on table public.ai_events to authenticated;
