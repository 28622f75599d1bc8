#!/usr/bin/env bash
# Seconds from a fresh clone to the first page with the README's start command (mvn package -Pstart).
#   bench/start-time.sh                 # warm: the provisioned server cache in ~/.cache/partsbridge as it is
#   CACHE_ROOT=$(mktemp -d) bench/start-time.sh   # cold: an empty server cache (Galleon provisions WildFly)
# Clones this repository's HEAD into a temporary folder, runs mvn -o package -Pstart there with the server on ports
# shifted by PORT_OFFSET (default 500: http://localhost:8580/), polls / until it answers 200, prints the time Maven
# took to reach wildfly:run and the time to the first page, then stops the server. 127.0.0.1 only.
set -u
cd "$(dirname "$0")/.."
REPO=$(pwd)
OFFSET=${PORT_OFFSET:-500}
CACHE=${CACHE_ROOT:-$HOME/.cache/partsbridge}
HTTP=$((8080 + OFFSET))
WORK=$(mktemp -d /tmp/pb-start.XXXXXX)
LOG="$WORK.log"
if curl -s -o /dev/null "http://localhost:$HTTP/"; then
  echo "port $HTTP is in use: stop what runs there or set PORT_OFFSET" >&2
  exit 2
fi
t0=$(date +%s.%N)
git clone -q "$REPO" "$WORK/clone" && cd "$WORK/clone" || exit 1
mvn -B -o package -Pstart -Dserver.cache.root="$CACHE" \
    -Dwildfly.serverArgs=-Djboss.socket.binding.port-offset="$OFFSET" -Dwildfly.port=$((9990 + OFFSET)) > "$LOG" 2>&1 &
MVN=$!
mark=""
code=000
for _ in $(seq 1 3000); do
  [ -z "$mark" ] && grep -q "(run-server)" "$LOG" 2>/dev/null && mark=$(awk "BEGIN{print $(date +%s.%N) - $t0}")
  code=$(curl -s -o /dev/null -w '%{http_code}' -L "http://localhost:$HTTP/" 2>/dev/null)
  [ "$code" = 200 ] && break
  kill -0 $MVN 2>/dev/null || break
  sleep 0.2
done
t1=$(date +%s.%N)
printf 'maven reached wildfly:run after %.1f s\n' "${mark:-0}"
printf 'first page (HTTP %s) after %.1f s, load average %s\n' "$code" "$(awk "BEGIN{print $t1 - $t0}")" "$(cut -d' ' -f1 /proc/loadavg)"
pkill -f "jboss.home.dir=$WORK/clone" 2>/dev/null; sleep 3; kill $MVN 2>/dev/null; wait $MVN 2>/dev/null
rm -rf "$WORK"
[ "$code" = 200 ]
