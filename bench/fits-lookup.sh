#!/usr/bin/env bash
# Benchmark of the fits-my-unit lookup against a trivial JAX-RS endpoint on the same server, in one run.
#
#   bench/fits-lookup.sh            # builds, generates 100k models / 1M parts / 5M fitments, measures
#   DURATION=60s bench/fits-lookup.sh
#
# Needs wrk (Debian: apt-get install wrk). Targets 127.0.0.1 only; each measurement is bounded by DURATION.
# The server, its H2 database and the results live in bench/out/ (the database is generated once and reused).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
OUT=$PWD/bench/out
SERVER=$OUT/server
DB=$SERVER/standalone/data/partsbridge/db
URL=http://127.0.0.1:8080

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$OUT"

start_server() {
  PARTSBRIDGE_DEMO_DATA=false JAVA_OPTS="-Xms2g -Xmx2g -XX:+UseParallelGC" \
    "$SERVER/bin/standalone.sh" > "$OUT/server.out" 2>&1 &
  for _ in $(seq 1 120); do
    if curl -sf "$URL/api/v1/ping" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "server did not come up; see $OUT/server.out" >&2; exit 1
}

stop_server() {
  "$SERVER/bin/jboss-cli.sh" --connect --command=shutdown >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do pgrep -f "jboss.home.dir=$SERVER" >/dev/null || return 0; sleep 1; done
  pkill -9 -f "jboss.home.dir=$SERVER" || true
}
trap stop_server EXIT

if [ ! -f "$DB.mv.db" ] || [ ! -f "$OUT/generated" ]; then
  echo "== building the EAR and a server in $SERVER"
  mvn -B -q package -DskipTests -Dserver.dir="$SERVER"
  cp ear/target/partsbridge.ear "$SERVER/standalone/deployments/"
  rm -f "$DB".*
  echo "== first start: the application creates its schema"
  start_server
  stop_server
  echo "== generating 100k models, 1M parts, 5M fitments (a few minutes)"
  H2_JAR=$(find "$SERVER/modules" -name 'h2-*.jar' | head -1)
  time java -Xmx4g -cp "$H2_JAR" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$DB;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -password sa \
    -script bench/generate-catalog.sql
  touch "$OUT/generated"
fi

start_server
echo "== rows: $(curl -s "$URL/api/v1/models?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/') models"
echo "== sample answer:"; curl -s "$URL/api/v1/models/BM-004242/units/S123456/parts" | head -c 400; echo

measure() { # name, wrk args...
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | tee "$OUT/$name.txt"
}

echo "== trivial endpoint (GET /api/v1/ping), $CONNECTIONS connections, $DURATION"
measure ping "$URL/api/v1/ping"
echo "== fits-my-unit lookup (random model and serial), $CONNECTIONS connections, $DURATION"
measure lookup -s bench/lookup.lua "$URL"

rps() { grep 'Requests/sec' "$OUT/$1.txt" | awk '{print $2}'; }
p99() { grep -E '^ +99%' "$OUT/$1.txt" | awk '{print $2}'; }
errors() { grep -E 'Non-2xx|Socket errors' "$OUT/$1.txt" || echo "none"; }
printf '\n%-10s %12s %10s\n' endpoint "req/s" p99
printf '%-10s %12s %10s\n' ping "$(rps ping)" "$(p99 ping)" lookup "$(rps lookup)" "$(p99 lookup)"
echo "lookup / ping throughput: $(awk -v a="$(rps lookup)" -v b="$(rps ping)" 'BEGIN{printf "%.0f%%", 100*a/b}')"
echo "errors: ping: $(errors ping); lookup: $(errors lookup)"
