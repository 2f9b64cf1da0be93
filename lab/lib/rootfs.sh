# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (STATE, ...) come from common.sh, sourced first by lab/labctl
# labctl: the root filesystem of the RabbitMQ 4.x hosts (rabbit5-7): Debian 13 trixie from Debian's
# archive, built once per machine by debootstrap into a cache outside the checkout, shared read-only
# by every 4.x host of every lab instance (each host bind-mounts it as its root, see host/anchor-4x).
# Sourced by lab/labctl after common.sh; not run on its own. packaging/check sources it too, for the
# clean Debian 12 tree it installs the packages into: it sets ROOTFS_CACHE, ROOTFS_SUITE,
# ROOTFS_INCLUDE, ROOTFS_KEY_PACKAGES, ROOTFS_MUST_HAVE, ROOTFS_RECIPE and ROOTFS_CUSTOMISE first, and
# say/die/need_root (common.sh's); what is not set is the lab's.
#
# Cache ($ROOTFS_CACHE, default /var/cache/warren-lab; WARREN_LAB_CACHE moves it):
#   debs/                     the downloaded .debs (debootstrap --cache-dir): a rebuild downloads nothing new
#   rootfs/SUITE-KEY/tree/    the tree (SUITE: trixie for the lab); KEY: the first 12 hex digits of the SHA-256 of `key`
#   rootfs/SUITE-KEY/key      recipe + suite + packages + versions of rabbitmq-server, erlang-base, openssh-server
#   rootfs/SUITE-KEY/manifest  every package and version in the tree (dpkg-query)
#   rootfs/SUITE-KEY/index    SHA-256 of the archive's main/binary-ARCH/Packages.xz when last checked
#   rootfs/current            symlink to the tree in use; replaced atomically (rename) after a build
#   rootfs/.lock              flock: one build at a time on the machine (labs, CI)
#   rootfs/checked            time of the last check against the archive
#
# Freshness, cheaply: the archive's InRelease (~150 KB) names the SHA-256 of Packages.xz; when it is
# the one in `index`, nothing changed (stable suites change at point releases). When it differs,
# Packages.xz (~10 MB) gives the archive's versions of the three key packages: a new KEY means a
# rebuild; the same KEY only records the new index. `labctl rootfs` checks every time, `up --with-4x`
# at most once a day; an unreachable archive keeps the tree there is (with a warning).

: "${ROOTFS_CACHE:=${WARREN_LAB_CACHE:-/var/cache/warren-lab}}"
readonly ROOTFS_CACHE
readonly ROOTFS_BASE=$ROOTFS_CACHE/rootfs ROOTFS_DEBS=$ROOTFS_CACHE/debs
: "${ROOTFS_SUITE:=trixie}"
readonly ROOTFS_SUITE ROOTFS_MIRROR=http://deb.debian.org/debian
: "${ROOTFS_INCLUDE=rabbitmq-server,openssh-server,sudo,iproute2,procps,curl,ca-certificates}"
readonly ROOTFS_INCLUDE
[[ -v ROOTFS_KEY_PACKAGES ]] || ROOTFS_KEY_PACKAGES=(rabbitmq-server erlang-base openssh-server)
readonly ROOTFS_KEY_PACKAGES
# Executables a usable tree has (relative to its root).
[[ -v ROOTFS_MUST_HAVE ]] || ROOTFS_MUST_HAVE=(usr/lib/rabbitmq/bin/rabbitmq-server usr/sbin/sshd)
readonly ROOTFS_MUST_HAVE
# Bump when the customise function changes what goes into the tree: part of the key.
: "${ROOTFS_RECIPE:=1}"
: "${ROOTFS_CUSTOMISE:=rootfs_customise}"
readonly ROOTFS_RECIPE ROOTFS_CUSTOMISE

rootfs_arch() { dpkg --print-architecture 2>/dev/null || echo amd64; }

# The key text of a tree whose key packages have these versions (stdin: "PACKAGE VERSION" lines).
rootfs_key_text() {
    printf 'recipe=%s\nsuite=%s\ninclude=%s\n' "$ROOTFS_RECIPE" "$ROOTFS_SUITE" "$ROOTFS_INCLUDE"
    sort | awk '{ print $1 "=" $2 }'
}

rootfs_key_id() { sha256sum | cut -c1-12; }

# The tree in use (resolved path), or nothing.
rootfs_tree() {
    local t
    t=$(realpath -e "$ROOTFS_BASE/current/tree" 2>/dev/null) || return 1
    local f
    for f in "${ROOTFS_MUST_HAVE[@]}"; do [[ -x $t/$f ]] || return 1; done
    printf '%s' "$t"
}

