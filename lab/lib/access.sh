# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (ADDR, STATE, PIDS, ...) come from common.sh, sourced first by lab/labctl
# labctl: how one gets in: the lab user, sudoers, the helpers on the hosts, sshd, ssh, exec.
# Sourced by lab/labctl after common.sh; not run on its own.

write_sshd_config() { # write_sshd_config HOST [ADDRESS]: ADDRESS after `readdress`
    local h=$1 addr=${2:-${ADDR[$1]}} d
    d=$STATE/hosts/$h/ssh
    cat >"$d/sshd_config" <<EOF
# Warren lab: sshd of $h (written by lab/labctl)
ListenAddress $addr:22
HostKey $d/ssh_host_ed25519_key
PidFile $d/sshd.pid
UsePAM no
StrictModes no
PermitRootLogin no
AllowUsers $LAB_USER
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
AuthorizedKeysFile $SSHDIR/authorized_keys
SetEnv PATH=$STD_PATH LANG=C.UTF-8
UseDNS no
PrintMotd no
PrintLastLog no
MaxStartups 64:30:128
MaxSessions 32
Subsystem sftp /usr/lib/openssh/sftp-server
EOF
    if is_x4 "$h"; then
        # sshd runs in the host's root (the shared tree), where the state directory is /lab
        # (read-only) and /run is the host's own: checked there by x4_check_sshd.
        sed -i -e "s|$STATE/|/lab/|g" -e 's|^PidFile .*|PidFile /run/sshd.pid|' "$d/sshd_config"
        return 0
    fi
    install -d -m 755 /run/sshd
    /usr/sbin/sshd -t -f "$d/sshd_config" >>"$UP_LOG" 2>&1 || die "$h: invalid sshd config $d/sshd_config"
}

ensure_lab_user() {
    if ! id "$LAB_USER" >/dev/null 2>&1; then
        useradd -m -s /bin/bash -c "Warren lab" "$LAB_USER" >>"$UP_LOG" 2>&1 ||
            die "useradd $LAB_USER failed; see $UP_LOG"
    fi
    # '*' (not '!') lets key logins through with UsePAM no.
    [[ $(getent shadow "$LAB_USER" | cut -d: -f2) == '*' ]] || usermod -p '*' "$LAB_USER"
    local tmp
    tmp=$(mktemp)
    cat >"$tmp" <<EOF
# Warren lab (written by lab/labctl): the lab user administers RabbitMQ and HAProxy without a password.
Defaults:$LAB_USER !lecture
$LAB_USER ALL=(root) NOPASSWD: /usr/sbin/rabbitmqctl, /usr/sbin/rabbitmq-diagnostics, \\
    /usr/sbin/rabbitmq-plugins, /usr/sbin/rabbitmq-queues, /usr/sbin/rabbitmq-upgrade, \\
    /usr/bin/socat, /usr/bin/cat, /usr/bin/tee, /usr/bin/install, /usr/bin/cp, /usr/bin/mv, \\
    /usr/bin/chown, /usr/bin/chmod, /usr/sbin/haproxy, $HAP_RELOAD, $HAP4_RELOAD, $LAB_SERVICE
# What Warren's fix-address needs, argument by argument (the narrow set a real host would grant;
# the broad cp/mv/install above already cover it in the lab): back up, stage and replace /etc/hosts,
# and the node name in rabbitmq-env.conf.
$LAB_USER ALL=(root) NOPASSWD: /usr/bin/cp -p /etc/hosts /etc/rabbitmq/hosts.warren-backup, \\
    /usr/bin/install -m 0644 -o root -g root /dev/stdin /etc/rabbitmq/hosts.warren-new, \\
    /usr/bin/mv -f /etc/rabbitmq/hosts.warren-new /etc/hosts, \\
    /usr/bin/cp /etc/rabbitmq/hosts.warren-new /etc/hosts, \\
    /usr/bin/cp /etc/rabbitmq/hosts.warren-backup /etc/hosts, \\
    /usr/bin/cp -p /etc/rabbitmq/rabbitmq-env.conf /etc/rabbitmq/rabbitmq-env.conf.warren-backup, \\
    /usr/bin/install -m 0644 -o root -g root /dev/stdin /etc/rabbitmq/rabbitmq-env.conf.warren-new, \\
    /usr/bin/mv -f /etc/rabbitmq/rabbitmq-env.conf.warren-new /etc/rabbitmq/rabbitmq-env.conf, \\
    /usr/bin/cp -p /etc/rabbitmq/rabbitmq-env.conf.warren-backup /etc/rabbitmq/rabbitmq-env.conf
EOF
    install_helpers
    # sshd reads AuthorizedKeysFile as the user: every parent directory must let it through.
    runuser -u "$LAB_USER" -- test -r "$SSHDIR/authorized_keys" ||
        die "user $LAB_USER cannot read $SSHDIR/authorized_keys (a parent directory is not world-searchable)"
    visudo -cqf "$tmp" || { rm -f "$tmp"; die "generated sudoers file does not validate"; }
    if ! cmp -s "$tmp" "$SUDOERS"; then install -m 440 -o root -g root "$tmp" "$SUDOERS"; fi
    rm -f "$tmp"
}

