#!/usr/bin/env python3
"""The client side of bench/cluster.sh: signs customers in on the pages, drives the mixed workload through the
balancer, uploads the partner's feed, and checks what the cluster kept. Standard library only.

    python3 bench/cluster-client.py sessions OUT N      sign N page sessions in (alice and bob in turn)
    python3 bench/cluster-client.py sessions-alive IN   every session of IN still signed in?
    python3 bench/cluster-client.py workload OUT STOP   customers request RMAs, a rep works them (until STOP exists)
    python3 bench/cluster-client.py feed ROWS           upload a feed as the demo partner, print its id
    python3 bench/cluster-client.py feed-wait ID ROWS   wait until the feed completed, check it applied every row once
    python3 bench/cluster-client.py rate PORT_A PORT_B  a partner at 60 calls a minute, calls alternating the nodes
    python3 bench/cluster-client.py rmas IN             every acknowledged RMA of IN present, numbers distinct?
    python3 bench/cluster-client.py mails SINK DB_URL   every notice mailed exactly once?

Each check prints PASS or FAIL lines and exits non-zero on a failure.
"""
import base64
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse

BALANCER = ("127.0.0.1", 8899)
ADMIN = ("admin", "admin-demo-pw")
REP = ("rita", "rep-demo-pw")
CUSTOMERS = [("alice", "alice-demo-pw"), ("bob", "bob-demo-pw")]
DEMO_KEY = "pbk_0000000de301.ReLinkDemoKeyForThePartnerApiOnly-012345678"


class Reply:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


