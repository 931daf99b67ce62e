-- Interview rounds and offers sync like job notes (20261204160000_sync_user_tables.sql): the server write
-- sequence pulls page by, and the fields the job detail page keeps that the first cut of these tables lacked:
-- a round's feedback, an offer's benefits and its negotiation history ([{on, note}], oldest first).

do $$
declare
  t text;
begin
  foreach t in array array['interview_prep', 'offers']
  loop
    execute format('alter table public.%I add column sync_seq bigint not null default 0', t);
    execute format('update public.%I set sync_seq = nextval(''private.sync_seq'')', t);
    execute format('create index %I on public.%I (user_id, sync_seq)', t || '_sync_seq_idx', t);
    execute format('comment on index public.%I is %L', t || '_sync_seq_idx',
                   'Sync pull: a user''s rows written after a cursor, in write order, tombstones included.');
  end loop;
end
$$;
create trigger interview_prep_stamp_sync_seq before insert or update on public.interview_prep
  for each row execute function private.stamp_sync_seq();
create trigger offers_stamp_sync_seq before insert or update on public.offers
  for each row execute function private.stamp_sync_seq();

alter table public.interview_prep add column feedback text check (char_length(feedback) <= 50000);
alter table public.interview_prep
  add constraint interview_prep_notes_length check (char_length(notes) <= 50000) not valid,
  add constraint interview_prep_lists_length check (cardinality(interviewers) <= 200 and cardinality(questions) <= 200) not valid;

alter table public.offers add column benefits text check (char_length(benefits) <= 50000);
alter table public.offers add column negotiation jsonb not null default '[]'
  check (jsonb_typeof(negotiation) = 'array' and jsonb_array_length(negotiation) <= 200);
alter table public.offers
  add constraint offers_notes_length check (char_length(notes) <= 50000) not valid,
  add constraint offers_terms_length check (char_length(bonus) <= 3000 and char_length(equity) <= 3000) not valid;
