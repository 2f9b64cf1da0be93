#!/usr/bin/env bash
# lab/queues.sh (run as `lab/labctl queues ...`): many queues with OpenStack-style names in the
# lab, for Warren's queue comparison tests and benchmarks. Everything it makes lives in one vhost
# (default "lab-queues", with its own copy of the lab's ha-all policy), so purge-declared removes
# it all at once and the lab's own queues in "/" are never touched.
#
#   queues declare N [--mirrored-fraction F] [--quorum F] [--host H] [--vhost V] [--amq-gen K]
#                    [--batch B] [--pause S] [--via eval [--workers W]]
#       N queues (at most 200000): `compute`, `compute.<host>`, `<topic>_fanout_<32 hex>`,
#       `reply_<32 hex>`, a few names with commas, quotes and UTF-8; a fraction F (default 0.33)
#       prefixed `ha.` (mirrored by ha-all), a fraction (default 0.05) quorum, K (default 3)
#       `amq.gen-<22 chars>` made by `rabbitmqctl eval` (the only way to get that prefix).
#       Declared by bulk definitions import (POST /api/definitions), split over the cluster's nodes
#       so queue masters spread (--host H: everything on H, e.g. the standalone rabbit4).
#       On the 2-core 3-node lab, 5,000-queue imports wedged the cluster twice past ~4,000 queues
#       (see bench/README.md). --batch B imports B queues per request, round-robin over the
#       nodes, and after each one waits until the API lists every queue so far (then --pause S
#       seconds): the mirrors of one batch are up before the next batch starts.
#       --via eval (with --host H): declared on the node itself by `rabbitmqctl eval` of
#       rabbit_amqqueue:declare, W (default 4) Erlang processes, 10,000 names per call read from a
#       file in the node's data directory: ~800 durable classic queues/s on one lab node, against
#       ~45/s for imports past 30,000 queues (`labctl statistics` first: the metrics collector's
#       fold over every queue, every 5 s by default, is what slows declaring down).
#   queues unsync [K] [--vhost V]
#       K (default 10) queues `unsync.<name>` that have an unsynchronised mirror: declared under a
#       policy ha-mode exactly 2 with ha-sync-mode manual, given a message each, then the policy
#       widened to all nodes; the new mirror cannot sync by itself. No node is stopped.
#   queues purge-declared [--vhost V] [--host H]
#       Delete the vhost and with it every queue made here.
#   queues count [--vhost V] [--host H]
#
# It changes the lab: run it under the lab lock (flock /tmp/warren-lab.lock lab/labctl queues ...)
# unless the caller already holds it (a lab test run under flock ctest does). Secrets are read
# from the lab's password file and never printed.
set -euo pipefail

