# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (ADDR, STATE, PIDS, ...) come from common.sh, sourced first by lab/labctl
# labctl: a host's identity changes (address, hostname, cookie, name resolution) and their --default.
# Sourced by lab/labctl after common.sh; not run on its own.

# Start the node after an identity change: as a member (back in the cluster) or, when it runs under
# another name, as whatever that node is (a renamed host boots a fresh standalone node).
start_after_change() {
    local h=$1
    if [[ $(node_name_of "$h") == "rabbit@$h" ]]; then
        do_start "$h"
    else
        start_node_process "$h"
        wait_node "$h"
        say "$h: running as $(node_name_of "$h") (beam $(beam_pid "$h"))"
    fi
}

cmd_readdress() { # readdress HOST ADDRESS|--default
    need_root
    local h=${1:-} new=${2:-} o old was=0
    if ! is_rabbit "$h" || [[ -z $new ]]; then die "usage: labctl readdress $RABBIT_USAGE ADDRESS|--default"; fi
    [[ $new == --default ]] && new=${ADDR[$h]}
    if ! [[ $new =~ ^${NET//./\\.}\.([0-9]{1,3})$ ]] || ((BASH_REMATCH[1] < 2 || BASH_REMATCH[1] > 254)); then
        die "$new: not a host address in $SUBNET"
    fi
    take_lock
    anchor_pid "$h" >/dev/null
    for o in "${HOSTS[@]}" "${HOSTS4[@]}"; do
        [[ $o == "$h" ]] && continue
        [[ ${ADDR[$o]} == "$new" || $(cur_addr "$o") == "$new" ]] && die "$new belongs to $o"
    done
    old=$(cur_addr "$h")
    if [[ $old != "$new" ]]; then
        # As a reboot with a new lease would: the node stops, the address changes, the node starts.
        beam_pid "$h" >/dev/null && was=1
        stop_node_any "$h"
        must ip -n "$(ns "$h")" addr del "$old/24" dev eth0
        must ip -n "$(ns "$h")" addr add "$new/24" dev eth0
        restart_sshd "$h" "$new"
        known_hosts_add "$h" "$new"
    fi
    if [[ $new == "${ADDR[$h]}" ]]; then restore_hosts_files; else set_own_hosts_line "$h" "$new" "$(cur_hostname "$h")"; fi
    if [[ $old != "$new" ]] && ((was)); then start_after_change "$h"; fi
    if [[ $new == "${ADDR[$h]}" ]]; then ensure_member "$h"; fi
    say "$h: address ${old:-none} -> $new"
}

cmd_rename() { # rename HOST NEWNAME|--default
    need_root
    local h=${1:-} new=${2:-} cur was=0 o d
    if ! is_rabbit "$h" || [[ -z $new ]]; then die "usage: labctl rename $RABBIT_USAGE NEWNAME|--default"; fi
    [[ $new == --default ]] && new=$h
    [[ $new =~ ^[a-z][a-z0-9-]{0,30}$ ]] || die "$new: not a short host name"
    for o in "${HOSTS[@]}" "${HOSTS4[@]}"; do [[ $o != "$h" && $o == "$new" ]] && die "$new is another lab host"; done
    take_lock
    anchor_pid "$h" >/dev/null
    cur=$(cur_hostname "$h")
    local envconf=$STATE/hosts/$h/etc/rabbitmq-env.conf
    if [[ $cur != "$new" ]] || { [[ $new == "$h" ]] && ! env_conf_is_default "$h"; }; then
        # As a rename and reboot would: the node stops, the hostname changes, the node starts under
        # the name the hostname gives it (a fresh standalone node; the old data directory stays,
        # named after the old node).
        beam_pid "$h" >/dev/null && was=1
        stop_node_any "$h"
        nsenter -t "$(anchor_pid "$h")" -u hostname "$new" 9>&-
    fi
    if [[ $new == "$h" ]]; then
        default_env_conf "$h" >"$envconf"
        rm -f "$envconf.warren-new" "$envconf.warren-backup"
        for d in "$STATE/hosts/$h/lib/mnesia/"*; do
            case ${d##*/} in rabbit@"$h" | rabbit@"$h"-* | rabbit@"$h".pid) ;; *) rm -rf "$d" ;; esac
        done
        # A cluster that forgot rabbit@HOST meanwhile (a rejoin under the new name) refuses its old
        # data at boot (inconsistent_cluster): ensure_member below wipes, starts and joins it.
        if is_member "$h" && [[ $h != "$(seed_of "$h")" ]] && ! seed_members "$(seed_of "$h")" | grep -qxF "rabbit@$h"; then was=0; fi
        restore_hosts_files
    else
        set_own_hosts_line "$h" "$(cur_addr "$h")" "$new" "$h"
    fi
    if ((was)); then start_after_change "$h"; fi
    if [[ $new == "$h" ]]; then ensure_member "$h"; fi
    say "$h: hostname $cur -> $new; node $(node_name_of "$h")"
}

cmd_cookie() { # cookie HOST --other|--default
    need_root
    local h=${1:-} what=${2:-} tmp was=0
    if ! is_rabbit "$h" || [[ $what != --other && $what != --default ]]; then
        die "usage: labctl cookie $RABBIT_USAGE --other|--default"
    fi
    take_lock
    anchor_pid "$h" >/dev/null
    local cf=$STATE/hosts/$h/lib/.erlang.cookie
    if [[ $what == --default ]] && cmp -s "$cf" "$COOKIE_FILE"; then
        rm -f "$cf.warren-backup" "$cf.warren-new"
        if ! beam_pid "$h" >/dev/null || on_host "$h" rabbitmq-diagnostics -q ping </dev/null >/dev/null 2>&1; then
            say "$h: has the lab cookie"
            return 0
        fi
    fi
    tmp=$(mktemp)
    if [[ $what == --other ]]; then openssl rand -hex 20 | tr -d '\n' | tr a-f A-F >"$tmp"; else cat "$COOKIE_FILE" >"$tmp"; fi
    # The cookie is read when the Erlang VM starts: stop it all, write, start.
    beam_pid "$h" >/dev/null && was=1
    stop_node_any "$h"
    local own
    own=$(rabbit_owner "$h")
    install -m 400 -o "${own%:*}" -g "${own#*:}" "$tmp" "$cf"
    rm -f "$tmp" "$cf.warren-backup" "$cf.warren-new"
    if [[ $what == --other ]] && is_member "$h"; then
        # A member with another cookie cannot reach its cluster: it is started, not waited for.
        ((was)) && start_node_process "$h"
        say "$h: another cookie (it cannot rejoin its cluster until the cookies match)"
        return 0
    fi
    if ((was)) || [[ $what == --default ]]; then start_after_change "$h"; fi
    if [[ $what == --default ]]; then ensure_member "$h"; fi
    say "$h: cookie ${what#--}"
}

cmd_unresolve() { # unresolve HOST [--on PEER] | HOST --default
    need_root
    local h=${1:-} p f
    is_host "$h" || die "usage: labctl unresolve HOST [--on PEER] | labctl unresolve HOST --default"
    local -a peers=()
    case ${2:-} in
    --default)
        take_lock
        restore_hosts_files
        say "every hosts file is the lab default again"
        return 0
        ;;
    --on)
        is_host "${3:-}" || die "usage: labctl unresolve HOST --on PEER"
        peers=("$3")
        ;;
    '') for p in $(all_hosts); do [[ $p != "$h" ]] && peers+=("$p"); done ;;
    *) die "usage: labctl unresolve HOST [--on PEER] | labctl unresolve HOST --default" ;;
    esac
    take_lock
    for p in "${peers[@]}"; do
        f=$(hosts_file "$p")
        grep -v -E "[[:space:]]$h([[:space:]]|\$)" "$f" | rewrite_in_place "$f"
    done
    say "$h no longer resolves on: ${peers[*]}"
}
