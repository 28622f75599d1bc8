#!/usr/bin/env bash
# Benchmark of partner offer-feed ingestion: rows per second through the offer-feed batch job.
#
#   mvn package -DskipTests && bench/offer-feed.sh       # ROWS=500000 by default
#   ROWS=200000 bench/offer-feed.sh
#   # on PostgreSQL (a server provisioned with -Ppostgresql, and a database of its own):
#   mvn package -DskipTests -Ppostgresql && createdb -h 127.0.0.1 -U postgres partsbridge_bench && \
#     SERVER_DIR=ear/target/server-postgresql PB_DB_URL=jdbc:postgresql://127.0.0.1:5432/partsbridge_bench bench/offer-feed.sh
#
# Starts a copy of the built server (heap -Xms2g -Xmx2g, as mvn package -Pstart runs it; JBOSS_JAVA_SIZING overrides) with a fresh database and the demo data on ports shifted by PORT_OFFSET (400: 8480),
# writes a CSV feed of ROWS offers for the demo partner (ReLink), and uploads it three times: new offers
# (inserts), the same feed again (nothing changes), and the feed with every price changed (updates). For each
# it prints the rows, the server's time from the job's start to its end, and the time seen by the client from
# the start of the upload to the poll that saw COMPLETED. Only 127.0.0.1 is targeted.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-500000}
OUT=$PWD/bench/out
SERVER=$OUT/feed-server
PORT_OFFSET=${PORT_OFFSET:-400}
URL=http://127.0.0.1:$((8080 + PORT_OFFSET))
KEY='pbk_0000000de301.ReLinkDemoKeyForThePartnerApiOnly-012345678'
SOURCE=${SERVER_DIR:-ear/target/server}

[ -f ear/target/partsbridge.ear ] || { echo "build first: mvn package -DskipTests" >&2; exit 1; }
[ -d "$SOURCE" ] || { echo "no server in $SOURCE: build first" >&2; exit 1; }
rm -rf "$SERVER" && mkdir -p "$OUT" && cp -r "$SOURCE" "$SERVER"
rm -rf "$SERVER/standalone/data/partsbridge"
cp ear/target/partsbridge.ear "$SERVER/standalone/deployments/"

JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms2g -Xmx2g}" "$SERVER/bin/standalone.sh" --stability=community -Djboss.socket.binding.port-offset="$PORT_OFFSET" > "$OUT/feed-server.out" 2>&1 &
trap 'kill -9 $(pgrep -f "jboss.home.dir=$SERVER") 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$URL/api/v1/ping" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$URL/api/v1/ping" >/dev/null || { echo "server did not come up; see $OUT/feed-server.out" >&2; exit 1; }

feed() { # $1: file, $2: price offset
  awk -v rows="$ROWS" -v bump="$2" 'BEGIN {
    print "partner_part_number,our_part_number,price,currency,stock,lead_time_days"
    split("BD-880-U CR-880 BD-880-A HG-880-A", ours, " ")
    for (i = 0; i < rows; i++)
      printf "RLB-%07d,%s,%d.%02d,EUR,%d,%d\n", i, ours[i % 4 + 1], i % 500 + 1 + bump, i % 100, i % 50, i % 30
  }' > "$1"
}
field() { echo "$1" | sed -E "s/.*\"$2\":\"?([^,\"}]*)\"?.*/\1/"; }
seconds() { date -d "$1" +%s.%N; }
# CPU seconds the server JVM has used so far (user + system): rows per CPU second hold when the machine is shared
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$(pgrep -f "jboss.home.dir=$SERVER" | head -1)/stat"; }

run() { # $1: label, $2: file
  local start end reply id state cpu_start cpu_s
  cpu_start=$(cpu)
  start=$(date +%s.%N)
  reply=$(curl -s -H "Authorization: Bearer $KEY" -H 'Content-Type: text/csv' --data-binary @"$2" \
    "$URL/api/partner/v1/offer-feeds")
  id=$(field "$reply" id)
  for _ in $(seq 1 2400); do
    state=$(curl -s -H "Authorization: Bearer $KEY" "$URL/api/partner/v1/offer-feeds/$id" || true)
    case $(field "$state" status) in COMPLETED|FAILED) break ;; esac
    sleep 0.25 # 240 polls a minute: under the demo partner's 600
  done
  end=$(date +%s.%N)
  cpu_s=$(echo "$(cpu) - $cpu_start" | bc -l)
  local server_s client_s
  server_s=$(echo "$(seconds "$(field "$state" finishedAt)") - $(seconds "$(field "$state" startedAt)")" | bc -l)
  client_s=$(echo "$end - $start" | bc -l)
  printf '%-22s %s  rows %d  created %s updated %s unchanged %s rejected %s  server %.2f s = %.0f rows/s  client %.2f s = %.0f rows/s  server CPU %.1f s = %.0f rows/CPU-s\n' \
    "$1" "$(field "$state" status)" "$(field "$state" rowsDone)" "$(field "$state" created)" \
    "$(field "$state" updated)" "$(field "$state" unchanged)" "$(field "$state" rejected)" \
    "$server_s" "$(echo "$ROWS / $server_s" | bc -l)" "$client_s" "$(echo "$ROWS / $client_s" | bc -l)" \
    "$cpu_s" "$(echo "$ROWS / $cpu_s" | bc -l)"
}

feed "$OUT/feed-new.csv" 0
feed "$OUT/feed-changed.csv" 1
echo "offer feed of $ROWS rows ($(du -h "$OUT/feed-new.csv" | cut -f1)), $(nproc) cores, $(basename "$SOURCE"), load average $(cut -d' ' -f1 /proc/loadavg)"
run "new offers" "$OUT/feed-new.csv"
run "same feed again" "$OUT/feed-new.csv"
run "every price changed" "$OUT/feed-changed.csv"
