# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (ADDR, STATE, PIDS, ...) come from common.sh, sourced first by lab/labctl
# labctl: the network (bridge, namespaces, veths), each host's anchor, and the hosts files.
# Sourced by lab/labctl after common.sh; not run on its own.

default_hosts_file() {
    local h
    printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n'
    for h in "${HOSTS[@]}" "${HOSTS4[@]}"; do printf '%s\t%s\n' "${ADDR[$h]}" "$h"; done
}

# /etc/netns/warren-HOST/{hosts,nsswitch.conf} are bind-mounted over /etc/ by `ip netns exec`.
# Rewrite them in place (never replace the inode) so that a running host sees the change.
write_netns_files() {
    local h=$1 d
    d=/etc/netns/$(ns "$h")
    mkdir -p "$d"
    default_hosts_file >"$d/hosts"
    printf '# Warren lab: no DNS for lab hosts\nhosts: files\n' >"$d/nsswitch.conf"
    chmod 644 "$d/hosts" "$d/nsswitch.conf"
}

make_network() {
    local used
    used=$( (ip -4 route show; ip -4 addr show) | grep -E "(^| )${NET//./\\.}\." | head -1 || true)
    [[ -z $used ]] || die "$SUBNET is already in use here ($used); not touching it"
    must ip link add "$BRIDGE" type bridge stp_state 0 forward_delay 0
    if [[ -w /proc/sys/net/ipv6/conf/$BRIDGE/disable_ipv6 ]]; then
        echo 1 >"/proc/sys/net/ipv6/conf/$BRIDGE/disable_ipv6"
    fi
    must ip addr add "$BRIDGE_ADDR/24" dev "$BRIDGE"
    must ip link set "$BRIDGE" up
    local h n
    for h in "${HOSTS[@]}"; do
        n=$(ns "$h")
        must ip netns add "$n"
        must ip link add "$(veth "$h")" type veth peer name eth0 netns "$n"
        must ip link set "$(veth "$h")" master "$BRIDGE" up
        must ip -n "$n" link set lo up
        must ip -n "$n" addr add "${ADDR[$h]}/24" dev eth0
        must ip -n "$n" link set eth0 up
    done
}

start_anchor() {
    local h=$1
    setsid ip netns exec "$(ns "$h")" unshare --mount --uts --propagation private \
        /bin/sh "$LAB_DIR/host/anchor" "$h" "$STATE/hosts/$h" </dev/null >>"$LOGS/anchor-$h.log" 2>&1 9>&- &
    printf '%s' $! >"$PIDS/anchor-$h"
}

wait_anchor() {
    local h=$1 pid i
    pid=$(readpid "$PIDS/anchor-$h")
    for ((i = 0; i < 100; i++)); do
        [[ $(cat "/proc/$pid/comm" 2>/dev/null) == sleep ]] && alive "$pid" && return 0
        alive "$pid" || break
        sleep 0.05
    done
    die "$h: anchor process did not start; see $LOGS/anchor-$h.log"
}

hosts_file() { printf '/etc/netns/%s/hosts' "$(ns "$1")"; }

# Rewrite a file in place (same inode: the running host sees it) from stdin.
rewrite_in_place() { local f=$1 content; content=$(cat); printf '%s\n' "$content" >"$f"; }

# Every host's /etc/hosts back to the lab default; Warren's staging and backup files go too.
restore_hosts_files() {
    local h
    for h in "${HOSTS[@]}" "${HOSTS4[@]}"; do
        if [[ -e $(hosts_file "$h") ]]; then default_hosts_file | rewrite_in_place "$(hosts_file "$h")"; fi
        rm -f "$STATE/hosts/$h/etc/hosts.warren-new" "$STATE/hosts/$h/etc/hosts.warren-backup"
    done
}

hosts_default() { [[ $(cat "$(hosts_file "$1")" 2>/dev/null) == "$(default_hosts_file)" ]]; }

# The host's own line in its hosts file: ADDRESS NAME... (it knows its new address or name; its
# peers do not).
set_own_hosts_line() { # set_own_hosts_line HOST ADDRESS NAME...
    local h=$1 addr=$2 f
    shift 2
    f=$(hosts_file "$h")
    { grep -v -E "[[:space:]]$h([[:space:]]|\$)" "$f"; printf '%s\t%s\n' "$addr" "$*"; } | rewrite_in_place "$f"
}

# Rewrite HOST's /etc/hosts in place from stdin (or back to the lab default with --default).
cmd_hosts() {
    need_root
    local h=${1:-} f
    is_host "$h" || die "usage: labctl hosts HOST [--default] < new-hosts-file"
    f=/etc/netns/$(ns "$h")/hosts
    [[ -e $f ]] || die "$h: $f missing; is the lab up?"
    # Read everything first: `labctl exec H -- cat /etc/hosts | sed ... | labctl hosts H` must not
    # see a truncated file. Then write in place (same inode) so the running host sees it.
    local content
    if [[ ${2:-} == --default ]]; then content=$(default_hosts_file); else content=$(cat); fi
    printf '%s\n' "$content" >"$f"
    say "$h: /etc/hosts rewritten"
}
