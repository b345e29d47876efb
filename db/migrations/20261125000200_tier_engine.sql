-- The tier engine: review runs and per-client review state (hysteresis), points earning
-- rules and referrals.

-- Per-client state a review needs across runs, kept only for clients that have some:
-- * below_count: a client is downgraded only after `downgrade_after` consecutive reviews
--   below its tier; last_review_on stops a repeated review of the same date counting twice;
-- * override_until: a manual override holds until this date and reviews leave the tier alone.
create table client_tier_state (
  client_id        uuid primary key references client (id),
  below_count      integer not null default 0 check (below_count >= 0),
  last_review_on   date,
  last_policy_id   uuid references tier_policy (id),
  override_until   date
);
create index client_tier_state_override_idx on client_tier_state (override_until) where override_until is not null;

-- One tier review: started from GraphQL (head office) or the CLI. It commits whole or
-- not at all; status and progress are written from outside its transaction.
create table tier_review_run (
  id               uuid primary key default gen_random_uuid(),
  policy_id        uuid not null references tier_policy (id),
  as_of            date not null,
  status           text not null default 'RUNNING' check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
  started_by       uuid references staff (id),
  started_at       timestamptz not null default now(),
  finished_at      timestamptz,
  -- 0..1 while running
  progress         numeric(5, 4) not null default 0 check (progress between 0 and 1),
  clients_reviewed integer not null default 0,
  changes_written  integer not null default 0,
  error            text,
  check ((status = 'RUNNING') = (finished_at is null))
);
-- at most one review runs at a time
create unique index tier_review_run_one_running on tier_review_run ((true)) where status = 'RUNNING';
create index tier_review_run_started_idx on tier_review_run (started_at desc);

-- which review wrote a tier change (null for manual and onboarding changes)
alter table tier_change add column review_run_id uuid references tier_review_run (id);

-- Points earning rules, per policy (a policy version carries its own scheme).
create table points_rule (
  policy_id              uuid primary key references tier_policy (id),
  per_10k_avg_assets     integer not null default 0 check (per_10k_avg_assets >= 0),
  per_100_commission     integer not null default 0 check (per_100_commission >= 0),
  per_tenure_year        integer not null default 0 check (per_tenure_year >= 0),
  per_referral           integer not null default 0 check (per_referral >= 0)
);

create table client_referral (
  id                  uuid primary key default gen_random_uuid(),
  referrer_client_id  uuid not null references client (id),
  referred_client_id  uuid not null unique references client (id),
  referred_on         date not null,
  check (referrer_client_id <> referred_client_id)
);
create index client_referral_referrer_idx on client_referral (referrer_client_id, referred_on);

-- A points run over a period (YYYY-MM): idempotent per client and period through
-- points_entry_period_idx (client_id, kind, period).
create table points_run (
  id           uuid primary key default gen_random_uuid(),
  policy_id    uuid not null references tier_policy (id),
  period       text not null check (period ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  started_by   uuid references staff (id),
  started_at   timestamptz not null default now(),
  entries_written integer not null default 0
);