start_sshd() {
    local h=$1 cfg=$STATE/hosts/$1/ssh/sshd_config
    install -d -m 755 /run/sshd
    is_x4 "$h" && cfg=/lab/hosts/$h/ssh/sshd_config
    launch "sshd-$h" "$h" "$LOGS/sshd-$h.log" /usr/sbin/sshd -D -e -f "$cfg"
}

# The helpers the hosts run as root through sudo (lab/host/), installed where the sudoers entry and
# the profile name them. The HAProxy reload helper (the profile's haproxy.reload) asks the master to
# reload: it re-reads $HAP_CFG, starts a new worker that takes over the listening sockets, and lets
# the old worker finish its connections. The service helper is the profile's "service": {"kind": "lab"}.
render_reload_helper() {
    # The socket path is plain: a hex-named directory under $LAB_ROOT (checked by `preflight`).
    sed "s|@HAP_MASTER_SOCK@|$HAP_MASTER_SOCK|" "$LAB_DIR/host/warren-lab-haproxy-reload"
}

helpers_current() {
    cmp -s "$LAB_DIR/host/warren-lab-service" "$LAB_SERVICE" && cmp -s <(render_reload_helper) "$HAP_RELOAD"
}

install_helpers() {
    local tmp
    tmp=$(mktemp)
    render_reload_helper >"$tmp"
    if ! cmp -s "$tmp" "$HAP_RELOAD"; then install -m 755 -o root -g root "$tmp" "$HAP_RELOAD"; fi
    rm -f "$tmp"
    if ! cmp -s "$LAB_DIR/host/warren-lab-service" "$LAB_SERVICE"; then
        install -m 755 -o root -g root "$LAB_DIR/host/warren-lab-service" "$LAB_SERVICE"
    fi
}

check_ssh() {
    local h=$1 out
    out=$(ssh_to "$h" hostname 2>>"$UP_LOG") || die "$h: ssh as $LAB_USER@${ADDR[$h]} failed; see $UP_LOG and $LOGS/sshd-$h.log"
    [[ $out == "$h" ]] || die "$h: ssh reached hostname '$out'"
}

ssh_to() {
    local h=$1
    shift
    ssh -F /dev/null -i "$SSHDIR/id_ed25519" -o IdentitiesOnly=yes -o BatchMode=yes \
        -o UserKnownHostsFile="$SSHDIR/known_hosts" -o StrictHostKeyChecking=yes \
        -o ConnectTimeout=5 "$LAB_USER@${ADDR[$h]}" "$@"
}

restart_sshd() { # restart_sshd HOST ADDRESS: sshd (and its sessions) on the host's new address
    local h=$1 addr=$2 p i
    local -a pids=()
    write_sshd_config "$h" "$addr"
    for p in $(ip netns pids "$(ns "$h")" 2>/dev/null); do
        [[ $(cat "/proc/$p/comm" 2>/dev/null) == sshd ]] && pids+=("$p")
    done
    ((${#pids[@]} == 0)) || terminate 2 "${pids[@]}" || true
    start_sshd "$h"
    for ((i = 0; i < 50; i++)); do
        timeout 1 bash -c "exec 3<>/dev/tcp/$addr/22" 2>/dev/null && return 0
        sleep 0.1
    done
    die "$h: sshd does not answer on $addr:22; see $LOGS/sshd-$h.log"
}

known_hosts_add() { # known_hosts_add HOST ADDRESS: the host's key under its new address too
    local h=$1 addr=$2 line
    line="$addr $(cut -d' ' -f1,2 "$STATE/hosts/$h/ssh/ssh_host_ed25519_key.pub")"
    grep -qxF "$line" "$SSHDIR/known_hosts" || printf '%s\n' "$line" >>"$SSHDIR/known_hosts"
}

cmd_exec() {
    need_root
    local h=${1:-}
    is_host "$h" || die "usage: labctl exec HOST -- CMD [ARGS...]"
    shift
    [[ ${1:-} == -- ]] && shift
    (($#)) || die "usage: labctl exec HOST -- CMD [ARGS...]"
    local a wd=--wd=/
    a=$(anchor_pid "$h")
    [[ -d $PWD ]] && wd=--wd=$PWD
    # A 4.x host runs in its own root (the shared tree): the caller's directory is not there.
    is_x4 "$h" && wd=$(wd_arg "$h")
    local -a envv
    mapfile -d '' envv < <(host_env)
    exec nsenter -t "$a" -m -u -n -r "$wd" -- "${envv[@]}" "$@"
}
