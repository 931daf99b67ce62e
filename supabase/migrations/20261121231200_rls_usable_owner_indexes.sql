-- Same lesson as 20261121231100 for the other per-user lists: under RLS an enum equality (status, kind)
-- is applied after the policy, never as an index condition, so a key (user_id, <enum>, ...) only ever
-- used its user_id prefix and could not return rows in order. Key on user_id + the sort column and
-- INCLUDE the enum, so the list is read in order and the filter needs no heap visit.
drop index if exists public.documents_user_kind_idx;
create index documents_user_recent_idx on public.documents (user_id, created_at desc) include (kind);
comment on index public.documents_user_recent_idx is 'Pickers list a user''s resumes or cover letters newest first (kind included, not keyed: enum equality is not leakproof).';

drop index if exists public.applications_user_status_idx;
create index applications_user_recent_idx on public.applications (user_id, updated_at desc) include (status);
comment on index public.applications_user_recent_idx is 'Applications list, most recent first, filtered by status on the index (status included, not keyed: enum equality is not leakproof).';

drop index if exists public.offers_user_status_idx;
create index offers_user_idx on public.offers (user_id) include (status);
comment on index public.offers_user_idx is 'Offer comparison lists a user''s offers with their status from the index alone.';
