-- Sign-in throttling state (rate-limiter-flexible's RateLimiterPostgres layout). It lives in
-- PostgreSQL, not in process memory, so every API instance sees the same counters.
-- key: 'account:<sha256 of the normalised email>' or 'address:<ip>'; points: failures in the
-- window; expire: end of the window, epoch milliseconds.
create table sign_in_throttle (
  key varchar(255) primary key,
  points integer not null default 0,
  expire bigint
);
comment on table sign_in_throttle is 'Failed sign-ins per account and per address within the current window; rows past expire are stale and cleared.';
