-- Foundation: branches, staff, clients and their advisers, tier policies and history,
-- the service catalogue and entitlements, service logs, follow-ups, quality reviews,
-- daily metrics (partitioned by month), the points ledger and the PII access log.
--
-- Conventions
-- * Client-scoped tables carry client_id and are keyed by uuid (no shared sequence),
--   so they can later be distributed by client_id (Citus) without a rewrite.
-- * Money is numeric(20,2) in CNY; never float.
-- * Records a regulator may ask for (tier_change, points_entry, service_log, quality_review,
--   pii_access_log) are append-only: a trigger refuses UPDATE and DELETE.
-- * Enumerations are text with CHECK constraints, so the values are readable in SQL dumps.

create table branch (
  id          uuid primary key default gen_random_uuid(),
  code        text not null unique,
  name        text not null,
  city        text not null,
  created_at  timestamptz not null default now()
);

create table staff (
  id             uuid primary key default gen_random_uuid(),
  email          text not null unique check (email = lower(email) and position('@' in email) > 1),
  -- ICU's Chinese collation: names sort by pinyin whatever the database default
  name           text collate "zh-x-icu" not null check (length(btrim(name)) > 0),
  role           text not null check (role in ('ADVISER', 'MANAGER', 'HEAD_OFFICE', 'COMPLIANCE')),
  branch_id      uuid references branch (id),
  password_hash  text not null,
  active         boolean not null default true,
  created_at     timestamptz not null default now(),
  -- advisers and managers belong to a branch; head office and compliance see all branches
  constraint staff_branch_required check (role in ('HEAD_OFFICE', 'COMPLIANCE') or branch_id is not null)
);
create index staff_branch_idx on staff (branch_id);

create table auth_session (
  id          uuid primary key default gen_random_uuid(),
  -- sha256 of the token; the token itself is never stored
  token_hash  text not null unique,
  staff_id    uuid not null references staff (id),
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null,
  revoked_at  timestamptz
);
create index auth_session_staff_idx on auth_session (staff_id);

create table tier_policy (
  id               uuid primary key default gen_random_uuid(),
  version          integer not null unique check (version > 0),
  name             text not null,
  status           text not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
  -- ALL: every threshold of a tier must hold; ANY: one is enough
  match_rule       text not null default 'ALL' check (match_rule in ('ALL', 'ANY')),
  -- average daily assets are taken over this many days before the review date
  window_days      integer not null default 60 check (window_days between 1 and 366),
  -- a client is downgraded only after this many consecutive reviews below its tier
  downgrade_after  integer not null default 2 check (downgrade_after between 1 and 24),
  created_by       uuid references staff (id),
  created_at       timestamptz not null default now(),
  activated_at     timestamptz
);
-- exactly one policy is active at a time
create unique index tier_policy_one_active on tier_policy ((true)) where status = 'ACTIVE';

create table tier (
  id                  uuid primary key default gen_random_uuid(),
  policy_id           uuid not null references tier_policy (id),
  -- 1 is the lowest tier; higher rank, more service
  rank                integer not null check (rank > 0),
  code                text not null check (code ~ '^[A-Z][A-Z0-9_]{0,31}$'),
  name_zh             text not null,
  name_en             text not null,
  min_avg_assets      numeric(20, 2) not null default 0 check (min_avg_assets >= 0),
  min_commission_12m  numeric(20, 2) not null default 0 check (min_commission_12m >= 0),
  min_points          integer not null default 0 check (min_points >= 0),
  unique (policy_id, rank),
  unique (policy_id, code)
);

create table service_offering (
  id           uuid primary key default gen_random_uuid(),
  code         text not null unique check (code ~ '^[A-Z][A-Z0-9_]{0,47}$'),
  name_zh      text not null,
  name_en      text not null,
  category     text not null check (category in ('CHANNEL', 'INFORMATION', 'ADVISORY', 'PRODUCT', 'CARE')),
  -- the channel this offering is normally delivered through
  channel      text not null check (channel in ('PHONE', 'SMS', 'EMAIL', 'FACE_TO_FACE', 'WECHAT', 'WEB', 'SEMINAR')),
  -- null: cannot be redeemed for points
  points_cost  integer check (points_cost is null or points_cost > 0),
  active       boolean not null default true
);

create table tier_entitlement (
  id           uuid primary key default gen_random_uuid(),
  tier_id      uuid not null references tier (id),
  offering_id  uuid not null references service_offering (id),
  -- the offering is due once every this many days
  every_days   integer not null check (every_days between 1 and 366),
  unique (tier_id, offering_id)
);
create index tier_entitlement_offering_idx on tier_entitlement (offering_id);

