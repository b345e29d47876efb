#!/usr/bin/env bash
# Runs the test suite with the clock set to an instant (UTC) and ticking from there, to show
# that no test depends on the hour or the date the suite runs at:
#   tests/clock/run-at.sh '2026-11-30 23:30:00'                     # whole suite
#   tests/clock/run-at.sh '2026-11-30 23:30:00' tests/integration/points.test.ts
# Needs libfaketime (Debian: apt-get install faketime). The clock is faked for every process
# the run starts: vitest, its workers, the embedded PostgreSQL and Chromium. So DATABASE_URL
# is ignored: a server outside the run would keep the real clock, and SQL now() would
# disagree with the tests' clock.
set -euo pipefail
cd "$(dirname "$0")/../.."

at="${1:?usage: tests/clock/run-at.sh 'YYYY-MM-DD HH:MM:SS' [vitest arguments]}"
shift
command -v faketime >/dev/null || { echo 'faketime not found: apt-get install faketime' >&2; exit 2; }

# before the clock moves: the build compares file times with the real clock
node packages/web/scripts/build-if-stale.mjs

unset DATABASE_URL
# a free port for this run's embedded PostgreSQL, unless one is given
export TEST_PG_PORT="${TEST_PG_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
export TZ=UTC
# children (workers, PostgreSQL, Chromium) continue the parent's faked clock rather than restart it
export FAKETIME_DONT_RESET=1

faketime "$at" date -u +'faked clock: %Y-%m-%d %H:%M:%S UTC'
faketime "$at" env TZ=Asia/Shanghai date +'business day (Asia/Shanghai): %Y-%m-%d %H:%M'
exec faketime "$at" node node_modules/vitest/vitest.mjs run --config tests/vitest.config.ts "$@"
