# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (ADDR, STATE, PIDS, ...) come from common.sh, sourced first by lab/labctl
# labctl: the RabbitMQ nodes: configuration, start, stop, join, the API user, topology, bench knobs.
# Sourced by lab/labctl after common.sh; not run on its own.

# The rabbitmq user (as uid:gid for the 4.x hosts: the tree's user, which the root namespace may not know).
rabbit_owner() {
    if is_x4 "$1"; then awk -F: '$1 == "rabbitmq" { printf "%s:%s", $3, $4 }' "$STATE/x4/etc/passwd"; else printf 'rabbitmq:rabbitmq'; fi
}

# The plugins a running member has: the 4.x nodes have Prometheus too.
rabbit_plugins() {
    if is_x4 "$1"; then printf '[rabbitmq_management,rabbitmq_prometheus].'; else printf '[rabbitmq_management].'; fi
}

is_joiner() { [[ -n ${JOIN_TYPE[$1]:-} || " ${JOINERS4[*]} " == *" $1 "* ]]; }

prepare_rabbit_host() {
    local h=$1 d own
    d=$STATE/hosts/$h
    own=$(rabbit_owner "$h")
    # Fresh node data on every fresh `up`; the cookie comes from secrets/ (same on all hosts).
    # The directories stay (a 4.x host has them mounted): their contents go.
    local x
    for x in lib log etc; do
        if [[ -d $d/$x ]]; then find "${d:?}/$x" -mindepth 1 -delete; fi
    done
    install -d -m 755 -o "${own%:*}" -g "${own#*:}" "$d/lib" "$d/log" "$d/etc"
    install -m 400 -o "${own%:*}" -g "${own#*:}" "$COOKIE_FILE" "$d/lib/.erlang.cookie"
    # Nodes that will join boot without the management plugin (stop_app would pause 5 s).
    local plugins
    plugins=$(rabbit_plugins "$h")
    is_joiner "$h" && plugins='[].'
    printf '%s\n' "$plugins" >"$d/etc/enabled_plugins"
    cat >"$d/etc/rabbitmq.conf" <<EOF
# Warren lab node $h (written by lab/labctl)
listeners.tcp.default = 5672
management.tcp.port = 15672
vm_memory_high_watermark.absolute = $WATERMARK
disk_free_limit.absolute = 50MB
log.file.level = info
EOF
    default_env_conf "$h" >"$d/etc/rabbitmq-env.conf"
    chown "$own" "$d/etc/enabled_plugins" "$d/etc/rabbitmq.conf" "$d/etc/rabbitmq-env.conf"
    chmod 644 "$d/etc/enabled_plugins" "$d/etc/rabbitmq.conf" "$d/etc/rabbitmq-env.conf"
}

default_env_conf() {
    cat <<EOF
# Warren lab node $1 (written by lab/labctl). Node name, paths: Debian defaults (rabbit@$1).
# Schedulers do not busy-wait: 4 nodes share 2 cores.
SERVER_ADDITIONAL_ERL_ARGS="+sbwt none +sbwtdcpu none +sbwtdio none"
$NOFILE_COMMENT
$NOFILE_LINE
EOF
}

# rabbitmq-env.conf as labctl wrote it: the current default, or the one before the open-files
# lines (a lab brought up before keeps running as it is; its next fresh `up` gets them).
env_conf_is_default() {
    local f=$STATE/hosts/$1/etc/rabbitmq-env.conf
    [[ $(cat "$f") == "$(default_env_conf "$1")" ||
        $(cat "$f") == "$(default_env_conf "$1" | grep -vxF -e "$NOFILE_COMMENT" -e "$NOFILE_LINE")" ]]
}

# Start the node with the unmodified Debian wrapper (it su's to rabbitmq).
start_node_process() {
    local h=$1
    rm -f "$(pidfile_of_node "$h")" "$PIDS/beam-$h"
    printf '\n== %s labctl start %s\n' "$(date '+%F %T')" "$h" >>"$LOGS/rabbit-$h.log"
    launch "launcher-$h" "$h" "$LOGS/rabbit-$h.log" /usr/sbin/rabbitmq-server
}

