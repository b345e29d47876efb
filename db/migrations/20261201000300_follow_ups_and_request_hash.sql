-- The adviser's path (issue 7):
-- * logContact stores a hash of the canonical request with its idempotency key, so a key
--   replayed with a different request is refused instead of answering the first entry.
-- * Follow-ups close when a contact completes them, and can be rescheduled with a reason.
--   follow_up stays mutable (it is the current state); every change of it is recorded in
--   follow_up_event, which is append-only like the other records a regulator may ask for.

alter table service_log add column request_hash text;

alter table follow_up add column completed_by_log_id uuid references service_log (id);
alter table follow_up add constraint follow_up_closed_consistent
  check ((status = 'OPEN') = (closed_at is null)) not valid;
-- a contact creates at most one follow-up
create unique index follow_up_service_log_idx on follow_up (service_log_id);
-- the worklist reads open follow-ups per client
create index follow_up_open_client_idx on follow_up (client_id, due_on) where status = 'OPEN';

create table follow_up_event (
  id              uuid primary key default gen_random_uuid(),
  client_id       uuid not null references client (id),
  follow_up_id    uuid not null references follow_up (id),
  kind            text not null check (kind in ('RESCHEDULED', 'COMPLETED')),
  from_due_on     date not null,
  to_due_on       date,
  reason          text check (reason is null or length(btrim(reason)) between 1 and 500),
  -- the contact that completed the follow-up
  service_log_id  uuid references service_log (id),
  actor_id        uuid not null references staff (id),
  occurred_at     timestamptz not null default now(),
  check (kind <> 'RESCHEDULED' or (to_due_on is not null and reason is not null)),
  check (kind <> 'COMPLETED' or service_log_id is not null)
);
create index follow_up_event_follow_up_idx on follow_up_event (client_id, follow_up_id, occurred_at);

create trigger follow_up_event_append_only before update or delete on follow_up_event
  for each row execute function crm_refuse_change();