LAB_DIR=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd -P)
STATE=${WARREN_LAB_STATE:-$LAB_DIR/state}
[[ $STATE == /* ]] || STATE=$PWD/$STATE
export LAB_DIR STATE
[[ -f $STATE/lab.env ]] || { echo "queues: the lab is not up (lab/labctl up)" >&2; exit 1; }

exec python3 - "$@" <<'PY'
import base64, hashlib, json, os, subprocess, sys, time, urllib.parse, urllib.request

LAB_DIR = os.environ["LAB_DIR"]
STATE = os.environ["STATE"]
# The hosts' addresses from lab.env (`export LAB_ADDR_rabbit1=...`): each lab instance has its own subnet.
ADDR = {}
with open(os.path.join(STATE, "lab.env")) as f:
    for line in f:
        k, _, v = line.strip().removeprefix("export ").partition("=")
        if k.startswith("LAB_ADDR_rabbit"):
            ADDR[k.removeprefix("LAB_ADDR_")] = v.strip("'\"")
CLUSTER = ["rabbit1", "rabbit2", "rabbit3"]
USER = "warren-admin"
MAX_QUEUES = 200000
TOPICS = ["compute", "scheduler", "network", "cert", "consoleauth", "conductor", "volume", "cinder-scheduler",
          "q-agent-notifier-port-update", "q-plugin", "dhcp_agent", "l3_agent", "notifications.info", "engine"]

def die(msg, code=1):
    print("queues: " + msg, file=sys.stderr)
    sys.exit(code)

with open(os.path.join(STATE, "secrets", "api-password")) as f:
    PASSWORD = f.read().strip()
AUTH = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # lab traffic never via a proxy

def api(host, method, path, body=None, timeout=600):
    url = f"http://{ADDR[host]}:15672{path}"
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", AUTH)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with OPENER.open(req, timeout=timeout) as r:
            text = r.read()
            return r.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        return e.code, None

def q(vhost):
    return urllib.parse.quote(vhost, safe="")

def hex32(i, salt):
    return hashlib.md5(f"{salt}-{i}".encode()).hexdigest()

def names(n):
    """n distinct OpenStack-style names, deterministic."""
    out = []
    for t in TOPICS:
        out.append(t)
    out += ["compute.节点-01", "scheduler,with,commas", 'volume "quoted" name', "cert.server-05 trailing"]
    i = 0
    while len(out) < n:
        t = TOPICS[i % len(TOPICS)]
        kind = i % 4
        if kind == 0:
            out.append(f"{t}.node-{i // 4:05d}")
        elif kind == 1:
            out.append(f"{t}_fanout_{hex32(i, t)}")
        elif kind == 2:
            out.append(f"reply_{hex32(i, 'reply')}")
        else:
            out.append(f"{t}.server-{i // 4:05d}.cell{i % 7}")
        i += 1
    return out[:n]

def amq_gen(i):
    raw = hashlib.sha1(f"amq-gen-{i}".encode()).digest()
    return "amq.gen-" + base64.urlsafe_b64encode(raw).decode()[:22]

def parse(argv, flags):
    pos, opt = [], {}
    it = iter(argv)
    for a in it:
        if a.startswith("--"):
            key = a[2:]
            if key not in flags:
                die(f"unknown option {a}", 2)
            try:
                opt[key] = next(it)
            except StopIteration:
                die(f"{a} needs a value", 2)
        else:
            pos.append(a)
    return pos, opt

def ensure_vhost(host, vhost):
    defs = {"vhosts": [{"name": vhost}],
            "permissions": [{"user": USER, "vhost": vhost, "configure": ".*", "write": ".*", "read": ".*"}],
            "policies": [{"vhost": vhost, "name": "ha-all", "pattern": r"^ha\.", "apply-to": "queues",
                          "definition": {"ha-mode": "all", "ha-sync-mode": "automatic"}, "priority": 0}]}
    st, _ = api(host, "POST", "/api/definitions", defs)
    if st not in (200, 201, 204):
        die(f"could not create vhost {vhost} (HTTP {st})")

def count(host, vhost):
    st, body = api(host, "GET", f"/api/queues/{q(vhost)}?columns=name&disable_stats=true")
    return 0 if st == 404 or body is None else len(body)

def labexec(host, *cmd, timeout=300):
    return subprocess.run([os.path.join(LAB_DIR, "labctl"), "exec", host, "--", *cmd], capture_output=True,
                          text=True, timeout=timeout)

def erl_bin(s):
    return "<<" + ",".join(str(b) for b in s.encode()) + ">>"

def declare(argv):
    pos, opt = parse(argv, {"mirrored-fraction", "quorum", "host", "vhost", "amq-gen", "batch", "pause", "via", "workers"})
    if len(pos) != 1 or not pos[0].isdigit():
        die("usage: queues declare N [--mirrored-fraction F] [--quorum F] [--host H] [--vhost V] [--amq-gen K]", 2)
    n = int(pos[0])
    if n > MAX_QUEUES:
        die(f"at most {MAX_QUEUES} queues", 2)
    mirrored = float(opt.get("mirrored-fraction", "0.33"))
    quorum = float(opt.get("quorum", "0.05"))
    vhost = opt.get("vhost", "lab-queues")
    hosts = [opt["host"]] if "host" in opt else CLUSTER
    if any(h not in ADDR for h in hosts):
        die(f"unknown host {opt.get('host')}", 2)
    gen = min(int(opt.get("amq-gen", "3")), n)
    started = time.monotonic()
    ensure_vhost(hosts[0], vhost)
    base = names(n - gen)
    n_mirrored = int(round(len(base) * mirrored))
    n_quorum = int(round(len(base) * quorum))
    queues = []
    for i, name in enumerate(base):
        # interleave kinds so every kind spreads over every node
        slot = (i * 7919) % len(base) if base else 0
        args = {}
        if slot < n_mirrored:
            name = "ha." + name
        elif slot < n_mirrored + n_quorum:
            args = {"x-queue-type": "quorum"}
        queues.append({"name": name, "vhost": vhost, "durable": True, "auto_delete": False, "arguments": args})
    batch = int(opt.get("batch", "0"))
    pause = float(opt.get("pause", "0"))
    via = opt.get("via", "api")
    if via not in ("api", "eval") or (via == "eval" and len(hosts) != 1):
        die("--via is api or eval, and eval needs --host H", 2)
    if via == "eval":
        declare_by_eval(hosts[0], vhost, queues, int(opt.get("workers", "4")), started)
    elif batch > 0:
        # Small imports, round-robin over the nodes (a classic queue's master is the node that
        # declared it), each one listed by the API before the next starts.
        for j, start in enumerate(range(0, len(queues), batch)):
            host = hosts[j % len(hosts)]
            st, _ = api(host, "POST", "/api/definitions", {"queues": queues[start:start + batch]}, timeout=900)
            if st not in (200, 201, 204):
                die(f"definitions import on {host} failed (HTTP {st})")
            target = min(start + batch, len(queues))
            deadline = time.monotonic() + 180
            while count(hosts[0], vhost) < target and time.monotonic() < deadline:
                time.sleep(0.5)
            if pause:
                time.sleep(pause)
            print(f"  {target} queues declared, {time.monotonic() - started:.0f} s", flush=True)
    else:
        # One import per node: a classic queue's master is the node that declared it.
        chunk = (len(queues) + len(hosts) - 1) // max(len(hosts), 1)
        for k, host in enumerate(hosts):
            part = queues[k * chunk:(k + 1) * chunk]
            for j in range(0, len(part), 5000):
                st, _ = api(host, "POST", "/api/definitions", {"queues": part[j:j + 5000]}, timeout=900)
                if st not in (200, 201, 204):
                    die(f"definitions import on {host} failed (HTTP {st})")
    if gen:
        for k in range(gen):
            host = hosts[k % len(hosts)]
            code = ("rabbit_amqqueue:declare(rabbit_misc:r(" + erl_bin(vhost) + ", queue, " + erl_bin(amq_gen(k)) +
                    "), true, false, [], none, <<\"warren-lab\">>), ok.")
            r = labexec(host, "rabbitmqctl", "eval", code)
            if r.returncode != 0:
                die(f"rabbitmqctl eval on {host} failed: {r.stderr.strip()[:200]}")
    # wait until the API lists them all (bounded)
    deadline = time.monotonic() + max(60, n / 50)
    have = count(hosts[0], vhost)
    while have < n and time.monotonic() < deadline:
        time.sleep(1)
        have = count(hosts[0], vhost)
    took = time.monotonic() - started
    print(f"declared {have} queues in vhost {vhost} ({n_mirrored} mirrored, {n_quorum} quorum, {gen} amq.gen) "
          f"in {took:.1f} s")
    if have < n:
        die(f"only {have} of {n} queues are listed")

def declare_by_eval(host, vhost, queues, workers, started):
    """Declare on the node itself: rabbit_amqqueue:declare in `workers` Erlang processes, the names
    read from a file in the node's data directory (one argument may not exceed 128 KiB)."""
    if not 1 <= workers <= 32:
        die("--workers is 1 to 32", 2)
    path = os.path.join(STATE, "hosts", host, "lib", "warren-declare.txt")
    code = ("{ok, B} = file:read_file(" + erl_bin(path) + "), "
            "Ls = [L || L <- binary:split(B, <<\"\\n\">>, [global]), L =/= <<>>], "
            "Decl = fun(<<K, Name/binary>>) -> "  # K: 81 is Q (no dollar sign: the CLI wrapper passes code through sh)
            "  Args = case K of 81 -> [{<<\"x-queue-type\">>, longstr, <<\"quorum\">>}]; _ -> [] end, "
            "  case rabbit_amqqueue:declare(rabbit_misc:r(" + erl_bin(vhost) + ", queue, Name), true, false, Args, none, "
            "<<\"warren-lab\">>) of {new, _} -> 0; {existing, _} -> 0; Other -> io:format(\"~p~n\", [Other]), 1 end end, "
            f"W = {workers}, Self = self(), "
            "Idx = lists:zip(lists:seq(0, length(Ls) - 1), Ls), "
            "[spawn(fun() -> Self ! {done, lists:sum([Decl(L) || {I, L} <- Idx, I rem W =:= K])} end) || K <- lists:seq(0, W - 1)], "
            "lists:sum([receive {done, E} -> E end || _ <- lists:seq(1, W)]).")
    try:
        for start in range(0, len(queues), 10000):
            part = queues[start:start + 10000]
            with open(path, "wb") as f:
                for qd in part:
                    kind = b"Q" if qd["arguments"].get("x-queue-type") == "quorum" else b"C"
                    f.write(kind + qd["name"].encode() + b"\n")
            os.chmod(path, 0o644)
            r = labexec(host, "rabbitmqctl", "-q", "eval", code, timeout=1800)
            failed = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else "?"
            if r.returncode != 0 or failed != "0":
                die(f"rabbitmqctl eval on {host} failed ({failed} not declared): {(r.stderr or r.stdout).strip()[:300]}")
            print(f"  {start + len(part)} queues declared, {time.monotonic() - started:.0f} s", flush=True)
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass

def unsync(argv):
    pos, opt = parse(argv, {"vhost", "host"})
    k = int(pos[0]) if pos else 10
    vhost = opt.get("vhost", "lab-queues")
    host = opt.get("host", "rabbit1")
    ensure_vhost(host, vhost)
    pol = f"/api/policies/{q(vhost)}/warren-unsync"
    st, _ = api(host, "PUT", pol, {"pattern": r"^unsync\.", "apply-to": "queues", "priority": 10,
                                   "definition": {"ha-mode": "exactly", "ha-params": 2, "ha-sync-mode": "manual"}})
    if st not in (201, 204):
        die(f"could not set policy (HTTP {st})")
    made = [f"unsync.{n}" for n in names(k + 40)[40:40 + k]]
    st, _ = api(host, "POST", "/api/definitions", {"queues": [
        {"name": n, "vhost": vhost, "durable": True, "auto_delete": False, "arguments": {}} for n in made]})
    if st not in (200, 201, 204):
        die(f"could not declare (HTTP {st})")
    # Wait for each queue's single mirror to be in sync (empty queues sync at once).
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        st, body = api(host, "GET", f"/api/queues/{q(vhost)}?columns=name,slave_nodes,synchronised_slave_nodes")
        ours = [x for x in (body or []) if x["name"] in made]
        if len(ours) == k and all(len(x.get("synchronised_slave_nodes") or []) == 1 for x in ours):
            break
        time.sleep(0.5)
    for n in made:
        st, _ = api(host, "POST", f"/api/exchanges/{q(vhost)}/amq.default/publish",
                    {"properties": {"delivery_mode": 2}, "routing_key": n, "payload": "unsync", "payload_encoding": "string"})
        if st != 200:
            die(f"publish to {n} failed (HTTP {st})")
    # Widen to every node: the third node gets a mirror that stays unsynchronised (manual sync).
    st, _ = api(host, "PUT", pol, {"pattern": r"^unsync\.", "apply-to": "queues", "priority": 10,
                                   "definition": {"ha-mode": "all", "ha-sync-mode": "manual"}})
    if st not in (201, 204):
        die(f"could not widen policy (HTTP {st})")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        st, body = api(host, "GET", f"/api/queues/{q(vhost)}?columns=name,slave_nodes,synchronised_slave_nodes")
        ours = [x for x in (body or []) if x["name"] in made]
        if len(ours) == k and all(len(x.get("slave_nodes") or []) == 2 for x in ours):
            break
        time.sleep(0.5)
    print(f"{k} queues unsync.* in vhost {vhost} with one unsynchronised mirror each")

def purge(argv):
    pos, opt = parse(argv, {"vhost", "host"})
    vhost = opt.get("vhost", "lab-queues")
    host = opt.get("host", "rabbit1")
    if vhost == "/":
        die("refusing to delete the default vhost", 2)
    st, _ = api(host, "DELETE", f"/api/vhosts/{q(vhost)}", timeout=900)
    if st not in (204, 404):
        die(f"could not delete vhost {vhost} (HTTP {st})")
    print(f"vhost {vhost} and its queues deleted" if st == 204 else f"no vhost {vhost}")

def main(argv):
    if not argv or argv[0] in ("-h", "--help", "help"):
        print("usage: labctl queues declare N [--mirrored-fraction F] [--quorum F] [--host H] [--vhost V] [--amq-gen K]\n"
              "                              [--batch B] [--pause S]\n"
              "       labctl queues unsync [K] [--vhost V]\n"
              "       labctl queues purge-declared [--vhost V] [--host H]\n"
              "       labctl queues count [--vhost V] [--host H]")
        return
    cmd, rest = argv[0], argv[1:]
    if cmd == "declare":
        declare(rest)
    elif cmd == "unsync":
        unsync(rest)
    elif cmd == "purge-declared":
        purge(rest)
    elif cmd == "count":
        pos, opt = parse(rest, {"vhost", "host"})
        print(count(opt.get("host", "rabbit1"), opt.get("vhost", "lab-queues")))
    else:
        die(f"unknown command {cmd}", 2)

main(sys.argv[1:])
PY
