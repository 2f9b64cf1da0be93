# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (ADDR, STATE, PIDS, ...) come from common.sh, sourced first by lab/labctl
# labctl: the RabbitMQ 4.x cluster beside the 3.10 one: rabbit5, rabbit6, rabbit7 (RabbitMQ 4.0.5 from
# Debian 13, all disc, management + Prometheus), on the same bridge, each host in its own network,
# mount and UTS namespaces and chrooted into the shared read-only tree of lib/rootfs.sh
# (host/anchor-4x). `up --with-4x` starts or repairs it; `down` stops it with the rest.
# Sourced by lab/labctl after common.sh; not run on its own.

readonly X4DIR=$STATE/x4 PROFILE4=$STATE/cluster-4x.json
readonly HAP4_CFG=$HAPDIR/haproxy-4x.cfg HAP4_SOCK=$HAPDIR/admin-4x.sock HAP4_MASTER_SOCK=$HAPDIR/master-4x.sock
readonly HAP4_AMQP_PORT=5673 HAP4_STATS_PORT=8405
readonly HAP4_STATS_URL="http://${ADDR[haproxy]}:$HAP4_STATS_PORT/stats;csv"
readonly HAP4_RELOAD=/usr/local/sbin/warren-lab-haproxy-reload$LAB_SUFFIX-4x
# Seed data (vhost, queue): quorum queues in / and openstack, a stream, classic queues on each node.
readonly X4_QUORUM=("/ qq.alpha" "/ qq.beta" "openstack qq.nova" "openstack qq.neutron")
readonly X4_STREAMS=("/ st.events")
readonly -A X4_CLASSIC=([rabbit5]="/ plain.r5" [rabbit6]="/ plain.r6" [rabbit7]="openstack plain.r7")

# The tree this lab's 4.x hosts run from (recorded at their fresh start).
x4_tree() { cat "$X4DIR/tree" 2>/dev/null; }

# The lab's accounts, sudoers and helpers inside the 4.x hosts (bind-mounted by host/anchor-4x):
# the tree's own files plus the lab user with the same name and uid as on the 3.10 hosts.
x4_prepare_accounts() {
    local tree=$1 uid gid sg
    install -d -m 755 "$X4DIR" "$X4DIR/etc" "$X4DIR/sbin"
    install -d -m 750 "$X4DIR/sudoers.d"
    uid=$(id -u "$LAB_USER") gid=$(id -g "$LAB_USER")
    { grep -v "^$LAB_USER:" "$tree/etc/passwd"; printf '%s:x:%s:%s:Warren lab:/home/%s:/bin/bash\n' "$LAB_USER" "$uid" "$gid" "$LAB_USER"; } >"$X4DIR/etc/passwd"
    { grep -v "^$LAB_USER:" "$tree/etc/group"; printf '%s:x:%s:\n' "$LAB_USER" "$gid"; } >"$X4DIR/etc/group"
    { grep -v "^$LAB_USER:" "$tree/etc/shadow"; printf '%s:*:20000:0:99999:7:::\n' "$LAB_USER"; } >"$X4DIR/etc/shadow"
    sg=$(awk -F: '$1 == "shadow" { print $3 }' "$tree/etc/group")
    chmod 644 "$X4DIR/etc/passwd" "$X4DIR/etc/group"
    chown "0:${sg:-0}" "$X4DIR/etc/shadow"
    chmod 640 "$X4DIR/etc/shadow"
    # The same rules as on the 3.10 hosts (the paths are the same in the tree).
    install -m 440 -o root -g root "$SUDOERS" "$X4DIR/sudoers.d/warren-lab"
    install -m 755 -o root -g root "$LAB_DIR/host/warren-lab-service" "$X4DIR/sbin/warren-lab-service"
    printf '%s\n' "$tree" >"$X4DIR/tree"
}

