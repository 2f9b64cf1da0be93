# shellcheck shell=bash
# shellcheck disable=SC2153,SC2154 # the constants (ADDR, STATE, PIDS, ...) come from common.sh, sourced first by lab/labctl
# labctl: the end-to-end checks of `labctl verify`.
# Sourced by lab/labctl after common.sh; not run on its own.

# shellcheck disable=SC2015 # ok/bad always succeed: `check && ok || bad` is an if/else here
cmd_verify() {
    need_root
    local fails=0 h out csv
    ok() { printf 'ok   %s\n' "$*"; }
    bad() { printf 'FAIL %s\n' "$*"; fails=$((fails + 1)); }
    [[ -s $PROFILE ]] && ok "profile $PROFILE" || bad "no profile $PROFILE"
    for h in "${HOSTS[@]}"; do
        out=$(ssh_to "$h" hostname 2>&1) && [[ $out == "$h" ]] && ok "ssh $LAB_USER@${ADDR[$h]} -> $out" ||
            bad "ssh $LAB_USER@${ADDR[$h]}: $out"
    done
    out=$(ssh_to rabbit2 'sudo -n rabbitmqctl -q cluster_status --formatter json' 2>&1) &&
        jq -e 'has("running_nodes")' <<<"$out" >/dev/null 2>&1 && ok "ssh rabbit2 sudo rabbitmqctl cluster_status (JSON)" ||
        bad "ssh rabbit2 sudo rabbitmqctl cluster_status: ${out:0:200}"
    out=$(cluster_json rabbit1)
    local disc ram running nodes='(. // []) | sort | join(" ")'
    disc=$(jq -r ".disk_nodes | $nodes" <<<"$out" 2>/dev/null || true)
    ram=$(jq -r ".ram_nodes | $nodes" <<<"$out" 2>/dev/null || true)
    running=$(jq -r ".running_nodes | $nodes" <<<"$out" 2>/dev/null || true)
    [[ $disc == "rabbit@rabbit1 rabbit@rabbit2" && $ram == rabbit@rabbit3 ]] &&
        ok "cluster: disc [$disc] ram [$ram]" || bad "cluster membership: disc [$disc] ram [$ram]"
    [[ $running == "rabbit@rabbit1 rabbit@rabbit2 rabbit@rabbit3" ]] && ok "running: $running" || bad "running: $running"
    out=$(cluster_json rabbit4)
    [[ $(jq -r ".running_nodes | $nodes" <<<"$out" 2>/dev/null) == rabbit@rabbit4 ]] && ok "rabbit4 standalone" ||
        bad "rabbit4: ${out:0:200}"
    for h in "${RABBITS[@]}"; do
        api GET "http://${ADDR[$h]}:15672/api/whoami" >/dev/null 2>&1 && ok "API ${ADDR[$h]}:15672 as $API_USER" ||
            bad "API ${ADDR[$h]}:15672 as $API_USER"
    done
    out=$(api GET "http://${ADDR[$SEED]}:15672/api/queues/%2F?columns=name,type,policy,slave_nodes" 2>&1) || true
    local q
    for q in "${QUEUES_MIRRORED[@]}"; do
        [[ $(json_field "$q" policy <<<"$out") == ha-all ]] &&
            ok "queue $q (ha-all)" || bad "queue $q not mirrored by ha-all"
    done
    for q in "${QUEUES_QUORUM[@]}"; do
        [[ $(json_field "$q" type <<<"$out") == quorum ]] &&
            ok "queue $q (quorum)" || bad "queue $q not quorum"
    done
    for q in "${QUEUES_PLAIN[@]}"; do
        [[ $(json_field "$q" type <<<"$out") == classic ]] &&
            ok "queue $q (classic)" || bad "queue $q missing"
    done
    csv=$(haproxy_csv || true)
    [[ $(hap_server_state rabbit1 <<<"$csv") == UP/0 ]] && ok "haproxy stats: rabbit1 UP" ||
        bad "haproxy stats: rabbit1 not UP"
    [[ $(hap_server_state rabbit2 <<<"$csv") == UP/1 ]] &&
        ok "haproxy stats: rabbit2 UP backup" || bad "haproxy stats: rabbit2 not UP backup"
    out=$(echo 'show stat' | on_host haproxy socat - "UNIX-CONNECT:$HAP_SOCK" 2>&1) &&
        [[ $out == *amqp,rabbit1* ]] && ok "haproxy stats socket $HAP_SOCK" || bad "haproxy stats socket: ${out:0:200}"
    out=$(ssh_to haproxy "echo 'show info' | sudo -n socat - UNIX-CONNECT:$HAP_SOCK" 2>&1) &&
        [[ $out == *Pid:* ]] && ok "ssh haproxy sudo socat stats socket" || bad "ssh haproxy sudo socat: ${out:0:200}"
    # AMQP through HAProxy: declare, publish, get, delete (the URL holds the password: not echoed).
    local url qn=lab.verify.$$ body=warren-lab-$$
    url="amqp://$API_USER:$(cat "$PASSWORD_FILE")@${ADDR[haproxy]}:5672"
    if amqp-declare-queue --url="$url" -q "$qn" >/dev/null 2>&1 &&
        amqp-publish --url="$url" -r "$qn" -b "$body" 2>/dev/null &&
        [[ $(amqp-get --url="$url" -q "$qn" 2>/dev/null) == "$body" ]]; then
        ok "AMQP via HAProxy ${ADDR[haproxy]}:5672 (declare, publish, get)"
    else
        bad "AMQP via HAProxy ${ADDR[haproxy]}:5672"
    fi
    amqp-delete-queue --url="$url" -q "$qn" >/dev/null 2>&1 || true
    unset url
    x4_present && x4_verify
    ((fails == 0)) && { say "verify: all checks passed"; return 0; }
    say "verify: $fails check(s) failed"
    return 1
}

