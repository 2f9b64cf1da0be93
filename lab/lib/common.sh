# shellcheck shell=bash
# shellcheck disable=SC2034 # the constants here are used by the other lab/lib files (sourced together by lab/labctl)
# labctl: where the lab lives, its fixed shape, and the small helpers every part uses.
# Sourced by lab/labctl (which sets LAB_DIR); not run on its own.

# Where the lab keeps its files. Scripts, tests and the README name the state directory `lab/state`
# (or $WARREN_LAB_STATE): that name is a symlink to a root-owned directory under $LAB_ROOT
# (/var/lib/warren-lab/KEY, KEY from the link's real path, so two checkouts never share a lab).
# The lab's users (warren reading authorized_keys, rabbitmq and haproxy) can traverse it wherever the
# checkout is (under root's 0700 home, in a 0700 temporary directory), and its paths have no spaces
# and stay short enough for unix sockets. A state directory from before this layout (a real
# directory) is used where it is while its lab runs; the next fresh `up` moves it out.
LAB_ROOT=${WARREN_LAB_ROOT:-/var/lib/warren-lab}
[[ $LAB_ROOT == /* ]] || LAB_ROOT=$PWD/$LAB_ROOT
LAB_ROOT=$(realpath -m "$LAB_ROOT")
readonly LAB_ROOT
STATE_LINK=${WARREN_LAB_STATE:-$LAB_DIR/state}
[[ $STATE_LINK == /* ]] || STATE_LINK=$PWD/$STATE_LINK
STATE_LINK=$(realpath -m "$(dirname "$STATE_LINK")")/$(basename "$STATE_LINK")
readonly STATE_LINK
# The lab directory this state name gets when it has none yet.
STATE_HOME=$LAB_ROOT/$(printf '%s' "$STATE_LINK" | sha256sum | cut -c1-12)
readonly STATE_HOME
if [[ -L $STATE_LINK ]]; then
    STATE=$(realpath -m "$STATE_LINK")
elif [[ -d $STATE_LINK ]]; then
    STATE=$STATE_LINK # the older layout, or WARREN_LAB_STATE naming a lab directory itself
else
    STATE=$STATE_HOME
fi
readonly STATE

# Lab instances: several labs can run side by side (one per worktree or CI clone), each with its own
# state directory, namespaces, bridge and subnet. The instance number comes from WARREN_LAB_ID at
# `up` and is then remembered in the state directory; instance 0 is the default lab.
lab_instance() {
    local saved=
    [[ -s $STATE/instance ]] && saved=$(tr -dc 0-9 <"$STATE/instance")
    local id=${WARREN_LAB_ID:-${saved:-0}}
    [[ $id =~ ^[0-9]$ ]] || { echo "labctl: WARREN_LAB_ID must be a single digit 0-9, not '$id'" >&2; exit 1; }
    if [[ -n $saved && $saved != "$id" && -e $STATE/run/up.done ]]; then
        echo "labctl: $STATE belongs to lab instance $saved (up); WARREN_LAB_ID=$id names another lab" >&2
        exit 1
    fi
    printf '%s' "$id"
}
LAB_ID=$(lab_instance)
readonly LAB_ID
readonly NET=10.213.$((77 + LAB_ID))
readonly SUBNET=$NET.0/24
readonly BRIDGE=wrnbr$LAB_ID
readonly BRIDGE_ADDR=$NET.1
readonly HOSTS=(haproxy rabbit1 rabbit2 rabbit3 rabbit4)
readonly RABBITS=(rabbit1 rabbit2 rabbit3 rabbit4)
readonly SEED=rabbit1
readonly JOINERS=(rabbit2 rabbit3) # joined to the seed in this order
declare -rA JOIN_TYPE=([rabbit2]=disc [rabbit3]=ram)
readonly CLUSTER=(rabbit1 rabbit2 rabbit3)
readonly SPARE=rabbit4
# The RabbitMQ 4.x cluster beside it (`up --with-4x`, lib/x4.sh): rabbit5-7, all disc, each host
# chrooted into the shared read-only Debian 13 tree (lib/rootfs.sh); profile cluster-4x.json.
readonly HOSTS4=(rabbit5 rabbit6 rabbit7)
readonly SEED4=rabbit5
readonly JOINERS4=(rabbit6 rabbit7)
readonly CLUSTER4=(rabbit5 rabbit6 rabbit7)
declare -rA ADDR=([haproxy]=$NET.10 [rabbit1]=$NET.11 [rabbit2]=$NET.12 [rabbit3]=$NET.13 [rabbit4]=$NET.14
    [rabbit5]=$NET.15 [rabbit6]=$NET.16 [rabbit7]=$NET.17)
readonly LAB_USER=warren
readonly API_USER=warren-admin
# Instance 0 keeps the historical names (warren-rabbit1, wrn-rabbit1); instance N uses warrenN-, wrnN-.
if ((LAB_ID == 0)); then LAB_SUFFIX=; else LAB_SUFFIX=$LAB_ID; fi
readonly LAB_SUFFIX
readonly NS_PREFIX=warren$LAB_SUFFIX- VETH_PREFIX=wrn$LAB_SUFFIX-
readonly SUDOERS=/etc/sudoers.d/warren-lab$LAB_SUFFIX
readonly STD_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH=$STD_PATH
readonly QUEUES_MIRRORED=(ha.compute ha.scheduler ha.network)
readonly QUEUES_QUORUM=(qq.alpha qq.beta)
readonly QUEUES_PLAIN=(plain.cert)
# Open files of the nodes: the Debian wrapper's `su` applies pam_limits, which resets the soft limit
# to 1024 (a definitions import wedged in the file handle cache at ~6,000 queues). The start script
# sources rabbitmq-env.conf as the rabbitmq user, who may raise the soft limit up to the hard one
# (20,000 on this machine; raising the hard limit needs CAP_SYS_RESOURCE).
readonly NOFILE_COMMENT='# Open files: su resets the soft limit to 1024; up to 65536, or the hard limit.'
# shellcheck disable=SC2016 # a line of rabbitmq-env.conf, expanded by the node's start script
readonly NOFILE_LINE='ulimit -S -n 65536 2>/dev/null || ulimit -S -n "$(ulimit -H -n)" 2>/dev/null || :'
# The memory high watermark in rabbitmq.conf (`labctl watermark HOST --default` sets it back).
readonly WATERMARK=2GiB

readonly PIDS=$STATE/pids LOGS=$STATE/logs RUN=$STATE/run SECRETS=$STATE/secrets SSHDIR=$STATE/ssh
readonly HAPDIR=$STATE/haproxy PROFILE=$STATE/cluster.json LABENV=$STATE/lab.env
readonly PASSWORD_FILE=$SECRETS/api-password COOKIE_FILE=$SECRETS/erlang-cookie
readonly HAP_SOCK=$HAPDIR/admin.sock HAP_CFG=$HAPDIR/haproxy.cfg
# HAProxy runs in master-worker mode; the master's CLI socket takes `reload` (hitless: the old
# worker keeps its established connections). The lab user may run the reload helper via sudo -n.
readonly HAP_MASTER_SOCK=$HAPDIR/master.sock HAP_RELOAD=/usr/local/sbin/warren-lab-haproxy-reload$LAB_SUFFIX
# The profile's "service": {"kind": "lab"}: start/stop a host's whole node over SSH + sudo.
readonly LAB_SERVICE=/usr/local/sbin/warren-lab-service
readonly HAP_STATS_URL="http://${ADDR[haproxy]}:8404/stats;csv"
readonly UP_LOG=$LOGS/up.log
OP_LOG=$LOGS/ops.log # CLI output of start/stop; up.log during up
log_to() { OP_LOG=$1; } # where cli and must write the commands' output

T0=$SECONDS

say() { printf 'labctl: %s\n' "$*"; }

step() { printf 'labctl: [%3ds] %s\n' $((SECONDS - T0)) "$*"; }

die() { printf 'labctl: %s\n' "$*" >&2; exit 1; }

need_root() {
    [[ $(id -u) == 0 ]] || { echo "labctl: needs root (network namespaces)" >&2; exit 1; }
}

is_host() { [[ -n ${ADDR[$1]:-} ]]; }

is_rabbit() { [[ $1 == rabbit[1-7] ]]; }

is_x4() { [[ $1 == rabbit[5-7] ]]; } # a host of the 4.x cluster

# The 4.x hosts are part of the lab while their namespaces exist (`up --with-4x` until `down`).
x4_present() { [[ -e /run/netns/$(ns "$SEED4") || -e $STATE/run/x4.up ]]; }

# Every host of the lab now: the 3.10 ones, and the 4.x ones when they are there.
all_hosts() {
    printf '%s\n' "${HOSTS[@]}"
    if x4_present; then printf '%s\n' "${HOSTS4[@]}"; fi
}

# The seed (rabbit1 or rabbit5) and the members of HOST's cluster.
seed_of() { if is_x4 "$1"; then printf '%s' "$SEED4"; else printf '%s' "$SEED"; fi; }
members_of() { if is_x4 "$1"; then printf '%s\n' "${CLUSTER4[@]}"; else printf '%s\n' "${CLUSTER[@]}"; fi; }

# The usage line's host list for the node commands.
readonly RABBIT_USAGE=rabbit1\|rabbit2\|rabbit3\|rabbit4\|rabbit5\|rabbit6\|rabbit7

ns() { printf '%s%s' "$NS_PREFIX" "$1"; }

veth() { printf '%s%s' "$VETH_PREFIX" "$1"; }

# The node name the host's RabbitMQ uses now: NODENAME from its rabbitmq-env.conf (what Warren's
# keep-name fix writes), else rabbit@HOSTNAME (the host's current hostname: `rename` changes it).
node_name_of() {
    local h=$1 n=
    n=$(sed -n 's/^[[:space:]]*\(RABBITMQ_\)\{0,1\}NODENAME=["'"'"']\{0,1\}\([^"'"'"'[:space:]]*\).*/\2/p' \
        "$STATE/hosts/$h/etc/rabbitmq-env.conf" 2>/dev/null | tail -n 1)
    [[ -n $n ]] || n=rabbit@$(cur_hostname "$h")
    printf '%s' "$n"
}

pidfile_of_node() { printf '%s/hosts/%s/lib/mnesia/%s.pid' "$STATE" "$1" "$(node_name_of "$1")"; }

# A process counts as running unless it is gone or a zombie (PID 1 reaps slowly here).
alive() {
    local pid=${1:-} line st
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    { read -r line <"/proc/$pid/stat"; } 2>/dev/null || return 1
    st=${line##*) }
    st=${st%% *}
    [[ -n $st && $st != Z && $st != X ]]
}

readpid() { if [[ -s $1 ]]; then tr -dc 0-9 <"$1"; fi; }

# True when PID lives in the lab namespace of HOST: guards every kill against recycled PIDs.
in_host_ns() {
    local pid=$1 host=$2 a b
    a=$(stat -L -c %d:%i "/run/netns/$(ns "$host")" 2>/dev/null) || return 1
    b=$(stat -L -c %d:%i "/proc/$pid/ns/net" 2>/dev/null) || return 1
    [[ $a == "$b" ]]
}

# The recorded PID of NAME (pids/NAME) if it still runs in HOST's namespace.
live_pid() {
    local name=$1 host=$2 pid
    pid=$(readpid "$PIDS/$name")
    [[ -n $pid ]] && alive "$pid" && in_host_ns "$pid" "$host" && printf '%s' "$pid"
}

# The host's running node under whatever name it has (a renamed host's node writes another pid file).
beam_pid() {
    local host=$1 pid f
    for f in "$STATE/hosts/$host/lib/mnesia/"*.pid; do
        [[ -e $f ]] || continue
        pid=$(readpid "$f")
        if [[ -n $pid ]] && alive "$pid" && in_host_ns "$pid" "$host"; then
            printf '%s' "$pid"
            return 0
        fi
    done
    return 1
}

# What readdress / rename changed, read from the host itself.
cur_addr() { ip -n "$(ns "$1")" -4 -o addr show dev eth0 2>/dev/null | awk '{ sub(/\/.*/, "", $4); print $4; exit }'; }

cur_hostname() {
    local a
    if a=$(live_pid "anchor-$1" "$1"); then nsenter -t "$a" -u hostname 9>&-; else printf '%s\n' "$1"; fi
}

anchor_pid() {
    live_pid "anchor-$1" "$1" || die "$1 is not up (no anchor process); run: lab/labctl up"
}

wait_gone() { # wait_gone SECONDS PID...
    local tenths=$(($1 * 10)) i p busy
    shift
    for ((i = 0; i <= tenths; i++)); do
        busy=0
        for p; do alive "$p" && { busy=1; break; }; done
        ((busy)) || return 0
        sleep 0.1
    done
    return 1
}

terminate() { # terminate GRACE PID...: SIGTERM, then SIGKILL after GRACE seconds
    local grace=$1 p
    shift
    (($#)) || return 0
    for p; do if alive "$p"; then kill -TERM "$p" 2>/dev/null || true; fi; done
    wait_gone "$grace" "$@" && return 0
    for p; do if alive "$p"; then kill -KILL "$p" 2>/dev/null || true; fi; done
    wait_gone 5 "$@"
}

# Environment of a root shell on the host (never the caller's RABBITMQ_* or proxy variables).
host_env() {
    printf '%s\0' env -i "PATH=$STD_PATH" HOME=/root USER=root LOGNAME=root SHELL=/bin/bash \
        LANG=C.UTF-8 "TERM=${TERM:-dumb}"
}

# nsenter's working directory on HOST: / (nsenter opens a --wd path before it enters the host's
# root, so a 4.x host, chrooted, takes its anchor's directory instead: the root of its tree).
wd_arg() { if is_x4 "$1"; then printf -- '-w'; else printf -- '--wd=/'; fi; }

# Run a command on HOST (net, mount and UTS namespaces of its anchor, and its root), in the foreground.
on_host() {
    local host=$1 a
    shift
    a=$(anchor_pid "$host")
    local -a envv
    mapfile -d '' envv < <(host_env)
    nsenter -t "$a" -m -u -n -r "$(wd_arg "$host")" -- "${envv[@]}" "$@" 9>&-
}

# Start a long-running process on HOST in the background and record its PID as pids/NAME.
# nsenter and setsid exec, so $! is the process itself. fd 9 (the lock) is not inherited.
launch() {
    local name=$1 host=$2 log=$3 a
    shift 3
    a=$(anchor_pid "$host")
    local -a envv
    mapfile -d '' envv < <(host_env)
    # Daemons must not inherit the caller's descriptors: under `flock LOCKFILE labctl ...` the
    # lock's descriptor would otherwise stay open in HAProxy or a node and hold the lock for good.
    (
        for fd in "/proc/$BASHPID/fd/"*; do
            fd=${fd##*/}
            if ((fd > 2)); then eval "exec $fd>&-" 2>/dev/null || true; fi
        done
        exec setsid nsenter -t "$a" -m -u -n -r "$(wd_arg "$host")" -- "${envv[@]}" "$@" </dev/null >>"$log" 2>&1
    ) &
    printf '%s' $! >"$PIDS/$name"
}

# Run a RabbitMQ CLI command on HOST during up/start; output goes to up.log.
cli() {
    local host=$1
    shift
    printf '\n== %s [%ds] %s: %s\n' "$(date +%T)" $((SECONDS - T0)) "$host" "$*" >>"$OP_LOG"
    on_host "$host" "$@" </dev/null >>"$OP_LOG" 2>&1 ||
        die "$host: '$*' failed; see $OP_LOG"
}

take_lock() {
    mkdir -p "$STATE"
    exec 9>"$STATE/.lock"
    flock -w 300 9 || die "another labctl holds $STATE/.lock"
}

# curl with the admin credentials from a config on a pipe (the password is never in argv).
api() { # api METHOD URL [JSON]
    local method=$1 url=$2 body=${3:-}
    local -a args=(-sS --fail --noproxy '*' --max-time 30 -X "$method" -H 'content-type: application/json')
    [[ -n $body ]] && args+=(--data-binary "$body")
    curl "${args[@]}" -K <(printf 'user = "%s:%s"\n' "$API_USER" "$(cat "$PASSWORD_FILE")") "$url"
}

must() { # must CMD...: run a setup command; on failure stop with the command and the log
    "$@" >>"$OP_LOG" 2>&1 || die "setup failed: '$*'; see $OP_LOG"
}

port_open() { # port_open HOST PORT: something accepts on HOST:PORT
    timeout 2 bash -c "exec 3<>/dev/tcp/${ADDR[$1]}/$2" 2>/dev/null
}

api_port_open() { port_open "$1" 15672; } # something accepts on HOST:15672

link_up() { ip link show "$(veth "$1")" 2>/dev/null | grep -q '[<,]UP[,>]'; }

node_running() { on_host "$1" rabbitmq-diagnostics -q check_running </dev/null >/dev/null 2>&1; }

is_member() { local m; for m in "${CLUSTER[@]}" "${CLUSTER4[@]}"; do [[ $m == "$1" ]] && return 0; done; return 1; }

# JSON is read with jq. json_field NAME FIELD <<<LIST: FIELD (as text) of the element of a JSON list
# whose "name" is NAME; nothing when there is none or the input is not JSON (an API call that failed).
json_field() {
    jq -r --arg n "$1" --arg f "$2" '.[]? | select(.name == $n) | .[$f] // empty | tostring' 2>/dev/null || true
}

# cluster_json HOST: `rabbitmqctl cluster_status` of HOST as JSON (only the document: the CLI may
# print log lines around it), or nothing.
cluster_json() {
    on_host "$1" rabbitmqctl -q cluster_status --formatter json </dev/null 2>/dev/null | grep '^{' | tail -n 1 || true
}