def call(method, path, server=BALANCER, user=None, key=None, body=None, ctype="application/json",
         cookie=None, timeout=60):
    headers = {}
    if user:
        token = base64.b64encode(("%s:%s" % user).encode()).decode()
        headers["Authorization"] = "Basic " + token
    if key:
        headers["Authorization"] = "Bearer " + key
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = ctype
        if isinstance(body, str):
            body = body.encode()
    connection = http.client.HTTPConnection(*server, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return Reply(response.status, response.getheaders(), response.read().decode("utf-8", "replace"))
    finally:
        connection.close()


def header(reply, name):
    return [v for k, v in reply.headers if k.lower() == name.lower()]


# ---- page sessions ----------------------------------------------------------------------------------------

def sign_in(user):
    form = call("GET", "/login.xhtml")
    fields = {}
    for tag in re.findall(r"<input[^>]*>", form.body):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name and 'type="hidden"' in tag:
            fields[name.group(1)] = value.group(1) if value else ""
    fields.update({"login": "login", "login:username": user[0], "login:password": user[1], "login:submit": "Sign in"})
    cookie = "; ".join(c.split(";")[0] for c in header(form, "Set-Cookie"))
    reply = call("POST", "/login.xhtml", body=urllib.parse.urlencode(fields),
                 ctype="application/x-www-form-urlencoded", cookie=cookie or None)
    session = [c.split(";")[0] for c in header(reply, "Set-Cookie") if c.startswith("JSESSIONID=")]
    if reply.status not in (200, 302, 303) or not session:
        raise RuntimeError("sign-in of %s answered %s without a session" % (user[0], reply.status))
    return session[-1]


def signed_in(cookie):
    """A customer page answers 200 with the sign-out button; signed out, it redirects to the sign-in page."""
    reply = call("GET", "/my/rmas.xhtml", cookie=cookie)
    return reply.status == 200 and "Sign out" in reply.body, reply.status


def sessions(out, count):
    """Signs in until each node holds count / 2 of the sessions (a sign-in is two requests without a route, so
    the balancer's round robin may put several on one node: a request without a route in between shifts it)."""
    made, routes = [], {}
    for i in range(count * 3):
        user = CUSTOMERS[i % len(CUSTOMERS)]
        cookie = sign_in(user)
        alive, status = signed_in(cookie)
        call("GET", "/my/units.xhtml", cookie=cookie)  # a view-scoped page: its state joins the session
        if not alive:
            sys.exit("FAIL: %s is not signed in right after signing in (%s)" % (user[0], status))
        route = cookie.rsplit(".", 1)[-1]
        if routes.get(route, 0) < count // 2:
            made.append({"user": user[0], "cookie": cookie, "route": route})
            routes[route] = routes.get(route, 0) + 1
        else:
            call("GET", "/api/v1/ping")
        if len(made) == count:
            break
    with open(out, "w") as f:
        json.dump(made, f)
    print("signed in %d page sessions through the balancer, by route: %s" % (len(made), routes))


def sessions_alive(path, killed):
    made = json.load(open(path))
    lost = []
    on_killed = 0
    for s in made:
        alive, status = signed_in(s["cookie"])
        on_killed += s["route"] == killed
        if not alive:
            lost.append("%s (route %s, %s)" % (s["user"], s["route"], status))
    if lost or on_killed == 0:
        print("FAIL: sessions lost after %s was killed: %s (%d were on it)" % (killed, lost, on_killed))
        sys.exit(1)
    print("PASS: all %d signed-in sessions still signed in, %d of them made on the killed %s"
          % (len(made), on_killed, killed))


# ---- the mixed workload -----------------------------------------------------------------------------------

def fitting_part(user):
    units = call("GET", "/api/v1/my/units", user=user).json()
    units = units["items"] if isinstance(units, dict) else units
    if not units:
        return None
    unit = units[0]
    parts = call("GET", "/api/v1/models/%s/units/%s/parts" % (unit["modelCode"], unit["serial"])).json()
    shippable = [p["toShip"]["partNumber"] for p in parts if p.get("toShip")]
    return unit["id"], shippable[0]


def workload(out, stop):
    lock = threading.Lock()
    counts = {"acknowledged": 0, "failed": 0, "rep actions": 0, "rep conflicts or failures": 0, "page views": 0}
    units = {user[0]: fitting_part(user) for user in CUSTOMERS}
    open(out, "a").close()

    def note(key):
        with lock:
            counts[key] += 1

    def customer(user):
        unit, part = units[user[0]]
        body = json.dumps({"unitId": unit, "lines": [{"partNumber": part, "quantity": 1, "reason": "DEFECTIVE"}]})
        while not os.path.exists(stop):
            try:
                reply = call("POST", "/api/v1/my/rmas", user=user, body=body, timeout=30)
                if reply.status == 201:
                    number = reply.json()["number"]
                    with lock, open(out, "a") as f:
                        f.write("%s %s\n" % (user[0], number))
                    note("acknowledged")
                else:
                    note("failed")
            except OSError:
                note("failed")
            time.sleep(0.3)

    def rep():
        steps = [("REQUESTED", "verification", lambda r: {"version": r["version"]}),
                 ("VERIFIED", "approval", lambda r: {"version": r["version"]}),
                 ("APPROVED", "shipment",
                  lambda r: {"version": r["version"], "scannedParts": [l["approvedPart"] for l in r["lines"]]}),
                 ("SHIPPED", "loss", lambda r: {"version": r["version"], "note": "the carrier lost it"})]
        while not os.path.exists(stop):
            try:
                for state, action, body in steps:
                    queue = call("GET", "/api/v1/rmas?state=%s&size=5" % state, user=REP, timeout=30)
                    if queue.status != 200:
                        note("rep conflicts or failures")
                        continue
                    for r in queue.json().get("items", [])[:3]:
                        reply = call("POST", "/api/v1/rmas/%s/%s" % (r["number"], action), user=REP,
                                     body=json.dumps(body(r)), timeout=30)
                        note("rep actions" if reply.status == 200 else "rep conflicts or failures")
            except (OSError, ValueError, KeyError):
                note("rep conflicts or failures")
            time.sleep(0.2)

    def pages():
        cookie = sign_in(CUSTOMERS[0])
        while not os.path.exists(stop):
            try:
                if signed_in(cookie)[0]:
                    note("page views")
            except OSError:
                pass
            time.sleep(0.5)

    threads = [threading.Thread(target=customer, args=(u,)) for u in CUSTOMERS if units[u[0]]]
    threads += [threading.Thread(target=rep), threading.Thread(target=pages)]
    started = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("workload over %.0f s: %s" % (time.time() - started, counts))


# ---- the partner ------------------------------------------------------------------------------------------

def feed(rows):
    lines = ["partner_part_number,our_part_number,price,currency,stock,lead_time_days"]
    lines += ["CL-%d,BD-880-U,%d.50,EUR,%d,%d" % (i, i % 90 + 1, i % 7, i % 30) for i in range(rows)]
    reply = call("POST", "/api/partner/v1/offer-feeds", key=DEMO_KEY, body="\n".join(lines) + "\n",
                 ctype="text/csv", timeout=300)
    if reply.status not in (201, 202):
        sys.exit("FAIL: the feed upload answered %s: %s" % (reply.status, reply.body[:300]))
    print(reply.json()["id"])


def feed_wait(feed_id, rows, seconds=300):
    deadline = time.time() + seconds
    state = {}
    while time.time() < deadline:
        try:
            reply = call("GET", "/api/partner/v1/offer-feeds/%s" % feed_id, key=DEMO_KEY)
            if reply.status == 200:
                state = reply.json()
                if state["status"] in ("COMPLETED", "FAILED"):
                    break
        except OSError:
            pass
        time.sleep(2)
    offers = call("GET", "/api/partner/v1/offers?size=1", key=DEMO_KEY).json()["total"]
    if state.get("status") == "COMPLETED" and state.get("created") == rows and offers == rows + 1:
        print("PASS: feed %s completed once: %d offers created, %d offers in all (one is the demo's)"
              % (feed_id, rows, offers))
    else:
        print("FAIL: feed %s: %s; %s offers in all" % (feed_id, state, offers))
        sys.exit(1)


def rate(port_a, port_b, per_minute=60, calls=100):
    created = call("POST", "/api/v1/partners", user=ADMIN, body=json.dumps(
        {"name": "Cluster bench %d" % time.time_ns(), "royaltyRate": 0.05, "requestsPerMinute": per_minute}))
    partner = created.json()["id"]
    key = call("POST", "/api/v1/partners/%d/api-keys" % partner, user=ADMIN, body="{}").json()["key"]
    nodes = [("127.0.0.1", port_a), ("127.0.0.1", port_b)]
    started = time.time()
    answers = [call("GET", "/api/partner/v1/referrals", server=nodes[i % 2], key=key).status for i in range(calls)]
    elapsed = time.time() - started
    passed = answers.count(200)
    allowed = per_minute + int(elapsed * per_minute / 60) + 1  # the bucket, and what refilled meanwhile
    print("partner at %d calls a minute: %d calls alternating two nodes in %.1f s: %d passed, %d got 429"
          % (per_minute, calls, elapsed, passed, answers.count(429)))
    if passed <= allowed and answers.count(429) == calls - passed:
        print("PASS: the rate held across both nodes (at most %d could pass)" % allowed)
    else:
        print("FAIL: %d passed, at most %d should have; answers %s" % (passed, allowed, sorted(set(answers))))
        sys.exit(1)


# ---- checks -----------------------------------------------------------------------------------------------

def rmas(path):
    acknowledged = [line.split() for line in open(path) if line.strip()]
    users = dict(CUSTOMERS)
    numbers = [n for _, n in acknowledged]
    missing = [n for user, n in acknowledged
               if call("GET", "/api/v1/my/rmas/%s" % n, user=(user, users[user])).status != 200]
    if missing or len(set(numbers)) != len(numbers):
        print("FAIL: %d acknowledged RMAs, missing %s, %d distinct numbers" % (len(numbers), missing, len(set(numbers))))
        sys.exit(1)
    print("PASS: all %d acknowledged RMAs present, %d distinct numbers" % (len(numbers), len(set(numbers))))


def psql(db_url, sql):
    url = urllib.parse.urlparse(db_url.replace("jdbc:", "", 1))
    out = subprocess.run(["psql", "-h", url.hostname, "-p", str(url.port or 5432), "-U", "postgres", "-d",
                          url.path.lstrip("/"), "-tA", "-c", sql], check=True, capture_output=True, text=True)
    return out.stdout


def mails(sink, db_url, seconds=150):
    deadline = time.time() + seconds
    while time.time() < deadline:
        unsent = int(psql(db_url, "select count(*) from rcv_notice where sent_at is null").strip())
        if unsent == 0:
            break
        time.sleep(2)
    notices = json.loads(psql(db_url, "select coalesce(json_agg(json_build_object("
                                      "'email', email, 'subject', subject, 'body', body)), '[]') from rcv_notice"))
    time.sleep(1)
    received = [json.loads(line) for line in open(sink)] if os.path.exists(sink) else []

    def norm(text):
        return text.replace("\r\n", "\n").strip()

    # a notice's words can repeat (one RMA's parcel lost twice): compare counts per recipient, subject and text
    mailed, recorded = {}, {}
    for m in received:
        k = (",".join(m["to"]), m["subject"], norm(m["body"]))
        mailed[k] = mailed.get(k, 0) + 1
    for n in notices:
        k = (n["email"], n["subject"], norm(n["body"]))
        recorded[k] = recorded.get(k, 0) + 1
    wrong = ["%s %r: %d notices, mailed %d times" % (k[0], k[1], recorded.get(k, 0), mailed.get(k, 0))
             for k in set(mailed) | set(recorded) if mailed.get(k, 0) != recorded.get(k, 0)]
    if wrong or len(received) != len(notices) or not notices:
        print("FAIL: %d notices, %d mails: %s (%d notices unsent)" % (len(notices), len(received), wrong[:5], unsent))
        sys.exit(1)
    print("PASS: every one of %d notices mailed exactly once (%d mails)" % (len(notices), len(received)))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "sessions":
        sessions(args[0], int(args[1]))
    elif command == "sessions-alive":
        sessions_alive(args[0], args[1])
    elif command == "workload":
        workload(args[0], args[1])
    elif command == "feed":
        feed(int(args[0]))
    elif command == "feed-wait":
        feed_wait(args[0], int(args[1]))
    elif command == "rate":
        rate(int(args[0]), int(args[1]))
    elif command == "rmas":
        rmas(args[0])
    elif command == "mails":
        mails(args[0], args[1])
    else:
        sys.exit(__doc__)