# The 4.x cluster's checks (when it is up): ssh lands in the 4.0 world, the cluster is three disc
# nodes on RabbitMQ 4, the API, the seed queues' types, the 4.x HAProxy, AMQP through it.
# shellcheck disable=SC2015 # ok/bad always succeed: `check && ok || bad` is an if/else here
x4_verify() {
    local h out q e csv want="rabbit@rabbit5 rabbit@rabbit6 rabbit@rabbit7" nodes='(. // []) | sort | join(" ")'
    [[ -s $PROFILE4 ]] && ok "profile $PROFILE4" || bad "no profile $PROFILE4"
    for h in "${HOSTS4[@]}"; do
        out=$(ssh_to "$h" 'hostname; sudo -n rabbitmqctl -q version' 2>&1) && [[ $out == "$h"$'\n'4.* ]] &&
            ok "ssh $LAB_USER@${ADDR[$h]} -> ${out//$'\n'/, RabbitMQ }" || bad "ssh $LAB_USER@${ADDR[$h]}: ${out:0:200}"
    done
    out=$(cluster_json "$SEED4")
    [[ $(jq -r ".disk_nodes | $nodes" <<<"$out" 2>/dev/null) == "$want" ]] && ok "4.x cluster: disc [$want]" ||
        bad "4.x cluster membership: ${out:0:200}"
    [[ $(jq -r ".running_nodes | $nodes" <<<"$out" 2>/dev/null) == "$want" ]] && ok "4.x running: $want" ||
        bad "4.x running: ${out:0:200}"
    for h in "${HOSTS4[@]}"; do
        api GET "http://${ADDR[$h]}:15672/api/whoami" >/dev/null 2>&1 && ok "API ${ADDR[$h]}:15672 as $API_USER" ||
            bad "API ${ADDR[$h]}:15672 as $API_USER"
    done
    out=$(api GET "http://${ADDR[$SEED4]}:15672/api/queues?columns=name,vhost,type" 2>&1) || true
    for e in "${X4_QUORUM[@]}" "${X4_STREAMS[@]}" "${X4_CLASSIC[@]}"; do
        q=$(jq -r --arg v "${e%% *}" --arg n "${e#* }" '.[]? | select(.vhost == $v and .name == $n) | .type' <<<"$out" 2>/dev/null)
        [[ -n $q ]] && ok "queue ${e#* } in ${e%% *} ($q)" || bad "queue ${e#* } in ${e%% *} missing"
    done
    csv=$(curl -sS --fail --noproxy '*' --max-time 5 "$HAP4_STATS_URL" 2>/dev/null || true)
    [[ $(hap_server_state rabbit5 <<<"$csv") == UP/0 && $(hap_server_state rabbit6 <<<"$csv") == UP/1 ]] &&
        ok "haproxy-4x stats: rabbit5 UP, rabbit6 UP backup" || bad "haproxy-4x stats: servers not UP"
    local url qn=lab.verify4x.$$ body=warren-lab-4x-$$
    url="amqp://$API_USER:$(cat "$PASSWORD_FILE")@${ADDR[haproxy]}:$HAP4_AMQP_PORT"
    if amqp-declare-queue --url="$url" -q "$qn" >/dev/null 2>&1 &&
        amqp-publish --url="$url" -r "$qn" -b "$body" 2>/dev/null &&
        [[ $(amqp-get --url="$url" -q "$qn" 2>/dev/null) == "$body" ]]; then
        ok "AMQP via HAProxy ${ADDR[haproxy]}:$HAP4_AMQP_PORT to the 4.x cluster"
    else
        bad "AMQP via HAProxy ${ADDR[haproxy]}:$HAP4_AMQP_PORT to the 4.x cluster"
    fi
    amqp-delete-queue --url="$url" -q "$qn" >/dev/null 2>&1 || true
}
