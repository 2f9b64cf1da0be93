# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (ADDR, STATE, PIDS, ...) come from common.sh, sourced first by lab/labctl
# labctl: HAProxy: configuration, start, the stats it reports.
# Sourced by lab/labctl after common.sh; not run on its own.

write_haproxy_config() {
    ((${#HAP_SOCK} < 100)) || die "stats socket path too long for a unix socket: $HAP_SOCK"
    ((${#HAP_MASTER_SOCK} < 100)) || die "master socket path too long for a unix socket: $HAP_MASTER_SOCK"
    cat >"$HAP_CFG" <<EOF
# Warren lab HAProxy (written by lab/labctl). Runs in namespace warren-haproxy, master-worker,
# foreground (-W -db); reload: $HAP_RELOAD.
global
    log stdout format raw local0 info
    stats socket $HAP_SOCK mode 660 level admin
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
    bind ${ADDR[haproxy]}:5672
    mode tcp
    option tcpka
    server rabbit1 ${ADDR[rabbit1]}:5672 check inter 2000 rise 2 fall 3
    server rabbit2 ${ADDR[rabbit2]}:5672 check inter 2000 rise 2 fall 3 backup

listen stats
    bind ${ADDR[haproxy]}:8404
    mode http
    option httplog
    timeout client 30s
    stats enable
    stats uri /stats
    stats show-legends
    stats refresh 5s
EOF
    haproxy -c -q -f "$HAP_CFG" >>"$UP_LOG" 2>&1 || die "invalid HAProxy config $HAP_CFG; see $UP_LOG"
}

start_haproxy() {
    rm -f "$HAP_SOCK" "$HAP_MASTER_SOCK"
    launch haproxy haproxy "$LOGS/haproxy.log" /usr/sbin/haproxy -W -db -S "$HAP_MASTER_SOCK,mode,600" -f "$HAP_CFG"
}

# A lab brought up before HAProxy ran in master-worker mode cannot reload hitlessly.
haproxy_master_worker() {
    [[ -S $HAP_MASTER_SOCK ]] && echo 'show proc' | socat -t 5 - "UNIX-CONNECT:$HAP_MASTER_SOCK" 2>/dev/null | grep -q master
}

haproxy_csv() {
    curl -sS --fail --noproxy '*' --max-time 5 "$HAP_STATS_URL" 2>/dev/null
}

# "STATUS/BCK" of amqp/SERVER in a stats CSV (columns looked up by name in the header).
hap_server_state() { # hap_server_state SERVER <<<CSV
    awk -F, -v sv="$1" 'NR == 1 { sub(/^# /, ""); for (i = 1; i <= NF; i++) col[$i] = i; next }
        $1 == "amqp" && $2 == sv { print $col["status"] "/" $col["bck"] }'
}

wait_haproxy_up() {
    local i csv
    for ((i = 0; i < 60; i++)); do
        csv=$(haproxy_csv || true)
        if [[ $(hap_server_state rabbit1 <<<"$csv") == UP/0 && $(hap_server_state rabbit2 <<<"$csv") == UP/1 ]]; then
            return 0
        fi
        alive "$(readpid "$PIDS/haproxy")" || die "haproxy exited; see $LOGS/haproxy.log"
        sleep 0.5
    done
    die "HAProxy does not report rabbit1 UP and rabbit2 UP (backup) after 30 s; see $LOGS/haproxy.log"
}