x4_prepare_host() {
    local h=$1 d=$STATE/hosts/$1 uid gid
    uid=$(id -u "$LAB_USER") gid=$(id -g "$LAB_USER")
    install -d -m 755 "$d" "$d/ssh" "$d/root" "$d/home"
    install -d -m 755 -o "$uid" -g "$gid" "$d/home/$LAB_USER"
    if [[ ! -s $d/ssh/ssh_host_ed25519_key ]]; then
        rm -f "$d/ssh/ssh_host_ed25519_key"*
        ssh-keygen -q -t ed25519 -N '' -C "$h" -f "$d/ssh/ssh_host_ed25519_key"
    fi
    chmod 600 "$d/ssh/ssh_host_ed25519_key"
    local line
    line="${ADDR[$h]} $(cut -d' ' -f1,2 "$d/ssh/ssh_host_ed25519_key.pub")"
    { grep -v "^${ADDR[$h]//./\\.} " "$SSHDIR/known_hosts" 2>/dev/null || true; printf '%s\n' "$line"; } >"$SSHDIR/known_hosts.4x"
    mv -f "$SSHDIR/known_hosts.4x" "$SSHDIR/known_hosts"
    chmod 644 "$SSHDIR/known_hosts"
    write_sshd_config "$h"
    write_netns_files "$h"
    prepare_rabbit_host "$h"
}

x4_make_net() {
    local h=$1 n
    n=$(ns "$h")
    must ip netns add "$n"
    must ip link add "$(veth "$h")" type veth peer name eth0 netns "$n"
    must ip link set "$(veth "$h")" master "$BRIDGE" up
    must ip -n "$n" link set lo up
    must ip -n "$n" addr add "${ADDR[$h]}/24" dev eth0
    must ip -n "$n" link set eth0 up
}

x4_start_anchor() {
    local h=$1
    setsid ip netns exec "$(ns "$h")" unshare --mount --uts --propagation private \
        /bin/sh "$LAB_DIR/host/anchor-4x" "$h" "$STATE/hosts/$h" "$(x4_tree)" "$(ns "$h")" "$STATE" \
        </dev/null >>"$LOGS/anchor-$h.log" 2>&1 9>&- &
    printf '%s' $! >"$PIDS/anchor-$h"
}

# The 4.x hosts' namespaces, anchors and nodes are there and their `up` completed once.
x4_infra_up() {
    [[ -e $RUN/x4.up ]] || return 1
    local h
    for h in "${HOSTS4[@]}"; do live_pid "anchor-$h" "$h" >/dev/null || return 1; done
}

