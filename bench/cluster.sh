#!/usr/bin/env bash
# Several nodes as one: two clustered WildFly nodes and HAProxy on 127.0.0.1 over the local PostgreSQL and a
# local mail sink. Drives a mixed workload through the balancer, kills (SIGKILL) one node mid-flow, restarts it,
# then checks what the cluster kept:
#   every acknowledged RMA present; every notice mailed exactly once; the partner's feed completed once;
#   signed-in page sessions survived; the partner's rate held across both nodes.
# Prints throughput through the balancer with two nodes and with one (the other drained at the balancer).
#
#   mvn package -Pcluster -DskipTests && bench/cluster.sh
#
# Node A: port offset 700 (HTTP 8780, management 10690, JGroups 8300); node B: offset 800 (8880, 10790, 8400);
# the balancer on 127.0.0.1:8899 (cluster/haproxy.cfg, statistics on 8897); the mail sink on 3725. It uses the
# database DB (default partsbridge_cluster), dropped and created anew. Takes 5 to 10 minutes (most of it the
# boots). Exits non-zero if a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=$PWD/bench/out/cluster
DB=${DB:-partsbridge_cluster}
DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB
ROWS=${ROWS:-200000}
SMTP_PORT=3725
BALANCER=http://127.0.0.1:8899
CLIENT="python3 bench/cluster-client.py"
WRK_SECONDS=${WRK_SECONDS:-20}
LOOKUP=/api/v1/models/HARMONY-880/units/H880A01234/parts

[ -f ear/target/server-cluster/standalone/deployments/partsbridge.ear ] \
  || { echo "build first: mvn package -Pcluster -DskipTests" >&2; exit 1; }
for tool in haproxy wrk psql python3; do
  command -v $tool >/dev/null || { echo "needs $tool (apt-get install -y haproxy wrk postgresql-client)" >&2; exit 1; }
done

for port in 8899 8897 8780 8880 10690 10790 8300 8400 $SMTP_PORT; do # a stray balancer would share 8899 (SO_REUSEPORT)
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "port $port is in use: stop what listens there" >&2; exit 1; fi
done
rm -rf "$OUT" && mkdir -p "$OUT"
for node in node-a node-b; do
  cp -r ear/target/server-cluster "$OUT/$node"
  cp ear/target/partsbridge.ear "$OUT/$node/standalone/deployments/" # the EAR of this build
done
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"

PIDS=()
cleanup() {
  for node in node-a node-b; do
    [ -f "$OUT/$node.pid" ] && kill -9 "$(cat "$OUT/$node.pid")" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

python3 bench/smtp-sink.py $SMTP_PORT "$OUT/mails.jsonl" & PIDS+=($!)
haproxy -db -f cluster/haproxy.cfg > "$OUT/haproxy.out" 2>&1 & PIDS+=($!)

offset() { [ "$1" = node-a ] && echo 700 || echo 800; }
start() { # start NODE: boots it and waits until it is ready (database included)
  local node=$1 mgmt=$((9990 + $(offset "$1")))
  rm -f "$OUT/$node/standalone/deployments/"*.failed
  PB_DB_URL=$DB_URL PB_DB_USER=postgres PB_DB_PASSWORD=postgres PB_NODE_ID=$node \
    PB_SMTP_HOST=127.0.0.1 PB_SMTP_PORT=$SMTP_PORT PARTSBRIDGE_FEED_STALE_AFTER_SECONDS=10 \
    JBOSS_PIDFILE="$OUT/$node.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    "$OUT/$node/bin/standalone.sh" --stability=community -Djboss.node.name=$node \
    -Djboss.socket.binding.port-offset="$(offset "$node")" >> "$OUT/$node.out" 2>&1 &
  local began=$SECONDS
  until curl -sf "http://127.0.0.1:$mgmt/health/ready" >/dev/null 2>&1 \
      && curl -sf "http://127.0.0.1:$((8080 + $(offset "$node")))/api/v1/ping" >/dev/null 2>&1; do
    [ $((SECONDS - began)) -lt 420 ] || { echo "$node did not come up; see $OUT/$node.out" >&2; exit 1; }
    sleep 2
  done
  echo "$node ready after $((SECONDS - began)) s"
}
kill_node() { kill -9 "$(cat "$OUT/$1.pid")"; rm -f "$OUT/$1.pid"; }
throughput() { # requests/s of the catalog lookup through the balancer
  wrk -t2 -c16 -d"${WRK_SECONDS}s" "$BALANCER$LOOKUP" | tee -a "$OUT/wrk.out" | awk '/Requests\/sec/ {print $2}'
}
members() { grep -o "WFLYCLJG0033: .*" "$OUT/$1.out" | tail -1; }

echo "== two nodes"
start node-a
start node-b
for _ in $(seq 1 30); do
  members node-b | grep -q '(2)' && break
  sleep 1
done
echo "cluster view on node-b: $(members node-b)"
sleep 3 # the balancer's health check takes node-b in

echo "== mixed workload through the balancer, one node killed mid-flow"
$CLIENT sessions "$OUT/sessions.json" 8
rm -f "$OUT/stop"
$CLIENT workload "$OUT/acknowledged.txt" "$OUT/stop" > "$OUT/workload.out" 2>&1 & workload=$!
PIDS+=($workload)
acknowledged() { cat "$OUT/acknowledged.txt" 2>/dev/null | wc -l; }
for _ in $(seq 1 120); do [ "$(acknowledged)" -ge 3 ] && break; sleep 0.5; done
$CLIENT feed "$ROWS" > "$OUT/feed.id" & PIDS+=($!)
# kill the node whose batch job runs the feed, while it runs
victim=""
for _ in $(seq 1 1200); do
  running=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tA -F ' ' -c \
    "select id, running_on, rows_done from trd_offer_feed where rows_done > 0 and status = 'RUNNING'" 2>/dev/null || true)
  [ -n "$running" ] && break
  sleep 0.1