# Wait until the node writes its pid file, then `rabbitmqctl wait` until it has booted.
wait_node() {
    local h=$1 launcher pf i
    launcher=$(readpid "$PIDS/launcher-$h")
    pf=$(pidfile_of_node "$h")
    for ((i = 0; i < 600; i++)); do
        [[ -s $pf ]] && break
        alive "$launcher" || die "$h: RabbitMQ exited during start; see $LOGS/rabbit-$h.log and $STATE/hosts/$h/log/"
        sleep 0.1
    done
    [[ -s $pf ]] || die "$h: no pid file after 60 s; see $LOGS/rabbit-$h.log"
    printf '\n== %s [%ds] %s: rabbitmqctl wait\n' "$(date +%T)" $((SECONDS - T0)) "$h" >>"$OP_LOG"
    if ! on_host "$h" rabbitmqctl -q wait "/var/lib/rabbitmq/mnesia/$(node_name_of "$h").pid" --timeout 60 \
        </dev/null >>"$OP_LOG" 2>&1; then
        local why="did not finish booting within 60 s"
        alive "$(readpid "$pf")" || why="exited during start"
        die "$h: RabbitMQ $why; see $LOGS/rabbit-$h.log and $STATE/hosts/$h/log/rabbit@$h.log"
    fi
    cp "$pf" "$PIDS/beam-$h"
    record_epmd "$h"
}

# epmd is started by the node and daemonises: find it inside the host's namespace.
record_epmd() {
    local h=$1 p
    for p in $(ip netns pids "$(ns "$h")" 2>/dev/null); do
        if [[ $(cat "/proc/$p/comm" 2>/dev/null) == epmd ]]; then
            printf '%s' "$p" >"$PIDS/epmd-$h"
            return 0
        fi
    done
}

# Names of the running nodes as seen by HOST (cluster_status JSON), one per line.
running_nodes() {
    cluster_json "$1" | jq -r '.running_nodes[]?' 2>/dev/null || true
}

# The node names the seed's cluster_status lists (disc and ram), one per line.
seed_members() { # seed_members [SEED]: rabbit1's by default
    cluster_json "${1:-$SEED}" | jq -r '(.disk_nodes + .ram_nodes)[]' 2>/dev/null || true
}

# After a start: the node must see every cluster member whose beam is alive.
wait_in_cluster() {
    local h=$1 m want got i
    is_member "$h" || return 0
    for ((i = 0; i < 60; i++)); do
        want=$(for m in $(members_of "$h"); do beam_pid "$m" >/dev/null && echo "rabbit@$m"; done | sort)
        got=$(running_nodes "$h" | sort)
        [[ -n $got && $got == "$want" ]] && return 0
        sleep 1
    done
    die "$h: not back in the cluster after 60 s (running: ${got//$'\n'/ }, expected: ${want//$'\n'/ }); see $STATE/hosts/$h/log/"
}

join_node() {
    local h=$1 ram=()
    [[ ${JOIN_TYPE[$h]:-disc} == ram ]] && ram=(--ram)
    cli "$h" rabbitmqctl -q stop_app
    cli "$h" rabbitmqctl -q reset
    cli "$h" rabbitmqctl -q join_cluster "${ram[@]}" "rabbit@$(seed_of "$h")"
    printf '%s\n' "$(rabbit_plugins "$h")" >"$STATE/hosts/$h/etc/enabled_plugins"
    cli "$h" rabbitmqctl -q start_app
}

add_admin_user() {
    local h=$1
    # add_user reads the password from stdin when it is not an argument: it never shows in argv.
    printf '\n== %s [%ds] %s: rabbitmqctl add_user %s (password on stdin)\n' "$(date +%T)" \
        $((SECONDS - T0)) "$h" "$API_USER" >>"$OP_LOG"
    # 4.0's CLI waits forever for a password on stdin under -q.
    local q=-q
    is_x4 "$h" && q=
    printf '%s\n' "$(cat "$PASSWORD_FILE")" | on_host "$h" rabbitmqctl ${q:+"$q"} add_user "$API_USER" >>"$OP_LOG" 2>&1 ||
        die "$h: rabbitmqctl add_user $API_USER failed; see $OP_LOG"
    cli "$h" rabbitmqctl -q set_user_tags "$API_USER" administrator
    cli "$h" rabbitmqctl -q set_permissions -p / "$API_USER" '.*' '.*' '.*'
}

# The node's API answers 401 to the lab's admin user: the user is gone (a reset deletes it).
api_user_lost() {
    local code
    code=$(curl -sS --noproxy '*' --max-time 5 -o /dev/null -w '%{http_code}' \
        -K <(printf 'user = "%s:%s"\n' "$API_USER" "$(cat "$PASSWORD_FILE")") \
        "http://${ADDR[$1]}:15672/api/whoami" 2>/dev/null) || return 1
    [[ $code == 401 ]]
}

wait_api() {
    local h=$1 i
    for ((i = 0; i < 120; i++)); do
        api GET "http://${ADDR[$h]}:15672/api/overview" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    die "$h: management API on ${ADDR[$h]}:15672 not answering; see $STATE/hosts/$h/log/"
}

