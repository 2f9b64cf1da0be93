#!/usr/bin/env python3
"""Record what the lab answers to StatusCollector's requests, for tst_statuscollector.

Run as root from a checkout whose lab is up (lab/labctl up; WARREN_LAB_ID as for labctl):
    tests/record_status_transcripts.py

It writes tests/data/status-transcript-3.10-lab-*.json, one per situation:
  api-up          every API answers (the collector reads /api/nodes and /api/overview, and
                  cross-checks with `rabbitmqctl cluster_status` over SSH);
  api-refused     the management API stopped on every node (labctl api-stop all): port 15672
                  refuses, SSH and the nodes are up;
  api-ssh-down    as api-refused, and sshd killed on every node (labctl ssh-stop HOST).
The lab is put back as it was (api-start, ssh-start) at the end.

Each transcript holds the lab profile (addresses as recorded), the outcome of a TCP connect to
each host's API and SSH port, the HTTP answers (status and body, or the connection error) by host
and path, and per host whether SSH opened and each command's exit code, stdout and stderr.
"""

import datetime
import json
import os
import socket
import subprocess
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LABCTL = os.path.join(ROOT, "lab", "labctl")

# The requests StatusCollector makes (ManagementApi::nodesRaw / overviewRaw) and the command
# it runs over SSH (RemoteCommand::toShell with sudo).
NODE_COLUMNS = ("name,type,running,mem_alarm,disk_free_alarm,partitions,uptime,mem_used,mem_limit,"
                "disk_free,disk_free_limit,fd_used,fd_total,sockets_used,sockets_total,proc_used,"
                "proc_total,applications")
OVERVIEW_COLUMNS = ("cluster_name,node,rabbitmq_version,erlang_version,management_version,"
                    "message_stats,queue_totals")
REQUESTS = [("/api/nodes", "columns=" + NODE_COLUMNS), ("/api/overview", "columns=" + OVERVIEW_COLUMNS)]
COMMANDS = ["sudo -n -- rabbitmqctl cluster_status --formatter json"]


def labctl(*args):
    subprocess.run([LABCTL, *args], check=True, stdout=subprocess.DEVNULL)


def connect(address, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(3)
    try:
        s.connect((address, port))
        return "ok"
    except ConnectionRefusedError:
        return "refused"
    except OSError as e:
        return "failed: " + str(e)
    finally:
        s.close()


def http(url, user, password):
    r = subprocess.run(["curl", "-sS", "--noproxy", "*", "-m", "10", "-u", f"{user}:{password}",
                        "-o", "-", "-w", "\n%{http_code}", url], capture_output=True)
    if r.returncode != 0:
        kind = {7: "refused", 28: "timeout"}.get(r.returncode, "network")
        return {"error": kind, "message": r.stderr.decode().strip()}
    body, _, code = r.stdout.decode().rpartition("\n")
    return {"status": int(code), "body": body}


def ssh(profile, address, command):
    s = profile["ssh"]
    r = subprocess.run(["ssh", "-i", s["keyFile"], "-o", "UserKnownHostsFile=" + s["knownHosts"],
                        "-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes", "-o", "ConnectTimeout=5",
                        f"{s['user']}@{address}", command], capture_output=True, timeout=90)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


def record(profile, password, name):
    rabbits = [h for h in profile["hosts"] if "rabbitmq" in h["roles"]]
    t = {"recorded": datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC") + ", Warren lab, RabbitMQ 3.10",
         "how": "tests/record_status_transcripts.py", "profile": profile, "connect": {}, "http": [], "ssh": {}}
    for h in rabbits:
        api = urllib.parse.urlparse(h["apiUrl"])
        t["connect"][f"{api.hostname}:{api.port}"] = connect(api.hostname, api.port)
        t["connect"][f"{h['address']}:22"] = connect(h["address"], 22)
        for path, query in REQUESTS:
            answer = http(f"{h['apiUrl']}{path}?{query}", profile["api"]["user"], password)
            t["http"].append({"host": h["name"], "path": path, **answer})
        code, out, err = ssh(profile, h["address"], "true")
        entry = {"open": "" if code == 0 else (err.strip().splitlines() or ["exit %d" % code])[-1], "commands": []}
        if code == 0:
            for c in COMMANDS:
                code, out, err = ssh(profile, h["address"], c)
                entry["commands"].append({"command": c, "exit": code, "out": out, "err": err})
        t["ssh"][h["name"]] = entry
    stats = profile["haproxy"].get("statsUrl")
    if stats:
        answer = http(stats, "", "")
        t["http"].append({"host": profile["haproxy"]["host"], "path": urllib.parse.urlsplit(stats).path, **answer})
    path = os.path.join(HERE, "data", f"status-transcript-3.10-lab-{name}.json")
    # The checkout's own paths say nothing about the cluster: a fixed one in their place.
    state = os.path.dirname(profile["ssh"]["keyFile"].rstrip("/")).rsplit("/ssh", 1)[0]
    text = json.dumps(t, indent=1, ensure_ascii=False).replace(state + "/", "/srv/warren-lab/state/")
    with open(path, "w") as f:
        f.write(text + "\n")
    print("wrote", path)


def main():
    env = subprocess.run([LABCTL, "env"], capture_output=True, text=True, check=True).stdout
    profile_path = next(l.split("=", 1)[1] for l in env.splitlines() if l.startswith("export LAB_PROFILE="))
    with open(profile_path) as f:
        profile = json.load(f)
    with open(profile["api"]["passwordFile"]) as f:
        password = f.read().strip()
    rabbits = [h["name"] for h in profile["hosts"] if "rabbitmq" in h["roles"]]
    record(profile, password, "api-up")
    labctl("api-stop", "all")
    try:
        record(profile, password, "api-refused")
        for h in rabbits:
            labctl("ssh-stop", h)
        try:
            record(profile, password, "api-ssh-down")
        finally:
            for h in rabbits:
                labctl("ssh-start", h)
    finally:
        labctl("api-start", "all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
