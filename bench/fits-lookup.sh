#!/usr/bin/env bash
# Benchmark of the fits-my-unit lookup against a trivial JAX-RS endpoint on the same server, in one run.
#
#   bench/fits-lookup.sh            # builds, generates 100k models / 1M parts / 5M fitments, measures
#   DURATION=60s bench/fits-lookup.sh
#   PORT_OFFSET=510 bench/fits-lookup.sh    # the bench server on 8590 (management 10500)
#   BUILD=no bench/fits-lookup.sh           # measure the EAR deployed by an earlier run, without building
#   # on PostgreSQL (a database of its own; the server provisioned with -Ppostgresql):
#   createdb -h 127.0.0.1 -U postgres partsbridge_bench
#   SERVER_DIR=ear/target/server-postgresql PB_DB_URL=jdbc:postgresql://127.0.0.1:5432/partsbridge_bench \
#     bench/fits-lookup.sh
#
# It measures, in one run: the trivial ping, the fits-my-unit lookup (both at CONNECTIONS), text search
# (GET /api/v1/parts?q=, at SEARCH_CONNECTIONS, 16), and the median latency of ping and lookup with one
# connection (wrk -c1).
#
# Needs wrk (Debian: apt-get install wrk). Targets 127.0.0.1 only; each measurement is bounded by DURATION.
# The server, its H2 database (2.2 GB) and the results live in bench/out/; the data is generated once and
# reused, the EAR is rebuilt and redeployed on every run.
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-64}
SEARCH_CONNECTIONS=${SEARCH_CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
C1_DURATION=${C1_DURATION:-15s}
OUT=$PWD/bench/out
# PB_DB_URL (with SERVER_DIR, e.g. ear/target/server-postgresql) runs the bench on PostgreSQL; else H2.
PB_DB_URL=${PB_DB_URL:-}
if [ -n "$PB_DB_URL" ]; then
  SOURCE=${SERVER_DIR:-ear/target/server-postgresql}
  SERVER=$OUT/server-postgresql
  export PB_DB_URL PB_DB_USER=${PB_DB_USER:-postgres} PB_DB_PASSWORD=${PB_DB_PASSWORD:-postgres}
  # jdbc:postgresql://host:port/db -> postgresql://user@host:port/db for psql
  PSQL_URL="postgresql://$PB_DB_USER:$PB_DB_PASSWORD@${PB_DB_URL#jdbc:postgresql://}"
  BUILD_PROFILE=-Ppostgresql
else
  SOURCE=${SERVER_DIR:-ear/target/server}
  SERVER=$OUT/server
  BUILD_PROFILE=
fi
DB=$SERVER/standalone/data/partsbridge/db
# PORT_OFFSET shifts every port of the bench server (HTTP 8080+N, management 9990+N), so a bench never
# collides with a demo or a test server on the same machine.
PORT_OFFSET=${PORT_OFFSET:-0}
URL=http://127.0.0.1:$((8080 + PORT_OFFSET))
MGMT_PORT=$((9990 + PORT_OFFSET))

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$OUT"

start_server() {
  PARTSBRIDGE_DEMO_DATA=false JAVA_OPTS="-Xms2g -Xmx2g -XX:+UseParallelGC" \
    "$SERVER/bin/standalone.sh" --stability=community -Djboss.socket.binding.port-offset="$PORT_OFFSET" > "$OUT/server.out" 2>&1 &
  for _ in $(seq 1 120); do
    if curl -sf "$URL/api/v1/ping" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "server did not come up; see $OUT/server.out" >&2; exit 1
}

stop_server() {
  "$SERVER/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MGMT_PORT" --command=shutdown >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do pgrep -f "jboss.home.dir=$SERVER" >/dev/null || return 0; sleep 1; done
  pkill -9 -f "jboss.home.dir=$SERVER" || true
}
trap stop_server EXIT

# The benchmark catalog in H2 SQL: 100,000 models, 1,000,000 parts, 5,000,000 fitments. Ids start at
# 10,000,001 so they never meet the application's sequences. Each model has 50 fitments: 20 for revision A
# serials (S000000-S499999), 20 for revision B (S500000-S999999), 10 for all serials, so a unit matches 30.
# Every tenth part is discontinued without stock and superseded one-way by the next part; each part fits
# five models. Rows go in chunks of 100,000 per statement and in key order: one huge transaction, or index
# inserts scattered over the whole tree, make H2's copy-on-write store grow by gigabytes. SYSTEM_RANGE's
# column is "X", quoted because the database folds unquoted names to lower case.
generate_h2_sql() {
  cat <<'SQL'
insert into cat_product_model (id, code, name, family, launched_on, discontinued_on, parts_support_until, successor_id, version)
select 10000000 + "X", 'BM-' || lpad(cast("X" as varchar), 6, '0'), 'Bench model ' || "X",
       'Bench family ' || mod("X", 100), date '2020-01-01', null, null, null, 0
from system_range(1, 100000);
SQL
  for from in $(seq 1 100000 999999); do cat <<SQL
insert into cat_part (id, part_number, description, list_price, currency, lifecycle, stock_on_hand, superseded_by_id, interchangeability, version)
select 10000000 + "X", 'BP-' || lpad(cast("X" as varchar), 7, '0'), 'Bench part ' || "X", 10.00 + mod("X", 90), 'EUR',
       case when mod("X", 10) = 0 then 'DISCONTINUED' else 'ACTIVE' end,
       case when mod("X", 10) = 0 then 0 else mod("X", 50) end, null, null, 0
from system_range($from, $((from + 99999)));
SQL
  done
  cat <<'SQL'
update cat_part set superseded_by_id = id + 1, interchangeability = 'ONE_WAY'
where mod(id, 10) = 0 and id < 11000000;
SQL
  for from in $(seq 0 100000 4999999); do cat <<SQL
insert into cat_fitment (id, part_id, model_id, serial_from, serial_to, unit_position)
select 10000000 + "X", 10000001 + mod("X", 1000000), 10000001 + "X" / 50,
       case when mod("X", 50) between 20 and 39 then 'S500000' else 'S000000' end,
       case when mod("X", 50) < 20 then 'S499999' else 'S999999' end,
       'position ' || mod("X", 50)
from system_range($from, $((from + 99999)));
SQL
  done
  cat <<'SQL'
alter sequence cat_product_model_seq restart with 20000000;
alter sequence cat_part_seq restart with 20000000;
alter sequence cat_fitment_seq restart with 20000000;
analyze;
SQL
}

# The same catalog for PostgreSQL (generate_series; one statement per table).
generate_postgresql_sql() {
  cat <<'SQL'
\set ON_ERROR_STOP on
insert into cat_product_model (id, code, name, family, launched_on, discontinued_on, parts_support_until, successor_id, version)
select 10000000 + x, 'BM-' || lpad(x::text, 6, '0'), 'Bench model ' || x, 'Bench family ' || mod(x, 100),
       date '2020-01-01', null, null, null, 0
from generate_series(1, 100000) x;
insert into cat_part (id, part_number, description, list_price, currency, lifecycle, stock_on_hand, superseded_by_id, interchangeability, version)
select 10000000 + x, 'BP-' || lpad(x::text, 7, '0'), 'Bench part ' || x, 10.00 + mod(x, 90), 'EUR',
       case when mod(x, 10) = 0 then 'DISCONTINUED' else 'ACTIVE' end,
       case when mod(x, 10) = 0 then 0 else mod(x, 50) end, null, null, 0
from generate_series(1, 1000000) x;
update cat_part set superseded_by_id = id + 1, interchangeability = 'ONE_WAY'
where mod(id, 10) = 0 and id < 11000000;
insert into cat_fitment (id, part_id, model_id, serial_from, serial_to, unit_position)
select 10000000 + x, 10000001 + mod(x, 1000000), 10000001 + x / 50,
       case when mod(x, 50) between 20 and 39 then 'S500000' else 'S000000' end,
       case when mod(x, 50) < 20 then 'S499999' else 'S999999' end,
       'position ' || mod(x, 50)
from generate_series(0, 4999999) x;
select setval('cat_product_model_seq', 20000000);
select setval('cat_part_seq', 20000000);
select setval('cat_fitment_seq', 20000000);
vacuum analyze;
SQL
}


if curl -s -o /dev/null "$URL/api/v1/ping"; then
  echo "something already listens on $URL: stop it, or choose another PORT_OFFSET" >&2; exit 1
fi
if [ "${BUILD:-yes}" = no ]; then
  echo "== BUILD=no: measuring the EAR already deployed in $SERVER"
else
  echo "== building the EAR (the server the build provisions is copied once to $SERVER)"
  mvn -B -q package -DskipTests $BUILD_PROFILE
  [ -d "$SERVER" ] || cp -r "$SOURCE" "$SERVER"
  # the configuration the build provisions (datasource, pool, H2 cache), not the one of the first run
  cp "$SOURCE/standalone/configuration/standalone.xml" "$SERVER/standalone/configuration/"
  cp ear/target/partsbridge.ear "$SERVER/standalone/deployments/"
fi

if [ -n "$PB_DB_URL" ]; then
  if [ ! -f "$OUT/generated-postgresql" ]; then
    echo "== first start: the application creates its schema in $PB_DB_URL (an empty database)"
    start_server
    stop_server
    echo "== generating 100k models, 1M parts, 5M fitments in PostgreSQL"
    generate_postgresql_sql > "$OUT/generate-postgresql.sql"
    time psql -q "$PSQL_URL" -f "$OUT/generate-postgresql.sql"
    touch "$OUT/generated-postgresql"
  fi
elif [ ! -f "$DB.mv.db" ] || [ ! -f "$OUT/generated" ]; then
  rm -f "$DB".*
  echo "== first start: the application creates its schema"
  start_server
  stop_server
  echo "== generating 100k models, 1M parts, 5M fitments (about two minutes)"
  H2_JAR=$(find "$SERVER/modules" -name 'h2-*.jar' | head -1)
  generate_h2_sql > "$OUT/generate.sql"
  time java -Xmx4g -cp "$H2_JAR" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$DB;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -password sa \
    -script "$OUT/generate.sql"
  touch "$OUT/generated"
fi

start_server
echo "== rows: $(curl -s "$URL/api/v1/models?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/') models"
echo "== sample answer:"; { curl -s "$URL/api/v1/models/BM-004242/units/S123456/parts" || true; } | head -c 400 || true; echo

measure() { # name, wrk args...
  local name=$1; shift
  # a timeout well above the p99 seen, so that slow answers count in the latency rather than vanish
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s "$@" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency "$@" | tee "$OUT/$name.txt"
}

echo "== trivial endpoint (GET /api/v1/ping), $CONNECTIONS connections, $DURATION"
measure ping "$URL/api/v1/ping"
echo "== fits-my-unit lookup (random model and serial), $CONNECTIONS connections, $DURATION"
measure lookup -s bench/lookup.lua "$URL"
echo "== the same lookup, compact answer (?compact=true), $CONNECTIONS connections, $DURATION"
LOOKUP_QUERY='?compact=true' measure compact -s bench/lookup.lua "$URL"
echo "== one connection (wrk -c1): ping, then lookup, $C1_DURATION each"
wrk -t1 -c1 -d"$C1_DURATION" --latency "$URL/api/v1/ping" > "$OUT/ping-c1.txt"
wrk -t1 -c1 -d"$C1_DURATION" --latency -s bench/lookup.lua "$URL" > "$OUT/lookup-c1.txt"
# last: a slow search keeps the server busy after wrk stops, which would spoil what follows
echo "== text search (GET /api/v1/parts?q=: a part number, a model code or description words), $SEARCH_CONNECTIONS connections, $DURATION"
CONNECTIONS=$SEARCH_CONNECTIONS measure search -s bench/search.lua "$URL"

rps() { grep 'Requests/sec' "$OUT/$1.txt" | awk '{print $2}'; }
p99() { grep -E '^ +99%' "$OUT/$1.txt" | awk '{print $2}'; }
p50() { grep -E '^ +50%' "$OUT/$1.txt" | awk '{print $2}'; }
errors() { grep -E 'Non-2xx|Socket errors' "$OUT/$1.txt" || echo "none"; }
echo
echo "database: ${PB_DB_URL:-H2 (file)}; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %12s %10s %12s\n' endpoint "req/s" p99 "c1 median"
printf '%-10s %12s %10s %12s\n' ping "$(rps ping)" "$(p99 ping)" "$(p50 ping-c1)" \
  lookup "$(rps lookup)" "$(p99 lookup)" "$(p50 lookup-c1)" compact "$(rps compact)" "$(p99 compact)" "-" \
  search "$(rps search)" "$(p99 search)" "-"
echo "lookup / ping throughput: $(awk -v a="$(rps lookup)" -v b="$(rps ping)" 'BEGIN{printf "%.0f%%", 100*a/b}')" \
  "(compact: $(awk -v a="$(rps compact)" -v b="$(rps ping)" 'BEGIN{printf "%.0f%%", 100*a/b}'))"
# wrk prints latencies as 850.00us, 12.34ms or 1.20s: in milliseconds, to compare the p99s
ms() { awk -v v="$1" 'BEGIN{n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n*=1000; printf "%.2f", n}'; }
echo "lookup p99 / ping p99: $(awk -v a="$(ms "$(p99 lookup)")" -v b="$(ms "$(p99 ping)")" 'BEGIN{printf "%.1fx", a/b}')" \
  "(compact: $(awk -v a="$(ms "$(p99 compact)")" -v b="$(ms "$(p99 ping)")" 'BEGIN{printf "%.1fx", a/b}'));" \
  "-c1 median lookup / ping: $(p50 lookup-c1) / $(p50 ping-c1)"
echo "errors: ping: $(errors ping); lookup: $(errors lookup); compact: $(errors compact); search: $(errors search)"
