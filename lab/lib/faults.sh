# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (ADDR, STATE, PIDS, ...) come from common.sh, sourced first by lab/labctl
# labctl: fault injection: kill a node, cut a link, stop the API, sshd or HAProxy (and back).
# Sourced by lab/labctl after common.sh; not run on its own.

cmd_kill() {
    need_root
    local h=${1:-} pid
    is_rabbit "$h" || die "usage: labctl kill $RABBIT_USAGE"
    take_lock
    pid=$(beam_pid "$h") || { say "$h: node not running"; return 0; }
    kill -KILL "$pid"
    wait_gone 10 "$pid" || die "$h: beam $pid survived SIGKILL"
    say "$h: beam.smp $pid killed"
}

cmd_link() { # cmd_link up|down HOST
    need_root
    local state=$1 h=${2:-}
    is_host "$h" || die "usage: labctl cut|restore haproxy|$RABBIT_USAGE"
    ip link show "$(veth "$h")" >/dev/null 2>&1 || die "$h: no link $(veth "$h"); is the lab up?"
    ip link set "$(veth "$h")" "$state"
    if [[ $state == down ]]; then say "$h: link cut"; else say "$h: link restored"; fi
}

# The management API off / on for one node (or all) while the node keeps running: stops / starts
# the management application and the web dispatcher that owns the 15672 listener, so clients get
# "connection refused" as when the plugin is down, and nothing persistent (enabled_plugins) changes.
cmd_api() { # cmd_api stop|start HOST|all
    need_root
    local action=$1 target=${2:-} h i
    local -a targets
    if [[ $target == all ]]; then targets=("${CLUSTER[@]}"); else targets=("$target"); fi
    for h in "${targets[@]}"; do
        is_rabbit "$h" || die "usage: labctl api-stop|api-start $RABBIT_USAGE|all"
    done
    take_lock
    for h in "${targets[@]}"; do
        if [[ $action == stop ]]; then
            cli "$h" rabbitmqctl -q eval 'application:stop(rabbitmq_management), application:stop(rabbitmq_web_dispatch).'
            for ((i = 0; i < 40; i++)); do api_port_open "$h" || break; sleep 0.25; done
            api_port_open "$h" && die "$h: the management listener still answers"
            say "$h: management API stopped"
        else
            cli "$h" rabbitmqctl -q eval '{ok, _} = application:ensure_all_started(rabbitmq_management).'
            for ((i = 0; i < 80; i++)); do api_port_open "$h" && break; sleep 0.25; done
            api_port_open "$h" || die "$h: the management listener did not come back"
            say "$h: management API started"
        fi
    done
}

# sshd off / on for one host (fault drills). ssh-stop ends the listener AND every session it forked
# (SIGKILL, found by parent PID, never by name), as when the SSH server dies mid-command; clients
# then get "connection refused". ssh-start starts the listener as `up` does and waits for port 22.
cmd_ssh() { # cmd_ssh stop|start HOST
    need_root
    local action=$1 h=${2:-} pid i
    is_host "$h" || die "usage: labctl ssh-stop|ssh-start haproxy|$RABBIT_USAGE"
    take_lock
    anchor_pid "$h" >/dev/null
    if [[ $action == stop ]]; then
        pid=$(live_pid "sshd-$h" "$h") || { say "$h: sshd not running"; return 0; }
        local -a tree=("$pid") kids
        for ((i = 0; i < ${#tree[@]}; i++)); do
            mapfile -t kids < <(ps -o pid= --ppid "${tree[$i]}" 2>/dev/null | tr -d ' ')
            tree+=("${kids[@]}")
        done
        kill -KILL "${tree[@]}" 2>/dev/null || true
        wait_gone 10 "${tree[@]}" || die "$h: sshd processes ${tree[*]} survived SIGKILL"
        say "$h: sshd stopped (${#tree[@]} processes)"
    else
        if live_pid "sshd-$h" "$h" >/dev/null; then say "$h: sshd already running"; return 0; fi
        start_sshd "$h"
        for ((i = 0; i < 40; i++)); do port_open "$h" 22 && break; sleep 0.25; done
        port_open "$h" 22 || die "$h: sshd does not accept on port 22; see $LOGS/sshd-$h.log"
        say "$h: sshd started ($(readpid "$PIDS/sshd-$h"))"
    fi
}

# HAProxy off / on (fault drills): the master and its workers end (SIGTERM, then SIGKILL) so the
# AMQP listener, the stats page and the stats socket are gone; haproxy-start starts it as `up`
# does and waits until rabbit1 is UP and rabbit2 UP as backup again.
cmd_haproxy() { # cmd_haproxy stop|start [4x]
    need_root
    local action=$1 pid
    take_lock
    anchor_pid haproxy >/dev/null
    case ${2:-} in
    '') ;;
    4x)
        x4_infra_up || die "the 4.x cluster is not up; run: lab/labctl up --with-4x"
        if [[ $action == stop ]]; then
            pid=$(live_pid haproxy-4x haproxy) || { say "haproxy-4x: not running"; return 0; }
            local -a w4
            mapfile -t w4 < <(ps -o pid= --ppid "$pid" 2>/dev/null | tr -d ' ')
            terminate 5 "$pid" "${w4[@]}" || die "haproxy-4x: $pid ${w4[*]} still running"
            say "haproxy-4x: stopped"
        else
            if live_pid haproxy-4x haproxy >/dev/null; then say "haproxy-4x: already running"; return 0; fi
            x4_start_haproxy
            x4_wait_haproxy
            say "haproxy-4x: started ($(readpid "$PIDS/haproxy-4x"))"
        fi
        return 0
        ;;
    *) die "usage: labctl haproxy-stop|haproxy-start [4x]" ;;
    esac
    if [[ $action == stop ]]; then
        pid=$(live_pid haproxy haproxy) || { say "haproxy: not running"; return 0; }
        local -a workers
        mapfile -t workers < <(ps -o pid= --ppid "$pid" 2>/dev/null | tr -d ' ')
        terminate 5 "$pid" "${workers[@]}" || die "haproxy: $pid ${workers[*]} still running"
        say "haproxy: stopped"
    else
        if live_pid haproxy haproxy >/dev/null; then say "haproxy: already running"; return 0; fi
        start_haproxy
        wait_haproxy_up
        say "haproxy: started ($(readpid "$PIDS/haproxy"))"
    fi
}