create table client (
  id                   uuid primary key default gen_random_uuid(),
  account_no           text not null unique check (account_no ~ '^[0-9]{6,20}$'),
  name                 text collate "zh-x-icu" not null check (length(btrim(name)) > 0),
  -- full ID number; the API only ever returns it masked
  id_number            text not null,
  phone                text not null,
  branch_id            uuid not null references branch (id),
  -- the current owner; client_assignment keeps the history. Kept here because every
  -- list and every scope check filters on it.
  adviser_id           uuid references staff (id),
  status               text not null default 'ACTIVE' check (status in ('ACTIVE', 'DORMANT', 'CLOSED', 'TRANSFERRED_OUT')),
  risk_level           text not null check (risk_level in ('C1', 'C2', 'C3', 'C4', 'C5')),
  investment_style     text not null check (investment_style in ('SHORT_TERM', 'MID_TERM', 'LONG_TERM')),
  preferred_channels   text[] not null default '{}'
    check (preferred_channels <@ array['PHONE', 'SMS', 'EMAIL', 'FACE_TO_FACE', 'WECHAT', 'WEB', 'SEMINAR']),
  watch_sectors        text[] not null default '{}',
  -- a business person, a professional investor: drives the next-best-contact matching
  segment              text not null default 'RETAIL' check (segment in ('RETAIL', 'BUSINESS', 'PROFESSIONAL')),
  opened_on            date not null,
  -- Read models for the book list, refreshed in the same transaction as their source
  -- (tier_change, daily_metric load, service_log). The sources stay the record.
  current_tier_id      uuid references tier (id),
  latest_total_assets  numeric(20, 2) check (latest_total_assets >= 0),
  latest_metrics_on    date,
  last_contact_at      timestamptz,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now()
);
create index client_adviser_assets_idx on client (adviser_id, latest_total_assets desc nulls last, id);
create index client_adviser_contact_idx on client (adviser_id, last_contact_at nulls first, id);
create index client_branch_assets_idx on client (branch_id, latest_total_assets desc nulls last, id);
create index client_tier_idx on client (current_tier_id);

create table client_assignment (
  id             uuid primary key default gen_random_uuid(),
  client_id      uuid not null references client (id),
  adviser_id     uuid not null references staff (id),
  assigned_from  timestamptz not null,
  assigned_to    timestamptz,
  assigned_by    uuid references staff (id),
  reason         text,
  check (assigned_to is null or assigned_to > assigned_from)
);
-- one open assignment per client
create unique index client_assignment_open_idx on client_assignment (client_id) where assigned_to is null;
create index client_assignment_client_idx on client_assignment (client_id, assigned_from);

create table tier_change (
  id              uuid primary key default gen_random_uuid(),
  client_id       uuid not null references client (id),
  from_tier_id    uuid references tier (id),
  to_tier_id      uuid not null references tier (id),
  policy_id       uuid not null references tier_policy (id),
  reason          text not null check (reason in ('ONBOARDING', 'SCHEDULED_REVIEW', 'MANUAL_OVERRIDE', 'OVERRIDE_EXPIRED')),
  effective_on    date not null,
  changed_at      timestamptz not null default now(),
  changed_by      uuid references staff (id),
  note            text,
  -- the figures the decision used: average assets, 12-month commission, points, window
  figures         jsonb not null default '{}',
  -- for MANUAL_OVERRIDE: reviews leave the tier alone until this date
  override_until  date,
  check (reason <> 'MANUAL_OVERRIDE' or (override_until is not null and note is not null))
);
create index tier_change_client_idx on tier_change (client_id, effective_on desc, changed_at desc);

