# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (ADDR, STATE, PIDS, ...) come from common.sh, sourced first by lab/labctl
# labctl: up, down, status, purge.
# Sourced by lab/labctl after common.sh; not run on its own.

up_exit() {
    local rc=$? p
    for p in ${WAITERS[@]+"${WAITERS[@]}"}; do kill "$p" 2>/dev/null || true; done
    ((rc == 0)) || printf 'labctl: up failed, the lab is half up: "lab/labctl up" cleans up and retries, "lab/labctl down" removes it\n' >&2
}

cmd_up() { # up [--with-4x [--fresh]]
    local with4x=0 fresh=
    while (($#)); do
        case $1 in
        --with-4x) with4x=1 ;;
        --fresh) fresh=fresh ;;
        *) die "usage: labctl up [--with-4x [--fresh]]" ;;
        esac
        shift
    done
    [[ -z $fresh ]] || ((with4x)) || die "--fresh goes with --with-4x"
    up310
    ((with4x)) || return 0
    take_lock
    x4_up "$fresh"
}

up310() {
    preflight
    take_lock
    if infra_up; then
        local h todo=()
        for h in "${HOSTS[@]}"; do link_up "$h" || todo+=("link:$h"); done
        for h in "${HOSTS[@]}"; do live_pid "sshd-$h" "$h" >/dev/null || todo+=("sshd:$h"); done
        for h in "${RABBITS[@]}"; do
            [[ $(cur_addr "$h") == "${ADDR[$h]}" ]] || todo+=("address:$h")
            [[ $(cur_hostname "$h") == "$h" ]] && env_conf_is_default "$h" ||
                todo+=("hostname:$h")
            cmp -s "$STATE/hosts/$h/lib/.erlang.cookie" "$COOKIE_FILE" || todo+=("cookie:$h")
        done
        for h in "${HOSTS[@]}"; do hosts_default "$h" || todo+=("hosts:$h"); done
        for h in "${RABBITS[@]}"; do beam_pid "$h" >/dev/null || todo+=("node:$h"); done
        # A reset (the join tests put rabbit4 back standalone with force_reset) deletes the API user.
        for h in "${RABBITS[@]}"; do api_user_lost "$h" && todo+=("api-user:$h"); done
        haproxy_master_worker || todo+=("haproxy:master-worker")
        jq -e '.haproxy.reload' "$PROFILE" >/dev/null 2>&1 || todo+=("haproxy:reload-helper")
        if ! helpers_current || ! grep -qF "$LAB_SERVICE" "$SUDOERS" 2>/dev/null || ! grep -qF hosts.warren-new "$SUDOERS"; then
            todo+=("helpers")
        fi
        if ((${#todo[@]} == 0)); then
            say "lab already up ($PROFILE)"
            return 0
        fi
        say "lab is up; repairing: ${todo[*]}"
        for h in "${HOSTS[@]}"; do link_up "$h" || ip link set "$(veth "$h")" up; done
        for h in "${HOSTS[@]}"; do live_pid "sshd-$h" "$h" >/dev/null || restart_sshd "$h" "$(cur_addr "$h")"; done
        # Identity changes (readdress, rename, cookie, unresolve) are undone by their own --default.
        exec 9>&-
        for h in "${RABBITS[@]}"; do
            [[ $(cur_addr "$h") == "${ADDR[$h]}" ]] || "$LAB_DIR/labctl" readdress "$h" --default
            if [[ $(cur_hostname "$h") != "$h" ]] || ! env_conf_is_default "$h"; then
                "$LAB_DIR/labctl" rename "$h" --default
            fi
            cmp -s "$STATE/hosts/$h/lib/.erlang.cookie" "$COOKIE_FILE" || "$LAB_DIR/labctl" cookie "$h" --default
        done
        take_lock
        restore_hosts_files
        for h in "${RABBITS[@]}"; do beam_pid "$h" >/dev/null || do_start "$h"; done
        for h in "${RABBITS[@]}"; do
            if [[ " ${todo[*]} " == *" api-user:$h "* ]]; then add_admin_user "$h"; wait_api "$h"; fi
        done
        [[ " ${todo[*]} " != *" helpers "* ]] || ensure_lab_user
        if [[ " ${todo[*]} " == *" haproxy:"* ]]; then
            ensure_lab_user
            if ! haproxy_master_worker; then
                local hp
                hp=$(live_pid haproxy haproxy || true)
                [[ -z $hp ]] || terminate 3 "$hp" || true
                start_haproxy
            fi
            wait_haproxy_up
            write_profile
        fi
        say "lab up ($PROFILE)"
        return 0
    fi
    if lab_remnants; then
        say "cleaning up a previous lab first"
        do_down quiet
    fi
    if state_is_legacy; then
        migrate_legacy_state
        exec 9>&-
        exec "$LAB_DIR/labctl" up
    fi
    trap up_exit EXIT
    local tool
    for tool in rabbitmq-server rabbitmqctl haproxy sshd ssh-keygen nsenter unshare socat curl openssl visudo jq; do
        command -v "$tool" >/dev/null || die "$tool not found; install: rabbitmq-server haproxy openssh-server socat curl sudo jq"
    done

    log_to "$UP_LOG"
    step "state in $STATE (lab instance $LAB_ID, $SUBNET)"
    prepare_state
    printf '%s\n' "$LAB_ID" >"$STATE/instance"
    ensure_lab_user
    step "network: $BRIDGE $BRIDGE_ADDR/24 + namespaces"
    make_network
    local h
    for h in "${HOSTS[@]}"; do start_anchor "$h"; done
    for h in "${HOSTS[@]}"; do wait_anchor "$h"; done

    step "starting RabbitMQ nodes, sshd, HAProxy"
    for h in "${RABBITS[@]}"; do start_node_process "$h"; done
    for h in "${HOSTS[@]}"; do start_sshd "$h"; done
    start_haproxy

    # Wait for the nodes concurrently; each waiter dies with its own message.
    local -A waiter=()
    for h in "${RABBITS[@]}"; do
        wait_node "$h" &
        waiter[$h]=$!
        WAITERS+=($!)
    done
    local failed=0
    for h in "${RABBITS[@]}"; do wait "${waiter[$h]}" || failed=1; done
    ((failed == 0)) || die "a node did not start (see messages above)"
    step "nodes running: ${RABBITS[*]}"

    add_admin_user "$SEED"
    add_admin_user "$SPARE" &
    local spare_job=$!
    WAITERS+=($!)
    for h in "${JOINERS[@]}"; do
        join_node "$h"
        step "$h joined rabbit@$SEED (${JOIN_TYPE[$h]})"
    done
    wait "$spare_job" || die "$SPARE: creating $API_USER failed; see $UP_LOG"
    for h in "${RABBITS[@]}"; do
        cp "$(pidfile_of_node "$h")" "$PIDS/beam-$h"
        [[ -s $PIDS/epmd-$h ]] || record_epmd "$h"
    done

    wait_api "$SEED"
    declare_topology
    step "policy ha-all and queues declared"
    for h in "${JOINERS[@]}" "$SPARE"; do wait_api "$h"; done

    local -A sj=()
    for h in "${HOSTS[@]}"; do
        check_ssh "$h" &
        sj[$h]=$!
        WAITERS+=($!)
    done
    for h in "${HOSTS[@]}"; do wait "${sj[$h]}" || failed=1; done
    ((failed == 0)) || die "ssh check failed (see messages above)"
    wait_haproxy_up
    wait_api_settled
    write_profile
    printf '%s' "$(date +%s)" >"$RUN/up.done"
    step "lab up: profile $PROFILE"
}

cmd_status() {
    need_root
    local h a s hp rc=0 line
    local -A run=()
    local tmp
    tmp=$(mktemp -d)
    local -a hosts rabbits
    mapfile -t hosts < <(all_hosts)
    rabbits=("${RABBITS[@]}")
    x4_present && rabbits+=("${HOSTS4[@]}")
    for h in "${rabbits[@]}"; do
        if beam_pid "$h" >/dev/null && live_pid "anchor-$h" "$h" >/dev/null; then
            (node_running "$h" && echo running || echo app-stopped) >"$tmp/$h" &
        else
            echo stopped >"$tmp/$h"
        fi
    done
    wait
    for h in "${hosts[@]}"; do
        line=$(printf '%-8s %-13s' "$h" "$(cur_addr "$h")")
        if ! live_pid "anchor-$h" "$h" >/dev/null; then
            printf '%s down\n' "$line"
            rc=1
            continue
        fi
        if link_up "$h"; then line+=" link=up  "; else line+=" link=CUT "; rc=1; fi
        if s=$(live_pid "sshd-$h" "$h"); then line+=" sshd=$s(alive)"; else line+=" sshd=$(readpid "$PIDS/sshd-$h")(DEAD)"; rc=1; fi
        if is_rabbit "$h"; then
            run[$h]=$(cat "$tmp/$h")
            [[ ${run[$h]} == running ]] || rc=1
            line+=" $(node_name_of "$h")=${run[$h]}"
            if a=$(beam_pid "$h"); then line+=" beam=$a"; fi
        else
            if hp=$(live_pid haproxy haproxy); then line+=" haproxy=$hp(alive)"; else line+=" haproxy=DEAD"; rc=1; fi
            if x4_present; then
                if hp=$(live_pid haproxy-4x haproxy); then line+=" haproxy-4x=$hp(alive)"; else line+=" haproxy-4x=DEAD"; rc=1; fi
            fi
        fi
        printf '%s\n' "$line"
    done
    rm -rf "$tmp"
    return $rc
}

do_down() {
    local quiet=${1:-} h p n
    local -a pids=()
    x4_down
    for h in "${HOSTS[@]}"; do
        n=$(ns "$h")
        for f in "$PIDS"/*-"$h" "$PIDS"/haproxy; do
            [[ -e $f ]] || continue
            [[ $f == */haproxy && $h != haproxy ]] && continue
            p=$(readpid "$f")
            [[ -n $p ]] && alive "$p" && in_host_ns "$p" "$h" && pids+=("$p")
        done
        if is_rabbit "$h"; then p=$(beam_pid "$h") && pids+=("$p"); fi
        # Anything else still in the lab namespace (CLI calls, ssh sessions, epmd).
        for p in $(ip netns pids "$n" 2>/dev/null); do alive "$p" && pids+=("$p"); done
    done
    if ((${#pids[@]})); then
        mapfile -t pids < <(printf '%s\n' "${pids[@]}" | sort -un)
        terminate 3 "${pids[@]}" || true
    fi
    # Second sweep for processes that were forked meanwhile.
    pids=()
    for h in "${HOSTS[@]}"; do
        for p in $(ip netns pids "$(ns "$h")" 2>/dev/null); do alive "$p" && pids+=("$p"); done
    done
    if ((${#pids[@]})) && ! terminate 1 "${pids[@]}"; then
        for p in "${pids[@]}"; do alive "$p" && printf 'labctl: warning: PID %s survived SIGKILL\n' "$p" >&2; done
    fi
    for h in "${HOSTS[@]}"; do
        ip link del "$(veth "$h")" 2>/dev/null || true
        if [[ -e /run/netns/$(ns "$h") ]]; then ip netns del "$(ns "$h")" 2>/dev/null || true; fi
        rm -rf "/etc/netns/$(ns "$h")"
    done
    rmdir /etc/netns 2>/dev/null || true
    ip link del "$BRIDGE" 2>/dev/null || true
    rm -f "$PIDS"/* "$RUN"/* "$HAP_SOCK" 2>/dev/null || true
    [[ -n $quiet ]] || say "lab down"
}

cmd_down() {
    need_root
    take_lock
    do_down
}

cmd_purge() {
    need_root
    take_lock
    do_down
    rm -rf "$STATE"
    [[ -d $STATE ]] || say "removed $STATE"
    if [[ -L $STATE_LINK ]]; then rm -f "$STATE_LINK"; fi
    rm -f "$SUDOERS" "$HAP_RELOAD" "$HAP4_RELOAD"
    # The service helper and the lab user serve every lab instance: they go with the last one.
    if ! compgen -G '/etc/sudoers.d/warren-lab*' >/dev/null; then
        rm -f "$LAB_SERVICE"
        if id "$LAB_USER" >/dev/null 2>&1; then userdel -r "$LAB_USER" 2>/dev/null || userdel "$LAB_USER" || true; fi
    fi
    rmdir "$LAB_ROOT" 2>/dev/null || true
}