done
read -r feed victim done_rows <<< "$running"
[ -n "$victim" ] || { echo "FAIL: the feed never ran (see $OUT/node-*.out)"; exit 1; }
case $victim in node-a | node-b) ;; *) echo "FAIL: the feed runs on an unknown node '$victim'"; exit 1 ;; esac
survivor=$([ "$victim" = node-a ] && echo node-b || echo node-a)
kill_node "$victim"
echo "killed $victim (SIGKILL) with feed $feed at $done_rows of $ROWS rows and $(acknowledged) RMAs acknowledged"
sleep 15 # the workload goes on against the survivor
$CLIENT sessions-alive "$OUT/sessions.json" "$victim" | tee "$OUT/sessions.out"
echo "restarting $victim"
start "$victim"
sleep 10
touch "$OUT/stop"
wait "$workload" || true
cat "$OUT/workload.out"

echo "== checks"
failed=0
grep -h "PASS" "$OUT/sessions.out" >/dev/null || failed=1
$CLIENT rmas "$OUT/acknowledged.txt" || failed=1
$CLIENT feed-wait "$feed" "$ROWS" || failed=1
grep -h "taken over" "$OUT/$survivor.out" "$OUT/$victim.out" | sed 's/^/log: /' | head -3 || true
$CLIENT mails "$OUT/mails.jsonl" "$DB_URL" || failed=1
$CLIENT rate 8780 8880 || failed=1

echo "== throughput through the balancer (GET $LOOKUP, wrk -c16, ${WRK_SECONDS} s each, after a warm-up)"
# warm-up: each node directly (the restarted one is cold), then through the balancer
wrk -t1 -c8 -d"${WRK_SECONDS}s" "http://127.0.0.1:8780$LOOKUP" >/dev/null &
wrk -t1 -c8 -d"${WRK_SECONDS}s" "http://127.0.0.1:8880$LOOKUP" >/dev/null
wait $!
wrk -t2 -c16 -d10s "$BALANCER$LOOKUP" >/dev/null
two=$(throughput)
echo "two nodes: $two requests/s"
node_state() { curl -sf -o /dev/null -d "s=node-b&action=$1&b=nodes" http://127.0.0.1:8897/; }
node_state maint # node-b drained: everything goes to node-a
one=$(throughput)
node_state ready
echo "one node:  $one requests/s"

echo "== figures"
echo "throughput through the balancer (GET $LOOKUP, wrk -c16 ${WRK_SECONDS}s): one node $one req/s, two nodes $two req/s"
[ "$failed" = 0 ] && echo "ALL PASSED" || { echo "SOME CHECKS FAILED"; exit 1; }
