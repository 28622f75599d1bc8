#!/usr/bin/env bash
# Durability check: an RMA acknowledged with 201 survives a hard kill (SIGKILL) of the server.
#
#   mvn package -DskipTests && bench/durability.sh
#
# Starts a copy of the built server (ear/target/server) with the EAR on ports shifted by 300 (8380), creates
# an RMA as the demo customer alice, kills the server JVM with SIGKILL right after the 201, starts it again
# and reads the RMA back. Exits non-zero if the RMA is gone. Only 127.0.0.1 is used.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=$PWD/bench/out
SERVER=$OUT/durability-server
URL=http://127.0.0.1:8380
ALICE=alice:alice-demo-pw

[ -f ear/target/partsbridge.ear ] || { echo "build first: mvn package -DskipTests" >&2; exit 1; }
rm -rf "$SERVER" && mkdir -p "$OUT" && cp -r ear/target/server "$SERVER"
rm -rf "$SERVER/standalone/data/partsbridge"
cp ear/target/partsbridge.ear "$SERVER/standalone/deployments/"

start() {
  "$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset=300 > "$OUT/durability-server.out" 2>&1 &
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
