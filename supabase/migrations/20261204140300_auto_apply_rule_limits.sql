-- Auto-apply rules (issue 12, the Relevnt design), evaluated by shared/submission/auto-apply.ts: a weekly cap,
-- include-only and exclude companies, required keywords, active days and dry run. `require_review` (default
-- true) stays the one switch for review: false is the explicit "auto-approve within this rule" opt-in.
alter table public.auto_apply_rules
  add column weekly_cap smallint not null default 10 check (weekly_cap between 1 and 200),
  add column include_companies text[] not null default '{}',
  add column exclude_companies text[] not null default '{}',
  add column required_keywords text[] not null default '{}',
  add column active_days smallint[] not null default '{1,2,3,4,5}'
    check (active_days <@ '{1,2,3,4,5,6,7}'::smallint[]),
  add column dry_run boolean not null default false;
comment on column public.auto_apply_rules.active_days is 'ISO weekdays the rule acts on (1 = Monday).';
comment on column public.auto_apply_rules.require_review is
  'True (default): the rule only proposes. False: the user opted in to auto-approve, bounded by weekly_cap.';

-- A dry-run rule logs what it would have done and queues nothing.
alter type public.auto_apply_decision add value if not exists 'dry_run';
