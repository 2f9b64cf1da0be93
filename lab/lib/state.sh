# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (ADDR, STATE, PIDS, ...) come from common.sh, sourced first by lab/labctl
# labctl: the state directory on disk: secrets, keys, host directories, the profile and lab.env.
# Sourced by lab/labctl after common.sh; not run on its own.

ensure_secret() { # ensure_secret FILE: 32 random hex characters, generated once, never printed
    [[ -s $1 ]] || (umask 077 && openssl rand -hex 16 | tr -d '\n' >"$1")
    chmod 600 "$1"
}

# Where the state directory is (see common.sh): normally a link into $LAB_ROOT; a real directory
# outside $LAB_ROOT is the older layout (a state directory inside the checkout).
state_is_legacy() { [[ ! -L $STATE_LINK && -d $STATE_LINK && $STATE_LINK != "$LAB_ROOT"/* ]]; }

# $STATE under $LAB_ROOT (root-owned, mode 0755 up to /), and the link that names it.
make_state_home() {
    [[ $STATE == "$LAB_ROOT"/* ]] || return 0
    install -d -m 755 -o root -g root "$LAB_ROOT" "$STATE"
    printf '%s\n' "$STATE_LINK" >"$STATE/origin"
    if [[ ! -L $STATE_LINK || $(readlink "$STATE_LINK") != "$STATE" ]]; then
        [[ -L $STATE_LINK || ! -e $STATE_LINK ]] || die "$STATE_LINK is in the way of the lab's state link; remove it"
        mkdir -p "$(dirname "$STATE_LINK")"
        ln -sfn "$STATE" "$STATE_LINK"
    fi
}

# A state directory of the older layout moves to $LAB_ROOT at the next fresh `up` (its keys,
# secrets and instance number with it); the directory becomes the link.
migrate_legacy_state() {
    install -d -m 755 -o root -g root "$LAB_ROOT" "$STATE_HOME"
    cp -a "$STATE_LINK/." "$STATE_HOME/"
    rm -rf "$STATE_LINK"
    ln -s "$STATE_HOME" "$STATE_LINK"
    say "moved the lab state to $STATE_HOME ($STATE_LINK links to it)"
}

# Every precondition of `up`, before anything changes, each with one line and the fix.
# `scripts/warren-dev demo|test` run it before they build.
preflight() {
    [[ $(id -u) == 0 ]] || die "needs root (network namespaces, the lab's users): run it as root, e.g. sudo $LAB_DIR/labctl"
    unshare --net --mount --uts true 2>/dev/null ||
        die "network namespaces are not available here (unshare --net --mount --uts failed): run on a host or VM, or a container started with --privileged"
    [[ $LAB_ROOT =~ ^[A-Za-z0-9/._-]+$ ]] ||
        die "lab directory $LAB_ROOT: the lab's configuration files need a plain path: set WARREN_LAB_ROOT to one (letters, digits, / . _ -), or unset it"
    ((${#LAB_ROOT} <= 60)) ||
        die "lab directory $LAB_ROOT is too long for the lab's unix sockets: set WARREN_LAB_ROOT to a path of at most 60 characters"
    local d=$LAB_ROOT mode
    while [[ $d != / ]]; do
        d=$(dirname "$d")
        [[ -e $d ]] || continue
        [[ -d $d ]] || die "lab directory $LAB_ROOT: $d is not a directory: set WARREN_LAB_ROOT elsewhere"
        mode=$(stat -c %a "$d")
        (((8#$mode & 1) == 1)) ||
            die "lab directory $LAB_ROOT: $d (mode $mode) is not world-searchable, so the lab's users cannot reach it: chmod o+x $d, or set WARREN_LAB_ROOT under a world-searchable directory"
    done
    if [[ ! -d $LAB_ROOT ]]; then
        install -d -m 755 -o root -g root "$LAB_ROOT" 2>/dev/null ||
            die "cannot create the lab directory $LAB_ROOT (read-only file system?): set WARREN_LAB_ROOT to a writable place"
        rmdir "$LAB_ROOT"
    elif [[ $(stat -c %U "$LAB_ROOT") != root ]] || (($((8#$(stat -c %a "$LAB_ROOT") & 8#022)))); then
        die "lab directory $LAB_ROOT must be owned by root and writable by root only: chown root:root $LAB_ROOT && chmod 755 $LAB_ROOT"
    fi
    [[ -L $STATE_LINK || -d $STATE_LINK || ! -e $STATE_LINK ]] ||
        die "$STATE_LINK is in the way of the lab's state link (not a directory or link): remove it"
    mkdir -p "$(dirname "$STATE_LINK")" 2>/dev/null ||
        die "cannot create $(dirname "$STATE_LINK") for the lab's state link: set WARREN_LAB_STATE to a writable place"
    if ip link show "$BRIDGE" >/dev/null 2>&1; then
        # The bridge of this instance is there: this lab's (up, or half up) or another state's.
        [[ -e $RUN/up.done ]] || compgen -G "$PIDS/*" >/dev/null ||
            die "lab instance $LAB_ID ($BRIDGE) runs from another state directory: pick another WARREN_LAB_ID (1-9), or stop that lab"
    elif command -v ip >/dev/null; then
        local used
        used=$( (ip -4 route show; ip -4 addr show) | grep -E "(^| )${NET//./\\.}\." | head -1 || true)
        [[ -z $used ]] || die "$SUBNET (lab instance $LAB_ID) is in use here ($used): pick another WARREN_LAB_ID (1-9)"
    fi
    return 0
}

prepare_state() {
    make_state_home
    install -d -m 755 "$STATE" "$PIDS" "$LOGS" "$RUN" "$SSHDIR" "$HAPDIR" "$STATE/hosts"
    install -d -m 700 "$SECRETS"
    rm -f "$PIDS"/* "$RUN"/* "$HAP_SOCK"
    # Logs of the previous run stay readable in logs.prev/.
    rm -rf "$STATE/logs.prev"
    mkdir -p "$STATE/logs.prev"
    find "$LOGS" -mindepth 1 -maxdepth 1 -exec mv -t "$STATE/logs.prev" {} +
    : >"$UP_LOG"

    ensure_secret "$PASSWORD_FILE"
    if [[ ! -s $COOKIE_FILE ]]; then
        (umask 077 && openssl rand -hex 20 | tr -d '\n' | tr a-f A-F >"$COOKIE_FILE")
    fi
    chmod 600 "$COOKIE_FILE"

    if [[ ! -s $SSHDIR/id_ed25519 ]]; then
        rm -f "$SSHDIR/id_ed25519" "$SSHDIR/id_ed25519.pub"
        ssh-keygen -q -t ed25519 -N '' -C "warren-lab" -f "$SSHDIR/id_ed25519"
    fi
    chmod 600 "$SSHDIR/id_ed25519"
    chmod 644 "$SSHDIR/id_ed25519.pub"
    install -m 644 "$SSHDIR/id_ed25519.pub" "$SSHDIR/authorized_keys"

    local h d
    : >"$SSHDIR/known_hosts.new"
    for h in "${HOSTS[@]}"; do
        d=$STATE/hosts/$h
        install -d -m 755 "$d" "$d/ssh"
        if [[ ! -s $d/ssh/ssh_host_ed25519_key ]]; then
            rm -f "$d/ssh/ssh_host_ed25519_key"*
            ssh-keygen -q -t ed25519 -N '' -C "$h" -f "$d/ssh/ssh_host_ed25519_key"
        fi
        chmod 600 "$d/ssh/ssh_host_ed25519_key"
        printf '%s %s\n' "${ADDR[$h]}" "$(cut -d' ' -f1,2 "$d/ssh/ssh_host_ed25519_key.pub")" \
            >>"$SSHDIR/known_hosts.new"
        write_sshd_config "$h"
        write_netns_files "$h"
        is_rabbit "$h" && prepare_rabbit_host "$h"
    done
    mv -f "$SSHDIR/known_hosts.new" "$SSHDIR/known_hosts"
    chmod 644 "$SSHDIR/known_hosts"
    write_haproxy_config
}

# The profile Warren reads, built by jq (every string escaped as JSON wants it).
write_profile() {
    local h hosts spare
    hosts=$(for h in "${CLUSTER[@]}"; do
        jq -n --arg n "$h" --arg a "${ADDR[$h]}" \
            '{name: $n, address: $a, node: "rabbit@\($n)", apiUrl: "http://\($a):15672", roles: ["rabbitmq"]}'
    done | jq -s --arg a "${ADDR[haproxy]}" '. + [{name: "haproxy", address: $a, roles: ["haproxy"]}]')
    spare=$(jq -n --arg n "$SPARE" --arg a "${ADDR[$SPARE]}" \
        '[{name: $n, address: $a, node: "rabbit@\($n)", apiUrl: "http://\($a):15672", roles: ["rabbitmq"]}]')
    jq -n --arg user "$LAB_USER" --arg key "$SSHDIR/id_ed25519" --arg known "$SSHDIR/known_hosts" \
        --arg apiUser "$API_USER" --arg password "$PASSWORD_FILE" --arg sock "$HAP_SOCK" \
        --arg stats "$HAP_STATS_URL" --arg cfg "$HAP_CFG" --arg reload "$HAP_RELOAD" \
        --argjson hosts "$hosts" --argjson spare "$spare" '{
            format: "warren-cluster-profile/1",
            name: "lab",
            ssh: {user: $user, port: 22, keyFile: $key, knownHosts: $known, sudo: true},
            api: {user: $apiUser, passwordFile: $password, verifyTls: true},
            service: {kind: "lab"},
            hosts: $hosts,
            haproxy: {host: "haproxy", statsSocket: $sock, statsUrl: $stats, configPath: $cfg, reload: [$reload]},
            spare: $spare
        }' >"$PROFILE.new"
    mv -f "$PROFILE.new" "$PROFILE"
    chmod 644 "$PROFILE"
    print_env >"$LABENV.new"
    mv -f "$LABENV.new" "$LABENV"
    chmod 644 "$LABENV"
}

print_env() {
    local h
    printf '# Warren lab (written by lab/labctl); source it: . %q\n' "$LABENV"
    printf 'export LAB_STATE=%q\n' "$STATE"
    printf 'export LAB_ID=%q\n' "$LAB_ID"
    printf 'export LAB_NET=%q\n' "$NET"
    printf 'export LAB_PROFILE=%q\n' "$PROFILE"
    printf 'export LAB_SUBNET=%q\n' "$SUBNET"
    printf 'export LAB_BRIDGE=%q\n' "$BRIDGE"
    printf 'export LAB_BRIDGE_ADDR=%q\n' "$BRIDGE_ADDR"
    printf 'export LAB_HOSTS=%q\n' "${HOSTS[*]}"
    printf 'export LAB_CLUSTER=%q\n' "${CLUSTER[*]}"
    printf 'export LAB_SPARE=%q\n' "$SPARE"
    for h in "${HOSTS[@]}" "${HOSTS4[@]}"; do printf 'export LAB_ADDR_%s=%q\n' "$h" "${ADDR[$h]}"; done
    printf 'export LAB_SSH_USER=%q\n' "$LAB_USER"
    printf 'export LAB_SSH_KEY=%q\n' "$SSHDIR/id_ed25519"
    printf 'export LAB_KNOWN_HOSTS=%q\n' "$SSHDIR/known_hosts"
    printf 'export LAB_API_USER=%q\n' "$API_USER"
    printf 'export LAB_API_PASSWORD_FILE=%q\n' "$PASSWORD_FILE"
    printf 'export LAB_HAPROXY_SOCKET=%q\n' "$HAP_SOCK"
    printf 'export LAB_HAPROXY_CONFIG=%q\n' "$HAP_CFG"
    printf 'export LAB_HAPROXY_STATS_URL=%q\n' "$HAP_STATS_URL"
    printf 'export LAB_AMQP_HAPROXY=%q\n' "${ADDR[haproxy]}:5672"
    printf 'export LAB_LABCTL=%q\n' "$LAB_DIR/labctl"
    # The 4.x cluster (`up --with-4x`); the profile exists while it is up.
    printf 'export LAB_PROFILE_4X=%q\n' "$PROFILE4"
    printf 'export LAB_CLUSTER_4X=%q\n' "${CLUSTER4[*]}"
    printf 'export LAB_HAPROXY_SOCKET_4X=%q\n' "$HAP4_SOCK"
    printf 'export LAB_HAPROXY_CONFIG_4X=%q\n' "$HAP4_CFG"
    printf 'export LAB_HAPROXY_STATS_URL_4X=%q\n' "$HAP4_STATS_URL"
    printf 'export LAB_AMQP_HAPROXY_4X=%q\n' "${ADDR[haproxy]}:$HAP4_AMQP_PORT"
}

lab_remnants() {
    ip link show "$BRIDGE" >/dev/null 2>&1 && return 0
    local h
    for h in "${HOSTS[@]}"; do
        [[ -e /run/netns/$(ns "$h") || -d /etc/netns/$(ns "$h") ]] && return 0
    done
    compgen -G "$PIDS/*" >/dev/null && return 0
    return 1
}

# Namespaces, anchors, sshd and HAProxy are all there and up completed once.
infra_up() {
    [[ -e $RUN/up.done ]] || return 1
    ip link show "$BRIDGE" >/dev/null 2>&1 || return 1
    local h
    for h in "${HOSTS[@]}"; do
        live_pid "anchor-$h" "$h" >/dev/null || return 1
    done
    live_pid haproxy haproxy >/dev/null
}
