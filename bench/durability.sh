#!/usr/bin/env bash
# Durability checks: an RMA acknowledged with 201 survives a hard kill (SIGKILL) of the server, and an offer
# feed whose batch run is killed mid-way resumes after the restart, applying every row exactly once.
#
#   mvn package -DskipTests && bench/durability.sh
#
# Starts a copy of the built server (ear/target/server) with the EAR on ports shifted by PORT_OFFSET (300: 8380), creates
# an RMA as the demo customer alice, kills the server JVM with SIGKILL right after the 201, starts it again
# and reads the RMA back; then uploads a 150,000-row feed as the demo partner, kills the server while the
# batch job runs, restarts it and waits for the feed to complete. Exits non-zero if anything is lost or
# doubled. Only 127.0.0.1 is used.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=$PWD/bench/out
SERVER=$OUT/durability-server
PORT_OFFSET=${PORT_OFFSET:-300} # every port of the server shifted by this (HTTP 8080+N)
URL=http://127.0.0.1:$((8080 + PORT_OFFSET))
ALICE=alice:alice-demo-pw

[ -f ear/target/partsbridge.ear ] || { echo "build first: mvn package -DskipTests" >&2; exit 1; }
rm -rf "$SERVER" && mkdir -p "$OUT" && cp -r ear/target/server "$SERVER"
rm -rf "$SERVER/standalone/data/partsbridge"
cp ear/target/partsbridge.ear "$SERVER/standalone/deployments/"

start() {
  "$SERVER/bin/standalone.sh" --stability=community -Djboss.socket.binding.port-offset="$PORT_OFFSET" > "$OUT/durability-server.out" 2>&1 &
  for _ in $(seq 1 120); do
    curl -sf "$URL/api/v1/ping" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "server did not come up; see $OUT/durability-server.out" >&2; exit 1
}
server_pid() { pgrep -f "jboss.home.dir=$SERVER" | head -1; }
trap 'kill -9 $(pgrep -f "jboss.home.dir=$SERVER") 2>/dev/null || true' EXIT

start
unit=$(curl -sf -u $ALICE "$URL/api/v1/my/units" | sed -E 's/.*"id":([0-9]+).*/\1/')
response=$(curl -s -w '\n%{http_code}' -u $ALICE -H 'Content-Type: application/json' \
  -d "{\"unitId\":$unit,\"lines\":[{\"partNumber\":\"HG-880-A\",\"quantity\":1,\"reason\":\"DEFECTIVE\"}]}" \
  "$URL/api/v1/my/rmas")
status=$(echo "$response" | tail -1)
number=$(echo "$response" | head -1 | sed -E 's/.*"number":"([^"]+)".*/\1/')
kill -9 "$(server_pid)"
echo "created $number ($status), then killed the server with SIGKILL"
[ "$status" = 201 ] || { echo "FAIL: the request was not acknowledged with 201"; exit 1; }

sleep 1
start
after=$(curl -s -o /dev/null -w '%{http_code}' -u $ALICE "$URL/api/v1/my/rmas/$number")
if [ "$after" = 200 ]; then
  echo "PASS: $number is still there after the restart"
else
  echo "FAIL: $number answered $after after the restart"; exit 1
fi

# 2. An offer feed whose batch run dies with the server (SIGKILL mid-way) is resumed after the restart and
#    ends with every row applied exactly once: the rows it had committed are not applied again.
KEY='pbk_0000000de301.ReLinkDemoKeyForThePartnerApiOnly-012345678'
ROWS=150000
FEED=$OUT/durability-feed.csv
{ echo "partner_part_number,our_part_number,price,currency,stock,lead_time_days"
  for ((i = 0; i < ROWS; i++)); do echo "DUR-$i,BD-880-U,$((i % 90 + 1)).50,EUR,$((i % 7)),$((i % 30))"; done
} > "$FEED"
feed_state() { curl -s -H "Authorization: Bearer $KEY" "$URL/api/partner/v1/offer-feeds/$1"; }
field() { echo "$1" | sed -E "s/.*\"$2\":\"?([^,\"}]*)\"?.*/\1/"; }

feed=$(field "$(curl -s -H "Authorization: Bearer $KEY" -H 'Content-Type: text/csv' --data-binary @"$FEED" \
  "$URL/api/partner/v1/offer-feeds")" id)
for _ in $(seq 1 600); do
  done_rows=$(field "$(feed_state "$feed")" rowsDone)
  [ "${done_rows:-0}" -gt 0 ] && break
  sleep 0.05
done
kill -9 "$(server_pid)"
echo "feed $feed: killed the server with SIGKILL after $done_rows of $ROWS rows"
[ "$done_rows" -lt "$ROWS" ] || { echo "FAIL: the feed finished before the kill; nothing was tested"; exit 1; }

sleep 1
export PARTSBRIDGE_FEED_STALE_AFTER_SECONDS=5 # the killed run's feed is taken over after 5 s, not 2 min
start
for _ in $(seq 1 180); do
  state=$(feed_state "$feed")
  [ "$(field "$state" status)" = COMPLETED ] && break
  sleep 1
done
created=$(field "$state" created)
offers=$(field "$(curl -s -H "Authorization: Bearer $KEY" "$URL/api/partner/v1/offers?size=1")" total)
if [ "$(field "$state" status)" = COMPLETED ] && [ "$created" = "$ROWS" ] && [ "$offers" = "$((ROWS + 1))" ]; then
  echo "PASS: feed $feed resumed and completed: $created offers created, $offers offers in all (one is the demo's)"
else
  echo "FAIL: feed $feed after the restart: $state; $offers offers"; exit 1
fi