create table service_log (
  id               uuid primary key default gen_random_uuid(),
  client_id        uuid not null references client (id),
  adviser_id       uuid not null references staff (id),
  occurred_at      timestamptz not null,
  channel          text not null check (channel in ('PHONE', 'SMS', 'EMAIL', 'FACE_TO_FACE', 'WECHAT', 'WEB', 'SEMINAR')),
  kind             text not null check (kind in ('TRADING', 'ADVISORY', 'INFORMATION', 'CARE', 'CALL_BACK')),
  offering_id      uuid references service_offering (id),
  summary          text not null check (length(btrim(summary)) between 1 and 2000),
  outcome          text not null check (outcome in ('RESOLVED', 'INFORMED', 'NEEDS_FOLLOW_UP', 'NO_ANSWER', 'COMPLAINT')),
  sentiment        text check (sentiment in ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
  follow_up_on     date,
  -- an amendment points at the entry it corrects; the original stays
  amends_id        uuid references service_log (id),
  -- a retried write with the same key returns the first result instead of a duplicate
  idempotency_key  text,
  created_at       timestamptz not null default now(),
  check (follow_up_on is null or follow_up_on >= (occurred_at at time zone 'Asia/Shanghai')::date)
);
create index service_log_client_idx on service_log (client_id, occurred_at desc);
create index service_log_adviser_idx on service_log (adviser_id, occurred_at desc);
create unique index service_log_idempotency_idx on service_log (adviser_id, idempotency_key) where idempotency_key is not null;

create table follow_up (
  id              uuid primary key default gen_random_uuid(),
  client_id       uuid not null references client (id),
  service_log_id  uuid not null references service_log (id),
  adviser_id      uuid not null references staff (id),
  due_on          date not null,
  status          text not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
  closed_at       timestamptz,
  created_at      timestamptz not null default now()
);
create index follow_up_adviser_idx on follow_up (adviser_id, status, due_on);
create index follow_up_client_idx on follow_up (client_id, due_on);

create table quality_review (
  id              uuid primary key default gen_random_uuid(),
  client_id       uuid not null references client (id),
  service_log_id  uuid not null references service_log (id),
  reviewer_id     uuid not null references staff (id),
  score           integer not null check (score between 0 and 100),
  findings        text not null,
  created_at      timestamptz not null default now()
);
create index quality_review_log_idx on quality_review (service_log_id);
create index quality_review_client_idx on quality_review (client_id);

-- One row per client per day from the trading/clearing system. Range-partitioned by
-- month; crm_ensure_metric_partitions() creates the months a load needs.
create table daily_metric (
  client_id        uuid not null references client (id),
  day              date not null,
  total_assets     numeric(20, 2) not null check (total_assets >= 0),
  cash             numeric(20, 2) not null check (cash >= 0),
  market_value     numeric(20, 2) not null check (market_value >= 0),
  trading_volume   numeric(20, 2) not null default 0 check (trading_volume >= 0),
  commission       numeric(20, 2) not null default 0 check (commission >= 0),
  interest_spread  numeric(20, 2) not null default 0,
  net_inflow       numeric(20, 2) not null default 0,
  primary key (client_id, day)
) partition by range (day);
create table daily_metric_default partition of daily_metric default;

create function crm_ensure_metric_partitions(from_day date, to_day date) returns void
language plpgsql as $$
declare
  m date := date_trunc('month', from_day)::date;
  part text;
begin
  while m <= to_day loop
    part := format('daily_metric_y%sm%s', to_char(m, 'YYYY'), to_char(m, 'MM'));
    if to_regclass(part) is null then
      execute format('create table %I partition of daily_metric for values from (%L) to (%L)',
                     part, m, (m + interval '1 month')::date);
    end if;
    m := (m + interval '1 month')::date;
  end loop;
end $$;

create table points_entry (
  id               uuid primary key default gen_random_uuid(),
  client_id        uuid not null references client (id),
  occurred_at      timestamptz not null default now(),
  delta            integer not null check (delta <> 0),
  kind             text not null check (kind in ('EARN_ASSETS', 'EARN_COMMISSION', 'EARN_TENURE', 'EARN_REFERRAL', 'REDEEM', 'ADJUST')),
  -- the earning period (e.g. 2026-10) for earned points: one entry per client, kind and period
  period           text,
  offering_id      uuid references service_offering (id),
  note             text,
  created_by       uuid references staff (id),
  idempotency_key  text
);
create index points_entry_client_idx on points_entry (client_id, occurred_at);
create unique index points_entry_period_idx on points_entry (client_id, kind, period) where period is not null;
create unique index points_entry_idempotency_idx on points_entry (client_id, idempotency_key) where idempotency_key is not null;

-- every read of an unmasked ID number or phone number
create table pii_access_log (
  id           uuid primary key default gen_random_uuid(),
  staff_id     uuid not null references staff (id),
  client_id    uuid not null references client (id),
  field        text not null check (field in ('ID_NUMBER', 'PHONE')),
  accessed_at  timestamptz not null default now()
);
create index pii_access_log_client_idx on pii_access_log (client_id, accessed_at);

create function crm_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'restrict_violation';
end $$;

create trigger tier_change_append_only before update or delete on tier_change
  for each row execute function crm_refuse_change();
create trigger points_entry_append_only before update or delete on points_entry
  for each row execute function crm_refuse_change();
create trigger service_log_append_only before update or delete on service_log
  for each row execute function crm_refuse_change();
create trigger quality_review_append_only before update or delete on quality_review
  for each row execute function crm_refuse_change();
create trigger pii_access_log_append_only before update or delete on pii_access_log
  for each row execute function crm_refuse_change();