# Stop everything of the 4.x hosts (and the 4.x HAProxy), delete their namespaces.
x4_down() {
    local h p
    local -a pids=()
    p=$(live_pid haproxy-4x haproxy) && pids+=("$p")
    for h in "${HOSTS4[@]}"; do
        for p in $(ip netns pids "$(ns "$h")" 2>/dev/null); do alive "$p" && pids+=("$p"); done
    done
    ((${#pids[@]} == 0)) || terminate 3 "${pids[@]}" || true
    for h in "${HOSTS4[@]}"; do
        ip link del "$(veth "$h")" 2>/dev/null || true
        if [[ -e /run/netns/$(ns "$h") ]]; then ip netns del "$(ns "$h")" 2>/dev/null || true; fi
        rm -rf "/etc/netns/$(ns "$h")"
        rm -f "$PIDS"/*-"$h"
    done
    rm -f "$PIDS/haproxy-4x" "$RUN/x4.up" "$HAP4_SOCK" "$HAP4_MASTER_SOCK"
}

x4_declare() { # x4_declare HOST VHOST QUEUE TYPE
    local h=$1 vh=$2 q=$3 type=$4 v
    v=$(jq -rn --arg v "$vh" '$v | @uri')
    api PUT "http://${ADDR[$h]}:15672/api/queues/$v/$q" \
        "{\"durable\":true,\"auto_delete\":false,\"arguments\":{\"x-queue-type\":\"$type\"}}" >>"$UP_LOG" 2>&1 ||
        die "4.x: queue $vh $q on $h: API call failed; see $UP_LOG"
}

x4_publish() { # x4_publish VHOST QUEUE COUNT
    local v i
    v=$(jq -rn --arg v "$1" '$v | @uri')
    for ((i = 1; i <= $3; i++)); do
        api POST "http://${ADDR[$SEED4]}:15672/api/exchanges/$v/amq.default/publish" \
            "{\"properties\":{\"delivery_mode\":2},\"routing_key\":\"$2\",\"payload\":\"warren-lab $2 $i\",\"payload_encoding\":\"string\"}" \
            >>"$UP_LOG" 2>&1 || die "4.x: publish to $1 $2 failed; see $UP_LOG"
    done
}

# The seed queues (declaring one that exists changes nothing): `up --with-4x` declares again what a
# test or a wiped member lost (a classic queue goes with its node's data).
x4_seed_queues() {
    local base="http://${ADDR[$SEED4]}:15672/api" e h
    api PUT "$base/vhosts/openstack" '{}' >>"$UP_LOG" 2>&1 || die "4.x: vhost openstack: API call failed"
    api PUT "$base/permissions/openstack/$API_USER" '{"configure":".*","write":".*","read":".*"}' >>"$UP_LOG" 2>&1 ||
        die "4.x: permissions on openstack: API call failed"
    for e in "${X4_QUORUM[@]}"; do x4_declare "$SEED4" "${e%% *}" "${e#* }" quorum; done
    for e in "${X4_STREAMS[@]}"; do x4_declare "$SEED4" "${e%% *}" "${e#* }" stream; done
    # A classic queue lives on the node that declares it (client-local): one per node.
    for h in "${CLUSTER4[@]}"; do e=${X4_CLASSIC[$h]}; x4_declare "$h" "${e%% *}" "${e#* }" classic; done
}

# Seed data: vhost openstack, quorum queues, a stream, a classic queue on each node, some messages.
x4_topology() {
    x4_seed_queues
    x4_publish / qq.alpha 3
    x4_publish openstack qq.nova 2
    x4_publish / st.events 5
    x4_publish / plain.r6 2
}

# The 4.x HAProxy: a second HAProxy on the haproxy host, own config, sockets and ports.
x4_write_haproxy_config() {
    cat >"$HAP4_CFG" <<EOF
# Warren lab HAProxy for the 4.x cluster (written by lab/labctl). A second HAProxy in namespace
# $(ns haproxy), master-worker, foreground (-W -db); reload: $HAP4_RELOAD.
global
    log stdout format raw local0 info
    stats socket $HAP4_SOCK mode 660 level admin
    stats timeout 30s
    maxconn 4096

defaults
    log global
    mode tcp
    option tcplog
    timeout connect 5s
    timeout check 5s
    timeout client 3h
    timeout server 3h

listen amqp
    bind ${ADDR[haproxy]}:$HAP4_AMQP_PORT
    mode tcp
    option tcpka
    server rabbit5 ${ADDR[rabbit5]}:5672 check inter 2000 rise 2 fall 3
    server rabbit6 ${ADDR[rabbit6]}:5672 check inter 2000 rise 2 fall 3 backup
    server rabbit7 ${ADDR[rabbit7]}:5672 check inter 2000 rise 2 fall 3 backup

listen stats
    bind ${ADDR[haproxy]}:$HAP4_STATS_PORT
    mode http
    option httplog
    timeout client 30s
    stats enable
    stats uri /stats
    stats show-legends
    stats refresh 5s
EOF
    haproxy -c -q -f "$HAP4_CFG" >>"$UP_LOG" 2>&1 || die "invalid HAProxy config $HAP4_CFG; see $UP_LOG"
}

x4_start_haproxy() {
    rm -f "$HAP4_SOCK" "$HAP4_MASTER_SOCK"
    launch haproxy-4x haproxy "$LOGS/haproxy-4x.log" /usr/sbin/haproxy -W -db -S "$HAP4_MASTER_SOCK,mode,600" -f "$HAP4_CFG"
}

x4_wait_haproxy() {
    local i csv
    for ((i = 0; i < 60; i++)); do
        csv=$(curl -sS --fail --noproxy '*' --max-time 5 "$HAP4_STATS_URL" 2>/dev/null || true)
        if [[ $(hap_server_state rabbit5 <<<"$csv") == UP/0 && $(hap_server_state rabbit6 <<<"$csv") == UP/1 &&
            $(hap_server_state rabbit7 <<<"$csv") == UP/1 ]]; then
            return 0
        fi
        alive "$(readpid "$PIDS/haproxy-4x")" || die "4.x HAProxy exited; see $LOGS/haproxy-4x.log"
        sleep 0.5
    done
    die "4.x HAProxy does not report rabbit5 UP and rabbit6/7 UP (backup) after 30 s; see $LOGS/haproxy-4x.log"
}

render_reload_helper_4x() {
    sed "s|@HAP_MASTER_SOCK@|$HAP4_MASTER_SOCK|" "$LAB_DIR/host/warren-lab-haproxy-reload"
}

x4_install_reload_helper() {
    local tmp
    tmp=$(mktemp)
    render_reload_helper_4x >"$tmp"
    if ! cmp -s "$tmp" "$HAP4_RELOAD"; then install -m 755 -o root -g root "$tmp" "$HAP4_RELOAD"; fi
    rm -f "$tmp"
}

# The 4.x profile, in the format of cluster.json.
x4_write_profile() {
    local h hosts
    hosts=$(for h in "${CLUSTER4[@]}"; do
        jq -n --arg n "$h" --arg a "${ADDR[$h]}" \
            '{name: $n, address: $a, node: "rabbit@\($n)", apiUrl: "http://\($a):15672", roles: ["rabbitmq"]}'
    done | jq -s --arg a "${ADDR[haproxy]}" '. + [{name: "haproxy", address: $a, roles: ["haproxy"]}]')
    jq -n --arg user "$LAB_USER" --arg key "$SSHDIR/id_ed25519" --arg known "$SSHDIR/known_hosts" \
        --arg apiUser "$API_USER" --arg password "$PASSWORD_FILE" --arg sock "$HAP4_SOCK" \
        --arg stats "$HAP4_STATS_URL" --arg cfg "$HAP4_CFG" --arg reload "$HAP4_RELOAD" --argjson amqp "$HAP4_AMQP_PORT" \
        --argjson hosts "$hosts" '{
            format: "warren-cluster-profile/1",
            name: "lab-4x",
            ssh: {user: $user, port: 22, keyFile: $key, knownHosts: $known, sudo: true},
            api: {user: $apiUser, passwordFile: $password, verifyTls: true},
            service: {kind: "lab"},
            hosts: $hosts,
            haproxy: {host: "haproxy", statsSocket: $sock, statsUrl: $stats, configPath: $cfg, reload: [$reload],
                amqpPort: $amqp}
        }' >"$PROFILE4.new"
    mv -f "$PROFILE4.new" "$PROFILE4"
    chmod 644 "$PROFILE4"
    print_env >"$LABENV.new"
    mv -f "$LABENV.new" "$LABENV"
    chmod 644 "$LABENV"
}

# The sshd config only the tree's sshd can check (it is newer than the machine's).
x4_check_sshd() {
    on_host "$1" /usr/sbin/sshd -t -f "/lab/hosts/$1/ssh/sshd_config" </dev/null >>"$UP_LOG" 2>&1 ||
        die "$1: invalid sshd config $STATE/hosts/$1/ssh/sshd_config; see $UP_LOG"
}

# A fresh 4.x cluster: new data on all three nodes (the anchors and sshd stay when they run).
x4_fresh_cluster() {
    local h failed=0
    local -A waiter=()
    for h in "${HOSTS4[@]}"; do stop_node_any "$h"; done
    for h in "${HOSTS4[@]}"; do prepare_rabbit_host "$h"; done
    for h in "${HOSTS4[@]}"; do start_node_process "$h"; done
    for h in "${HOSTS4[@]}"; do
        wait_node "$h" &
        waiter[$h]=$!
        WAITERS+=($!)
    done
    for h in "${HOSTS4[@]}"; do wait "${waiter[$h]}" || failed=1; done
    ((failed == 0)) || die "a 4.x node did not start (see messages above)"
    step "4.x nodes running: ${HOSTS4[*]} ($(on_host "$SEED4" rabbitmqctl -q version </dev/null 2>/dev/null | tail -n 1))"
    add_admin_user "$SEED4"
    cli "$SEED4" rabbitmq-plugins -q enable rabbitmq_management rabbitmq_prometheus
    for h in "${JOINERS4[@]}"; do
        join_node "$h"
        step "$h joined rabbit@$SEED4 (disc)"
    done
    for h in "${HOSTS4[@]}"; do
        cp "$(pidfile_of_node "$h")" "$PIDS/beam-$h"
        [[ -s $PIDS/epmd-$h ]] || record_epmd "$h"
    done
    wait_api "$SEED4"
    x4_topology
    step "4.x: vhost openstack, quorum queues, a stream, classic queues, messages"
    for h in "${JOINERS4[@]}"; do wait_api "$h"; done
}

x4_up_fresh() {
    local h failed=0
    rootfs_ensure
    local tree
    tree=$(rootfs_tree)
    step "4.x: hosts ${HOSTS4[*]} from $tree"
    ((${#HAP4_SOCK} < 100)) || die "stats socket path too long for a unix socket: $HAP4_SOCK"
    x4_prepare_accounts "$tree"
    for h in "${HOSTS4[@]}"; do x4_prepare_host "$h"; done
    for h in "${HOSTS4[@]}"; do x4_make_net "$h"; done
    for h in "${HOSTS4[@]}"; do x4_start_anchor "$h"; done
    for h in "${HOSTS4[@]}"; do wait_anchor "$h"; done
    for h in "${HOSTS4[@]}"; do x4_check_sshd "$h"; done
    for h in "${HOSTS4[@]}"; do start_sshd "$h"; done
    x4_fresh_cluster
    local -A sj=()
    for h in "${HOSTS4[@]}"; do
        check_ssh "$h" &
        sj[$h]=$!
        WAITERS+=($!)
    done
    for h in "${HOSTS4[@]}"; do wait "${sj[$h]}" || failed=1; done
    ((failed == 0)) || die "ssh check failed (see messages above)"
    x4_install_reload_helper
    x4_write_haproxy_config
    x4_start_haproxy
    x4_wait_haproxy
    x4_wait_settled
    x4_write_profile
    date +%s >"$RUN/x4.up"
}

x4_wait_settled() {
    local i h ok
    for ((i = 0; i < 60; i++)); do
        ok=1
        for h in "${HOSTS4[@]}"; do node_stats_ready "$h" || ok=0; done
        ((ok)) && return 0
        sleep 0.5
    done
    die "4.x: management API statistics not complete after 30 s"
}

# `up --with-4x` on a running 4.x cluster: undo what tests and faults left (as `up` does for 3.10).
x4_repair() {
    local h todo=()
    for h in "${HOSTS4[@]}"; do
        link_up "$h" || todo+=("link:$h")
        live_pid "sshd-$h" "$h" >/dev/null || todo+=("sshd:$h")
        [[ $(cur_addr "$h") == "${ADDR[$h]}" ]] || todo+=("address:$h")
        [[ $(cur_hostname "$h") == "$h" ]] && env_conf_is_default "$h" || todo+=("hostname:$h")
        cmp -s "$STATE/hosts/$h/lib/.erlang.cookie" "$COOKIE_FILE" || todo+=("cookie:$h")
        hosts_default "$h" || todo+=("hosts:$h")
        beam_pid "$h" >/dev/null || todo+=("node:$h")
    done
    for h in "${HOSTS4[@]}"; do
        [[ " ${todo[*]} " == *" node:$h "* ]] && continue
        seed_members "$SEED4" | grep -qxF "rabbit@$h" && [[ $(running_nodes "$SEED4") == *"rabbit@$h"* ]] ||
            todo+=("member:$h")
        api_user_lost "$h" && todo+=("api-user:$h")
    done
    live_pid haproxy-4x haproxy >/dev/null || todo+=("haproxy-4x")
    if ((${#todo[@]} == 0)); then
        say "4.x cluster already up ($PROFILE4)"
        return 0
    fi
    say "4.x cluster is up; repairing: ${todo[*]}"
    for h in "${HOSTS4[@]}"; do link_up "$h" || ip link set "$(veth "$h")" up; done
    for h in "${HOSTS4[@]}"; do live_pid "sshd-$h" "$h" >/dev/null || restart_sshd "$h" "$(cur_addr "$h")"; done
    exec 9>&-
    for h in "${HOSTS4[@]}"; do
        [[ $(cur_addr "$h") == "${ADDR[$h]}" ]] || "$LAB_DIR/labctl" readdress "$h" --default
        if [[ $(cur_hostname "$h") != "$h" ]] || ! env_conf_is_default "$h"; then
            "$LAB_DIR/labctl" rename "$h" --default
        fi
        cmp -s "$STATE/hosts/$h/lib/.erlang.cookie" "$COOKIE_FILE" || "$LAB_DIR/labctl" cookie "$h" --default
    done
    take_lock
    restore_hosts_files
    # The seed first: the others join it.
    beam_pid "$SEED4" >/dev/null || do_start "$SEED4"
    for h in "${JOINERS4[@]}"; do beam_pid "$h" >/dev/null || do_start "$h"; done
    for h in "${HOSTS4[@]}"; do
        if api_user_lost "$h"; then add_admin_user "$h"; wait_api "$h"; fi
    done
    for h in "${JOINERS4[@]}"; do ensure_member "$h"; done
    for h in "${HOSTS4[@]}"; do wait_api "$h"; done
    x4_seed_queues
    if ! live_pid haproxy-4x haproxy >/dev/null; then
        x4_install_reload_helper
        x4_write_haproxy_config
        x4_start_haproxy
    fi
    x4_wait_haproxy
    x4_write_profile
    say "4.x cluster up ($PROFILE4)"
}

x4_up() { # x4_up [fresh]
    if x4_infra_up; then
        if [[ ${1:-} == fresh ]]; then
            log_to "$UP_LOG"
            x4_fresh_cluster
            x4_wait_haproxy
            x4_wait_settled
            x4_write_profile
            step "4.x cluster fresh: profile $PROFILE4"
            return 0
        fi
        x4_repair
        return 0
    fi
    log_to "$UP_LOG"
    x4_down
    trap up_exit EXIT
    x4_up_fresh
    step "4.x cluster up: profile $PROFILE4"
}

# `labctl khepri on|off|status`: Khepri on the 4.x cluster. The khepri_db feature flag cannot be
# disabled: `off` makes the 4.x cluster anew (fresh Mnesia data, seed data again).
cmd_khepri() {
    need_root
    local what=${1:-status}
    take_lock
    x4_infra_up || die "the 4.x cluster is not up; run: lab/labctl up --with-4x"
    case $what in
    on)
        if x4_khepri_enabled; then say "4.x: khepri_db already enabled"; return 0; fi
        log_to "$OP_LOG"
        cli "$SEED4" rabbitmqctl -q enable_feature_flag --opt-in khepri_db
        x4_khepri_enabled || die "4.x: khepri_db not enabled after enable_feature_flag; see $OP_LOG"
        say "4.x: khepri_db enabled (metadata store: Khepri; 'labctl khepri off' makes a fresh Mnesia cluster)"
        ;;
    off)
        if ! x4_khepri_enabled; then say "4.x: khepri_db not enabled (Mnesia)"; return 0; fi
        x4_up fresh
        say "4.x: a fresh cluster on Mnesia"
        ;;
    status)
        if x4_khepri_enabled; then say "4.x: khepri_db enabled"; else say "4.x: khepri_db disabled (Mnesia)"; fi
        ;;
    *) die "usage: labctl khepri on|off|status" ;;
    esac
}

x4_khepri_enabled() {
    on_host "$SEED4" rabbitmqctl -q list_feature_flags name state --formatter json </dev/null 2>/dev/null |
        jq -e '.[] | select(.name == "khepri_db") | .state == "enabled"' >/dev/null 2>&1
}