declare_topology() {
    local base="http://${ADDR[$SEED]}:15672/api" q
    api PUT "$base/policies/%2F/ha-all" \
        '{"pattern":"^ha\\.","apply-to":"queues","priority":0,"definition":{"ha-mode":"all","ha-sync-mode":"automatic"}}' \
        >>"$UP_LOG" 2>&1 || die "policy ha-all: API call failed; see $UP_LOG"
    for q in "${QUEUES_MIRRORED[@]}" "${QUEUES_PLAIN[@]}"; do
        api PUT "$base/queues/%2F/$q" '{"durable":true,"auto_delete":false,"arguments":{}}' \
            >>"$UP_LOG" 2>&1 || die "queue $q: API call failed; see $UP_LOG"
    done
    for q in "${QUEUES_QUORUM[@]}"; do
        api PUT "$base/queues/%2F/$q" '{"durable":true,"auto_delete":false,"arguments":{"x-queue-type":"quorum"}}' \
            >>"$UP_LOG" 2>&1 || die "queue $q: API call failed; see $UP_LOG"
    done
}

# True when HOST's API reports statistics for rabbit@HOST: for ~5 s after a (re)start a node is
# listed as running with no statistics, and a new queue's "policy" appears with the first
# statistics too. Tests that start right after `up`/`start` should not see that window.
node_stats_ready() {
    local h=$1 out
    out=$(api GET "http://$(cur_addr "$h"):15672/api/nodes?columns=name,mem_used" 2>/dev/null) || return 1
    [[ $(json_field "rabbit@$h" mem_used <<<"$out") =~ ^[0-9]+$ ]]
}

wait_api_settled() {
    local i q h ok out
    for ((i = 0; i < 60; i++)); do
        ok=1
        out=$(api GET "http://${ADDR[$SEED]}:15672/api/queues/%2F?columns=name,policy" 2>/dev/null) || ok=0
        for q in "${QUEUES_MIRRORED[@]}"; do
            [[ $(json_field "$q" policy <<<"$out") == ha-all ]] || ok=0
        done
        for h in "${RABBITS[@]}"; do node_stats_ready "$h" || ok=0; done
        ((ok)) && return 0
        sleep 0.5
    done
    die "management API statistics not complete after 30 s; see $STATE/hosts/$SEED/log/"
}

do_start() {
    local h=$1
    if beam_pid "$h" >/dev/null; then
        node_running "$h" && { wait_in_cluster "$h"; say "$h: already running"; return 0; }
        # The VM runs but the app is stopped (e.g. after stop_app): start the app.
        cli "$h" rabbitmqctl -q start_app
    else
        start_node_process "$h"
        wait_node "$h"
    fi
    wait_in_cluster "$h"
    # Best effort: give the management statistics their first round (see node_stats_ready).
    local i
    for ((i = 0; i < 30; i++)); do node_stats_ready "$h" && break; sleep 0.5; done
    say "$h: running (beam $(beam_pid "$h"))"
}

# Stop whatever node runs on HOST, under any name, Erlang VM included. SIGTERM is RabbitMQ's
# graceful stop (the CLI may not reach a renamed node or one with another cookie).
stop_node_any() {
    local h=$1 pid launcher i
    # A node started and not waited for (`cookie --other` on a member) may still be booting, with no
    # pid file yet: wait for it, or a start right after would meet it on the distribution port.
    if launcher=$(live_pid "launcher-$h" "$h"); then
        for ((i = 0; i < 600; i++)); do
            beam_pid "$h" >/dev/null && break
            alive "$launcher" || break
            sleep 0.1
        done
    fi
    pid=$(beam_pid "$h") || return 0
    kill -TERM "$pid" 2>/dev/null || true
    wait_gone 60 "$pid" || { kill -KILL "$pid" 2>/dev/null || true; wait_gone 5 "$pid"; } ||
        die "$h: beam $pid survived SIGKILL"
}

