-- Tier reviews run as jobs on the PostgreSQL queue (graphile-worker): a run is RUNNING from
-- the moment it is queued. picked_at says a worker has taken it (and holds the review lock
-- while it works); null means it waits in the queue, or was handed back by a worker that
-- shut down and will be picked up again.
alter table tier_review_run add column picked_at timestamptz;