# SHA-256 of main/binary-ARCH/Packages.xz named by the archive's InRelease, or nothing (offline).
# awk reads to the end: leaving early made curl fail writing (23), which pipefail turned into an
# exit of the whole build (seen with bookworm's InRelease).
rootfs_archive_index() {
    curl -fsS --max-time 20 "$ROOTFS_MIRROR/dists/$ROOTFS_SUITE/InRelease" 2>/dev/null |
        awk -v f="main/binary-$(rootfs_arch)/Packages.xz" '/^SHA256:/ { s = 1; next } /^[A-Za-z]/ { s = 0 }
            s && $3 == f && !done { print $1; done = 1 }'
}

# The key id the archive's current versions give, or nothing.
rootfs_archive_key_id() {
    local pk
    pk=$(curl -fsS --max-time 120 "$ROOTFS_MIRROR/dists/$ROOTFS_SUITE/main/binary-$(rootfs_arch)/Packages.xz" 2>/dev/null |
        xz -dc 2>/dev/null | awk -v want=" ${ROOTFS_KEY_PACKAGES[*]} " '
            /^Package: / { p = $2 } /^Version: / && index(want, " " p " ") { print p, $2 }') || return 1
    [[ $(wc -l <<<"$pk") == "${#ROOTFS_KEY_PACKAGES[@]}" ]] || return 1
    rootfs_key_text <<<"$pk" | rootfs_key_id
}

# 0: the tree is current (or the archive cannot tell); 1: rebuild.
rootfs_is_current() {
    local cur idx want
    cur=$(realpath -e "$ROOTFS_BASE/current" 2>/dev/null) || return 1
    rootfs_tree >/dev/null || return 1
    [[ $(rootfs_key_text <"$cur/versions" | rootfs_key_id) == "${cur##*/"$ROOTFS_SUITE"-}" ]] || return 1
    idx=$(rootfs_archive_index)
    if [[ -z $idx ]]; then
        say "rootfs: $ROOTFS_MIRROR not reachable; keeping ${cur##*/}" >&2
        return 0
    fi
    date +%s >"$ROOTFS_BASE/checked"
    [[ $idx == "$(cat "$cur/index" 2>/dev/null)" ]] && return 0
    want=$(rootfs_archive_key_id) || { say "rootfs: cannot read the archive's Packages.xz; keeping ${cur##*/}" >&2; return 0; }
    if [[ $want == "${cur##*/"$ROOTFS_SUITE"-}" ]]; then
        printf '%s\n' "$idx" >"$cur/index"
        return 0
    fi
    say "rootfs: the archive has other versions (key $want, tree ${cur##*/}): rebuilding"
    return 1
}

# Unmount whatever is still mounted under DIR (debootstrap mounts proc and friends in its target).
rootfs_unmount_under() {
    local dir=$1 m
    while read -r m; do
        [[ $m == "$dir" || $m == "$dir"/* ]] && umount -l "$m" 2>/dev/null
    done < <(findmnt -rn -o TARGET | sort -r)
    return 0
}

# What the hosts need inside the tree and cannot bring in by a bind mount.
rootfs_customise() {
    local t=$1
    install -d -m 755 "$t/lab"                 # the lab's state directory, read-only, on every host
    rm -f "$t/etc/ssh/ssh_host_"*              # each host has its own key (state/hosts/HOST/ssh)
    rm -f "$t/var/lib/rabbitmq/.erlang.cookie" # each host has its own cookie (state/hosts/HOST/lib)
    printf 'Warren lab 4.x root filesystem, recipe %s (lab/lib/rootfs.sh)\n' "$ROOTFS_RECIPE" >"$t/etc/warren-lab-rootfs"
}

# Old trees no process uses any more (a 4.x host bind-mounts its tree: its mountinfo names it).
# A tree still in use stays until a later build finds it unused.
rootfs_prune() {
    local keep=$1 d
    for d in "$ROOTFS_BASE/$ROOTFS_SUITE"-*; do
        [[ -d $d && $d != "$keep" ]] || continue
        if grep -qsF -- " $d/tree " /proc/[0-9]*/mountinfo; then continue; fi
        rm -rf "$d"
    done
}

rootfs_build() {
    local force=${1:-} t0=$SECONDS tmp idx key id
    command -v debootstrap >/dev/null || die "debootstrap not found; install: debootstrap"
    install -d -m 755 "$ROOTFS_CACHE" "$ROOTFS_BASE" "$ROOTFS_DEBS"
    exec 8>"$ROOTFS_BASE/.lock"
    flock -w 1800 8 || die "another build of the root filesystem holds $ROOTFS_BASE/.lock"
    # Another labctl may have built it while this one waited.
    if [[ -z $force ]] && rootfs_is_current; then exec 8>&-; return 0; fi
    for tmp in "$ROOTFS_BASE"/.build-*; do
        [[ -e $tmp ]] || continue
        rootfs_unmount_under "$tmp"
        rm -rf "$tmp"
    done
    tmp=$ROOTFS_BASE/.build-$$
    mkdir -p "$tmp"
    idx=$(rootfs_archive_index)
    say "rootfs: debootstrap $ROOTFS_SUITE into $tmp (log $ROOTFS_BASE/build.log)"
    # A private mount namespace: whatever debootstrap mounts in the target goes with it, even if killed.
    if ! unshare --mount --propagation private \
        debootstrap --variant=minbase --cache-dir="$ROOTFS_DEBS" --include="$ROOTFS_INCLUDE" \
        "$ROOTFS_SUITE" "$tmp/tree" "$ROOTFS_MIRROR" </dev/null >"$ROOTFS_BASE/build.log" 2>&1; then
        rootfs_unmount_under "$tmp"
        rm -rf "$tmp"
        exec 8>&-
        die "rootfs: debootstrap failed; see $ROOTFS_BASE/build.log"
    fi
    rootfs_unmount_under "$tmp"
    "$ROOTFS_CUSTOMISE" "$tmp/tree"
    # shellcheck disable=SC2016 # dpkg-query fields, not shell
    chroot "$tmp/tree" dpkg-query -W -f '${Package} ${Version}\n' >"$tmp/manifest"
    awk -v want=" ${ROOTFS_KEY_PACKAGES[*]} " 'index(want, " " $1 " ")' "$tmp/manifest" >"$tmp/versions"
    [[ $(wc -l <"$tmp/versions") == "${#ROOTFS_KEY_PACKAGES[@]}" ]] || die "rootfs: key packages missing in the tree"
    rootfs_key_text <"$tmp/versions" >"$tmp/key"
    id=$(rootfs_key_id <"$tmp/key")
    printf '%s\n' "$idx" >"$tmp/index"
    key=$ROOTFS_BASE/$ROOTFS_SUITE-$id
    # A tree of the same key (--rebuild) may be in use by running hosts: it moves aside and goes
    # with the others when no host has it mounted any more (mountinfo follows the rename).
    if [[ -e $key ]]; then mv -T "$key" "$key.old-$$"; fi
    mv -T "$tmp" "$key"
    ln -sfn "$ROOTFS_SUITE-$id" "$ROOTFS_BASE/current.new"
    mv -T "$ROOTFS_BASE/current.new" "$ROOTFS_BASE/current"
    date +%s >"$ROOTFS_BASE/checked"
    rootfs_prune "$key"
    printf '%s\n' $((SECONDS - t0)) >"$key/build-seconds"
    say "rootfs: built $ROOTFS_SUITE-$id in $((SECONDS - t0)) s ($(du -sh "$key/tree" 2>/dev/null | cut -f1)); $(tr '\n' ' ' <"$key/versions")"
    exec 8>&-
}

# `up --with-4x`: a tree there, checked against the archive at most once a day.
rootfs_ensure() {
    local last
    if rootfs_tree >/dev/null; then
        last=$(cat "$ROOTFS_BASE/checked" 2>/dev/null || echo 0)
        [[ $last =~ ^[0-9]+$ ]] || last=0
        (($(date +%s) - last < 86400)) && return 0
    fi
    rootfs_build
    rootfs_tree >/dev/null || die "rootfs: no usable tree under $ROOTFS_BASE/current"
}

cmd_rootfs() { # rootfs [--rebuild|--status]
    need_root
    case ${1:-} in
    --rebuild) rootfs_build force ;;
    --status)
        local cur
        cur=$(realpath -e "$ROOTFS_BASE/current" 2>/dev/null) || die "rootfs: none under $ROOTFS_BASE (labctl rootfs builds it)"
        say "rootfs: $cur ($(tr '\n' ' ' <"$cur/versions"); built in $(cat "$cur/build-seconds" 2>/dev/null || echo '?') s)"
        return 0
        ;;
    '') rootfs_build ;;
    *) die "usage: labctl rootfs [--rebuild|--status]" ;;
    esac
    local cur
    cur=$(realpath -e "$ROOTFS_BASE/current")
    say "rootfs: $cur is current ($(tr '\n' ' ' <"$cur/versions"))"
}