# HOST's node rabbit@HOST back in the seed's cluster with its lab type: members the lab does not know
# (renamed nodes) are forgotten, a node the cluster forgot is wiped and joins again, and the quorum
# queues get their member on it back.
ensure_member() {
    local h=$1 m k known seed
    is_member "$h" || return 0
    seed=$(seed_of "$h")
    for m in $(seed_members "$seed"); do
        known=0
        for k in $(members_of "$h") "$SPARE"; do [[ $m == "rabbit@$k" ]] && known=1; done
        ((known)) || cli "$seed" rabbitmqctl -q forget_cluster_node "$m"
    done
    if seed_members "$seed" | grep -qxF "rabbit@$h" && node_running "$h" && [[ $(running_nodes "$seed") == *"rabbit@$h"* ]]; then
        return 0
    fi
    say "$h: not a running member; wiping it and joining rabbit@$seed again"
    stop_node_any "$h"
    if seed_members "$seed" | grep -qxF "rabbit@$h"; then cli "$seed" rabbitmqctl -q forget_cluster_node "rabbit@$h"; fi
    rm -rf "${STATE:?}/hosts/$h/lib/mnesia/rabbit@$h" "$STATE/hosts/$h/lib/mnesia/rabbit@$h-"*
    start_node_process "$h"
    wait_node "$h"
    join_node "$h"
    wait_in_cluster "$h"
    cli "$h" rabbitmq-queues -q grow "rabbit@$h" all
}

cmd_start() {
    need_root
    local h=${1:-}
    is_rabbit "$h" || die "usage: labctl start $RABBIT_USAGE"
    take_lock
    anchor_pid "$h" >/dev/null
    do_start "$h"
}

cmd_stop() {
    need_root
    local h=${1:-} pid
    is_rabbit "$h" || die "usage: labctl stop $RABBIT_USAGE"
    take_lock
    anchor_pid "$h" >/dev/null
    pid=$(beam_pid "$h") || { say "$h: node not running"; return 0; }
    stop_node_any "$h"
    say "$h: node stopped"
}

# The memory high watermark of a running node, for benches with tens of thousands of queues (an
# idle classic queue with statistics holds ~50 KB: the lab's 2 GiB stopped declaring at ~45,000).
# Runtime only (`rabbitmqctl set_vm_memory_high_watermark absolute`): a restart, and `--default`,
# go back to rabbitmq.conf's value.
cmd_watermark() { # watermark HOST|all SIZE|--default
    need_root
    local target=${1:-} size=${2:-} h
    local -a targets
    if [[ $target == all ]]; then targets=("${RABBITS[@]}"); else targets=("$target"); fi
    for h in "${targets[@]}"; do
        is_rabbit "$h" || die "usage: labctl watermark $RABBIT_USAGE|all SIZE|--default (SIZE e.g. 8GiB)"
    done
    [[ $size == --default ]] && size=$WATERMARK
    [[ $size =~ ^[1-9][0-9]*(KiB|MiB|GiB|kB|MB|GB)?$ ]] ||
        die "usage: labctl watermark $RABBIT_USAGE|all SIZE|--default (SIZE e.g. 8GiB)"
    take_lock
    for h in "${targets[@]}"; do
        beam_pid "$h" >/dev/null || { [[ $target == all ]] && continue; die "$h: node not running"; }
        cli "$h" rabbitmqctl -q set_vm_memory_high_watermark absolute "$size"
        if [[ $size == "$WATERMARK" ]]; then say "$h: memory high watermark $size (the lab default)"; else say "$h: memory high watermark $size (until the node restarts)"; fi
    done
}

# The statistics interval of a node (rabbitmq.conf's collect_statistics_interval, 5 s by default),
# for benches with tens of thousands of queues: the management plugin's metrics collector folds over
# every queue each interval (at 60,000 queues on rabbit4 it took more than a core at 5 s). Sites with
# that many queues raise it. The collector reads it when it starts, so the node restarts (a node
# with many durable queues recovers them all: set it before declaring). `--default` takes it out
# again; a fresh `up` writes rabbitmq.conf anew.
cmd_statistics() { # statistics HOST MS|--default
    need_root
    local h=${1:-} ms=${2:-} conf
    if ! is_rabbit "$h" || ! [[ $ms == --default || $ms =~ ^[1-9][0-9]{3,6}$ ]]; then
        die "usage: labctl statistics $RABBIT_USAGE MS|--default (MS 1000 to 9999999)"
    fi
    take_lock
    conf=$STATE/hosts/$h/etc/rabbitmq.conf
    [[ -f $conf ]] || die "$h: no rabbitmq.conf; is the lab up?"
    sed -i '/^collect_statistics_interval = /d' "$conf"
    [[ $ms == --default ]] || printf 'collect_statistics_interval = %s\n' "$ms" >>"$conf"
    if beam_pid "$h" >/dev/null; then
        anchor_pid "$h" >/dev/null
        stop_node_any "$h"
        do_start "$h"
    fi
    if [[ $ms == --default ]]; then say "$h: statistics every 5000 ms (the default)"; else say "$h: statistics every $ms ms"; fi
}
