<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressPlanner</name>
    <message>
        <source>%1 resolves %2 to %3</source>
        <translation>%1 resolves %2 to %3</translation>
    </message>
    <message>
        <source>it does not resolve</source>
        <translation>it does not resolve</translation>
    </message>
    <message>
        <source>it resolves to %1</source>
        <translation>it resolves to %1</translation>
    </message>
    <message>
        <source>%1 on %2 is unchanged since it was read</source>
        <translation>%1 on %2 is unchanged since it was read</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>it changed: read the facts again</source>
        <translation>it changed: read the facts again</translation>
    </message>
    <message>
        <source>On %1: map %2 to %3 in /etc/hosts (the old file kept as %4)</source>
        <translation>On %1: map %2 to %3 in /etc/hosts (the old file kept as %4)</translation>
    </message>
    <message>
        <source>rewritten in place: /etc/hosts is a bind mount here, a rename cannot replace it</source>
        <translation>rewritten in place: /etc/hosts is a bind mount here, a rename cannot replace it</translation>
    </message>
    <message>
        <source>put the old /etc/hosts back from %1</source>
        <translation>put the old /etc/hosts back from %1</translation>
    </message>
    <message>
        <source>%1 no longer answers</source>
        <translation>%1 no longer answers</translation>
    </message>
    <message>
        <source>Stop the RabbitMQ service on %1 (%2), Erlang VM included</source>
        <translation>Stop the RabbitMQ service on %1 (%2), Erlang VM included</translation>
    </message>
    <message>
        <source>start the service again</source>
        <translation>start the service again</translation>
    </message>
    <message>
        <source>Start the RabbitMQ service on %1 and wait until %2 runs</source>
        <translation>Start the RabbitMQ service on %1 and wait until %2 runs</translation>
    </message>
    <message>
        <source>Check and fix the address and name of %1 (host %2)</source>
        <translation>Check and fix the address and name of %1 (host %2)</translation>
    </message>
    <message>
        <source>SSH to %1</source>
        <translation>SSH to %1</translation>
    </message>
    <message>
        <source>%1 now</source>
        <comment>a host as it is now</comment>
        <translation>%1 now</translation>
    </message>
    <message>
        <source>hostname %1, addresses %2</source>
        <translation>hostname %1, addresses %2</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>Address of %1</translation>
    </message>
    <message>
        <source>the host reports no address</source>
        <translation>the host reports no address</translation>
    </message>
    <message>
        <source>the profile says %1, which is a name or not among the host&apos;s addresses: the cluster should resolve it to %2</source>
        <translation>the profile says %1, which is a name or not among the host&apos;s addresses: the cluster should resolve it to %2</translation>
    </message>
    <message>
        <source>The hostname matches the node name</source>
        <translation>The hostname matches the node name</translation>
    </message>
    <message>
        <source>%1 on host %2</source>
        <translation>%1 on host %2</translation>
    </message>
    <message>
        <source>The hostname changed, the node name is kept</source>
        <translation>The hostname changed, the node name is kept</translation>
    </message>
    <message>
        <source>host %1, NODENAME=%2 in %3</source>
        <translation>host %1, NODENAME=%2 in %3</translation>
    </message>
    <message>
        <source>The hostname changed</source>
        <translation>The hostname changed</translation>
    </message>
    <message>
        <source>the cluster knows %1, but the host is now called %2: its node is %3 from its next start</source>
        <translation>the cluster knows %1, but the host is now called %2: its node is %3 from its next start</translation>
    </message>
    <message>
        <source>Node running on %1</source>
        <translation>Node running on %1</translation>
    </message>
    <message>
        <source>%1, not the cluster&apos;s %2: it started under the new name with empty data</source>
        <translation>%1, not the cluster&apos;s %2: it started under the new name with empty data</translation>
    </message>
    <message>
        <source>none answers</source>
        <translation>none answers</translation>
    </message>
    <message>
        <source>Data directory named after another node</source>
        <translation>Data directory named after another node</translation>
    </message>
    <message>
        <source>/var/lib/rabbitmq/mnesia/%1 (the node here is %2)</source>
        <translation>/var/lib/rabbitmq/mnesia/%1 (the node here is %2)</translation>
    </message>
    <message>
        <source>%1 resolves %2</source>
        <translation>%1 resolves %2</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>not checked: %1</translation>
    </message>
    <message>
        <source>it does not resolve (hosts file or DNS)</source>
        <translation>it does not resolve (hosts file or DNS)</translation>
    </message>
    <message>
        <source>to %1, but %2 has %3</source>
        <translation>to %1, but %2 has %3</translation>
    </message>
    <message>
        <source>Cluster members as %1 sees them</source>
        <translation>Cluster members as %1 sees them</translation>
    </message>
    <message>
        <source>Cluster members</source>
        <translation>Cluster members</translation>
    </message>
    <message>
        <source>no other node of the profile runs: the cluster&apos;s view is unknown</source>
        <translation>no other node of the profile runs: the cluster&apos;s view is unknown</translation>
    </message>
    <message>
        <source>%1 runs on %2 and every host resolves %3 to %4</source>
        <translation>%1 runs on %2 and every host resolves %3 to %4</translation>
    </message>
    <message>
        <source>Repair name resolution</source>
        <translation>Repair name resolution</translation>
    </message>
    <message>
        <source>on %1: /etc/hosts maps %2 to %3 (each old file kept in %4); nothing else changes</source>
        <translation>on %1: /etc/hosts maps %2 to %3 (each old file kept in %4); nothing else changes</translation>
    </message>
    <message>
        <source>every host resolves %1 to %2</source>
        <translation>every host resolves %1 to %2</translation>
    </message>
    <message>
        <source>the hostname changed: choose keep-name, rename or rejoin (each repairs the names it needs)</source>
        <translation>the hostname changed: choose keep-name, rename or rejoin (each repairs the names it needs)</translation>
    </message>
    <message>
        <source>Keep the node name %1</source>
        <translation>Keep the node name %1</translation>
    </message>
    <message>
        <source>%1 gets NODENAME=%2 (the old file kept): the node keeps its name, its data and its membership; from now on its name does not follow the hostname, and %3 must keep resolving to %4 on every host</source>
        <translation>%1 gets NODENAME=%2 (the old file kept): the node keeps its name, its data and its membership; from now on its name does not follow the hostname, and %3 must keep resolving to %4 on every host</translation>
    </message>
    <message>
        <source>%1, started since the change, is stopped; what was created on it stays unused in its data directory</source>
        <translation>%1, started since the change, is stopped; what was created on it stays unused in its data directory</translation>
    </message>
    <message>
        <source>%1 does not exist on %2: create it (it may be empty) and read the facts again</source>
        <translation>%1 does not exist on %2: create it (it may be empty) and read the facts again</translation>
    </message>
    <message>
        <source>the hostname did not change</source>
        <translation>the hostname did not change</translation>
    </message>
    <message>
        <source>Rename the node to %1</source>
        <translation>Rename the node to %1</translation>
    </message>
    <message>
        <source>%1 becomes %2 in its local database (rename_cluster_node) and its data directories are moved to the new name; quorum queues keep a member named %1 (Ra names members by node: grow them onto %2 afterwards); every host must resolve %3; the profile must name %2 afterwards</source>
        <translation>%1 becomes %2 in its local database (rename_cluster_node) and its data directories are moved to the new name; quorum queues keep a member named %1 (Ra names members by node: grow them onto %2 afterwards); every host must resolve %3; the profile must name %2 afterwards</translation>
    </message>
    <message>
        <source>rename_cluster_node does nothing from RabbitMQ 3.13 on (rabbitmq-server #10369): keep the name, or forget and rejoin</source>
        <translation>rename_cluster_node does nothing from RabbitMQ 3.13 on (rabbitmq-server #10369): keep the name, or forget and rejoin</translation>
    </message>
    <message>
        <source>RabbitMQ %1: Warren renames nodes on 3.7 to 3.12 only</source>
        <translation>RabbitMQ %1: Warren renames nodes on 3.7 to 3.12 only</translation>
    </message>
    <message>
        <source>there is no data directory of %1 on %2 to rename</source>
        <translation>there is no data directory of %1 on %2 to rename</translation>
    </message>
    <message>
        <source>Forget %1 and join %2 instead</source>
        <translation>Forget %1 and join %2 instead</translation>
    </message>
    <message>
        <source>the cluster forgets %1: the queues whose leader or only copy lived on it are lost with their messages; %2 is reset (its own data is deleted) and joins as a %3 node; every host must resolve %4; the profile must name %2 afterwards</source>
        <translation>the cluster forgets %1: the queues whose leader or only copy lived on it are lost with their messages; %2 is reset (its own data is deleted) and joins as a %3 node; every host must resolve %4; the profile must name %2 afterwards</translation>
    </message>
    <message>
        <source>no running node of the profile lists %1: there is nothing to forget it from</source>
        <translation>no running node of the profile lists %1: there is nothing to forget it from</translation>
    </message>
    <message>
        <source>RabbitMQ %1 has no forget_cluster_node</source>
        <translation>RabbitMQ %1 has no forget_cluster_node</translation>
    </message>
    <message>
        <source>unknown fix &quot;%1&quot; (%2)</source>
        <translation>unknown fix &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>--fix %1 does not apply: %2</source>
        <translation>--fix %1 does not apply: %2</translation>
    </message>
    <message>
        <source>%1 reaches %2 on port 4369 (epmd) by name</source>
        <translation>%1 reaches %2 on port 4369 (epmd) by name</translation>
    </message>
    <message>
        <source>Back up %1 on %2</source>
        <translation>Back up %1 on %2</translation>
    </message>
    <message>
        <source>start the service again (nothing was changed)</source>
        <translation>start the service again (nothing was changed)</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nothing to undo</translation>
    </message>
    <message>
        <source>Set NODENAME=%1 in %2 on %3 (written atomically)</source>
        <translation>Set NODENAME=%1 in %2 on %3 (written atomically)</translation>
    </message>
    <message>
        <source>put the old %1 back</source>
        <translation>put the old %1 back</translation>
    </message>
    <message>
        <source>stop it, put the old %1 back and start it under the hostname&apos;s name</source>
        <translation>stop it, put the old %1 back and start it under the hostname&apos;s name</translation>
    </message>
    <message>
        <source>update the profile: the node of host %1 is now %2 (&quot;node&quot;: &quot;%2&quot;)</source>
        <translation>update the profile: the node of host %1 is now %2 (&quot;node&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Move the data %1 created since the change aside (to %2)</source>
        <translation>Move the data %1 created since the change aside (to %2)</translation>
    </message>
    <message>
        <source>move it back and start the service</source>
        <translation>move it back and start the service</translation>
    </message>
    <message>
        <source>Rename %1 to %2 in the local database of %3 (the CLI becomes the stopped node)</source>
        <translation>Rename %1 to %2 in the local database of %3 (the CLI becomes the stopped node)</translation>
    </message>
    <message>
        <source>rewrites the database of %1 to the name %2 (a backup stays in %3)</source>
        <translation>rewrites the database of %1 to the name %2 (a backup stays in %3)</translation>
    </message>
    <message>
        <source>cannot be undone by a command: the rename takes effect at the next start; restore %1 from %2 by hand</source>
        <translation>cannot be undone by a command: the rename takes effect at the next start; restore %1 from %2 by hand</translation>
    </message>
    <message>
        <source>Move the data directories of %1 to the name %2</source>
        <translation>Move the data directories of %1 to the name %2</translation>
    </message>
    <message>
        <source>move them back</source>
        <translation>move them back</translation>
    </message>
    <message>
        <source>Remove NODENAME from %1 on %2 (the node is named after the hostname again)</source>
        <translation>Remove NODENAME from %1 on %2 (the node is named after the hostname again)</translation>
    </message>
    <message>
        <source>stop it: the renamed database must be restored by hand</source>
        <translation>stop it: the renamed database must be restored by hand</translation>
    </message>
    <message>
        <source>quorum queues: rabbitmq-queues grow %1 all, then shrink %2</source>
        <translation>quorum queues: rabbitmq-queues grow %1 all, then shrink %2</translation>
    </message>
    <message>
        <source>stop it again</source>
        <translation>stop it again</translation>
    </message>
    <message>
        <source>Remove %1 from the cluster&apos;s membership (run on %2)</source>
        <translation>Remove %1 from the cluster&apos;s membership (run on %2)</translation>
    </message>
    <message>
        <source>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost</source>
        <translation>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost</translation>
    </message>
    <message>
        <source>cannot be undone by a command: %1&apos;s data stays on %2 but the cluster no longer knows it</source>
        <translation>cannot be undone by a command: %1&apos;s data stays on %2 but the cluster no longer knows it</translation>
    </message>
    <message>
        <source>reset deletes what %1 created since the hostname changed</source>
        <translation>reset deletes what %1 created since the hostname changed</translation>
    </message>
    <message>
        <source>leave the cluster again: stop_app, reset and start_app on %1</source>
        <translation>leave the cluster again: stop_app, reset and start_app on %1</translation>
    </message>
    <message>
        <source>%1 is a ram node: it keeps no copy of the database on disc for rename_cluster_node to rewrite (it fails waiting for the tables); forget and rejoin it instead, or keep the name</source>
        <translation>%1 is a ram node: it keeps no copy of the database on disc for rename_cluster_node to rewrite (it fails waiting for the tables); forget and rejoin it instead, or keep the name</translation>
    </message>
    <message>
        <source>%1 runs: a node renamed while its cluster runs restarts as a secondary that rejoins it, and RabbitMQ 3.10 failed to boot it there (feature flag sync, seen on Warren&apos;s lab); quorum queues keep the old name anyway (rabbitmq-server #10367). Keep the name, or forget and rejoin; rename only with every other node of the cluster stopped</source>
        <translation>%1 runs: a node renamed while its cluster runs restarts as a secondary that rejoins it, and RabbitMQ 3.10 failed to boot it there (feature flag sync, seen on Warren&apos;s lab); quorum queues keep the old name anyway (rabbitmq-server #10367). Keep the name, or forget and rejoin; rename only with every other node of the cluster stopped</translation>
    </message>
</context>
<context>
    <name>Api</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1: login refused (HTTP 401): check the API user and password</source>
        <translation>%1: login refused (HTTP 401): check the API user and password</translation>
    </message>
    <message>
        <source>%1: access denied (HTTP 403): the API user needs the monitoring or administrator tag</source>
        <translation>%1: access denied (HTTP 403): the API user needs the monitoring or administrator tag</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404): is the management plugin this version?</source>
        <translation>%1: not found (HTTP 404): is the management plugin this version?</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1: the server answered HTTP %2</translation>
    </message>
    <message>
        <source>%1: connection refused (is the management plugin running?)</source>
        <translation>%1: connection refused (is the management plugin running?)</translation>
    </message>
    <message>
        <source>%1: host name not found</source>
        <translation>%1: host name not found</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: no answer within %2 s</translation>
    </message>
    <message>
        <source>%1: the TLS certificate could not be verified (a self-signed certificate needs the profile&apos;s &quot;verify TLS&quot; switch turned off)</source>
        <translation>%1: the TLS certificate could not be verified (a self-signed certificate needs the profile&apos;s &quot;verify TLS&quot; switch turned off)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cluster profile (JSON) to use.</source>
        <translation>Cluster profile (JSON) to use.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Language of messages: en or zh_CN.</source>
        <translation>Language of messages: en or zh_CN.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>no command given; try --help</translation>
    </message>
    <message>
        <source>--cluster PROFILE.json is required for &quot;%1&quot;</source>
        <translation>--cluster PROFILE.json is required for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot use profile %1: %2</source>
        <translation>cannot use profile %1: %2</translation>
    </message>
    <message>
        <source>Warren command line: administer RabbitMQ clusters behind HAProxy.</source>
        <translation>Warren command line: administer RabbitMQ clusters behind HAProxy.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Output format (text, json, …; see each command).</source>
        <translation>Output format (text, json, …; see each command).</translation>
    </message>
    <message>
        <source>the command to run</source>
        <translation>the command to run</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>unknown command &quot;%1&quot;; try --help</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation>unknown format &quot;%1&quot; (use %2)</translation>
    </message>
    <message>
        <source>nodes, partitions and HAProxy servers</source>
        <translation>nodes, partitions and HAProxy servers</translation>
    </message>
    <message>
        <source>unknown host key for %1 (%2): %3 %4; check it, then run: warrenctl --cluster %5 hostkey accept %1 %4</source>
        <translation>unknown host key for %1 (%2): %3 %4; check it, then run: warrenctl --cluster %5 hostkey accept %1 %4</translation>
    </message>
    <message>
        <source>cannot read cluster %1: %2</source>
        <translation>cannot read cluster %1: %2</translation>
    </message>
    <message>
        <source>management API</source>
        <translation>management API</translation>
    </message>
    <message>
        <source>SSH (rabbitmqctl)</source>
        <translation>SSH (rabbitmqctl)</translation>
    </message>
    <message>
        <source>Cluster %1 — read via %2%3, %4</source>
        <translation>Cluster %1 — read via %2%3, %4</translation>
    </message>
    <message>
        <source>, RabbitMQ %1</source>
        <translation>, RabbitMQ %1</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <source>plan join: a host of the cluster to join; sync-cookie: HOST[,HOST...].</source>
        <translation>plan join: a host of the cluster to join; sync-cookie: HOST[,HOST...].</translation>
    </message>
    <message>
        <source>plan sync-cookie: the host whose cookie is copied.</source>
        <comment>cookie</comment>
        <translation>plan sync-cookie: the host whose cookie is copied.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>plan join/convert: node type, disc or ram.</source>
        <comment>RabbitMQ node type</comment>
        <translation>plan join/convert: node type, disc or ram.</translation>
    </message>
    <message>
        <source>plan forget: the surviving host to run forget_cluster_node on.</source>
        <translation>plan forget: the surviving host to run forget_cluster_node on.</translation>
    </message>
    <message>
        <source>plan: run the plan, not only show it.</source>
        <translation>plan: run the plan, not only show it.</translation>
    </message>
    <message>
        <source>plan: allow destructive steps (reset, forget) without asking.</source>
        <translation>plan: allow destructive steps (reset, forget) without asking.</translation>
    </message>
    <message>
        <source>plan: start at step N (retry or resume after a failure).</source>
        <translation>plan: start at step N (retry or resume after a failure).</translation>
    </message>
    <message>
        <source>plan: undo step N of an earlier run instead of running the plan.</source>
        <translation>plan: undo step N of an earlier run instead of running the plan.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>the plan cannot run (see above)</source>
        <translation>the plan cannot run (see above)</translation>
    </message>
    <message>
        <source>Preview only: nothing was run. Add --execute to run it%1.</source>
        <translation>Preview only: nothing was run. Add --execute to run it%1.</translation>
    </message>
    <message>
        <source> (and --yes for its destructive steps)</source>
        <translation> (and --yes for its destructive steps)</translation>
    </message>
    <message>
        <source>refused without --yes: %1</source>
        <translation>refused without --yes: %1</translation>
    </message>
    <message>
        <source>==&gt; verifying</source>
        <translation>==&gt; verifying</translation>
    </message>
    <message>
        <source>==&gt; step %1/%2: %3</source>
        <translation>==&gt; step %1/%2: %3</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>--resume-from must be a step number from 1 to %1</source>
        <translation>--resume-from must be a step number from 1 to %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Verified state now:</source>
        <translation>Verified state now:</translation>
    </message>
    <message>
        <source>Choices: retry with --resume-from %1; undo step %2 with --undo-step %2; or leave it as it is.</source>
        <translation>Choices: retry with --resume-from %1; undo step %2 with --undo-step %2; or leave it as it is.</translation>
    </message>
    <message>
        <source>Operation log: %1</source>
        <translation>Operation log: %1</translation>
    </message>
    <message>
        <source>every queue with its home node and mirrors/members, per node</source>
        <translation>every queue with its home node and mirrors/members, per node</translation>
    </message>
    <message>
        <source>queues: only queues whose name matches this regular expression.</source>
        <translation>queues: only queues whose name matches this regular expression.</translation>
    </message>
    <message>
        <source>REGEX</source>
        <translation>REGEX</translation>
    </message>
    <message>
        <source>queues: only queues of this virtual host.</source>
        <translation>queues: only queues of this virtual host.</translation>
    </message>
    <message>
        <source>VHOST</source>
        <translation>VHOST</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>quorum queue leader</comment>
        <translation>leader</translation>
    </message>
    <message>
        <source>master</source>
        <comment>classic queue master</comment>
        <translation>master</translation>
    </message>
    <message>
        <source>online</source>
        <comment>quorum member in sync</comment>
        <translation>online</translation>
    </message>
    <message>
        <source>synced</source>
        <comment>mirror is synchronised</comment>
        <translation>synced</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <comment>quorum member not online</comment>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <source>UNSYNCED</source>
        <comment>mirror is not synchronised</comment>
        <translation>UNSYNCED</translation>
    </message>
    <message>
        <source>cannot read the queues of cluster %1: %2</source>
        <translation>cannot read the queues of cluster %1: %2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>%1 (down)</source>
        <comment>node is down</comment>
        <translation>%1 (down)</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>READY</translation>
    </message>
    <message>
        <source>UNACKED</source>
        <translation>UNACKED</translation>
    </message>
    <message>
        <source>CONSUMERS</source>
        <translation>CONSUMERS</translation>
    </message>
    <message>
        <source>%1 queues (%2 shown): %3 replicated and fully synchronised, %4 with a mirror or member out of sync, %5 on a node that is down, %6 unreplicated classic.</source>
        <translation>%1 queues (%2 shown): %3 replicated and fully synchronised, %4 with a mirror or member out of sync, %5 on a node that is down, %6 unreplicated classic.</translation>
    </message>
    <message>
        <source>ALARMS</source>
        <translation>ALARMS</translation>
    </message>
    <message>
        <source>PARTITIONED FROM</source>
        <translation>PARTITIONED FROM</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>disk</translation>
    </message>
    <message>
        <source>disc</source>
        <comment>RabbitMQ node type</comment>
        <translation>disc</translation>
    </message>
    <message>
        <source>ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>ram</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>Partitions: none</source>
        <translation>Partitions: none</translation>
    </message>
    <message numerus="yes">
        <source>PARTITIONED into %n group(s) that cannot see each other: %1</source>
        <translation>
            <numerusform>PARTITIONED into %n group that cannot see each other: %1</numerusform>
            <numerusform>PARTITIONED into %n groups that cannot see each other: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HAProxy servers</source>
        <translation>HAProxy servers</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>LAST CHECK</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SESSIONS</translation>
    </message>
    <message>
        <source>haproxy.cfg: export | lint FILE | validate FILE | push FILE [--yes]</source>
        <translation>haproxy.cfg: export | lint FILE | validate FILE | push FILE [--yes]</translation>
    </message>
    <message>
        <source>haproxy export: active-backup (default) or balanced.</source>
        <translation>haproxy export: active-backup (default) or balanced.</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>haproxy export: the host that takes traffic (active-backup).</source>
        <translation>haproxy export: the host that takes traffic (active-backup).</translation>
    </message>
    <message>
        <source>haproxy export: roundrobin (default) or leastconn (balanced).</source>
        <translation>haproxy export: roundrobin (default) or leastconn (balanced).</translation>
    </message>
    <message>
        <source>ALGO</source>
        <translation>ALGO</translation>
    </message>
    <message>
        <source>haproxy export/lint: the AMQP heartbeat clients use, in seconds (default 60).</source>
        <translation>haproxy export/lint: the AMQP heartbeat clients use, in seconds (default 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>haproxy export: also proxy the management UI (15672).</source>
        <translation>haproxy export: also proxy the management UI (15672).</translation>
    </message>
    <message>
        <source>haproxy export: address HAProxy listens on (default: the HAProxy host&apos;s address).</source>
        <translation>haproxy export: address HAProxy listens on (default: the HAProxy host&apos;s address).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <source>Carry out changes (without it, commands that change hosts only show what they would do).</source>
        <translation>Carry out changes (without it, commands that change hosts only show what they would do).</translation>
    </message>
    <message>
        <source>usage: warrenctl haproxy export|lint FILE|validate FILE|push FILE (see --help)</source>
        <translation>usage: warrenctl haproxy export|lint FILE|validate FILE|push FILE (see --help)</translation>
    </message>
    <message>
        <source>--heartbeat takes a number of seconds (0–86400)</source>
        <translation>--heartbeat takes a number of seconds (0–86400)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>--cluster PROFILE.json is required for &quot;haproxy export&quot;</source>
        <translation>--cluster PROFILE.json is required for &quot;haproxy export&quot;</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot; (use active-backup or balanced)</source>
        <translation>unknown layout &quot;%1&quot; (use active-backup or balanced)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s)</source>
        <translation>%1: %2 error(s), %3 warning(s), %4 note(s)</translation>
    </message>
    <message>
        <source>usage: warrenctl haproxy validate FILE [--cluster PROFILE.json]</source>
        <translation>usage: warrenctl haproxy validate FILE [--cluster PROFILE.json]</translation>
    </message>
    <message>
        <source>no haproxy binary here; give --cluster PROFILE.json to check on the profile&apos;s HAProxy host</source>
        <translation>no haproxy binary here; give --cluster PROFILE.json to check on the profile&apos;s HAProxy host</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>this machine</translation>
    </message>
    <message>
        <source>%1: HAProxy on %2 refuses the file</source>
        <translation>%1: HAProxy on %2 refuses the file</translation>
    </message>
    <message>
        <source>%1: valid (haproxy -c on %2)</source>
        <translation>%1: valid (haproxy -c on %2)</translation>
    </message>
    <message>
        <source>usage: warrenctl --cluster PROFILE.json haproxy push FILE [--yes]</source>
        <translation>usage: warrenctl --cluster PROFILE.json haproxy push FILE [--yes]</translation>
    </message>
    <message>
        <source>%1 is too large for a haproxy.cfg</source>
        <translation>%1 is too large for a haproxy.cfg</translation>
    </message>
    <message>
        <source>%1 already has this content.</source>
        <translation>%1 already has this content.</translation>
    </message>
    <message>
        <source>lint: line %1: %2 %3</source>
        <translation>lint: line %1: %2 %3</translation>
    </message>
    <message>
        <source>With --yes, warrenctl would:</source>
        <translation>With --yes, warrenctl would:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>push failed and the previous file was restored: %1</source>
        <translation>push failed and the previous file was restored: %1</translation>
    </message>
    <message>
        <source>push failed: %1</source>
        <translation>push failed: %1</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Sources that did not answer:</source>
        <translation>Sources that did not answer:</translation>
    </message>
    <message>
        <source>test SSH and API access to every host</source>
        <translation>test SSH and API access to every host</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>accept HOST SHA256:…: trust a host key after checking its fingerprint</source>
        <translation>accept HOST SHA256:…: trust a host key after checking its fingerprint</translation>
    </message>
    <message>
        <source>usage: warrenctl --cluster PROFILE hostkey accept HOST SHA256:FINGERPRINT</source>
        <translation>usage: warrenctl --cluster PROFILE hostkey accept HOST SHA256:FINGERPRINT</translation>
    </message>
    <message>
        <source>no host &quot;%1&quot; in profile %2</source>
        <translation>no host &quot;%1&quot; in profile %2</translation>
    </message>
    <message>
        <source>host key of %1 recorded in %2</source>
        <translation>host key of %1 recorded in %2</translation>
    </message>
    <message>
        <source>failover drill through HAProxy: drill failover [--fault kill|stop]</source>
        <translation>failover drill through HAProxy: drill failover [--fault kill|stop]</translation>
    </message>
    <message>
        <source>drill failover: kill (default) or stop the active node.</source>
        <translation>drill failover: kill (default) or stop the active node.</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>FAULT</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>drill failover: allow the drill on a cluster that is not the lab.</source>
        <translation>drill failover: allow the drill on a cluster that is not the lab.</translation>
    </message>
    <message>
        <source>the failover drill kills or stops a node of cluster %1; it runs on the lab only, unless you add --confirm-real-cluster</source>
        <translation>the failover drill kills or stops a node of cluster %1; it runs on the lab only, unless you add --confirm-real-cluster</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot; (use kill or stop)</source>
        <translation>unknown fault &quot;%1&quot; (use kill or stop)</translation>
    </message>
    <message>
        <source>Publishing %1 persistent messages with confirms through %2:%3 to queue %4; after %5 confirms: %6 %7.</source>
        <translation>Publishing %1 persistent messages with confirms through %2:%3 to queue %4; after %5 confirms: %6 %7.</translation>
    </message>
    <message>
        <source>switch: %1 s; published %2, confirmed %3, unconfirmed %4, nacked %5; read back %6: lost %7, duplicated %8; reconnects %9</source>
        <translation>switch: %1 s; published %2, confirmed %3, unconfirmed %4, nacked %5; read back %6: lost %7, duplicated %8; reconnects %9</translation>
    </message>
    <message>
        <source>%1 is down now; start it again when you are done (lab: lab/labctl start %2).</source>
        <translation>%1 is down now; start it again when you are done (lab: lab/labctl start %2).</translation>
    </message>
    <message>
        <source>haproxy export: what follows `log` in global (default &quot;/dev/log local0&quot;), or &quot;none&quot;.</source>
        <translation>haproxy export: what follows `log` in global (default &quot;/dev/log local0&quot;), or &quot;none&quot;.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>plan fix-address: resolution, keep-name, rename or rejoin (shown with their consequences when omitted).</source>
        <translation>plan fix-address: resolution, keep-name, rename or rejoin (shown with their consequences when omitted).</translation>
    </message>
    <message>
        <source>FIX</source>
        <translation>FIX</translation>
    </message>
    <message>
        <source>choose a fix with --fix (see above)</source>
        <translation>choose a fix with --fix (see above)</translation>
    </message>
    <message>
        <source>queues: ask without statistics: home node, mirrors/members and their sync state, no message counters (several times cheaper for the broker at thousands of queues).</source>
        <translation>queues: ask without statistics: home node, mirrors/members and their sync state, no message counters (several times cheaper for the broker at thousands of queues).</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>fix: %1</translation>
    </message>
    <message>
        <source>the operation log&apos;s last commands (with --cluster: that cluster&apos;s only)</source>
        <translation>the operation log&apos;s last commands (with --cluster: that cluster&apos;s only)</translation>
    </message>
    <message>
        <source>log: how many entries to show (default 20).</source>
        <translation>log: how many entries to show (default 20).</translation>
    </message>
    <message>
        <source>--last must be a positive number</source>
        <translation>--last must be a positive number</translation>
    </message>
    <message>
        <source>No operation has run yet: %1 does not exist.</source>
        <translation>No operation has run yet: %1 does not exist.</translation>
    </message>
    <message>
        <source>cannot read the operation log %1: %2</source>
        <translation>cannot read the operation log %1: %2</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>INTERRUPTED: started, no result recorded</source>
        <translation>INTERRUPTED: started, no result recorded</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>exit %1</translation>
    </message>
    <message>
        <source>haproxy lint: the HAProxy release that will load the file, e.g. 3.0 (default 2.6).</source>
        <translation>haproxy lint: the HAProxy release that will load the file, e.g. 3.0 (default 2.6).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>usage: warrenctl haproxy lint FILE [--cluster PROFILE.json] [--heartbeat SECONDS] [--haproxy-version VERSION]</source>
        <translation>usage: warrenctl haproxy lint FILE [--cluster PROFILE.json] [--heartbeat SECONDS] [--haproxy-version VERSION]</translation>
    </message>
    <message>
        <source>--haproxy-version takes a release such as 2.6 or 3.0</source>
        <translation>--haproxy-version takes a release such as 2.6 or 3.0</translation>
    </message>
    <message>
        <source>drill failover: how many messages to publish (default %1, %2 to %3).</source>
        <translation>drill failover: how many messages to publish (default %1, %2 to %3).</translation>
    </message>
    <message>
        <source>drill failover: give up after this many seconds (default %1, %2 to %3).</source>
        <translation>drill failover: give up after this many seconds (default %1, %2 to %3).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>usage: warrenctl --cluster PROFILE.json drill failover [--fault kill|stop] [--messages N] [--seconds S]</source>
        <translation>usage: warrenctl --cluster PROFILE.json drill failover [--fault kill|stop] [--messages N] [--seconds S]</translation>
    </message>
    <message>
        <source>cluster operations (shows the plan; --execute runs it, --yes allows its destructive steps):</source>
        <translation>cluster operations (shows the plan; --execute runs it, --yes allows its destructive steps):</translation>
    </message>
    <message>
        <source>needs --yes: %1</source>
        <translation>needs --yes: %1</translation>
    </message>
    <message>
        <source>may need --yes: %1</source>
        <translation>may need --yes: %1</translation>
    </message>
    <message>
        <source>applies to: %1</source>
        <translation>applies to: %1</translation>
    </message>
    <message>
        <source>plan: the node the operation is about: its host name, node name or address.</source>
        <translation>plan: the node the operation is about: its host name, node name or address.</translation>
    </message>
    <message>
        <source>usage: warrenctl plan join --node HOST --to HOST [--type disc|ram]</source>
        <translation>usage: warrenctl plan join --node HOST --to HOST [--type disc|ram]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan convert --node HOST --type disc|ram</source>
        <translation>usage: warrenctl plan convert --node HOST --type disc|ram</translation>
    </message>
    <message>
        <source>usage: warrenctl plan forget --node HOST|NODE [--via HOST]</source>
        <translation>usage: warrenctl plan forget --node HOST|NODE [--via HOST]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan sync-cookie --from HOST --to HOST[,HOST...]</source>
        <translation>usage: warrenctl plan sync-cookie --from HOST --to HOST[,HOST...]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan fix-address --node HOST [--fix %1]</source>
        <translation>usage: warrenctl plan fix-address --node HOST [--fix %1]</translation>
    </message>
    <message>
        <source>queues: only queues that are not fully synchronised, whose home node is down, or that have no mirror under an HA policy; on RabbitMQ 4.x also quorum queues without a leader or below their target size, and streams without a replica on a node.</source>
        <translation>queues: only queues that are not fully synchronised, whose home node is down, or that have no mirror under an HA policy; on RabbitMQ 4.x also quorum queues without a leader or below their target size, and streams without a replica on a node.</translation>
    </message>
    <message>
        <source>NOLEADER</source>
        <comment>quorum queue: the last leader&apos;s node; no leader is elected</comment>
        <translation>NOLEADER</translation>
    </message>
    <message>
        <source>home</source>
        <comment>classic queue&apos;s node (RabbitMQ 4.x, no mirrors)</comment>
        <translation>home</translation>
    </message>
    <message>
        <source>MISSING</source>
        <comment>stream: no replica on this cluster node</comment>
        <translation>MISSING</translation>
    </message>
    <message>
        <source>%1 queues (%2 shown): %3 replicated with every member online, %4 with a member not online, %5 on a node that is down, %6 classic (RabbitMQ %7 has no mirrors).</source>
        <translation>%1 queues (%2 shown): %3 replicated with every member online, %4 with a member not online, %5 on a node that is down, %6 classic (RabbitMQ %7 has no mirrors).</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>Raft state</comment>
        <translation>leader</translation>
    </message>
    <message>
        <source>follower</source>
        <comment>Raft state</comment>
        <translation>follower</translation>
    </message>
    <message>
        <source>candidate</source>
        <comment>Raft state</comment>
        <translation>candidate</translation>
    </message>
    <message>
        <source>RabbitMQ versions differ: %1</source>
        <translation>RabbitMQ versions differ: %1</translation>
    </message>
    <message>
        <source>Metadata store: %1</source>
        <translation>Metadata store: %1</translation>
    </message>
    <message>
        <source>no leader known</source>
        <translation>no leader known</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>leader %1</translation>
    </message>
    <message>
        <source>%1/%2 members running</source>
        <translation>%1/%2 members running</translation>
    </message>
    <message>
        <source>majority up</source>
        <translation>majority up</translation>
    </message>
    <message>
        <source>NO MAJORITY: metadata changes are refused</source>
        <translation>NO MAJORITY: metadata changes are refused</translation>
    </message>
    <message>
        <source>Khepri members: %1</source>
        <translation>Khepri members: %1</translation>
    </message>
    <message>
        <source>Metadata store status unknown: %1</source>
        <translation>Metadata store status unknown: %1</translation>
    </message>
    <message>
        <source>Feature flags: all enabled</source>
        <translation>Feature flags: all enabled</translation>
    </message>
    <message>
        <source>Feature flags disabled: %1</source>
        <translation>Feature flags disabled: %1</translation>
    </message>
    <message>
        <source>  Enable before upgrading (rabbitmqctl enable_feature_flag all): %1</source>
        <translation>  Enable before upgrading (rabbitmqctl enable_feature_flag all): %1</translation>
    </message>
    <message>
        <source>as the broker reports them</source>
        <translation>as the broker reports them</translation>
    </message>
    <message>
        <source>found by Warren&apos;s checks: this release cannot report them</source>
        <translation>found by Warren&apos;s checks: this release cannot report them</translation>
    </message>
    <message>
        <source>Deprecated features in use: none (%1)</source>
        <translation>Deprecated features in use: none (%1)</translation>
    </message>
    <message>
        <source>Deprecated features in use (%1):</source>
        <translation>Deprecated features in use (%1):</translation>
    </message>
    <message>
        <source>Khepri %1</source>
        <comment>the node&apos;s Raft state in the metadata store: leader, follower</comment>
        <translation>Khepri %1</translation>
    </message>
    <message>
        <source>Khepri member</source>
        <translation>Khepri member</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>plan maintenance enter: also stop the node once drained.</source>
        <translation>plan maintenance enter: also stop the node once drained.</translation>
    </message>
    <message>
        <source>plan maintenance, stop, restart: go on although the safe-to-stop checks fail (needs --yes).</source>
        <translation>plan maintenance, stop, restart: go on although the safe-to-stop checks fail (needs --yes).</translation>
    </message>
    <message>
        <source>maintenance NODE enter|exit [--stop] [--force] [--execute [--yes]]: take a node out of service without dropping clients (HAProxy drain, maint; rabbitmq-upgrade drain) and back</source>
        <translation>maintenance NODE enter|exit [--stop] [--force] [--execute [--yes]]: take a node out of service without dropping clients (HAProxy drain, maint; rabbitmq-upgrade drain) and back</translation>
    </message>
    <message>
        <source>usage: warrenctl maintenance NODE enter|exit [--stop] [--force] [--execute [--yes]]</source>
        <translation>usage: warrenctl maintenance NODE enter|exit [--stop] [--force] [--execute [--yes]]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan maintenance --node HOST --action enter|exit [--stop] [--force]</source>
        <translation>usage: warrenctl plan maintenance --node HOST --action enter|exit [--stop] [--force]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan stop --node HOST [--force]</source>
        <translation>usage: warrenctl plan stop --node HOST [--force]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan start --node HOST</source>
        <translation>usage: warrenctl plan start --node HOST</translation>
    </message>
    <message>
        <source>usage: warrenctl plan restart --node HOST [--force]</source>
        <translation>usage: warrenctl plan restart --node HOST [--force]</translation>
    </message>
    <message>
        <source>Choices: retry with --resume-from %1 (no step had completed: nothing to undo); or leave it as it is.</source>
        <translation>Choices: retry with --resume-from %1 (no step had completed: nothing to undo); or leave it as it is.</translation>
    </message>
    <message>
        <source>rolling-restart [--order HOST,...] [--plain] [--client] [--execute]: restart every node one at a time through maintenance (HAProxy drain, rabbitmq-upgrade drain), the HAProxy active node last; --plain restarts without draining (to compare); --client publishes through HAProxy meanwhile and counts per node</source>
        <translation>rolling-restart [--order HOST,...] [--plain] [--client] [--execute]: restart every node one at a time through maintenance (HAProxy drain, rabbitmq-upgrade drain), the HAProxy active node last; --plain restarts without draining (to compare); --client publishes through HAProxy meanwhile and counts per node</translation>
    </message>
    <message>
        <source>rolling-restart: the hosts in the order to restart them (default: the profile&apos;s, the node HAProxy sends clients to last).</source>
        <translation>rolling-restart: the hosts in the order to restart them (default: the profile&apos;s, the node HAProxy sends clients to last).</translation>
    </message>
    <message>
        <source>HOST,...</source>
        <translation>HOST,...</translation>
    </message>
    <message>
        <source>rolling-restart: stop and start each node without maintenance (what a plain restart does), for comparison.</source>
        <translation>rolling-restart: stop and start each node without maintenance (what a plain restart does), for comparison.</translation>
    </message>
    <message>
        <source>rolling-restart: publish with confirms through HAProxy during each node&apos;s turn and report the gap, reconnects, lost and duplicated messages per node (the lab, or --confirm-real-cluster).</source>
        <translation>rolling-restart: publish with confirms through HAProxy during each node&apos;s turn and report the gap, reconnects, lost and duplicated messages per node (the lab, or --confirm-real-cluster).</translation>
    </message>
    <message>
        <source>--client publishes test messages through HAProxy of cluster %1; it runs on the lab only, unless you add --confirm-real-cluster</source>
        <translation>--client publishes test messages through HAProxy of cluster %1; it runs on the lab only, unless you add --confirm-real-cluster</translation>
    </message>
    <message>
        <source>HAProxy&apos;s active node is not known (%1): the profile&apos;s order.</source>
        <translation>HAProxy&apos;s active node is not known (%1): the profile&apos;s order.</translation>
    </message>
    <message>
        <source>%1 is HAProxy&apos;s active node: it goes last, so clients move once.</source>
        <translation>%1 is HAProxy&apos;s active node: it goes last, so clients move once.</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Order: %1</translation>
    </message>
    <message>
        <source>Each node: the safe-to-stop checks, stop, start, verified a running member again (HAProxy and clients are not told).</source>
        <translation>Each node: the safe-to-stop checks, stop, start, verified a running member again (HAProxy and clients are not told).</translation>
    </message>
    <message>
        <source>Each node: maintenance enter with the node stopped (safe-to-stop checks, HAProxy drain, sessions closed, maint, rabbitmq-upgrade drain, stop), then maintenance exit (start, revive, quorum members online, HAProxy ready and UP). Each node&apos;s plans are read when its turn comes; a failure stops the run.</source>
        <translation>Each node: maintenance enter with the node stopped (safe-to-stop checks, HAProxy drain, sessions closed, maint, rabbitmq-upgrade drain, stop), then maintenance exit (start, revive, quorum members online, HAProxy ready and UP). Each node&apos;s plans are read when its turn comes; a failure stops the run.</translation>
    </message>
    <message>
        <source>The first node&apos;s plan, as it would run now:</source>
        <translation>The first node&apos;s plan, as it would run now:</translation>
    </message>
    <message>
        <source>Preview only: nothing was run. Add --execute to run it.</source>
        <translation>Preview only: nothing was run. Add --execute to run it.</translation>
    </message>
    <message>
        <source>--force overrides the safe-to-stop checks: add --yes to confirm</source>
        <translation>--force overrides the safe-to-stop checks: add --yes to confirm</translation>
    </message>
    <message>
        <source>=== node %1/%2: %3</source>
        <translation>=== node %1/%2: %3</translation>
    </message>
    <message>
        <source>--- %1</source>
        <translation>--- %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 s)</source>
        <translation>%1: %2 (%3 s)</translation>
    </message>
    <message>
        <source>TURN (s)</source>
        <translation>TURN (s)</translation>
    </message>
    <message>
        <source>GAP (s)</source>
        <translation>GAP (s)</translation>
    </message>
    <message>
        <source>RECONNECTS</source>
        <translation>RECONNECTS</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>LOST</translation>
    </message>
    <message>
        <source>DUPLICATED</source>
        <translation>DUPLICATED</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>CONFIRMED</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Stopped after %1: the nodes after it were not touched.</source>
        <translation>Stopped after %1: the nodes after it were not touched.</translation>
    </message>
    <message>
        <source>, maintenance</source>
        <comment>RabbitMQ node state: drained, serves no clients</comment>
        <translation>, maintenance</translation>
    </message>
    <message>
        <source>queues: where to read: auto (the management API, rabbitmqctl over SSH when no API answers), api, or ssh (rabbitmqctl list_queues: the broker&apos;s own records; the API lists a stream&apos;s replicas from statistics that can lag a minute behind).</source>
        <translation>queues: where to read: auto (the management API, rabbitmqctl over SSH when no API answers), api, or ssh (rabbitmqctl list_queues: the broker&apos;s own records; the API lists a stream&apos;s replicas from statistics that can lag a minute behind).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>unknown --source %1: use auto, api or ssh</source>
        <translation>unknown --source %1: use auto, api or ssh</translation>
    </message>
    <message>
        <source>plan maintenance: enter (take the node out of service) or exit (bring it back); plan replicas: grow, shrink or rebalance.</source>
        <translation>plan maintenance: enter (take the node out of service) or exit (bring it back); plan replicas: grow, shrink or rebalance.</translation>
    </message>
    <message>
        <source>plan replicas: one quorum queue, by its exact name (in --vhost, / by default).</source>
        <translation>plan replicas: one quorum queue, by its exact name (in --vhost, / by default).</translation>
    </message>
    <message>
        <source>plan replicas: the virtual host of the queue or of the set (default: every vhost).</source>
        <translation>plan replicas: the virtual host of the queue or of the set (default: every vhost).</translation>
    </message>
    <message>
        <source>plan replicas: the quorum queues whose names match this regular expression.</source>
        <translation>plan replicas: the quorum queues whose names match this regular expression.</translation>
    </message>
    <message>
        <source>usage: warrenctl plan replicas --action grow|shrink --node HOST [--queue NAME | --filter REGEX] [--vhost VHOST]; plan replicas --action rebalance [--queue NAME | --filter REGEX] [--vhost VHOST]</source>
        <translation>usage: warrenctl plan replicas --action grow|shrink --node HOST [--queue NAME | --filter REGEX] [--vhost VHOST]; plan replicas --action rebalance [--queue NAME | --filter REGEX] [--vhost VHOST]</translation>
    </message>
</context>
<context>
    <name>ClusterEvent</name>
    <message numerus="yes">
        <source>Watching %1: %n node(s), %2 running</source>
        <comment>RabbitMQ nodes</comment>
        <translation>
            <numerusform>Watching %1: %n node, %2 running</numerusform>
            <numerusform>Watching %1: %n nodes, %2 running</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 stopped</translation>
    </message>
    <message>
        <source>%1 started</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 started</translation>
    </message>
    <message>
        <source>%1 joined the cluster</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 joined the cluster</translation>
    </message>
    <message>
        <source>%1 is no longer listed in the cluster</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 is no longer listed in the cluster</translation>
    </message>
    <message>
        <source>Memory alarm on %1: publishers are blocked</source>
        <comment>a RabbitMQ node</comment>
        <translation>Memory alarm on %1: publishers are blocked</translation>
    </message>
    <message>
        <source>Memory alarm on %1 cleared</source>
        <comment>a RabbitMQ node</comment>
        <translation>Memory alarm on %1 cleared</translation>
    </message>
    <message>
        <source>Disk alarm on %1: publishers are blocked</source>
        <comment>a RabbitMQ node</comment>
        <translation>Disk alarm on %1: publishers are blocked</translation>
    </message>
    <message>
        <source>Disk alarm on %1 cleared</source>
        <comment>a RabbitMQ node</comment>
        <translation>Disk alarm on %1 cleared</translation>
    </message>
    <message>
        <source>[%1]</source>
        <comment>a group of nodes in a partition</comment>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Partition detected between %1</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>Partition detected between %1</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between two partition groups</comment>
        <translation> and </translation>
    </message>
    <message>
        <source>Partition healed: every node sees every other</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>Partition healed: every node sees every other</translation>
    </message>
    <message>
        <source>HAProxy %1 now serving from %2 (backup)</source>
        <comment>listener, server</comment>
        <translation>HAProxy %1 now serving from %2 (backup)</translation>
    </message>
    <message>
        <source>HAProxy %1 now serving from %2 (active)</source>
        <comment>listener, server</comment>
        <translation>HAProxy %1 now serving from %2 (active)</translation>
    </message>
    <message>
        <source>HAProxy %1 has no server UP: clients cannot connect</source>
        <comment>listener</comment>
        <translation>HAProxy %1 has no server UP: clients cannot connect</translation>
    </message>
    <message>
        <source>HAProxy server %1/%2: %3 → %4</source>
        <comment>listener/server: old state → new state</comment>
        <translation>HAProxy server %1/%2: %3 → %4</translation>
    </message>
    <message>
        <source>%1 stopped answering: %2</source>
        <comment>a status source (API on rabbit1, SSH on rabbit2...)</comment>
        <translation>%1 stopped answering: %2</translation>
    </message>
    <message>
        <source>%1 answers again</source>
        <comment>a status source (API on rabbit1, SSH on rabbit2...)</comment>
        <translation>%1 answers again</translation>
    </message>
    <message>
        <source>No source answered: the view shows the last data collected</source>
        <translation>No source answered: the view shows the last data collected</translation>
    </message>
</context>
<context>
    <name>ConvertSpec</name>
    <message>
        <source>Change Node &amp;Type (disc/ram)…</source>
        <comment>RabbitMQ node type</comment>
        <translation>Change Node &amp;Type (disc/ram)…</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>Current type:</source>
        <comment>RabbitMQ node type</comment>
        <translation>Current type:</translation>
    </message>
    <message>
        <source>New &amp;type:</source>
        <comment>RabbitMQ node type</comment>
        <translation>New &amp;type:</translation>
    </message>
    <message>
        <source>not known yet (the preflight reads it)</source>
        <comment>RabbitMQ node type</comment>
        <translation>not known yet (the preflight reads it)</translation>
    </message>
</context>
<context>
    <name>DrillSetup</name>
    <message>
        <source>the profile names no HAProxy host (haproxy.host)</source>
        <translation>the profile names no HAProxy host (haproxy.host)</translation>
    </message>
    <message>
        <source>no password for %1: %2</source>
        <translation>no password for %1: %2</translation>
    </message>
    <message>
        <source>HAProxy shows no active AMQP server that is a node of this cluster</source>
        <translation>HAProxy shows no active AMQP server that is a node of this cluster</translation>
    </message>
    <message>
        <source>the number of messages must be between %1 and %2</source>
        <translation>the number of messages must be between %1 and %2</translation>
    </message>
    <message>
        <source>the drill&apos;s time limit must be between %1 and %2 seconds</source>
        <translation>the drill&apos;s time limit must be between %1 and %2 seconds</translation>
    </message>
</context>
<context>
    <name>FactCollector</name>
    <message>
        <source>its Erlang VM answers but cluster_status needs the RabbitMQ application, which is stopped</source>
        <translation>its Erlang VM answers but cluster_status needs the RabbitMQ application, which is stopped</translation>
    </message>
</context>
<context>
    <name>FailoverDrill</name>
    <message>
        <source>no reply</source>
        <translation>no reply</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <source>cannot create a socket</source>
        <translation>cannot create a socket</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>cannot connect to %1:%2: %3</translation>
    </message>
    <message>
        <source>the fault could not be injected: %1</source>
        <translation>the fault could not be injected: %1</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>the broker closed the connection</translation>
    </message>
    <message>
        <source>cannot read the queue back: %1</source>
        <translation>cannot read the queue back: %1</translation>
    </message>
    <message>
        <source>%1 message(s) were never confirmed within %2 s; last error: %3</source>
        <translation>%1 message(s) were never confirmed within %2 s; last error: %3</translation>
    </message>
</context>
<context>
    <name>FixAddressSpec</name>
    <message>
        <source>Fix &amp;Address or Hostname Change…</source>
        <comment>a RabbitMQ host&apos;s IP address or hostname</comment>
        <translation>Fix &amp;Address or Hostname Change…</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>&amp;Fix:</source>
        <comment>the fix for an address or hostname change</comment>
        <translation>&amp;Fix:</translation>
    </message>
    <message>
        <source>Repair name resolution (the IP address changed)</source>
        <translation>Repair name resolution (the IP address changed)</translation>
    </message>
    <message>
        <source>Keep the old node name (the hostname changed)</source>
        <comment>RabbitMQ node name</comment>
        <translation>Keep the old node name (the hostname changed)</translation>
    </message>
    <message>
        <source>Rename the node (the hostname changed; RabbitMQ 3.7 to 3.12)</source>
        <comment>RabbitMQ node name</comment>
        <translation>Rename the node (the hostname changed; RabbitMQ 3.7 to 3.12)</translation>
    </message>
    <message>
        <source>Forget the old node and join under the new name (the hostname changed)</source>
        <comment>RabbitMQ node name</comment>
        <translation>Forget the old node and join under the new name (the hostname changed)</translation>
    </message>
    <message>
        <source>/etc/hosts is corrected (with a backup) on every host that resolves the node&apos;s name to an old address; nothing else changes.</source>
        <translation>/etc/hosts is corrected (with a backup) on every host that resolves the node&apos;s name to an old address; nothing else changes.</translation>
    </message>
    <message>
        <source>The node keeps its name, data and membership: NODENAME in rabbitmq-env.conf pins it, so its name no longer follows the hostname.</source>
        <comment>RabbitMQ node name</comment>
        <translation>The node keeps its name, data and membership: NODENAME in rabbitmq-env.conf pins it, so its name no longer follows the hostname.</translation>
    </message>
    <message>
        <source>rename_cluster_node rewrites the node&apos;s own database to the new name. Only for a disc node whose cluster is stopped, and never from RabbitMQ 3.13 on.</source>
        <comment>RabbitMQ node name</comment>
        <translation>rename_cluster_node rewrites the node&apos;s own database to the new name. Only for a disc node whose cluster is stopped, and never from RabbitMQ 3.13 on.</translation>
    </message>
    <message>
        <source>The cluster forgets the old node (queues whose only copy lived there are lost) and the node joins again under the new name with empty data.</source>
        <comment>RabbitMQ node name</comment>
        <translation>The cluster forgets the old node (queues whose only copy lived there are lost) and the node joins again under the new name with empty data.</translation>
    </message>
    <message>
        <source>%1 The preflight shows whether this fix applies; go Back to choose another.</source>
        <comment>%1: what the chosen fix changes, one or two sentences</comment>
        <translation>%1 The preflight shows whether this fix applies; go Back to choose another.</translation>
    </message>
</context>
<context>
    <name>ForgetSpec</name>
    <message>
        <source>&amp;Forget Node…</source>
        <comment>remove a RabbitMQ node from the cluster</comment>
        <translation>&amp;Forget Node…</translation>
    </message>
    <message>
        <source>&amp;Node to forget:</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Node to forget:</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <comment>the surviving node that runs forget_cluster_node</comment>
        <translation>&amp;Run on:</translation>
    </message>
    <message>
        <source>any running member (chosen by the preflight)</source>
        <translation>any running member (chosen by the preflight)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration: minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration: seconds</comment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>HaproxyConfig</name>
    <message>
        <source>the file is larger than %1 MiB; only the beginning was read</source>
        <translation>the file is larger than %1 MiB; only the beginning was read</translation>
    </message>
    <message>
        <source>more than %1 lines; the rest of the file was not read</source>
        <translation>more than %1 lines; the rest of the file was not read</translation>
    </message>
    <message>
        <source>line is %1 bytes long (HAProxy reads at most a few kB per line); skipped</source>
        <translation>line is %1 bytes long (HAProxy reads at most a few kB per line); skipped</translation>
    </message>
    <message>
        <source>line contains NUL bytes (binary data, not a configuration line); skipped</source>
        <translation>line contains NUL bytes (binary data, not a configuration line); skipped</translation>
    </message>
    <message>
        <source>unclosed quote</source>
        <translation>unclosed quote</translation>
    </message>
    <message>
        <source>line is not valid UTF-8 text (binary data?)</source>
        <translation>line is not valid UTF-8 text (binary data?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; section without a name</source>
        <translation>&quot;%1&quot; section without a name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; outside any section (global, defaults, listen, frontend, backend)</source>
        <translation>&quot;%1&quot; outside any section (global, defaults, listen, frontend, backend)</translation>
    </message>
    <message>
        <source>&quot;server&quot; needs a name and an address</source>
        <translation>&quot;server&quot; needs a name and an address</translation>
    </message>
    <message>
        <source>&quot;bind&quot; needs an address</source>
        <translation>&quot;bind&quot; needs an address</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; needs a name and a time such as 5s or 3h</source>
        <translation>&quot;timeout&quot; needs a name and a time such as 5s or 3h</translation>
    </message>
    <message>
        <source>%1 lines hold binary data in all</source>
        <translation>%1 lines hold binary data in all</translation>
    </message>
    <message>
        <source>&quot;timeout %1&quot; is longer than HAProxy allows (at most 2147483647 ms, about 24.8 days)</source>
        <translation>&quot;timeout %1&quot; is longer than HAProxy allows (at most 2147483647 ms, about 24.8 days)</translation>
    </message>
</context>
<context>
    <name>HaproxyExport</name>
    <message>
        <source>the cluster has no RabbitMQ nodes to put behind HAProxy</source>
        <translation>the cluster has no RabbitMQ nodes to put behind HAProxy</translation>
    </message>
    <message>
        <source>node %1 has an address that cannot be written into haproxy.cfg</source>
        <translation>node %1 has an address that cannot be written into haproxy.cfg</translation>
    </message>
    <message>
        <source>the heartbeat must be between 0 and 86400 seconds</source>
        <translation>the heartbeat must be between 0 and 86400 seconds</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node of this cluster (nodes: %2)</source>
        <translation>&quot;%1&quot; is not a node of this cluster (nodes: %2)</translation>
    </message>
    <message>
        <source>unknown balance &quot;%1&quot; (use roundrobin or leastconn)</source>
        <translation>unknown balance &quot;%1&quot; (use roundrobin or leastconn)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address HAProxy can bind to</source>
        <translation>&quot;%1&quot; is not an address HAProxy can bind to</translation>
    </message>
    <message>
        <source>the stats socket path &quot;%1&quot; cannot be written into haproxy.cfg</source>
        <translation>the stats socket path &quot;%1&quot; cannot be written into haproxy.cfg</translation>
    </message>
    <message>
        <source>health checks need an interval of 100 ms to 1 h and rise/fall between 1 and 100</source>
        <translation>health checks need an interval of 100 ms to 1 h and rise/fall between 1 and 100</translation>
    </message>
    <message>
        <source>maxconn must be between 1 and 10000000</source>
        <translation>maxconn must be between 1 and 10000000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user or group name HAProxy can switch to</source>
        <translation>&quot;%1&quot; is not a user or group name HAProxy can switch to</translation>
    </message>
    <message>
        <source>the log target &quot;%1&quot; cannot be written into haproxy.cfg</source>
        <translation>the log target &quot;%1&quot; cannot be written into haproxy.cfg</translation>
    </message>
</context>
<context>
    <name>HaproxyItem</name>
    <message>
        <source>backup</source>
        <comment>HAProxy server role</comment>
        <translation>backup</translation>
    </message>
    <message>
        <source>active</source>
        <comment>HAProxy server role</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>serving</source>
        <comment>this HAProxy server takes the client connections now</comment>
        <translation>serving</translation>
    </message>
    <message>
        <source>No server reported</source>
        <comment>HAProxy stats</comment>
        <translation>No server reported</translation>
    </message>
    <message>
        <source>listener %1</source>
        <comment>HAProxy listen/backend section</comment>
        <translation>listener %1</translation>
    </message>
    <message>
        <source>check %1</source>
        <comment>HAProxy health check result</comment>
        <translation>check %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <comment>HAProxy current sessions</comment>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>time since the last state change</comment>
        <translation>for %1</translation>
    </message>
    <message>
        <source>⚠ %1: no node has this address</source>
        <comment>HAProxy server address</comment>
        <translation>⚠ %1: no node has this address</translation>
    </message>
</context>
<context>
    <name>HaproxyLint</name>
    <message>
        <source>Check that this is the right file and that it is plain text; HAProxy refuses such lines too.</source>
        <translation>Check that this is the right file and that it is plain text; HAProxy refuses such lines too.</translation>
    </message>
    <message>
        <source>Correct the line; `haproxy -c -f FILE` shows how HAProxy reads it.</source>
        <translation>Correct the line; `haproxy -c -f FILE` shows how HAProxy reads it.</translation>
    </message>
    <message>
        <source>The file has no sections at all (global, defaults, listen, frontend, backend).</source>
        <translation>The file has no sections at all (global, defaults, listen, frontend, backend).</translation>
    </message>
    <message>
        <source>Start from `warrenctl haproxy export`, which writes a complete configuration for this cluster.</source>
        <translation>Start from `warrenctl haproxy export`, which writes a complete configuration for this cluster.</translation>
    </message>
    <message>
        <source>No listen, frontend or backend handles AMQP (port %1 or %2): clients cannot reach the cluster through this HAProxy.</source>
        <translation>No listen, frontend or backend handles AMQP (port %1 or %2): clients cannot reach the cluster through this HAProxy.</translation>
    </message>
    <message>
        <source>Add a `listen` section with `bind ADDRESS:5672`, `mode tcp` and one `server` line per node.</source>
        <translation>Add a `listen` section with `bind ADDRESS:5672`, `mode tcp` and one `server` line per node.</translation>
    </message>
    <message>
        <source>Global maxconn is %1. AMQP connections live for hours: each client holds one for its whole life, so a low limit turns a reconnect storm after a failover into refused connections.</source>
        <translation>Global maxconn is %1. AMQP connections live for hours: each client holds one for its whole life, so a low limit turns a reconnect storm after a failover into refused connections.</translation>
    </message>
    <message>
        <source>Raise maxconn to comfortably above the number of AMQP clients (e.g. 4096) and make sure the file descriptor limit allows it.</source>
        <translation>Raise maxconn to comfortably above the number of AMQP clients (e.g. 4096) and make sure the file descriptor limit allows it.</translation>
    </message>
    <message>
        <source>No `stats socket` in the global section: neither Warren nor an admin can ask HAProxy which node is active, nor put a server into maintenance without a reload.</source>
        <translation>No `stats socket` in the global section: neither Warren nor an admin can ask HAProxy which node is active, nor put a server into maintenance without a reload.</translation>
    </message>
    <message>
        <source>Add `stats socket /run/haproxy/admin.sock mode 660 level admin` to the global section.</source>
        <translation>Add `stats socket /run/haproxy/admin.sock mode 660 level admin` to the global section.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; proxies port %2 (epmd, the Erlang port mapper). epmd is node-to-node traffic: nodes must reach each other&apos;s epmd directly, and a proxy in between makes a node look up its peers on the wrong host.</source>
        <translation>&quot;%1&quot; proxies port %2 (epmd, the Erlang port mapper). epmd is node-to-node traffic: nodes must reach each other&apos;s epmd directly, and a proxy in between makes a node look up its peers on the wrong host.</translation>
    </message>
    <message>
        <source>Remove this section. Let the nodes reach each other directly on 4369 and 25672; proxy only client ports (5672, 15672).</source>
        <translation>Remove this section. Let the nodes reach each other directly on 4369 and 25672; proxy only client ports (5672, 15672).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; proxies port %2 (Erlang distribution, inter-node traffic). Clustering through a load balancer breaks: nodes connect to whichever node HAProxy picks, not to the one they mean.</source>
        <translation>&quot;%1&quot; proxies port %2 (Erlang distribution, inter-node traffic). Clustering through a load balancer breaks: nodes connect to whichever node HAProxy picks, not to the one they mean.</translation>
    </message>
    <message>
        <source>Remove this section. Nodes talk to each other directly on 25672; proxy only client ports.</source>
        <translation>Remove this section. Nodes talk to each other directly on 25672; proxy only client ports.</translation>
    </message>
    <message>
        <source>The management UI (port %1) is offered on every address of the HAProxy host (%2), including public ones: the admin interface of the whole cluster is exposed.</source>
        <translation>The management UI (port %1) is offered on every address of the HAProxy host (%2), including public ones: the admin interface of the whole cluster is exposed.</translation>
    </message>
    <message>
        <source>Bind the management listener to an internal address only, e.g. `bind 10.0.0.10:15672`.</source>
        <translation>Bind the management listener to an internal address only, e.g. `bind 10.0.0.10:15672`.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries AMQP but runs in `mode http`: HAProxy expects HTTP requests and rejects the AMQP protocol header, so no client can connect.</source>
        <translation>&quot;%1&quot; carries AMQP but runs in `mode http`: HAProxy expects HTTP requests and rejects the AMQP protocol header, so no client can connect.</translation>
    </message>
    <message>
        <source>Use `mode tcp` for AMQP listeners and backends.</source>
        <translation>Use `mode tcp` for AMQP listeners and backends.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no `option tcpka`: long idle AMQP connections can be dropped silently by firewalls and NAT between client, HAProxy and node, and dead peers are noticed late.</source>
        <translation>&quot;%1&quot; has no `option tcpka`: long idle AMQP connections can be dropped silently by firewalls and NAT between client, HAProxy and node, and dead peers are noticed late.</translation>
    </message>
    <message>
        <source>Add `option tcpka` to the section (or to defaults).</source>
        <translation>Add `option tcpka` to the section (or to defaults).</translation>
    </message>
    <message>
        <source>`retries` without `option redispatch`: every retry goes to the same failed server, so a client connecting while the active node is down waits for all retries and fails.</source>
        <translation>`retries` without `option redispatch`: every retry goes to the same failed server, so a client connecting while the active node is down waits for all retries and fails.</translation>
    </message>
    <message>
        <source>Add `option redispatch` next to `retries`, so the last retry goes to another server.</source>
        <translation>Add `option redispatch` next to `retries`, so the last retry goes to another server.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no `timeout %2`: HAProxy then never closes dead half-open connections, which pile up until maxconn is reached.</source>
        <translation>&quot;%1&quot; has no `timeout %2`: HAProxy then never closes dead half-open connections, which pile up until maxconn is reached.</translation>
    </message>
    <message>
        <source>Set `timeout %1` well above the AMQP heartbeat, e.g. 3h.</source>
        <translation>Set `timeout %1` well above the AMQP heartbeat, e.g. 3h.</translation>
    </message>
    <message>
        <source>`timeout %1` is %2 s, at or under the AMQP heartbeat of %3 s: HAProxy closes idle but healthy AMQP connections before a heartbeat can keep them alive, and clients reconnect over and over.</source>
        <translation>`timeout %1` is %2 s, at or under the AMQP heartbeat of %3 s: HAProxy closes idle but healthy AMQP connections before a heartbeat can keep them alive, and clients reconnect over and over.</translation>
    </message>
    <message>
        <source>Set `timeout client` and `timeout server` well above the heartbeat (e.g. 3h), or lower the heartbeat the clients negotiate.</source>
        <translation>Set `timeout client` and `timeout server` well above the heartbeat (e.g. 3h), or lower the heartbeat the clients negotiate.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no `server` lines: every connection to it fails.</source>
        <translation>&quot;%1&quot; has no `server` lines: every connection to it fails.</translation>
    </message>
    <message>
        <source>Add one `server` line per cluster node.</source>
        <translation>Add one `server` line per cluster node.</translation>
    </message>
    <message>
        <source>Server name &quot;%1&quot; is used twice in &quot;%2&quot;: HAProxy refuses the file, and stats could not tell the two apart.</source>
        <translation>Server name &quot;%1&quot; is used twice in &quot;%2&quot;: HAProxy refuses the file, and stats could not tell the two apart.</translation>
    </message>
    <message>
        <source>Give every server in a section its own name, e.g. the node&apos;s host name.</source>
        <translation>Give every server in a section its own name, e.g. the node&apos;s host name.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no health check: when its node stops, HAProxy keeps sending clients to it.</source>
        <translation>Server &quot;%1&quot; has no health check: when its node stops, HAProxy keeps sending clients to it.</translation>
    </message>
    <message>
        <source>Add `check inter 2000 rise 2 fall 3` to the server line.</source>
        <translation>Add `check inter 2000 rise 2 fall 3` to the server line.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; points at %2, which is no node of this cluster: clients sent there do not reach it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation>Server &quot;%1&quot; points at %2, which is no node of this cluster: clients sent there do not reach it.</translation>
    </message>
    <message>
        <source>Use the address of a cluster node, or remove the line.</source>
        <translation>Use the address of a cluster node, or remove the line.</translation>
    </message>
    <message>
        <source>Health checks in &quot;%1&quot; run with HAProxy&apos;s defaults (inter 2s, rise 2, fall 3): that works, but the failover time is then nowhere written down.</source>
        <translation>Health checks in &quot;%1&quot; run with HAProxy&apos;s defaults (inter 2s, rise 2, fall 3): that works, but the failover time is then nowhere written down.</translation>
    </message>
    <message>
        <source>State `inter`, `rise` and `fall` on the server lines or in a `default-server` line.</source>
        <translation>State `inter`, `rise` and `fall` on the server lines or in a `default-server` line.</translation>
    </message>
    <message>
        <source>Every server in &quot;%1&quot; is `backup`: no server takes traffic while all are up.</source>
        <translation>Every server in &quot;%1&quot; is `backup`: no server takes traffic while all are up.</translation>
    </message>
    <message>
        <source>Remove `backup` from the server that should be active.</source>
        <translation>Remove `backup` from the server that should be active.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. With classic mirrored queues, consumers then talk to followers and every message crosses the cluster.</source>
        <comment>followers: mirror replicas of a queue</comment>
        <translation>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. With classic mirrored queues, consumers then talk to followers and every message crosses the cluster.</translation>
    </message>
    <message>
        <source>Either mark all servers but one `backup` (one active node), or state `balance roundrobin` or `balance leastconn` on purpose.</source>
        <translation>Either mark all servers but one `backup` (one active node), or state `balance roundrobin` or `balance leastconn` on purpose.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a single server: when that node stops, clients have nowhere to go.</source>
        <translation>&quot;%1&quot; has a single server: when that node stops, clients have nowhere to go.</translation>
    </message>
    <message>
        <source>Add the other cluster nodes as `backup` servers.</source>
        <translation>Add the other cluster nodes as `backup` servers.</translation>
    </message>
    <message>
        <source>Cluster node %1 (%2) is not a server of &quot;%3&quot;: HAProxy cannot fail over to it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation>Cluster node %1 (%2) is not a server of &quot;%3&quot;: HAProxy cannot fail over to it.</translation>
    </message>
    <message>
        <source>Add `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`.</source>
        <translation>Add `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`.</translation>
    </message>
    <message>
        <source>The global section has no `user` (or `uid`): when HAProxy is started as root, it keeps root privileges while it handles traffic from every client.</source>
        <translation>The global section has no `user` (or `uid`): when HAProxy is started as root, it keeps root privileges while it handles traffic from every client.</translation>
    </message>
    <message>
        <source>Add `user haproxy` and `group haproxy` to the global section; HAProxy binds its ports first and then drops root.</source>
        <translation>Add `user haproxy` and `group haproxy` to the global section; HAProxy binds its ports first and then drops root.</translation>
    </message>
    <message>
        <source>The global section sets no `maxconn`: HAProxy derives the limit from the file descriptor limit it starts with, so how many AMQP clients it accepts depends on the service manager, not on this file.</source>
        <translation>The global section sets no `maxconn`: HAProxy derives the limit from the file descriptor limit it starts with, so how many AMQP clients it accepts depends on the service manager, not on this file.</translation>
    </message>
    <message>
        <source>State `maxconn` in the global section, comfortably above the number of AMQP clients (e.g. 4096).</source>
        <translation>State `maxconn` in the global section, comfortably above the number of AMQP clients (e.g. 4096).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no `timeout connect`: a connection to a node that does not answer (powered off, cable pulled) waits for the kernel to give up, minutes instead of seconds, before HAProxy tries another server.</source>
        <translation>&quot;%1&quot; has no `timeout connect`: a connection to a node that does not answer (powered off, cable pulled) waits for the kernel to give up, minutes instead of seconds, before HAProxy tries another server.</translation>
    </message>
    <message>
        <source>Add `timeout connect 5s` to the section or to defaults.</source>
        <translation>Add `timeout connect 5s` to the section or to defaults.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries AMQP but checks its servers with `option httpchk`: the AMQP port does not speak HTTP, so every check fails and HAProxy marks every node DOWN.</source>
        <translation>&quot;%1&quot; carries AMQP but checks its servers with `option httpchk`: the AMQP port does not speak HTTP, so every check fails and HAProxy marks every node DOWN.</translation>
    </message>
    <message>
        <source>Remove `option httpchk` from the AMQP section (a plain `check` tests the TCP port); keep HTTP checks for the management listener.</source>
        <translation>Remove `option httpchk` from the AMQP section (a plain `check` tests the TCP port); keep HTTP checks for the management listener.</translation>
    </message>
    <message>
        <source>The stats page of &quot;%1&quot; has `stats admin` but no authentication and listens on %2: anyone who reaches it can put nodes into maintenance or drain them.</source>
        <translation>The stats page of &quot;%1&quot; has `stats admin` but no authentication and listens on %2: anyone who reaches it can put nodes into maintenance or drain them.</translation>
    </message>
    <message>
        <source>Add `stats auth USER:PASSWORD`, or bind the stats page to 127.0.0.1 only.</source>
        <translation>Add `stats auth USER:PASSWORD`, or bind the stats page to 127.0.0.1 only.</translation>
    </message>
    <message>
        <source>The stats page of &quot;%1&quot; has no authentication and listens on every address (%2): the cluster&apos;s layout, addresses and traffic are visible from any network the host is on.</source>
        <translation>The stats page of &quot;%1&quot; has no authentication and listens on every address (%2): the cluster&apos;s layout, addresses and traffic are visible from any network the host is on.</translation>
    </message>
    <message>
        <source>Bind the stats page to an internal address, or add `stats auth USER:PASSWORD`.</source>
        <translation>Bind the stats page to an internal address, or add `stats auth USER:PASSWORD`.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is checked every %2 s and marked DOWN after %3 failures: clients keep being sent to a dead node for about %4 s.</source>
        <translation>Server &quot;%1&quot; is checked every %2 s and marked DOWN after %3 failures: clients keep being sent to a dead node for about %4 s.</translation>
    </message>
    <message>
        <source>Use e.g. `check inter 2000 rise 2 fall 3` (about 6 s to fail over).</source>
        <translation>Use e.g. `check inter 2000 rise 2 fall 3` (about 6 s to fail over).</translation>
    </message>
    <message>
        <source>Use `cookie NAME insert indirect nocache` with a `cookie` value on each server line, or a stick table (`stick-table` and `stick on`).</source>
        <translation>Use `cookie NAME insert indirect nocache` with a `cookie` value on each server line, or a stick table (`stick-table` and `stick on`).</translation>
    </message>
    <message>
        <source>Use `use_backend BACKEND if { hdr(NAME) -m reg REGEX }`.</source>
        <translation>Use `use_backend BACKEND if { hdr(NAME) -m reg REGEX }`.</translation>
    </message>
    <message>
        <source>Use `use_backend BACKEND if { hdr(NAME) -m reg -i REGEX }`.</source>
        <translation>Use `use_backend BACKEND if { hdr(NAME) -m reg -i REGEX }`.</translation>
    </message>
    <message>
        <source>Write `timeout connect` with the same time, e.g. `timeout connect 5s`.</source>
        <translation>Write `timeout connect` with the same time, e.g. `timeout connect 5s`.</translation>
    </message>
    <message>
        <source>Write `timeout client` with the same time, e.g. `timeout client 3h`.</source>
        <translation>Write `timeout client` with the same time, e.g. `timeout client 3h`.</translation>
    </message>
    <message>
        <source>Write `timeout server` with the same time, e.g. `timeout server 3h`.</source>
        <translation>Write `timeout server` with the same time, e.g. `timeout server 3h`.</translation>
    </message>
    <message>
        <source>Write `option redispatch`.</source>
        <translation>Write `option redispatch`.</translation>
    </message>
    <message>
        <source>Write `http-request deny` with the same condition (`if ...`).</source>
        <translation>Write `http-request deny` with the same condition (`if ...`).</translation>
    </message>
    <message>
        <source>Use `http-request replace-header`, `http-request replace-path` or `http-request replace-uri`.</source>
        <translation>Use `http-request replace-header`, `http-request replace-path` or `http-request replace-uri`.</translation>
    </message>
    <message>
        <source>Use `http-request replace-header NAME REGEX REPLACEMENT`.</source>
        <translation>Use `http-request replace-header NAME REGEX REPLACEMENT`.</translation>
    </message>
    <message>
        <source>Use `http-request del-header NAME`.</source>
        <translation>Use `http-request del-header NAME`.</translation>
    </message>
    <message>
        <source>Use `http-request deny if { hdr(NAME) -m reg REGEX }`.</source>
        <translation>Use `http-request deny if { hdr(NAME) -m reg REGEX }`.</translation>
    </message>
    <message>
        <source>Use `http-request deny if { hdr(NAME) -m reg -i REGEX }`.</source>
        <translation>Use `http-request deny if { hdr(NAME) -m reg -i REGEX }`.</translation>
    </message>
    <message>
        <source>Remove the line; HAProxy 2.1 and later have no such rule.</source>
        <translation>Remove the line; HAProxy 2.1 and later have no such rule.</translation>
    </message>
    <message>
        <source>Use `http-request allow if { hdr(NAME) -m reg REGEX }`.</source>
        <translation>Use `http-request allow if { hdr(NAME) -m reg REGEX }`.</translation>
    </message>
    <message>
        <source>Use `http-request allow if { hdr(NAME) -m reg -i REGEX }`.</source>
        <translation>Use `http-request allow if { hdr(NAME) -m reg -i REGEX }`.</translation>
    </message>
    <message>
        <source>Use `http-request tarpit if { hdr(NAME) -m reg REGEX }`.</source>
        <translation>Use `http-request tarpit if { hdr(NAME) -m reg REGEX }`.</translation>
    </message>
    <message>
        <source>Use `http-request tarpit if { hdr(NAME) -m reg -i REGEX }`.</source>
        <translation>Use `http-request tarpit if { hdr(NAME) -m reg -i REGEX }`.</translation>
    </message>
    <message>
        <source>Use `http-request add-header NAME VALUE`.</source>
        <translation>Use `http-request add-header NAME VALUE`.</translation>
    </message>
    <message>
        <source>Use `http-response replace-header NAME REGEX REPLACEMENT`.</source>
        <translation>Use `http-response replace-header NAME REGEX REPLACEMENT`.</translation>
    </message>
    <message>
        <source>Use `http-response del-header NAME`.</source>
        <translation>Use `http-response del-header NAME`.</translation>
    </message>
    <message>
        <source>Use `http-response deny if { res.hdr(NAME) -m reg REGEX }`.</source>
        <translation>Use `http-response deny if { res.hdr(NAME) -m reg REGEX }`.</translation>
    </message>
    <message>
        <source>Use `http-response deny if { res.hdr(NAME) -m reg -i REGEX }`.</source>
        <translation>Use `http-response deny if { res.hdr(NAME) -m reg -i REGEX }`.</translation>
    </message>
    <message>
        <source>Use `http-response add-header NAME VALUE`.</source>
        <translation>Use `http-response add-header NAME VALUE`.</translation>
    </message>
    <message>
        <source>Remove the line; HAProxy 2.1 and later need it for nothing (HAProxy&apos;s own advice).</source>
        <translation>Remove the line; HAProxy 2.1 and later need it for nothing (HAProxy&apos;s own advice).</translation>
    </message>
    <message>
        <source>Write it as `option independent-streams` (the misspelling is gone).</source>
        <translation>Write it as `option independent-streams` (the misspelling is gone).</translation>
    </message>
    <message>
        <source>In a `mode http` section, use `http-request return status 200 if { src NETWORK }`.</source>
        <translation>In a `mode http` section, use `http-request return status 200 if { src NETWORK }`.</translation>
    </message>
    <message>
        <source>Use `mode http` with `http-request return status 200`.</source>
        <translation>Use `mode http` with `http-request return status 200`.</translation>
    </message>
    <message>
        <source>Remove the line: HAProxy 2.5 and later run one process with a thread per CPU (`nbthread` sets another count).</source>
        <translation>Remove the line: HAProxy 2.5 and later run one process with a thread per CPU (`nbthread` sets another count).</translation>
    </message>
    <message>
        <source>Remove the line: health checks use `tune.bufsize`.</source>
        <translation>Remove the line: health checks use `tune.bufsize`.</translation>
    </message>
    <message>
        <source>Remove the line, or write `option httpclose` if you really need it.</source>
        <translation>Remove the line, or write `option httpclose` if you really need it.</translation>
    </message>
    <message>
        <source>Use `http-request set-dst` and `http-request set-uri` (and `http-request do-resolve` for host names).</source>
        <translation>Use `http-request set-dst` and `http-request set-uri` (and `http-request do-resolve` for host names).</translation>
    </message>
    <message>
        <source>Remove the line: HAProxy runs a single process since 2.5, so it has no effect.</source>
        <translation>Remove the line: HAProxy runs a single process since 2.5, so it has no effect.</translation>
    </message>
    <message>
        <source>`%1` was removed in HAProxy %2: HAProxy %3 refuses to load the file.</source>
        <translation>`%1` was removed in HAProxy %2: HAProxy %3 refuses to load the file.</translation>
    </message>
    <message>
        <source>`%1` is deprecated since HAProxy %2 and accepts only process 1 there: HAProxy %3 refuses this value, and %4 and later refuse the keyword.</source>
        <translation>`%1` is deprecated since HAProxy %2 and accepts only process 1 there: HAProxy %3 refuses this value, and %4 and later refuse the keyword.</translation>
    </message>
    <message>
        <source>`%1` is deprecated since HAProxy %2: HAProxy %3 still loads the file with a warning, but %4 and later refuse it.</source>
        <translation>`%1` is deprecated since HAProxy %2: HAProxy %3 still loads the file with a warning, but %4 and later refuse it.</translation>
    </message>
    <message>
        <source>Move the address to a `bind` line in the section: `bind %1`.</source>
        <translation>Move the address to a `bind` line in the section: `bind %1`.</translation>
    </message>
    <message>
        <source>Remove `process %1` from the bind line (write `thread N` to pin it to threads).</source>
        <translation>Remove `process %1` from the bind line (write `thread N` to pin it to threads).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; proxies the stream protocol (port %2 or %3). A stream client asks the node it reached where the stream&apos;s leader and replicas are and then connects to those nodes itself, at the addresses they advertise: behind a proxy it ends up on the wrong node or cannot connect at all.</source>
        <translation>&quot;%1&quot; proxies the stream protocol (port %2 or %3). A stream client asks the node it reached where the stream&apos;s leader and replicas are and then connects to those nodes itself, at the addresses they advertise: behind a proxy it ends up on the wrong node or cannot connect at all.</translation>
    </message>
    <message>
        <source>Let stream clients reach the nodes directly (list every node in the client), or set `stream.advertised_host` and `stream.advertised_port` on each node to an address that routes to that node only.</source>
        <translation>Let stream clients reach the nodes directly (list every node in the client), or set `stream.advertised_host` and `stream.advertised_port` on each node to an address that routes to that node only.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. A client that lands on a node other than its quorum queue&apos;s leader has every message relayed through the leader&apos;s node.</source>
        <translation>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. A client that lands on a node other than its quorum queue&apos;s leader has every message relayed through the leader&apos;s node.</translation>
    </message>
</context>
<context>
    <name>HaproxyPush</name>
    <message>
        <source>the profile names no HAProxy host (haproxy.host)</source>
        <translation>the profile names no HAProxy host (haproxy.host)</translation>
    </message>
    <message>
        <source>the profile does not say where haproxy.cfg is (haproxy.configPath)</source>
        <translation>the profile does not say where haproxy.cfg is (haproxy.configPath)</translation>
    </message>
    <message>
        <source>haproxy.configPath must be an absolute path</source>
        <translation>haproxy.configPath must be an absolute path</translation>
    </message>
    <message>
        <source>the profile names no HAProxy stats socket (haproxy.statsSocket), so a push cannot be verified</source>
        <translation>the profile names no HAProxy stats socket (haproxy.statsSocket), so a push cannot be verified</translation>
    </message>
    <message>
        <source>upload the new file to a temporary file on %1 and check it: %2</source>
        <translation>upload the new file to a temporary file on %1 and check it: %2</translation>
    </message>
    <message>
        <source>back up the current file: %1</source>
        <translation>back up the current file: %1</translation>
    </message>
    <message>
        <source>write the new file in place: %1</source>
        <translation>write the new file in place: %1</translation>
    </message>
    <message>
        <source>check it where it is: %1</source>
        <translation>check it where it is: %1</translation>
    </message>
    <message>
        <source>reload HAProxy (established connections stay on the old process): %1</source>
        <translation>reload HAProxy (established connections stay on the old process): %1</translation>
    </message>
    <message>
        <source>read `show stat` on %1 until the servers are as the file says; on any failure put the backup back and reload</source>
        <translation>read `show stat` on %1 until the servers are as the file says; on any failure put the backup back and reload</translation>
    </message>
    <message>
        <source>ssh to %1: %2</source>
        <translation>ssh to %1: %2</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>exit %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation>cannot read %1 on %2: %3</translation>
    </message>
    <message>
        <source>show stat on %1: %2</source>
        <translation>show stat on %1: %2</translation>
    </message>
    <message>
        <source>unreadable show stat output: %1</source>
        <translation>unreadable show stat output: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file on %1: %2</source>
        <translation>cannot create a temporary file on %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>cannot write %1 on %2: %3</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>cannot write a temporary file: %1</translation>
    </message>
    <message>
        <source>haproxy -c did not finish within 30 s</source>
        <translation>haproxy -c did not finish within 30 s</translation>
    </message>
    <message>
        <source>%1/%2 is not reported</source>
        <translation>%1/%2 is not reported</translation>
    </message>
    <message>
        <source>%1/%2 is %3, expected %4</source>
        <translation>%1/%2 is %3, expected %4</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>%1/%2 points at %3, expected %4</source>
        <translation>%1/%2 points at %3, expected %4</translation>
    </message>
    <message>
        <source>%1/%2 is %3, expected UP</source>
        <translation>%1/%2 is %3, expected UP</translation>
    </message>
    <message>
        <source>%1/%2 is reported but not in the file</source>
        <translation>%1/%2 is reported but not in the file</translation>
    </message>
    <message>
        <source>cannot upload the new file to %1: %2</source>
        <translation>cannot upload the new file to %1: %2</translation>
    </message>
    <message>
        <source>HAProxy on %1 refuses the new file; nothing was changed: %2</source>
        <translation>HAProxy on %1 refuses the new file; nothing was changed: %2</translation>
    </message>
    <message>
        <source>the new file passes haproxy -c on %1</source>
        <translation>the new file passes haproxy -c on %1</translation>
    </message>
    <message>
        <source>%1 on %2 already has this content; nothing to do</source>
        <translation>%1 on %2 already has this content; nothing to do</translation>
    </message>
    <message>
        <source>cannot back up %1 on %2; nothing was changed: %3</source>
        <translation>cannot back up %1 on %2; nothing was changed: %3</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>backed up %1 to %2</translation>
    </message>
    <message>
        <source>%1; restoring the backup FAILED (%2): restore %3 by hand</source>
        <translation>%1; restoring the backup FAILED (%2): restore %3 by hand</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>restored %1 from %2</translation>
    </message>
    <message>
        <source>reloaded HAProxy with the restored file</source>
        <translation>reloaded HAProxy with the restored file</translation>
    </message>
    <message>
        <source>reloading HAProxy with the restored file failed: %1</source>
        <translation>reloading HAProxy with the restored file failed: %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>HAProxy refuses %1 where it is: %2</source>
        <translation>HAProxy refuses %1 where it is: %2</translation>
    </message>
    <message>
        <source>reload failed (%1): %2</source>
        <translation>reload failed (%1): %2</translation>
    </message>
    <message>
        <source>reloaded HAProxy</source>
        <translation>reloaded HAProxy</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>after the reload HAProxy does not show the servers as intended within %1 s: %2</source>
        <translation>after the reload HAProxy does not show the servers as intended within %1 s: %2</translation>
    </message>
    <message>
        <source>show stat confirms the servers as the file says</source>
        <translation>show stat confirms the servers as the file says</translation>
    </message>
</context>
<context>
    <name>HaproxyRuntime</name>
    <message>
        <source>not listed</source>
        <translation>not listed</translation>
    </message>
</context>
<context>
    <name>HaproxyWorkbench</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generated</translation>
    </message>
</context>
<context>
    <name>JoinSpec</name>
    <message>
        <source>&amp;Join Node to Cluster…</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Join Node to Cluster…</translation>
    </message>
    <message>
        <source>&amp;Node to join:</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Node to join:</translation>
    </message>
    <message>
        <source>&amp;Cluster of:</source>
        <comment>a member of the cluster to join</comment>
        <translation>&amp;Cluster of:</translation>
    </message>
    <message>
        <source>Node &amp;type:</source>
        <comment>RabbitMQ node type: disc or ram</comment>
        <translation>Node &amp;type:</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Warren: administer RabbitMQ clusters behind HAProxy.</source>
        <translation>Warren: administer RabbitMQ clusters behind HAProxy.</translation>
    </message>
    <message>
        <source>Open the cluster profile &lt;file&gt; (JSON, format warren-cluster-profile/1).</source>
        <translation>Open the cluster profile &lt;file&gt; (JSON, format warren-cluster-profile/1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;png&gt; after --screenshot-delay, then quit.</source>
        <translation>Save a picture of the main window to &lt;png&gt; after --screenshot-delay, then quit.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default: 8000).</source>
        <translation>Milliseconds to wait before --screenshot (default: 8000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--screenshot-delay needs a number of milliseconds</source>
        <translation>--screenshot-delay needs a number of milliseconds</translation>
    </message>
</context>
<context>
    <name>MaintenancePlanner</name>
    <message>
        <source>Put %1 in maintenance and stop it</source>
        <translation>Put %1 in maintenance and stop it</translation>
    </message>
    <message>
        <source>Put %1 in maintenance</source>
        <translation>Put %1 in maintenance</translation>
    </message>
    <message>
        <source>maintenance mode (rabbitmq-upgrade drain) exists from RabbitMQ 3.8 on; %1 runs %2</source>
        <translation>maintenance mode (rabbitmq-upgrade drain) exists from RabbitMQ 3.8 on; %1 runs %2</translation>
    </message>
    <message>
        <source>%1 is stopped and HAProxy sends it no clients</source>
        <translation>%1 is stopped and HAProxy sends it no clients</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 runs</translation>
    </message>
    <message>
        <source>the node is not running: there is nothing to drain</source>
        <translation>the node is not running: there is nothing to drain</translation>
    </message>
    <message>
        <source>%1 is in maintenance and HAProxy sends it no clients</source>
        <translation>%1 is in maintenance and HAProxy sends it no clients</translation>
    </message>
    <message>
        <source>Cluster members</source>
        <translation>Cluster members</translation>
    </message>
    <message>
        <source>%1&apos;s maintenance state</source>
        <translation>%1&apos;s maintenance state</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>in maintenance already</source>
        <translation>in maintenance already</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>in service</translation>
    </message>
    <message>
        <source>HAProxy forgets runtime states on a reload</source>
        <translation>HAProxy forgets runtime states on a reload</translation>
    </message>
    <message>
        <source>a reload or restart of HAProxy during the maintenance puts these servers back to ready, unless haproxy.cfg loads a server-state-file; do not reload HAProxy until the maintenance ends</source>
        <translation>a reload or restart of HAProxy during the maintenance puts these servers back to ready, unless haproxy.cfg loads a server-state-file; do not reload HAProxy until the maintenance ends</translation>
    </message>
    <message>
        <source>HAProxy: no new clients to %1 (servers to drain: %2)</source>
        <translation>HAProxy: no new clients to %1 (servers to drain: %2)</translation>
    </message>
    <message>
        <source>show stat lists the servers as DRAIN</source>
        <translation>show stat lists the servers as DRAIN</translation>
    </message>
    <message>
        <source>put the servers back to ready</source>
        <translation>put the servers back to ready</translation>
    </message>
    <message>
        <source>HAProxy: close the clients&apos; sessions on %1 (they reconnect to another server)</source>
        <translation>HAProxy: close the clients&apos; sessions on %1 (they reconnect to another server)</translation>
    </message>
    <message>
        <source>closed sessions stay closed (their clients have reconnected elsewhere); put the servers back to ready</source>
        <translation>closed sessions stay closed (their clients have reconnected elsewhere); put the servers back to ready</translation>
    </message>
    <message>
        <source>HAProxy: servers of %1 to maint (no traffic, no health checks)</source>
        <translation>HAProxy: servers of %1 to maint (no traffic, no health checks)</translation>
    </message>
    <message>
        <source>show stat lists the servers as MAINT</source>
        <translation>show stat lists the servers as MAINT</translation>
    </message>
    <message>
        <source>RabbitMQ: drain %1 (client listeners suspended, connections closed, queue leaders moved to other nodes)</source>
        <translation>RabbitMQ: drain %1 (client listeners suspended, connections closed, queue leaders moved to other nodes)</translation>
    </message>
    <message>
        <source>revive the node (back in service)</source>
        <translation>revive the node (back in service)</translation>
    </message>
    <message>
        <source>HAProxy sends %1 no clients (its servers are MAINT)</source>
        <translation>HAProxy sends %1 no clients (its servers are MAINT)</translation>
    </message>
    <message>
        <source>bring it back with: warrenctl maintenance %1 exit</source>
        <translation>bring it back with: warrenctl maintenance %1 exit</translation>
    </message>
    <message>
        <source>Bring %1 back from maintenance</source>
        <translation>Bring %1 back from maintenance</translation>
    </message>
    <message>
        <source>%1 runs, is not in maintenance and HAProxy sends it clients</source>
        <translation>%1 runs, is not in maintenance and HAProxy sends it clients</translation>
    </message>
    <message>
        <source>stopped: it is started first</source>
        <translation>stopped: it is started first</translation>
    </message>
    <message>
        <source>RabbitMQ: revive %1 (client listeners resumed; it may lead queues again)</source>
        <translation>RabbitMQ: revive %1 (client listeners resumed; it may lead queues again)</translation>
    </message>
    <message>
        <source>every quorum queue has a quorum plus one member online (the node&apos;s members caught up)</source>
        <translation>every quorum queue has a quorum plus one member online (the node&apos;s members caught up)</translation>
    </message>
    <message>
        <source>drain the node again</source>
        <translation>drain the node again</translation>
    </message>
    <message>
        <source>HAProxy: servers of %1 back to ready, and wait until their health checks say UP</source>
        <translation>HAProxy: servers of %1 back to ready, and wait until their health checks say UP</translation>
    </message>
    <message>
        <source>show stat lists the servers as UP</source>
        <translation>show stat lists the servers as UP</translation>
    </message>
    <message>
        <source>put the servers back to maint</source>
        <translation>put the servers back to maint</translation>
    </message>
    <message>
        <source>HAProxy sends %1 clients again (its servers are UP)</source>
        <translation>HAProxy sends %1 clients again (its servers are UP)</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Restart %1</translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation>%1 is stopped</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 runs</translation>
    </message>
    <message>
        <source>HAProxy sends it clients</source>
        <translation>HAProxy sends it clients</translation>
    </message>
    <message>
        <source>%1 take(s) traffic now: their clients are cut off when the node stops; maintenance (warrenctl maintenance %2 enter) drains them first</source>
        <translation>%1 take(s) traffic now: their clients are cut off when the node stops; maintenance (warrenctl maintenance %2 enter) drains them first</translation>
    </message>
    <message>
        <source>show stat on %1 (%2): %3</source>
        <translation>show stat on %1 (%2): %3</translation>
    </message>
    <message>
        <source>unreadable show stat output: %1</source>
        <translation>unreadable show stat output: %1</translation>
    </message>
    <message>
        <source>show stat could not be read (exit code %1)</source>
        <translation>show stat could not be read (exit code %1)</translation>
    </message>
    <message>
        <source>HAProxy counts no session left on the node&apos;s servers</source>
        <translation>HAProxy counts no session left on the node&apos;s servers</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>no sessions</translation>
    </message>
    <message>
        <source>sessions left: %1</source>
        <translation>sessions left: %1</translation>
    </message>
    <message>
        <source>HAProxy answered: %1</source>
        <translation>HAProxy answered: %1</translation>
    </message>
    <message>
        <source>%1 reports itself in maintenance mode</source>
        <translation>%1 reports itself in maintenance mode</translation>
    </message>
    <message>
        <source>%1 reports itself out of maintenance mode</source>
        <translation>%1 reports itself out of maintenance mode</translation>
    </message>
    <message>
        <source>status failed with exit code %1</source>
        <translation>status failed with exit code %1</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in maintenance</translation>
    </message>
    <message>
        <source>not in maintenance</source>
        <translation>not in maintenance</translation>
    </message>
    <message>
        <source>%1 has no client connection left</source>
        <translation>%1 has no client connection left</translation>
    </message>
    <message>
        <source>list_connections failed with exit code %1</source>
        <translation>list_connections failed with exit code %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer answers (its Erlang VM is stopped)</source>
        <translation>%1 no longer answers (its Erlang VM is stopped)</translation>
    </message>
    <message>
        <source>overridden (--force): %1</source>
        <translation>overridden (--force): %1</translation>
    </message>
    <message>
        <source>the safe-to-stop checks failed and are overridden: %1</source>
        <translation>the safe-to-stop checks failed and are overridden: %1</translation>
    </message>
    <message>
        <source>Stop %1 (the whole node, through the %2 service)</source>
        <translation>Stop %1 (the whole node, through the %2 service)</translation>
    </message>
    <message>
        <source>start the node again</source>
        <translation>start the node again</translation>
    </message>
    <message>
        <source>Start the RabbitMQ application on %1 (its Erlang VM runs)</source>
        <translation>Start the RabbitMQ application on %1 (its Erlang VM runs)</translation>
    </message>
    <message>
        <source>stop the application again</source>
        <translation>stop the application again</translation>
    </message>
    <message>
        <source>Start %1 (through the %2 service) and wait until it runs in the cluster</source>
        <translation>Start %1 (through the %2 service) and wait until it runs in the cluster</translation>
    </message>
    <message>
        <source>stop the node again</source>
        <translation>stop the node again</translation>
    </message>
    <message>
        <source>HAProxy&apos;s servers for %1</source>
        <translation>HAProxy&apos;s servers for %1</translation>
    </message>
    <message>
        <source>the profile names no HAProxy (host and stats socket): only RabbitMQ&apos;s own drain closes the node&apos;s client connections; clients reconnect to the other nodes themselves</source>
        <translation>the profile names no HAProxy (host and stats socket): only RabbitMQ&apos;s own drain closes the node&apos;s client connections; clients reconnect to the other nodes themselves</translation>
    </message>
    <message>
        <source>no HAProxy server points at %1</source>
        <translation>no HAProxy server points at %1</translation>
    </message>
    <message>
        <source>HAProxy server &quot;%1&quot; has a name Warren does not send to the Runtime API</source>
        <translation>HAProxy server &quot;%1&quot; has a name Warren does not send to the Runtime API</translation>
    </message>
    <message>
        <source>Proxy %1 keeps a server</source>
        <translation>Proxy %1 keeps a server</translation>
    </message>
    <message>
        <source>no other server of proxy %1 is UP: its clients lose service while %2 is out</source>
        <translation>no other server of proxy %1 is UP: its clients lose service while %2 is out</translation>
    </message>
</context>
<context>
    <name>MaintenanceSpec</name>
    <message>
        <source>Node &amp;Maintenance…</source>
        <comment>take a RabbitMQ node out of service</comment>
        <translation>Node &amp;Maintenance…</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>enter or leave maintenance</comment>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Enter maintenance: take it out of service</source>
        <comment>RabbitMQ node</comment>
        <translation>Enter maintenance: take it out of service</translation>
    </message>
    <message>
        <source>Exit maintenance: bring it back into service</source>
        <comment>RabbitMQ node</comment>
        <translation>Exit maintenance: bring it back into service</translation>
    </message>
    <message>
        <source>&amp;Stop the node once it is drained (to patch or reboot its host)</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Stop the node once it is drained (to patch or reboot its host)</translation>
    </message>
    <message>
        <source>&amp;Override the safe-to-stop checks (queues may lose their quorum or their only synchronised copy)</source>
        <translation>&amp;Override the safe-to-stop checks (queues may lose their quorum or their only synchronised copy)</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>disc</source>
        <comment>RabbitMQ node type: stores its metadata on disk</comment>
        <translation>disc</translation>
    </message>
    <message>
        <source>ram</source>
        <comment>RabbitMQ node type: keeps its metadata in RAM only</comment>
        <translation>ram</translation>
    </message>
    <message>
        <source>type?</source>
        <comment>RabbitMQ node type not reported</comment>
        <translation>type?</translation>
    </message>
    <message>
        <source>running</source>
        <comment>RabbitMQ node state</comment>
        <translation>running</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>RabbitMQ node state</comment>
        <translation>stopped</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>RabbitMQ node state: a peer cannot reach it</comment>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>memory alarm</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>memory alarm</translation>
    </message>
    <message>
        <source>disk alarm</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>disk alarm</translation>
    </message>
    <message>
        <source>partitioned</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>partitioned</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>node name (disc/ram, running/stopped)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>RabbitMQ / Erlang</source>
        <translation>RabbitMQ / Erlang</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>RabbitMQ version / Erlang version</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>memory used of the high watermark</comment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Disk free</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <comment>disk free (free disk limit)</comment>
        <translation>%1 (limit %2)</translation>
    </message>
    <message>
        <source>stopped last: start first</source>
        <comment>whole cluster down: this RabbitMQ node must be started first</comment>
        <translation>stopped last: start first</translation>
    </message>
    <message>
        <source>start #%1</source>
        <comment>whole cluster down: position in the start order</comment>
        <translation>start #%1</translation>
    </message>
    <message>
        <source>unreachable from Warren</source>
        <comment>neither the node&apos;s API nor SSH answer Warren</comment>
        <translation>unreachable from Warren</translation>
    </message>
    <message>
        <source>API not answering</source>
        <comment>the node&apos;s management API</comment>
        <translation>API not answering</translation>
    </message>
    <message>
        <source>API and cluster_status disagree</source>
        <comment>two sources of RabbitMQ cluster membership</comment>
        <translation>API and cluster_status disagree</translation>
    </message>
    <message>
        <source>safe to stop</source>
        <comment>a RabbitMQ node: stopping it now loses no queue</comment>
        <translation>safe to stop</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum</source>
        <comment>number of quorum queues that would lose their majority</comment>
        <translation>
            <numerusform>%n quorum</numerusform>
            <numerusform>%n quorum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mirrored</source>
        <comment>number of mirrored queues left without a synchronised mirror</comment>
        <translation>
            <numerusform>%n mirrored</numerusform>
            <numerusform>%n mirrored</numerusform>
        </translation>
    </message>
    <message>
        <source>not safe: %1</source>
        <comment>why stopping the node now loses queues</comment>
        <translation>not safe: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Stop now</source>
        <comment>is it safe to stop this RabbitMQ node now</comment>
        <translation>Stop now</translation>
    </message>
    <message>
        <source>Queue leaders</source>
        <comment>queues whose leader (quorum) or master (classic) runs on this node</comment>
        <translation>Queue leaders</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>Raft role of a node in the Khepri metadata store</comment>
        <translation>leader</translation>
    </message>
    <message>
        <source>follower</source>
        <comment>Raft role of a node in the Khepri metadata store</comment>
        <translation>follower</translation>
    </message>
    <message>
        <source>candidate</source>
        <comment>Raft role of a node in the Khepri metadata store</comment>
        <translation>candidate</translation>
    </message>
    <message>
        <source>Khepri</source>
        <comment>the metadata store; the node&apos;s role in it is not known</comment>
        <translation>Khepri</translation>
    </message>
    <message>
        <source>Khepri %1</source>
        <comment>the metadata store and this node&apos;s Raft role: leader, follower</comment>
        <translation>Khepri %1</translation>
    </message>
    <message>
        <source>ram: deprecated</source>
        <comment>a RabbitMQ 4.x ram node: ram nodes are deprecated</comment>
        <translation>ram: deprecated</translation>
    </message>
    <message>
        <source>The metadata store is Khepri: every node is a disc member of its Raft cluster, there are no ram nodes. Metadata changes need a majority of the members running.</source>
        <translation>The metadata store is Khepri: every node is a disc member of its Raft cluster, there are no ram nodes. Metadata changes need a majority of the members running.</translation>
    </message>
    <message>
        <source>Ram nodes are deprecated in RabbitMQ 4.x and do not exist under Khepri. Change this node to a disc node (rabbitmqctl stop_app; change_cluster_node_type disc; start_app) before enabling khepri_db or upgrading.</source>
        <translation>Ram nodes are deprecated in RabbitMQ 4.x and do not exist under Khepri. Change this node to a disc node (rabbitmqctl stop_app; change_cluster_node_type disc; start_app) before enabling khepri_db or upgrading.</translation>
    </message>
    <message>
        <source>In maintenance mode: it serves no clients and leads no queues (Node Maintenance brings it back).</source>
        <translation>In maintenance mode: it serves no clients and leads no queues (Node Maintenance brings it back).</translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>RabbitMQ node state: drained, serves no clients</comment>
        <translation>maintenance</translation>
    </message>
</context>
<context>
    <name>OperationPlanner</name>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>SSH to %1</source>
        <translation>SSH to %1</translation>
    </message>
    <message>
        <source>%1 is not critical for quorum queues or mirrors</source>
        <comment>quorum; mirror: RabbitMQ queue replicas</comment>
        <translation>%1 is not critical for quorum queues or mirrors</translation>
    </message>
    <message>
        <source>RabbitMQ %1 has no such health checks: check by hand</source>
        <translation>RabbitMQ %1 has no such health checks: check by hand</translation>
    </message>
    <message>
        <source>not checked: the node&apos;s application is not running</source>
        <translation>not checked: the node&apos;s application is not running</translation>
    </message>
    <message>
        <source>%1 is not critical for the quorum of any quorum queue</source>
        <comment>quorum queue: RabbitMQ queue type</comment>
        <translation>%1 is not critical for the quorum of any quorum queue</translation>
    </message>
    <message>
        <source>%1 holds no only synchronised mirror of a classic mirrored queue</source>
        <comment>mirror: a replica of a classic queue</comment>
        <translation>%1 holds no only synchronised mirror of a classic mirrored queue</translation>
    </message>
    <message>
        <source>%1 is not quorum-critical</source>
        <comment>quorum: majority of quorum queue replicas</comment>
        <translation>%1 is not quorum-critical</translation>
    </message>
    <message>
        <source>%1 is not mirror-sync-critical</source>
        <comment>mirror: replica of a classic mirrored queue</comment>
        <translation>%1 is not mirror-sync-critical</translation>
    </message>
    <message>
        <source>the application runs</source>
        <translation>the application runs</translation>
    </message>
    <message>
        <source>the application does not run</source>
        <translation>the application does not run</translation>
    </message>
    <message>
        <source>the RabbitMQ application runs on %1</source>
        <translation>the RabbitMQ application runs on %1</translation>
    </message>
    <message>
        <source>the RabbitMQ application is stopped on %1 (the Erlang VM stays up)</source>
        <translation>the RabbitMQ application is stopped on %1 (the Erlang VM stays up)</translation>
    </message>
    <message>
        <source>%1: cannot be reached: %2</source>
        <translation>%1: cannot be reached: %2</translation>
    </message>
    <message>
        <source>%1: the node does not answer (Erlang VM down?): %2</source>
        <translation>%1: the node does not answer (Erlang VM down?): %2</translation>
    </message>
    <message>
        <source>%1: Erlang VM running; RabbitMQ application %2; members it knows: %3</source>
        <translation>%1: Erlang VM running; RabbitMQ application %2; members it knows: %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>as seen from %1: %2 is a member (%3, %4)</source>
        <translation>as seen from %1: %2 is a member (%3, %4)</translation>
    </message>
    <message>
        <source>as seen from %1: %2 is not a member</source>
        <translation>as seen from %1: %2 is not a member</translation>
    </message>
    <message>
        <source>disc</source>
        <comment>RabbitMQ node type</comment>
        <translation>disc</translation>
    </message>
    <message>
        <source>ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>ram</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>RabbitMQ node type</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>cluster_status on %1 no longer lists %2</source>
        <translation>cluster_status on %1 no longer lists %2</translation>
    </message>
    <message>
        <source>cluster_status on %1 lists %2 as a running member</source>
        <translation>cluster_status on %1 lists %2 as a running member</translation>
    </message>
    <message>
        <source>cluster_status on %1 lists %2 as a running %3 node</source>
        <translation>cluster_status on %1 lists %2 as a running %3 node</translation>
    </message>
    <message>
        <source>cluster_status failed with exit code %1</source>
        <translation>cluster_status failed with exit code %1</translation>
    </message>
    <message>
        <source>cannot read cluster_status: %1</source>
        <translation>cannot read cluster_status: %1</translation>
    </message>
    <message>
        <source>%1 is still listed</source>
        <translation>%1 is still listed</translation>
    </message>
    <message>
        <source>%1 is not listed</source>
        <translation>%1 is not listed</translation>
    </message>
    <message>
        <source>%1 is listed as %2, %3</source>
        <translation>%1 is listed as %2, %3</translation>
    </message>
    <message>
        <source>Join %1 to the cluster of %2 as a %3 node</source>
        <translation>Join %1 to the cluster of %2 as a %3 node</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 runs</translation>
    </message>
    <message>
        <source>its RabbitMQ application is not running</source>
        <translation>its RabbitMQ application is not running</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 answers</translation>
    </message>
    <message>
        <source>the node does not answer (its Erlang VM must run to be joined): %1</source>
        <translation>the node does not answer (its Erlang VM must run to be joined): %1</translation>
    </message>
    <message>
        <source>%1 is the node on %2</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 is the node on %2</translation>
    </message>
    <message>
        <source>its cluster_status does not list that name (it lists: %1): check the node name in the profile</source>
        <translation>its cluster_status does not list that name (it lists: %1): check the node name in the profile</translation>
    </message>
    <message>
        <source>%1 is already a member of the cluster of %2 (%3, %4)</source>
        <translation>%1 is already a member of the cluster of %2 (%3, %4)</translation>
    </message>
    <message>
        <source>to make it a %1 node use: warrenctl plan convert --node %2 --type %3</source>
        <translation>to make it a %1 node use: warrenctl plan convert --node %2 --type %3</translation>
    </message>
    <message>
        <source>RabbitMQ versions compatible</source>
        <translation>RabbitMQ versions compatible</translation>
    </message>
    <message>
        <source>a version is unknown: %1 / %2</source>
        <translation>a version is unknown: %1 / %2</translation>
    </message>
    <message>
        <source>%1 runs %2, %3 runs %4: mixed versions need compatible feature flags</source>
        <translation>%1 runs %2, %3 runs %4: mixed versions need compatible feature flags</translation>
    </message>
    <message>
        <source>Erlang versions</source>
        <translation>Erlang versions</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 resolves %2</source>
        <translation>%1 resolves %2</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>the name does not resolve on %1 (hosts file or DNS)</source>
        <translation>the name does not resolve on %1 (hosts file or DNS)</translation>
    </message>
    <message>
        <source>%1 reaches %2 on port 4369 (epmd)</source>
        <translation>%1 reaches %2 on port 4369 (epmd)</translation>
    </message>
    <message>
        <source>connection failed: firewall, or epmd not running</source>
        <translation>connection failed: firewall, or epmd not running</translation>
    </message>
    <message>
        <source>%1 reaches %2 on port 25672 (distribution)</source>
        <translation>%1 reaches %2 on port 25672 (distribution)</translation>
    </message>
    <message>
        <source>connection failed: firewall, or the node is not running</source>
        <translation>connection failed: firewall, or the node is not running</translation>
    </message>
    <message>
        <source>Erlang cookies equal (compared by hash)</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>Erlang cookies equal (compared by hash)</translation>
    </message>
    <message>
        <source>a hash is unknown (rabbitmq-diagnostics erlang_cookie_hash needs 3.8+): compare by hand</source>
        <translation>a hash is unknown (rabbitmq-diagnostics erlang_cookie_hash needs 3.8+): compare by hand</translation>
    </message>
    <message>
        <source>%1 has hash %2, %3 has %4: sync the cookie first (rabbitmq-diagnostics erlang_cookie_sources explains the CLI&apos;s side)</source>
        <comment>cookie</comment>
        <translation>%1 has hash %2, %3 has %4: sync the cookie first (rabbitmq-diagnostics erlang_cookie_sources explains the CLI&apos;s side)</translation>
    </message>
    <message numerus="yes">
        <source>reset deletes %1&apos;s queues and messages: %n queue(s)</source>
        <translation>
            <numerusform>reset deletes %1&apos;s queues and messages: %n queue</numerusform>
            <numerusform>reset deletes %1&apos;s queues and messages: %n queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>reset deletes %1&apos;s queues, messages, users, vhosts and policies (not counted: its application is not running)</source>
        <translation>reset deletes %1&apos;s queues, messages, users, vhosts and policies (not counted: its application is not running)</translation>
    </message>
    <message>
        <source>What reset destroys</source>
        <translation>What reset destroys</translation>
    </message>
    <message>
        <source>%1 leaves its current cluster</source>
        <translation>%1 leaves its current cluster</translation>
    </message>
    <message>
        <source>it is now clustered with: %1</source>
        <translation>it is now clustered with: %1</translation>
    </message>
    <message>
        <source>Stop the RabbitMQ application on %1 (the Erlang VM keeps running)</source>
        <translation>Stop the RabbitMQ application on %1 (the Erlang VM keeps running)</translation>
    </message>
    <message>
        <source>start the application again</source>
        <translation>start the application again</translation>
    </message>
    <message>
        <source>Reset %1: wipe its data and any cluster membership</source>
        <translation>Reset %1: wipe its data and any cluster membership</translation>
    </message>
    <message>
        <source>cannot be undone: the deleted data is gone; start_app brings %1 back as an empty standalone node</source>
        <translation>cannot be undone: the deleted data is gone; start_app brings %1 back as an empty standalone node</translation>
    </message>
    <message>
        <source>Join %1 to %2 as a %3 node</source>
        <translation>Join %1 to %2 as a %3 node</translation>
    </message>
    <message>
        <source>leave the cluster again: reset %1 and start it standalone</source>
        <translation>leave the cluster again: reset %1 and start it standalone</translation>
    </message>
    <message>
        <source>Start the RabbitMQ application on %1 and wait until it runs</source>
        <translation>Start the RabbitMQ application on %1 and wait until it runs</translation>
    </message>
    <message>
        <source>leave the cluster again: stop_app, reset and start_app on %1</source>
        <translation>leave the cluster again: stop_app, reset and start_app on %1</translation>
    </message>
    <message>
        <source>Convert %1 to a %2 node</source>
        <translation>Convert %1 to a %2 node</translation>
    </message>
    <message>
        <source>its RabbitMQ application is not running: start it first</source>
        <translation>its RabbitMQ application is not running: start it first</translation>
    </message>
    <message>
        <source>Cluster members</source>
        <translation>Cluster members</translation>
    </message>
    <message>
        <source>%1 does not list itself in its cluster status</source>
        <translation>%1 does not list itself in its cluster status</translation>
    </message>
    <message>
        <source>%1 is already a %2 node</source>
        <translation>%1 is already a %2 node</translation>
    </message>
    <message>
        <source>%1 is the last disc node of its cluster: converting it to ram would leave the cluster without a disc node</source>
        <translation>%1 is the last disc node of its cluster: converting it to ram would leave the cluster without a disc node</translation>
    </message>
    <message>
        <source>Other disc nodes remain</source>
        <translation>Other disc nodes remain</translation>
    </message>
    <message>
        <source>Reset %1 (RabbitMQ 2.x changes a node&apos;s type by clustering it again)</source>
        <translation>Reset %1 (RabbitMQ 2.x changes a node&apos;s type by clustering it again)</translation>
    </message>
    <message>
        <source>reset deletes %1&apos;s local data; the cluster keeps the shared definitions</source>
        <translation>reset deletes %1&apos;s local data; the cluster keeps the shared definitions</translation>
    </message>
    <message>
        <source>cluster again with the old type: %1</source>
        <translation>cluster again with the old type: %1</translation>
    </message>
    <message>
        <source>Cluster %1 again as a %2 node</source>
        <translation>Cluster %1 again as a %2 node</translation>
    </message>
    <message>
        <source>Change %1 to a %2 node</source>
        <translation>Change %1 to a %2 node</translation>
    </message>
    <message>
        <source>change it back to %1 and start the application</source>
        <translation>change it back to %1 and start the application</translation>
    </message>
    <message>
        <source>convert it back: run this plan with --type %1</source>
        <translation>convert it back: run this plan with --type %1</translation>
    </message>
    <message>
        <source>Forget %1 (on %2)</source>
        <translation>Forget %1 (on %2)</translation>
    </message>
    <message>
        <source>RabbitMQ %1 has no forget_cluster_node: reset the node itself while the rest of the cluster runs</source>
        <translation>RabbitMQ %1 has no forget_cluster_node: reset the node itself while the rest of the cluster runs</translation>
    </message>
    <message>
        <source>%1 cannot forget itself: choose another surviving node with --via</source>
        <translation>%1 cannot forget itself: choose another surviving node with --via</translation>
    </message>
    <message>
        <source>Cluster members as %1 sees them</source>
        <translation>Cluster members as %1 sees them</translation>
    </message>
    <message>
        <source>%1 is not a member of the cluster of %2</source>
        <translation>%1 is not a member of the cluster of %2</translation>
    </message>
    <message>
        <source>%1 is running: stop it first (a node must be stopped before the cluster forgets it)</source>
        <translation>%1 is running: stop it first (a node must be stopped before the cluster forgets it)</translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation>%1 is stopped</translation>
    </message>
    <message>
        <source>%1 is the last disc node of the cluster: forgetting it would leave the cluster without a disc node</source>
        <translation>%1 is the last disc node of the cluster: forgetting it would leave the cluster without a disc node</translation>
    </message>
    <message>
        <source>forget_cluster_node --offline is not supported under the Khepri metadata store: start %1 first</source>
        <translation>forget_cluster_node --offline is not supported under the Khepri metadata store: start %1 first</translation>
    </message>
    <message>
        <source>%1&apos;s application is stopped</source>
        <translation>%1&apos;s application is stopped</translation>
    </message>
    <message>
        <source>forgetting with --offline</source>
        <translation>forgetting with --offline</translation>
    </message>
    <message>
        <source>Remove %1 from the cluster&apos;s membership (run on %2)</source>
        <translation>Remove %1 from the cluster&apos;s membership (run on %2)</translation>
    </message>
    <message>
        <source>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost, and it must be reset before it can run or rejoin</source>
        <comment>leader: the quorum queue replica that leads</comment>
        <translation>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost, and it must be reset before it can run or rejoin</translation>
    </message>
    <message>
        <source>cannot be undone by a command: reset %1 and join it again</source>
        <translation>cannot be undone by a command: reset %1 and join it again</translation>
    </message>
    <message>
        <source>Copy the Erlang cookie of %1 to %2</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>Copy the Erlang cookie of %1 to %2</translation>
    </message>
    <message>
        <source>Cookie hash of %1</source>
        <comment>cookie</comment>
        <translation>Cookie hash of %1</translation>
    </message>
    <message>
        <source>rabbitmq-diagnostics erlang_cookie_hash gave no answer (the node must run, RabbitMQ 3.8+)</source>
        <translation>rabbitmq-diagnostics erlang_cookie_hash gave no answer (the node must run, RabbitMQ 3.8+)</translation>
    </message>
    <message>
        <source>unknown (the node does not answer): it will be replaced</source>
        <translation>unknown (the node does not answer): it will be replaced</translation>
    </message>
    <message>
        <source>%1: differs, will be replaced</source>
        <translation>%1: differs, will be replaced</translation>
    </message>
    <message>
        <source>%1: equal, left alone</source>
        <translation>%1: equal, left alone</translation>
    </message>
    <message>
        <source>every target already uses the cookie of %1 (equal hashes)</source>
        <comment>cookie</comment>
        <translation>every target already uses the cookie of %1 (equal hashes)</translation>
    </message>
    <message>
        <source>Stop %1 completely, Erlang VM included (the cookie is read only when the VM starts)</source>
        <comment>cookie</comment>
        <translation>Stop %1 completely, Erlang VM included (the cookie is read only when the VM starts)</translation>
    </message>
    <message>
        <source>the Erlang VM of %1 no longer answers</source>
        <translation>the Erlang VM of %1 no longer answers</translation>
    </message>
    <message>
        <source>start the node again</source>
        <translation>start the node again</translation>
    </message>
    <message>
        <source>Back up the old cookie of %1 to %2</source>
        <comment>cookie</comment>
        <translation>Back up the old cookie of %1 to %2</translation>
    </message>
    <message>
        <source>start the node again (the cookie is unchanged)</source>
        <comment>cookie</comment>
        <translation>start the node again (the cookie is unchanged)</translation>
    </message>
    <message>
        <source>Write the cookie of %1 on %2 atomically (owner rabbitmq, mode 0400)</source>
        <comment>cookie</comment>
        <translation>Write the cookie of %1 on %2 atomically (owner rabbitmq, mode 0400)</translation>
    </message>
    <message>
        <source>replaces the Erlang cookie of %1 (the old one is kept in %2)</source>
        <comment>cookie</comment>
        <translation>replaces the Erlang cookie of %1 (the old one is kept in %2)</translation>
    </message>
    <message>
        <source>put the old cookie back from the backup and start the node</source>
        <comment>cookie</comment>
        <translation>put the old cookie back from the backup and start the node</translation>
    </message>
    <message>
        <source>Start %1 and wait until it runs</source>
        <translation>Start %1 and wait until it runs</translation>
    </message>
    <message>
        <source>put the old cookie back: stop the node, copy %1 over the cookie, start it</source>
        <comment>cookie</comment>
        <translation>put the old cookie back: stop the node, copy %1 over the cookie, start it</translation>
    </message>
    <message>
        <source>%1 uses the same cookie as %2 (equal hashes)</source>
        <comment>cookie</comment>
        <translation>%1 uses the same cookie as %2 (equal hashes)</translation>
    </message>
    <message>
        <source>hash %1, expected %2</source>
        <translation>hash %1, expected %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>Forget %1</translation>
    </message>
    <message>
        <source>no surviving node to run forget_cluster_node on (use --via HOST)</source>
        <translation>no surviving node to run forget_cluster_node on (use --via HOST)</translation>
    </message>
    <message>
        <source>%1: Erlang VM running; RabbitMQ application stopped; the members it knows cannot be read while the application is stopped</source>
        <translation>%1: Erlang VM running; RabbitMQ application stopped; the members it knows cannot be read while the application is stopped</translation>
    </message>
    <message>
        <source>ram nodes do not exist under the Khepri metadata store (RabbitMQ %1): every node is a disc node; join as a disc node</source>
        <translation>ram nodes do not exist under the Khepri metadata store (RabbitMQ %1): every node is a disc node; join as a disc node</translation>
    </message>
    <message>
        <source>ram nodes are deprecated in RabbitMQ 4.x (RabbitMQ %1; removed in 4.3, where Khepri is the only metadata store): Warren makes no new ram node; use a disc node</source>
        <translation>ram nodes are deprecated in RabbitMQ 4.x (RabbitMQ %1; removed in 4.3, where Khepri is the only metadata store): Warren makes no new ram node; use a disc node</translation>
    </message>
    <message>
        <source>%1 runs %2 but %3 runs %4: RabbitMQ clusters nodes of one release series or of two adjacent ones only (a rolling upgrade), never further apart. The supported way: upgrade the older cluster one series at a time (%5), enabling every feature flag before each step, then join; or move to a new cluster of the newer version (blue-green migration)</source>
        <translation>%1 runs %2 but %3 runs %4: RabbitMQ clusters nodes of one release series or of two adjacent ones only (a rolling upgrade), never further apart. The supported way: upgrade the older cluster one series at a time (%5), enabling every feature flag before each step, then join; or move to a new cluster of the newer version (blue-green migration)</translation>
    </message>
    <message>
        <source>ram nodes and change_cluster_node_type are not supported under the Khepri metadata store (RabbitMQ %1): every node is a disc node</source>
        <translation>ram nodes and change_cluster_node_type are not supported under the Khepri metadata store (RabbitMQ %1): every node is a disc node</translation>
    </message>
    <message>
        <source>Remove %1&apos;s members from every quorum queue (run on %2), before the cluster forgets it: RabbitMQ %3 cannot shrink them after</source>
        <comment>members: quorum queue replicas</comment>
        <translation>Remove %1&apos;s members from every quorum queue (run on %2), before the cluster forgets it: RabbitMQ %3 cannot shrink them after</translation>
    </message>
    <message>
        <source>the quorum queues keep running on their other members; the copies on %1 are dropped, and a queue whose only member is %1 cannot be shrunk (it is listed as an error)</source>
        <comment>members: quorum queue replicas</comment>
        <translation>the quorum queues keep running on their other members; the copies on %1 are dropped, and a queue whose only member is %1 cannot be shrunk (it is listed as an error)</translation>
    </message>
    <message>
        <source>once %1 runs in the cluster again, add its members back</source>
        <translation>once %1 runs in the cluster again, add its members back</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) kept their member on %1: %2. Forgetting %1 would leave them without a leader for good. Start %1 again, or delete those queues (or, losing what the surviving member lacks, run rabbitmq-queues force_shrink_member_to_current_member on it), then run this plan again</source>
        <translation>
            <numerusform>%n quorum queue kept their member on %1: %2. Forgetting %1 would leave them without a leader for good. Start %1 again, or delete those queues (or, losing what the surviving member lacks, run rabbitmq-queues force_shrink_member_to_current_member on it), then run this plan again</numerusform>
            <numerusform>%n quorum queues kept their member on %1: %2. Forgetting %1 would leave them without a leader for good. Start %1 again, or delete those queues (or, losing what the surviving member lacks, run rabbitmq-queues force_shrink_member_to_current_member on it), then run this plan again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationRequest</name>
    <message>
        <source>Join a Node to the Cluster</source>
        <comment>RabbitMQ node</comment>
        <translation>Join a Node to the Cluster</translation>
    </message>
    <message>
        <source>Change a Node&apos;s Type</source>
        <comment>RabbitMQ node type: disc or ram</comment>
        <translation>Change a Node&apos;s Type</translation>
    </message>
    <message>
        <source>Forget a Node</source>
        <comment>remove a RabbitMQ node from the cluster</comment>
        <translation>Forget a Node</translation>
    </message>
    <message>
        <source>Synchronise the Erlang Cookie</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>Synchronise the Erlang Cookie</translation>
    </message>
    <message>
        <source>Fix an Address or Hostname Change</source>
        <comment>a RabbitMQ host&apos;s IP address or hostname</comment>
        <translation>Fix an Address or Hostname Change</translation>
    </message>
    <message>
        <source>The node is stopped, reset (its own queues, messages and definitions are deleted) and joined to the cluster of the chosen member, as a disc or a ram node.</source>
        <comment>RabbitMQ node types</comment>
        <translation>The node is stopped, reset (its own queues, messages and definitions are deleted) and joined to the cluster of the chosen member, as a disc or a ram node.</translation>
    </message>
    <message>
        <source>The node&apos;s application is stopped, its type changed between disc and ram, and started again. A cluster always keeps at least one disc node.</source>
        <comment>RabbitMQ node types</comment>
        <translation>The node&apos;s application is stopped, its type changed between disc and ram, and started again. A cluster always keeps at least one disc node.</translation>
    </message>
    <message>
        <source>A node that is gone (stopped, or its host lost) is removed from the cluster&apos;s membership with forget_cluster_node, run on a surviving node. The last disc node is never forgotten.</source>
        <comment>RabbitMQ node</comment>
        <translation>A node that is gone (stopped, or its host lost) is removed from the cluster&apos;s membership with forget_cluster_node, run on a surviving node. The last disc node is never forgotten.</translation>
    </message>
    <message>
        <source>Each chosen node whose cookie differs (compared by hash; the cookie itself is never shown) is stopped completely, its old cookie backed up, the new one written atomically, and started again.</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>Each chosen node whose cookie differs (compared by hash; the cookie itself is never shown) is stopped completely, its old cookie backed up, the new one written atomically, and started again.</translation>
    </message>
    <message>
        <source>After a host&apos;s IP address or hostname changed, the preflight reads how every host resolves the node&apos;s name, which node runs on the host and its data directories, and says what changed. The fix you choose is then planned with what it changes and what it loses.</source>
        <comment>RabbitMQ node</comment>
        <translation>After a host&apos;s IP address or hostname changed, the preflight reads how every host resolves the node&apos;s name, which node runs on the host and its data directories, and says what changed. The fix you choose is then planned with what it changes and what it loses.</translation>
    </message>
    <message>
        <source>resets the joining node (its own queues and messages)</source>
        <comment>RabbitMQ node</comment>
        <translation>resets the joining node (its own queues and messages)</translation>
    </message>
    <message>
        <source>resets the node on RabbitMQ 2.x only</source>
        <comment>RabbitMQ node</comment>
        <translation>resets the node on RabbitMQ 2.x only</translation>
    </message>
    <message>
        <source>removes the node from the cluster for good</source>
        <comment>RabbitMQ node</comment>
        <translation>removes the node from the cluster for good</translation>
    </message>
    <message>
        <source>replaces the cookie of every target that differs (a backup is kept)</source>
        <comment>cookie</comment>
        <translation>replaces the cookie of every target that differs (a backup is kept)</translation>
    </message>
    <message>
        <source>the rename and rejoin fixes change or drop the node&apos;s data</source>
        <comment>RabbitMQ node</comment>
        <translation>the rename and rejoin fixes change or drop the node&apos;s data</translation>
    </message>
    <message>
        <source>RabbitMQ 3.0 on; with the surviving node stopped (--offline) not under Khepri</source>
        <comment>RabbitMQ metadata stores</comment>
        <translation>RabbitMQ 3.0 on; with the surviving node stopped (--offline) not under Khepri</translation>
    </message>
    <message>
        <source>every version; cookies are compared by hash from RabbitMQ 3.8 on</source>
        <comment>cookie</comment>
        <translation>every version; cookies are compared by hash from RabbitMQ 3.8 on</translation>
    </message>
    <message>
        <source>every version; the rename fix only from RabbitMQ 3.7 to 3.12 under Mnesia</source>
        <comment>RabbitMQ metadata stores</comment>
        <translation>every version; the rename fix only from RabbitMQ 3.7 to 3.12 under Mnesia</translation>
    </message>
    <message>
        <source>unknown operation &quot;%1&quot; (%2)</source>
        <translation>unknown operation &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>name an operation: %1</source>
        <translation>name an operation: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an option, not a host</source>
        <translation>&quot;%1&quot; looks like an option, not a host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host of profile %2 (give a host name, a node name or an address)</source>
        <translation>&quot;%1&quot; is not a host of profile %2 (give a host name, a node name or an address)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous in profile %2: it names both %3 and %4</source>
        <translation>&quot;%1&quot; is ambiguous in profile %2: it names both %3 and %4</translation>
    </message>
    <message>
        <source>%1 is not a RabbitMQ host of profile %2</source>
        <translation>%1 is not a RabbitMQ host of profile %2</translation>
    </message>
    <message>
        <source>name the new node type: disc or ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>name the new node type: disc or ram</translation>
    </message>
    <message>
        <source>the node type must be disc or ram, not &quot;%1&quot;</source>
        <comment>RabbitMQ node type</comment>
        <translation>the node type must be disc or ram, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name the node to join: a RabbitMQ host of profile %1</source>
        <translation>name the node to join: a RabbitMQ host of profile %1</translation>
    </message>
    <message>
        <source>name a member of the cluster to join: a RabbitMQ host of profile %1</source>
        <translation>name a member of the cluster to join: a RabbitMQ host of profile %1</translation>
    </message>
    <message>
        <source>%1 cannot join its own cluster: the node to join and the cluster member are the same host</source>
        <translation>%1 cannot join its own cluster: the node to join and the cluster member are the same host</translation>
    </message>
    <message>
        <source>name the node: a RabbitMQ host of profile %1</source>
        <translation>name the node: a RabbitMQ host of profile %1</translation>
    </message>
    <message>
        <source>%1 is the last disc node of its cluster: converting it to ram would leave the cluster without a disc node</source>
        <translation>%1 is the last disc node of its cluster: converting it to ram would leave the cluster without a disc node</translation>
    </message>
    <message>
        <source>name the node to forget: its host or its node name</source>
        <comment>RabbitMQ node</comment>
        <translation>name the node to forget: its host or its node name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a RabbitMQ node name (NAME@HOST: letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>&quot;%1&quot; is not a RabbitMQ node name (NAME@HOST: letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 cannot forget itself: the node that runs forget_cluster_node must be another member</source>
        <translation>%1 cannot forget itself: the node that runs forget_cluster_node must be another member</translation>
    </message>
    <message>
        <source>%1 is the last disc node of the cluster: forgetting it would leave the cluster without a disc node</source>
        <translation>%1 is the last disc node of the cluster: forgetting it would leave the cluster without a disc node</translation>
    </message>
    <message>
        <source>name the node whose cookie is copied: a RabbitMQ host of profile %1</source>
        <comment>cookie</comment>
        <translation>name the node whose cookie is copied: a RabbitMQ host of profile %1</translation>
    </message>
    <message>
        <source>name at least one node to receive the cookie</source>
        <comment>cookie</comment>
        <translation>name at least one node to receive the cookie</translation>
    </message>
    <message>
        <source>the list of nodes that receive the cookie has an empty entry</source>
        <comment>cookie</comment>
        <translation>the list of nodes that receive the cookie has an empty entry</translation>
    </message>
    <message>
        <source>%1 cannot receive its own cookie: the source node is also a target</source>
        <comment>cookie</comment>
        <translation>%1 cannot receive its own cookie: the source node is also a target</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; both name %3: name each node that receives the cookie once</source>
        <comment>cookie</comment>
        <translation>&quot;%1&quot; and &quot;%2&quot; both name %3: name each node that receives the cookie once</translation>
    </message>
    <message>
        <source>the fix must be one of %1, not &quot;%2&quot;</source>
        <translation>the fix must be one of %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>every version, into a cluster of the same or an adjacent release series; a ram node only before RabbitMQ 4.0 (deprecated on 4.x, none under Khepri)</source>
        <comment>RabbitMQ metadata stores</comment>
        <translation>every version, into a cluster of the same or an adjacent release series; a ram node only before RabbitMQ 4.0 (deprecated on 4.x, none under Khepri)</translation>
    </message>
    <message>
        <source>Mnesia only, and to ram only before RabbitMQ 4.0: under Khepri every node is a disc node</source>
        <comment>RabbitMQ metadata stores</comment>
        <translation>Mnesia only, and to ram only before RabbitMQ 4.0: under Khepri every node is a disc node</translation>
    </message>
    <message>
        <source>Node Maintenance</source>
        <comment>take a RabbitMQ node out of service and back</comment>
        <translation>Node Maintenance</translation>
    </message>
    <message>
        <source>Stop a Node</source>
        <comment>RabbitMQ node</comment>
        <translation>Stop a Node</translation>
    </message>
    <message>
        <source>Start a Node</source>
        <comment>RabbitMQ node</comment>
        <translation>Start a Node</translation>
    </message>
    <message>
        <source>Restart a Node</source>
        <comment>RabbitMQ node</comment>
        <translation>Restart a Node</translation>
    </message>
    <message>
        <source>Enter: after the safe-to-stop checks, HAProxy stops sending clients to the node (drain, sessions closed, maint), then RabbitMQ drains it (listeners suspended, queue leaders moved away); optionally the node is stopped. Exit: the node is started if needed, its quorum members catch up, it is revived and HAProxy sends it clients again. Every step is verified.</source>
        <comment>RabbitMQ node; HAProxy server states drain and maint</comment>
        <translation>Enter: after the safe-to-stop checks, HAProxy stops sending clients to the node (drain, sessions closed, maint), then RabbitMQ drains it (listeners suspended, queue leaders moved away); optionally the node is stopped. Exit: the node is started if needed, its quorum members catch up, it is revived and HAProxy sends it clients again. Every step is verified.</translation>
    </message>
    <message>
        <source>The whole node (Erlang VM included) is stopped through the profile&apos;s service, after the safe-to-stop checks (quorum queues, synchronised mirrors). Clients HAProxy still sends to it are cut off: maintenance drains them first.</source>
        <comment>RabbitMQ node</comment>
        <translation>The whole node (Erlang VM included) is stopped through the profile&apos;s service, after the safe-to-stop checks (quorum queues, synchronised mirrors). Clients HAProxy still sends to it are cut off: maintenance drains them first.</translation>
    </message>
    <message>
        <source>The node is started through the profile&apos;s service and verified to run as a member of the cluster.</source>
        <comment>RabbitMQ node</comment>
        <translation>The node is started through the profile&apos;s service and verified to run as a member of the cluster.</translation>
    </message>
    <message>
        <source>Stop, after the safe-to-stop checks, then start, verified to run as a member of the cluster again.</source>
        <comment>RabbitMQ node</comment>
        <translation>Stop, after the safe-to-stop checks, then start, verified to run as a member of the cluster again.</translation>
    </message>
    <message>
        <source>only with --force, which overrides the safe-to-stop checks (queues may lose their quorum or their only synchronised copy)</source>
        <comment>RabbitMQ node</comment>
        <translation>only with --force, which overrides the safe-to-stop checks (queues may lose their quorum or their only synchronised copy)</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>destroys nothing</comment>
        <translation>nothing</translation>
    </message>
    <message>
        <source>RabbitMQ 3.8 on (maintenance mode), Mnesia and Khepri alike</source>
        <comment>RabbitMQ metadata stores</comment>
        <translation>RabbitMQ 3.8 on (maintenance mode), Mnesia and Khepri alike</translation>
    </message>
    <message>
        <source>every version; the safe-to-stop checks from RabbitMQ 3.8 on</source>
        <comment>RabbitMQ node</comment>
        <translation>every version; the safe-to-stop checks from RabbitMQ 3.8 on</translation>
    </message>
    <message>
        <source>name the maintenance action: enter or exit</source>
        <translation>name the maintenance action: enter or exit</translation>
    </message>
    <message>
        <source>the maintenance action must be enter or exit, not &quot;%1&quot;</source>
        <translation>the maintenance action must be enter or exit, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Quorum Queue Replicas</source>
        <comment>grow, shrink, rebalance</comment>
        <translation>Quorum Queue Replicas</translation>
    </message>
    <message>
        <source>Grow: a member on a node for the selected quorum queues that lack one (after a node was reset, replaced or added). Shrink: the node&apos;s members removed (before the node goes away for good), refused where a queue would lose its majority. Rebalance: the leaders spread over the running nodes. One queue, the queues matching a pattern, or all; each queue&apos;s members before and after are shown first.</source>
        <comment>quorum queues</comment>
        <translation>Grow: a member on a node for the selected quorum queues that lack one (after a node was reset, replaced or added). Shrink: the node&apos;s members removed (before the node goes away for good), refused where a queue would lose its majority. Rebalance: the leaders spread over the running nodes. One queue, the queues matching a pattern, or all; each queue&apos;s members before and after are shown first.</translation>
    </message>
    <message>
        <source>nothing: shrink removes copies only where a majority stays online</source>
        <comment>quorum queues</comment>
        <translation>nothing: shrink removes copies only where a majority stays online</translation>
    </message>
    <message>
        <source>RabbitMQ 3.8 on (quorum queues), Mnesia and Khepri alike</source>
        <comment>quorum queues</comment>
        <translation>RabbitMQ 3.8 on (quorum queues), Mnesia and Khepri alike</translation>
    </message>
    <message>
        <source>name the replica action: grow, shrink or rebalance</source>
        <comment>quorum queues</comment>
        <translation>name the replica action: grow, shrink or rebalance</translation>
    </message>
    <message>
        <source>the replica action must be grow, shrink or rebalance, not &quot;%1&quot;</source>
        <comment>quorum queues</comment>
        <translation>the replica action must be grow, shrink or rebalance, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name one queue or a pattern (--filter), not both</source>
        <comment>quorum queues</comment>
        <translation>name one queue or a pattern (--filter), not both</translation>
    </message>
    <message>
        <source>the queue name is empty</source>
        <comment>quorum queues</comment>
        <translation>the queue name is empty</translation>
    </message>
    <message>
        <source>rebalance is about every running node: name no node</source>
        <comment>quorum queues</comment>
        <translation>rebalance is about every running node: name no node</translation>
    </message>
    <message>
        <source>name the node whose members are added or removed</source>
        <comment>quorum queues</comment>
        <translation>name the node whose members are added or removed</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>unknown version</source>
        <translation>unknown version</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; is not in the cluster profile</source>
        <translation>host &quot;%1&quot; is not in the cluster profile</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>SSH to %1: %2</source>
        <translation>SSH to %1: %2</translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation>step %1 (%2): %3</translation>
    </message>
    <message>
        <source>RabbitMQ %1</source>
        <translation>RabbitMQ %1</translation>
    </message>
    <message>
        <source>Preflight:</source>
        <translation>Preflight:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Does not apply: %1</source>
        <translation>Does not apply: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Nothing to do: %1</source>
        <translation>Nothing to do: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>DESTRUCTIVE: %1</source>
        <translation>DESTRUCTIVE: %1</translation>
    </message>
    <message>
        <source>check before: %1 — on %2: %3 (%4)</source>
        <translation>check before: %1 — on %2: %3 (%4)</translation>
    </message>
    <message>
        <source>reads a secret on %1 (never shown or logged): %2 — and writes it to the standard input of command %3</source>
        <translation>reads a secret on %1 (never shown or logged): %2 — and writes it to the standard input of command %3</translation>
    </message>
    <message>
        <source>verify: %1 — on %2: %3 (%4)</source>
        <translation>verify: %1 — on %2: %3 (%4)</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>undo: %1</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Verification:</translation>
    </message>
    <message>
        <source>(a secret: its output is never shown or logged)</source>
        <translation>(a secret: its output is never shown or logged)</translation>
    </message>
    <message>
        <source>(secret, not logged)</source>
        <translation>(secret, not logged)</translation>
    </message>
    <message>
        <source>reading the secret on %1 failed with exit code %2</source>
        <translation>reading the secret on %1 failed with exit code %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not run (dry run)</source>
        <translation>not run (dry run)</translation>
    </message>
    <message>
        <source>dry run: nothing was executed</source>
        <translation>dry run: nothing was executed</translation>
    </message>
    <message>
        <source>cancelled before step %1 (%2)</source>
        <translation>cancelled before step %1 (%2)</translation>
    </message>
    <message>
        <source>step %1 (%2) not started, check failed: %3</source>
        <translation>step %1 (%2) not started, check failed: %3</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>step %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3 exited with %4</source>
        <translation>step %1 (%2) failed: %3 exited with %4</translation>
    </message>
    <message>
        <source>step %1 (%2) ran but is not verified: %3</source>
        <translation>step %1 (%2) ran but is not verified: %3</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>every step ran but the result is not verified: %1</source>
        <translation>every step ran but the result is not verified: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>nothing to undo: no step had completed</source>
        <translation>nothing to undo: no step had completed</translation>
    </message>
    <message>
        <source>undo of step %1 (%2) failed: %3</source>
        <translation>undo of step %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation>undone: %1</translation>
    </message>
    <message>
        <source>Fixes:</source>
        <translation>Fixes:</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>advised</source>
        <translation>advised</translation>
    </message>
    <message>
        <source>does not apply: %1</source>
        <translation>does not apply: %1</translation>
    </message>
    <message>
        <source>Choose a fix with --fix KEY to see its steps.</source>
        <translation>Choose a fix with --fix KEY to see its steps.</translation>
    </message>
    <message>
        <source>writes to the standard input of command %1:</source>
        <translation>writes to the standard input of command %1:</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>Afterwards:</translation>
    </message>
    <message>
        <source>choose one of the fixes first: %1</source>
        <translation>choose one of the fixes first: %1</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>input too large: more than %1 MiB</source>
        <translation>input too large: more than %1 MiB</translation>
    </message>
    <message>
        <source>HAProxy sent no statistics</source>
        <translation>HAProxy sent no statistics</translation>
    </message>
    <message>
        <source>quoted field not closed</source>
        <translation>quoted field not closed</translation>
    </message>
    <message>
        <source>not HAProxy statistics: expected a header line starting with &quot;# pxname&quot;, found &quot;%1&quot;</source>
        <translation>not HAProxy statistics: expected a header line starting with &quot;# pxname&quot;, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the statistics header has no &quot;%1&quot; column</source>
        <translation>the statistics header has no &quot;%1&quot; column</translation>
    </message>
    <message>
        <source>the line has %1 fields but the header names %2</source>
        <translation>the line has %1 fields but the header names %2</translation>
    </message>
    <message>
        <source>the management API sent an empty answer</source>
        <translation>the management API sent an empty answer</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <source>the management API answered with an error: %1</source>
        <translation>the management API answered with an error: %1</translation>
    </message>
    <message>
        <source>expected a JSON array of nodes from /api/nodes</source>
        <translation>expected a JSON array of nodes from /api/nodes</translation>
    </message>
    <message>
        <source>entry %1 of /api/nodes is not a node with a name</source>
        <translation>entry %1 of /api/nodes is not a node with a name</translation>
    </message>
    <message>
        <source>expected a JSON object from /api/overview</source>
        <translation>expected a JSON object from /api/overview</translation>
    </message>
    <message>
        <source>the JSON object is not an /api/overview answer</source>
        <translation>the JSON object is not an /api/overview answer</translation>
    </message>
    <message>
        <source>the term is not a cluster status: it has neither &quot;nodes&quot; nor &quot;running_nodes&quot;</source>
        <translation>the term is not a cluster status: it has neither &quot;nodes&quot; nor &quot;running_nodes&quot;</translation>
    </message>
    <message>
        <source>rabbitmqctl printed nothing</source>
        <translation>rabbitmqctl printed nothing</translation>
    </message>
    <message>
        <source>this is the text output of RabbitMQ 3.8 or later: run cluster_status with --formatter json</source>
        <translation>this is the text output of RabbitMQ 3.8 or later: run cluster_status with --formatter json</translation>
    </message>
    <message>
        <source>no cluster status found in the output: %1</source>
        <translation>no cluster status found in the output: %1</translation>
    </message>
    <message>
        <source>the JSON object is not a cluster status: it has no disk_nodes or running_nodes</source>
        <translation>the JSON object is not a cluster status: it has no disk_nodes or running_nodes</translation>
    </message>
    <message>
        <source>no JSON object found in the output: %1</source>
        <translation>no JSON object found in the output: %1</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unexpected end of input</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unexpected character &apos;%1&apos;</translation>
    </message>
    <message>
        <source>more than %1 terms</source>
        <translation>more than %1 terms</translation>
    </message>
    <message>
        <source>unexpected end of input: expected a term</source>
        <translation>unexpected end of input: expected a term</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>nesting deeper than %1 levels</translation>
    </message>
    <message>
        <source>unsupported term: records, references, ports and funs cannot be read</source>
        <translation>unsupported term: records, references, ports and funs cannot be read</translation>
    </message>
    <message>
        <source>unexpected variable name: atoms that start with &apos;%1&apos; need quotes</source>
        <translation>unexpected variable name: atoms that start with &apos;%1&apos; need quotes</translation>
    </message>
    <message>
        <source>unexpected end of input: expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>unexpected end of input: expected &apos;,&apos; or &apos;%1&apos;</translation>
    </message>
    <message>
        <source>improper lists ([Head|Tail]) are not supported</source>
        <translation>improper lists ([Head|Tail]) are not supported</translation>
    </message>
    <message>
        <source>the term was cut short (&apos;...&apos;)</source>
        <translation>the term was cut short (&apos;...&apos;)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; but found &apos;%2&apos;</source>
        <translation>expected &apos;,&apos; or &apos;%1&apos; but found &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unexpected end of input: expected &apos;=&gt;&apos;</source>
        <translation>unexpected end of input: expected &apos;=&gt;&apos;</translation>
    </message>
    <message>
        <source>expected &apos;=&gt;&apos; but found &apos;%1&apos;</source>
        <translation>expected &apos;=&gt;&apos; but found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid radix %1: it must be 2 to 36</source>
        <translation>invalid radix %1: it must be 2 to 36</translation>
    </message>
    <message>
        <source>expected digits of base %1</source>
        <translation>expected digits of base %1</translation>
    </message>
    <message>
        <source>invalid float %1</source>
        <translation>invalid float %1</translation>
    </message>
    <message>
        <source>unexpected end of input: expected a character</source>
        <translation>unexpected end of input: expected a character</translation>
    </message>
    <message>
        <source>unexpected end of input in an escape sequence</source>
        <translation>unexpected end of input in an escape sequence</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>invalid escape sequence</translation>
    </message>
    <message>
        <source>invalid character code in an escape sequence</source>
        <translation>invalid character code in an escape sequence</translation>
    </message>
    <message>
        <source>quoted atom not closed</source>
        <translation>quoted atom not closed</translation>
    </message>
    <message>
        <source>string not closed</source>
        <translation>string not closed</translation>
    </message>
    <message>
        <source>unsupported binary segment type &apos;%1&apos;</source>
        <translation>unsupported binary segment type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>binary text beyond Latin-1 must be marked /utf8</source>
        <translation>binary text beyond Latin-1 must be marked /utf8</translation>
    </message>
    <message>
        <source>binary byte out of range: %1</source>
        <translation>binary byte out of range: %1</translation>
    </message>
    <message>
        <source>bit strings are not supported</source>
        <translation>bit strings are not supported</translation>
    </message>
    <message>
        <source>binary not closed</source>
        <translation>binary not closed</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;&gt;&gt;&apos; but found &apos;%1&apos;</source>
        <translation>expected &apos;,&apos; or &apos;&gt;&gt;&apos; but found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid process id</source>
        <translation>invalid process id</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the term</source>
        <translation>unexpected &apos;%1&apos; after the term</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>the overview is not a JSON object: %1</source>
        <translation>the overview is not a JSON object: %1</translation>
    </message>
    <message>
        <source>more than %1 nodes: not the status of one cluster</source>
        <translation>more than %1 nodes: not the status of one cluster</translation>
    </message>
    <message>
        <source>expected a JSON array from %1</source>
        <translation>expected a JSON array from %1</translation>
    </message>
    <message>
        <source>more than %1 entries in %2: not a broker&apos;s answer</source>
        <translation>more than %1 entries in %2: not a broker&apos;s answer</translation>
    </message>
    <message>
        <source>entry %1 of %2 is not an object with a name</source>
        <translation>entry %1 of %2 is not an object with a name</translation>
    </message>
    <message>
        <source>not metadata_store_status output: no table and no JSON rows</source>
        <translation>not metadata_store_status output: no table and no JSON rows</translation>
    </message>
    <message>
        <source>unknown metadata store &quot;%1&quot;</source>
        <translation>unknown metadata store &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a metadata_store_status row without &quot;Node Name&quot; and &quot;Raft State&quot;</source>
        <translation>a metadata_store_status row without &quot;Node Name&quot; and &quot;Raft State&quot;</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>the profile is not valid JSON: %1</source>
        <translation>the profile is not valid JSON: %1</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>the profile must be a JSON object</translation>
    </message>
    <message>
        <source>unsupported profile format &quot;%1&quot; (expected %2)</source>
        <translation>unsupported profile format &quot;%1&quot; (expected %2)</translation>
    </message>
    <message>
        <source>the profile has no cluster name</source>
        <translation>the profile has no cluster name</translation>
    </message>
    <message>
        <source>the profile contains a plain-text API password; remove it (Warren keeps passwords in the keyring or asks for them)</source>
        <translation>the profile contains a plain-text API password; remove it (Warren keeps passwords in the keyring or asks for them)</translation>
    </message>
    <message>
        <source>host name &quot;%1&quot; is not a valid host name</source>
        <translation>host name &quot;%1&quot; is not a valid host name</translation>
    </message>
    <message>
        <source>address &quot;%1&quot; of host %2 is not a valid address</source>
        <translation>address &quot;%1&quot; of host %2 is not a valid address</translation>
    </message>
    <message>
        <source>the profile lists no hosts</source>
        <translation>the profile lists no hosts</translation>
    </message>
    <message>
        <source>haproxy.reload must be a list of strings (program and arguments)</source>
        <translation>haproxy.reload must be a list of strings (program and arguments)</translation>
    </message>
    <message>
        <source>cannot read profile %1: %2</source>
        <translation>cannot read profile %1: %2</translation>
    </message>
    <message>
        <source>profile %1 is too large</source>
        <translation>profile %1 is too large</translation>
    </message>
    <message>
        <source>cannot write profile %1: %2</source>
        <translation>cannot write profile %1: %2</translation>
    </message>
    <message>
        <source>node name &quot;%1&quot; of host %2 is not a RabbitMQ node name (NAME@HOST)</source>
        <translation>node name &quot;%1&quot; of host %2 is not a RabbitMQ node name (NAME@HOST)</translation>
    </message>
    <message>
        <source>haproxy.statsSocket &quot;%1&quot; must be an absolute path without &apos;,&apos; or &apos;!&apos;</source>
        <translation>haproxy.statsSocket &quot;%1&quot; must be an absolute path without &apos;,&apos; or &apos;!&apos;</translation>
    </message>
    <message>
        <source>haproxy.configPath &quot;%1&quot; must be an absolute path</source>
        <translation>haproxy.configPath &quot;%1&quot; must be an absolute path</translation>
    </message>
    <message>
        <source>haproxy.amqpPort %1 is not a TCP port</source>
        <translation>haproxy.amqpPort %1 is not a TCP port</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unknown options: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>QueueDetailsHtml</name>
    <message>
        <source>Select a queue to see where it lives on each node.</source>
        <translation>Select a queue to see where it lives on each node.</translation>
    </message>
    <message>
        <source>Vhost</source>
        <comment>RabbitMQ virtual host</comment>
        <translation>Vhost</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>queue type</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <comment>queue state</comment>
        <translation>State</translation>
    </message>
    <message>
        <source>Policy</source>
        <comment>RabbitMQ policy applied to the queue</comment>
        <translation>Policy</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>(HA)</source>
        <comment>the policy mirrors the queue</comment>
        <translation>(HA)</translation>
    </message>
    <message>
        <source>Messages ready</source>
        <translation>Messages ready</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Unacknowledged</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumers</translation>
    </message>
    <message>
        <source>On each node</source>
        <translation>On each node</translation>
    </message>
    <message>
        <source>(down)</source>
        <comment>node is down</comment>
        <translation>(down)</translation>
    </message>
    <message>
        <source>a replica is not synchronised</source>
        <translation>a replica is not synchronised</translation>
    </message>
    <message>
        <source>its home node is down</source>
        <translation>its home node is down</translation>
    </message>
    <message>
        <source>an HA policy applies but it has no mirror</source>
        <translation>an HA policy applies but it has no mirror</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Needs attention: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Last refresh: %1</translation>
    </message>
    <message>
        <source>no leader is elected (a majority of its members is not online)</source>
        <translation>no leader is elected (a majority of its members is not online)</translation>
    </message>
    <message>
        <source>fewer members online than its target size</source>
        <translation>fewer members online than its target size</translation>
    </message>
    <message>
        <source>a cluster node holds no replica of the stream</source>
        <translation>a cluster node holds no replica of the stream</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>unterminated quoted field in CSV</source>
        <translation>unterminated quoted field in CSV</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>invalid regular expression &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>API on %1</source>
        <translation>API on %1</translation>
    </message>
    <message>
        <source>unreadable /api/queues answer: %1</source>
        <translation>unreadable /api/queues answer: %1</translation>
    </message>
    <message>
        <source>management API</source>
        <translation>management API</translation>
    </message>
    <message>
        <source>no host in the profile has an API URL</source>
        <translation>no host in the profile has an API URL</translation>
    </message>
    <message>
        <source>SSH on %1</source>
        <translation>SSH on %1</translation>
    </message>
    <message>
        <source>rabbitmqctl list_vhosts failed (exit %1): %2</source>
        <translation>rabbitmqctl list_vhosts failed (exit %1): %2</translation>
    </message>
    <message>
        <source>rabbitmqctl list_queues -p %1 failed: %2</source>
        <translation>rabbitmqctl list_queues -p %1 failed: %2</translation>
    </message>
    <message>
        <source>unreadable list_queues output: %1</source>
        <translation>unreadable list_queues output: %1</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>expected &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unexpected character</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>invalid \u escape</translation>
    </message>
    <message>
        <source>invalid escape in string</source>
        <translation>invalid escape in string</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unexpected end of input</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>number out of range</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>a queue without a name</source>
        <translation>a queue without a name</translation>
    </message>
    <message>
        <source>expected a list of queues</source>
        <translation>expected a list of queues</translation>
    </message>
    <message>
        <source>the API refused: %1</source>
        <translation>the API refused: %1</translation>
    </message>
    <message>
        <source>list_queues columns must start with name</source>
        <translation>list_queues columns must start with name</translation>
    </message>
    <message>
        <source>queue &quot;%1&quot;: a counter is not a number</source>
        <translation>queue &quot;%1&quot;: a counter is not a number</translation>
    </message>
    <message>
        <source>a row with %1 of %2 columns</source>
        <translation>a row with %1 of %2 columns</translation>
    </message>
    <message>
        <source>a row with too few columns</source>
        <translation>a row with too few columns</translation>
    </message>
    <message>
        <source>no message counters: the request with statistics timed out</source>
        <translation>no message counters: the request with statistics timed out</translation>
    </message>
    <message>
        <source>vhost %1 over SSH on %2</source>
        <translation>vhost %1 over SSH on %2</translation>
    </message>
    <message>
        <source>/api/policies did not answer a list</source>
        <translation>/api/policies did not answer a list</translation>
    </message>
    <message>
        <source>%1 unreachable from Warren (%2); the cluster-wide queue listing waits for it until the cluster gives up on it (net_ticktime, about a minute): the API on %3 gave no answer within %4 s, and rabbitmqctl list_queues over SSH would wait the same way, so it was not started</source>
        <translation>%1 unreachable from Warren (%2); the cluster-wide queue listing waits for it until the cluster gives up on it (net_ticktime, about a minute): the API on %3 gave no answer within %4 s, and rabbitmqctl list_queues over SSH would wait the same way, so it was not started</translation>
    </message>
    <message>
        <source>rabbitmqctl list_queues over SSH</source>
        <translation>rabbitmqctl list_queues over SSH</translation>
    </message>
    <message>
        <source>not started: it would wait for %1, as the API did</source>
        <translation>not started: it would wait for %1, as the API did</translation>
    </message>
    <message numerus="yes">
        <source>rabbitmqctl gave up after %n queue(s): %1</source>
        <translation>
            <numerusform>rabbitmqctl gave up after %n queue: %1</numerusform>
            <numerusform>rabbitmqctl gave up after %n queues: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RabbitCommands</name>
    <message>
        <source>the node&apos;s status has no maintenance state</source>
        <translation>the node&apos;s status has no maintenance state</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>empty command</source>
        <translation>empty command</translation>
    </message>
    <message>
        <source>refused to run %1: the value &quot;%2&quot; starts with &apos;-&apos; and %1 would read it as an option</source>
        <translation>refused to run %1: the value &quot;%2&quot; starts with &apos;-&apos; and %1 would read it as an option</translation>
    </message>
    <message>
        <source>refused to run %1: the value &quot;%2&quot; contains $, a backtick, a backslash or a control character, which the rabbitmqctl wrapper of Debian and Ubuntu packages would hand to a shell</source>
        <translation>refused to run %1: the value &quot;%2&quot; contains $, a backtick, a backslash or a control character, which the rabbitmqctl wrapper of Debian and Ubuntu packages would hand to a shell</translation>
    </message>
</context>
<context>
    <name>ReplicaPlanner</name>
    <message>
        <source>%1 (vhost %2)</source>
        <translation>%1 (vhost %2)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no members</comment>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>queues</comment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) of vhost %1 have a member on %2</source>
        <translation>
            <numerusform>%n quorum queue of vhost %1 have a member on %2</numerusform>
            <numerusform>%n quorum queues of vhost %1 have a member on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) of vhost %1 have no member on %2</source>
        <translation>
            <numerusform>%n quorum queue of vhost %1 have no member on %2</numerusform>
            <numerusform>%n quorum queues of vhost %1 have no member on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>list_queues failed or was unreadable (exit code %1)</source>
        <translation>list_queues failed or was unreadable (exit code %1)</translation>
    </message>
    <message>
        <source>%1 of %2 as expected</source>
        <translation>%1 of %2 as expected</translation>
    </message>
    <message>
        <source>not yet: %1</source>
        <translation>not yet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) of vhost %1 have a leader</source>
        <translation>
            <numerusform>%n quorum queue of vhost %1 have a leader</numerusform>
            <numerusform>%n quorum queues of vhost %1 have a leader</numerusform>
        </translation>
    </message>
    <message>
        <source>leaders: %1</source>
        <translation>leaders: %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a leader</source>
        <translation>
            <numerusform>; %n without a leader</numerusform>
            <numerusform>; %n without a leader</numerusform>
        </translation>
    </message>
    <message>
        <source>quorum queue %1</source>
        <translation>quorum queue %1</translation>
    </message>
    <message>
        <source>quorum queues matching %1</source>
        <translation>quorum queues matching %1</translation>
    </message>
    <message>
        <source>every quorum queue</source>
        <translation>every quorum queue</translation>
    </message>
    <message>
        <source>%1 of vhost %2</source>
        <translation>%1 of vhost %2</translation>
    </message>
    <message>
        <source>Grow %1 onto %2</source>
        <translation>Grow %1 onto %2</translation>
    </message>
    <message>
        <source>Shrink %1: remove the members on %2</source>
        <translation>Shrink %1: remove the members on %2</translation>
    </message>
    <message>
        <source>Rebalance the leaders of %1</source>
        <translation>Rebalance the leaders of %1</translation>
    </message>
    <message>
        <source>Quorum queues</source>
        <translation>Quorum queues</translation>
    </message>
    <message>
        <source>quorum queues exist from RabbitMQ 3.8 on; this cluster runs %1</source>
        <translation>quorum queues exist from RabbitMQ 3.8 on; this cluster runs %1</translation>
    </message>
    <message>
        <source>%1 in vhost %2 is not a quorum queue: only quorum queues have members to grow, shrink or rebalance</source>
        <translation>%1 in vhost %2 is not a quorum queue: only quorum queues have members to grow, shrink or rebalance</translation>
    </message>
    <message>
        <source>there is no queue %1 in vhost %2</source>
        <translation>there is no queue %1 in vhost %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected (read from the management API: a membership change shows there seconds late)</source>
        <comment>quorum queues</comment>
        <translation>
            <numerusform>%n selected (read from the management API: a membership change shows there seconds late)</numerusform>
            <numerusform>%n selected (read from the management API: a membership change shows there seconds late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>quorum queues</comment>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>no quorum queue matches: nothing to do</source>
        <translation>no quorum queue matches: nothing to do</translation>
    </message>
    <message>
        <source>Leaders per running node</source>
        <translation>Leaders per running node</translation>
    </message>
    <message>
        <source>fewer than two nodes run: there is nowhere to move leaders to</source>
        <translation>fewer than two nodes run: there is nowhere to move leaders to</translation>
    </message>
    <message>
        <source>the leaders are balanced already: %1</source>
        <translation>the leaders are balanced already: %1</translation>
    </message>
    <message>
        <source>no host of the profile runs a node of the cluster</source>
        <translation>no host of the profile runs a node of the cluster</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>RabbitMQ moves leaders from the busiest nodes to members on the others, about %1 per node; a queue&apos;s leader only moves to a node that holds one of its members. Clients of a moved queue reconnect to the new leader; no message is lost.</source>
        <translation>RabbitMQ moves leaders from the busiest nodes to members on the others, about %1 per node; a queue&apos;s leader only moves to a node that holds one of its members. Clients of a moved queue reconnect to the new leader; no message is lost.</translation>
    </message>
    <message>
        <source>Rebalance the quorum queue leaders</source>
        <translation>Rebalance the quorum queue leaders</translation>
    </message>
    <message>
        <source>a vhost or queue name with &apos;^&apos; cannot be given to rebalance as an exact pattern: rebalance every quorum queue, or select with --filter</source>
        <translation>a vhost or queue name with &apos;^&apos; cannot be given to rebalance as an exact pattern: rebalance every quorum queue, or select with --filter</translation>
    </message>
    <message>
        <source>Nothing to undo: leaders move again at the next failover or rebalance.</source>
        <translation>Nothing to undo: leaders move again at the next failover or rebalance.</translation>
    </message>
    <message>
        <source>%1 is not running: a member can only be added on a running node of the cluster</source>
        <translation>%1 is not running: a member can only be added on a running node of the cluster</translation>
    </message>
    <message>
        <source>%1 is not a node of this cluster: join it first</source>
        <translation>%1 is not a node of this cluster: join it first</translation>
    </message>
    <message>
        <source>%1: %2 → + %3</source>
        <translation>%1: %2 → + %3</translation>
    </message>
    <message>
        <source>%1: %2 holds its only member</source>
        <translation>%1: %2 holds its only member</translation>
    </message>
    <message>
        <source>%1: no leader to commit the change</source>
        <translation>%1: no leader to commit the change</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s) online would be left of %2, a majority needs %3</source>
        <translation>
            <numerusform>%1: %n member online would be left of %2, a majority needs %3</numerusform>
            <numerusform>%1: %n members online would be left of %2, a majority needs %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → − %3</source>
        <translation>%1: %2 → − %3</translation>
    </message>
    <message>
        <source>Without a leader</source>
        <translation>Without a leader</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) have no leader and cannot take a member until a majority of their members run:</source>
        <translation>
            <numerusform>%n quorum queue have no leader and cannot take a member until a majority of their members run:</numerusform>
            <numerusform>%n quorum queues have no leader and cannot take a member until a majority of their members run:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no leader: start a majority of its members first</source>
        <translation>%1 has no leader: start a majority of its members first</translation>
    </message>
    <message numerus="yes">
        <source>removing the members on %1 would leave %n quorum queue(s) without a majority (narrow the selection, or start their other members first):</source>
        <translation>
            <numerusform>removing the members on %1 would leave %n quorum queue without a majority (narrow the selection, or start their other members first):</numerusform>
            <numerusform>removing the members on %1 would leave %n quorum queues without a majority (narrow the selection, or start their other members first):</numerusform>
        </translation>
    </message>
    <message>
        <source>every selected quorum queue has a member on %1</source>
        <translation>every selected quorum queue has a member on %1</translation>
    </message>
    <message>
        <source>no selected quorum queue has a member on %1</source>
        <translation>no selected quorum queue has a member on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s):</source>
        <translation>
            <numerusform>%n quorum queue:</numerusform>
            <numerusform>%n quorum queues:</numerusform>
        </translation>
    </message>
    <message>
        <source>Leaders that move</source>
        <translation>Leaders that move</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) led by %1 elect a new leader among their other members (a moment without a leader; no message is lost)</source>
        <translation>
            <numerusform>%n queue led by %1 elect a new leader among their other members (a moment without a leader; no message is lost)</numerusform>
            <numerusform>%n queues led by %1 elect a new leader among their other members (a moment without a leader; no message is lost)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>one %1 per queue, %2 in all, each a second or more: without a selection one command covers every queue</source>
        <translation>one %1 per queue, %2 in all, each a second or more: without a selection one command covers every queue</translation>
    </message>
    <message numerus="yes">
        <source>Add a member on %1 to %n quorum queue(s)</source>
        <translation>
            <numerusform>Add a member on %1 to %n quorum queue</numerusform>
            <numerusform>Add a member on %1 to %n quorum queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the member on %1 from %n quorum queue(s)</source>
        <translation>
            <numerusform>Remove the member on %1 from %n quorum queue</numerusform>
            <numerusform>Remove the member on %1 from %n quorum queues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 runs</translation>
    </message>
    <message>
        <source>Remove the members on %1 again</source>
        <translation>Remove the members on %1 again</translation>
    </message>
    <message>
        <source>Add the members on %1 again (once it runs in the cluster)</source>
        <translation>Add the members on %1 again (once it runs in the cluster)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>ReplicasSpec</name>
    <message>
        <source>Quorum Queue &amp;Replicas…</source>
        <comment>grow, shrink, rebalance</comment>
        <translation>Quorum Queue &amp;Replicas…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>quorum queue replicas</comment>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <comment>which quorum queues</comment>
        <translation>&amp;Queues:</translation>
    </message>
    <message>
        <source>Name or &amp;pattern:</source>
        <comment>queue name or regular expression</comment>
        <translation>Name or &amp;pattern:</translation>
    </message>
    <message>
        <source>&amp;Vhost:</source>
        <comment>RabbitMQ virtual host</comment>
        <translation>&amp;Vhost:</translation>
    </message>
    <message>
        <source>Grow: add a member on the node</source>
        <comment>quorum queues</comment>
        <translation>Grow: add a member on the node</translation>
    </message>
    <message>
        <source>Shrink: remove the node&apos;s members</source>
        <comment>quorum queues</comment>
        <translation>Shrink: remove the node&apos;s members</translation>
    </message>
    <message>
        <source>Rebalance the leaders over the running nodes</source>
        <comment>quorum queues</comment>
        <translation>Rebalance the leaders over the running nodes</translation>
    </message>
    <message>
        <source>Every quorum queue</source>
        <comment>quorum queues</comment>
        <translation>Every quorum queue</translation>
    </message>
    <message>
        <source>One queue, by its exact name</source>
        <comment>quorum queues</comment>
        <translation>One queue, by its exact name</translation>
    </message>
    <message>
        <source>The queues whose names match a regular expression</source>
        <comment>quorum queues</comment>
        <translation>The queues whose names match a regular expression</translation>
    </message>
    <message>
        <source>every vhost (one queue: /)</source>
        <comment>RabbitMQ virtual host</comment>
        <translation>every vhost (one queue: /)</translation>
    </message>
</context>
<context>
    <name>RollingRestart</name>
    <message>
        <source>the order has an empty entry</source>
        <translation>the order has an empty entry</translation>
    </message>
    <message>
        <source>%1 is not a RabbitMQ host of profile %2</source>
        <translation>%1 is not a RabbitMQ host of profile %2</translation>
    </message>
    <message>
        <source>%1 is named twice in the order</source>
        <translation>%1 is named twice in the order</translation>
    </message>
    <message>
        <source>the client could not start: %1</source>
        <translation>the client could not start: %1</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>kept in memory for this session only; Warren asks again next time</source>
        <translation>kept in memory for this session only; Warren asks again next time</translation>
    </message>
    <message>
        <source>secret file %1 is readable by other users; restrict it with chmod 600</source>
        <translation>secret file %1 is readable by other users; restrict it with chmod 600</translation>
    </message>
    <message>
        <source>cannot read secret file %1: %2</source>
        <translation>cannot read secret file %1: %2</translation>
    </message>
    <message>
        <source>kept in the desktop keyring</source>
        <translation>kept in the desktop keyring</translation>
    </message>
</context>
<context>
    <name>ServiceSpec</name>
    <message>
        <source>Sto&amp;p Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>Sto&amp;p Node…</translation>
    </message>
    <message>
        <source>S&amp;tart Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>S&amp;tart Node…</translation>
    </message>
    <message>
        <source>&amp;Restart Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Restart Node…</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>&amp;Override the safe-to-stop checks (queues may lose their quorum or their only synchronised copy)</source>
        <translation>&amp;Override the safe-to-stop checks (queues may lose their quorum or their only synchronised copy)</translation>
    </message>
</context>
<context>
    <name>Ssh</name>
    <message>
        <source>cannot create an SSH session</source>
        <translation>cannot create an SSH session</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 (%2): no SSH answer within %3 s</source>
        <translation>%1 (%2): no SSH answer within %3 s</translation>
    </message>
    <message>
        <source>cannot reach %1 (%2) over SSH: %3</source>
        <translation>cannot reach %1 (%2) over SSH: %3</translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 sent no host key</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) has CHANGED (now %3 %4); someone may be intercepting the connection. Warren refuses to connect; if the host was reinstalled, remove its old entry from %5</source>
        <translation>the host key of %1 (%2) has CHANGED (now %3 %4); someone may be intercepting the connection. Warren refuses to connect; if the host was reinstalled, remove its old entry from %5</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) is not known yet: %3 %4</source>
        <translation>the host key of %1 (%2) is not known yet: %3 %4</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>cannot check the host key of %1: %2</translation>
    </message>
    <message>
        <source>cannot record the host key of %1 in %2: %3</source>
        <translation>cannot record the host key of %1 in %2: %3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>the host key of %1 is not trusted</source>
        <translation>the host key of %1 is not trusted</translation>
    </message>
    <message>
        <source>cannot read the private key %1 (missing, unreadable or protected by a passphrase: use ssh-agent for such keys)</source>
        <translation>cannot read the private key %1 (missing, unreadable or protected by a passphrase: use ssh-agent for such keys)</translation>
    </message>
    <message>
        <source>%1 refused the login of user &quot;%2&quot; (key or password not accepted)</source>
        <translation>%1 refused the login of user &quot;%2&quot; (key or password not accepted)</translation>
    </message>
    <message>
        <source>cannot open a channel to %1</source>
        <translation>cannot open a channel to %1</translation>
    </message>
    <message>
        <source>%1 did not run the command: %2</source>
        <translation>%1 did not run the command: %2</translation>
    </message>
    <message>
        <source>the connection to %1 broke while sending data</source>
        <translation>the connection to %1 broke while sending data</translation>
    </message>
    <message>
        <source>the command on %1 did not finish within %2 s</source>
        <translation>the command on %1 did not finish within %2 s</translation>
    </message>
    <message>
        <source>the connection to %1 broke during the command: %2</source>
        <translation>the connection to %1 broke during the command: %2</translation>
    </message>
    <message>
        <source>the command on %1 printed more than %2 MiB</source>
        <translation>the command on %1 printed more than %2 MiB</translation>
    </message>
    <message>
        <source>%1 did not report the command&apos;s exit status</source>
        <translation>%1 did not report the command&apos;s exit status</translation>
    </message>
    <message>
        <source>%1 (%2): no answer for %3 s, connection given up (is the host down or its network cut?)</source>
        <translation>%1 (%2): no answer for %3 s, connection given up (is the host down or its network cut?)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>OK (host name %1)</source>
        <translation>OK (host name %1)</translation>
    </message>
    <message>
        <source>logged in, but `hostname` failed (exit %1)</source>
        <translation>logged in, but `hostname` failed (exit %1)</translation>
    </message>
    <message>
        <source>OK (RabbitMQ %1 on %2)</source>
        <translation>OK (RabbitMQ %1 on %2)</translation>
    </message>
    <message>
        <source>unreadable answer: %1</source>
        <translation>unreadable answer: %1</translation>
    </message>
    <message>
        <source>%1 now presents key %2, not the %3 you accepted; nothing was recorded</source>
        <translation>%1 now presents key %2, not the %3 you accepted; nothing was recorded</translation>
    </message>
    <message>
        <source>no API password is known for user &quot;%1&quot; in this session</source>
        <translation>no API password is known for user &quot;%1&quot; in this session</translation>
    </message>
    <message>
        <source>API on %1</source>
        <translation>API on %1</translation>
    </message>
    <message>
        <source>unreadable /api/nodes answer: %1</source>
        <translation>unreadable /api/nodes answer: %1</translation>
    </message>
    <message>
        <source>management API</source>
        <translation>management API</translation>
    </message>
    <message>
        <source>no host in the profile has an API URL</source>
        <translation>no host in the profile has an API URL</translation>
    </message>
    <message>
        <source>SSH on %1</source>
        <translation>SSH on %1</translation>
    </message>
    <message>
        <source>rabbitmqctl cluster_status failed (exit %1): %2</source>
        <translation>rabbitmqctl cluster_status failed (exit %1): %2</translation>
    </message>
    <message>
        <source>unreadable cluster_status output: %1</source>
        <translation>unreadable cluster_status output: %1</translation>
    </message>
    <message>
        <source>HAProxy stats page</source>
        <translation>HAProxy stats page</translation>
    </message>
    <message>
        <source>unreadable stats CSV: %1</source>
        <translation>unreadable stats CSV: %1</translation>
    </message>
    <message>
        <source>HAProxy stats socket on %1</source>
        <translation>HAProxy stats socket on %1</translation>
    </message>
    <message>
        <source>socat failed (exit %1): %2</source>
        <translation>socat failed (exit %1): %2</translation>
    </message>
    <message>
        <source>safe to stop</source>
        <comment>a RabbitMQ node: stopping it now loses no queue</comment>
        <translation>safe to stop</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) would lose their majority</source>
        <comment>quorum queue: RabbitMQ replicated queue type</comment>
        <translation>
            <numerusform>%n quorum queue would lose their majority</numerusform>
            <numerusform>%n quorum queues would lose their majority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mirrored queue(s) would have no synchronised mirror</source>
        <comment>mirror: a replica of a classic mirrored queue</comment>
        <translation>
            <numerusform>%n mirrored queue would have no synchronised mirror</numerusform>
            <numerusform>%n mirrored queues would have no synchronised mirror</numerusform>
        </translation>
    </message>
    <message>
        <source>not safe to stop: %1</source>
        <comment>list of reasons</comment>
        <translation>not safe to stop: %1</translation>
    </message>
    <message>
        <source>expected a JSON array of queues</source>
        <translation>expected a JSON array of queues</translation>
    </message>
    <message>
        <source>running</source>
        <comment>RabbitMQ node state</comment>
        <translation>running</translation>
    </message>
    <message>
        <source>not running</source>
        <comment>RabbitMQ node state</comment>
        <translation>not running</translation>
    </message>
    <message>
        <source>%1, disc</source>
        <comment>node state, node type</comment>
        <translation>%1, disc</translation>
    </message>
    <message>
        <source>%1, ram</source>
        <comment>node state, node type</comment>
        <translation>%1, ram</translation>
    </message>
    <message>
        <source>not a member</source>
        <comment>the source does not list this node</comment>
        <translation>not a member</translation>
    </message>
    <message>
        <source>expected a list of nodes</source>
        <translation>expected a list of nodes</translation>
    </message>
    <message>
        <source>expected {AllNodes, DiscNodes}</source>
        <translation>expected {AllNodes, DiscNodes}</translation>
    </message>
    <message>
        <source>no node&apos;s shutdown record could be read</source>
        <translation>no node&apos;s shutdown record could be read</translation>
    </message>
    <message>
        <source>The whole cluster is down; which node stopped last is unknown: %1</source>
        <translation>The whole cluster is down; which node stopped last is unknown: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The whole cluster is down. %1 stopped last: start it first. Start order: %2.</source>
        <translation>The whole cluster is down. %1 stopped last: start it first. Start order: %2.</translation>
    </message>
    <message>
        <source>The whole cluster is down. %1 stopped together, last: start one of them first. Start order: %2.</source>
        <translation>The whole cluster is down. %1 stopped together, last: start one of them first. Start order: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no management API answers (%1); membership and running state come from SSH cluster_status, figures are missing</source>
        <translation>no management API answers (%1); membership and running state come from SSH cluster_status, figures are missing</translation>
    </message>
    <message>
        <source>cluster_status on %1 (cross-check)</source>
        <translation>cluster_status on %1 (cross-check)</translation>
    </message>
    <message>
        <source>queue leaders from the API</source>
        <translation>queue leaders from the API</translation>
    </message>
    <message>
        <source>Mnesia directories over SSH</source>
        <translation>Mnesia directories over SSH</translation>
    </message>
    <message>
        <source>%1: connection refused (is HAProxy running, with its stats page on that port?)</source>
        <translation>%1: connection refused (is HAProxy running, with its stats page on that port?)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>SSH does not accept a connection: %1</source>
        <translation>SSH does not accept a connection: %1</translation>
    </message>
    <message>
        <source>neither its API nor SSH accept a connection: %1; %2</source>
        <translation>neither its API nor SSH accept a connection: %1; %2</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>port %1: %2</translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation>connection to %1</translation>
    </message>
    <message>
        <source>cluster_status over SSH</source>
        <translation>cluster_status over SSH</translation>
    </message>
    <message>
        <source>not asked: the API on %1 accepts connections but does not answer; its cluster queries wait, as cluster_status would, for %2, which Warren cannot reach either</source>
        <translation>not asked: the API on %1 accepts connections but does not answer; its cluster queries wait, as cluster_status would, for %2, which Warren cannot reach either</translation>
    </message>
    <message>
        <source>unknown store</source>
        <comment>metadata store not known</comment>
        <translation>unknown store</translation>
    </message>
    <message>
        <source>RAM nodes are deprecated and do not exist under Khepri: change each to a disc node (stop_app, change_cluster_node_type disc, start_app) before enabling khepri_db or upgrading.</source>
        <translation>RAM nodes are deprecated and do not exist under Khepri: change each to a disc node (stop_app, change_cluster_node_type disc, start_app) before enabling khepri_db or upgrading.</translation>
    </message>
    <message>
        <source>Classic queue mirroring (ha-* policies) is removed in 4.0: move those queues to quorum queues or streams and delete the ha-* policies before upgrading.</source>
        <translation>Classic queue mirroring (ha-* policies) is removed in 4.0: move those queues to quorum queues or streams and delete the ha-* policies before upgrading.</translation>
    </message>
    <message>
        <source>Transient non-exclusive queues are deprecated: declare them durable, or exclusive.</source>
        <translation>Transient non-exclusive queues are deprecated: declare them durable, or exclusive.</translation>
    </message>
    <message>
        <source>Global QoS (basic.qos with global=true) is deprecated: clients should set a per-consumer prefetch.</source>
        <translation>Global QoS (basic.qos with global=true) is deprecated: clients should set a per-consumer prefetch.</translation>
    </message>
    <message>
        <source>Management-plugin metrics are deprecated: use the Prometheus plugin for metrics.</source>
        <translation>Management-plugin metrics are deprecated: use the Prometheus plugin for metrics.</translation>
    </message>
    <message>
        <source>The queue-master-locator argument and policy key are deprecated: use queue-leader-locator.</source>
        <translation>The queue-master-locator argument and policy key are deprecated: use queue-leader-locator.</translation>
    </message>
    <message>
        <source>AMQP 1.0 address format v1 is deprecated: clients should use the v2 address format.</source>
        <translation>AMQP 1.0 address format v1 is deprecated: clients should use the v2 address format.</translation>
    </message>
    <message>
        <source>Deprecated: a future RabbitMQ release may refuse or remove it; see the broker&apos;s documentation link.</source>
        <translation>Deprecated: a future RabbitMQ release may refuse or remove it; see the broker&apos;s documentation link.</translation>
    </message>
    <message>
        <source>unreadable /api/feature-flags answer: %1</source>
        <translation>unreadable /api/feature-flags answer: %1</translation>
    </message>
    <message>
        <source>/api/feature-flags: %1</source>
        <translation>/api/feature-flags: %1</translation>
    </message>
    <message>
        <source>unreadable /api/deprecated-features answer: %1</source>
        <translation>unreadable /api/deprecated-features answer: %1</translation>
    </message>
    <message>
        <source>/api/deprecated-features/used: %1</source>
        <translation>/api/deprecated-features/used: %1</translation>
    </message>
    <message>
        <source>/api/policies: %1</source>
        <translation>/api/policies: %1</translation>
    </message>
    <message>
        <source>broker facts from the API</source>
        <translation>broker facts from the API</translation>
    </message>
    <message>
        <source>no running node to ask for metadata_store_status</source>
        <translation>no running node to ask for metadata_store_status</translation>
    </message>
    <message>
        <source>metadata_store_status over SSH: %1</source>
        <translation>metadata_store_status over SSH: %1</translation>
    </message>
</context>
<context>
    <name>SyncCookieSpec</name>
    <message>
        <source>Sync Erlang &amp;Cookie…</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>Sync Erlang &amp;Cookie…</translation>
    </message>
    <message>
        <source>Copy the cookie &amp;of:</source>
        <comment>cookie</comment>
        <translation>Copy the cookie &amp;of:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>the nodes that receive the cookie</comment>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>warren::ClusterDialog</name>
    <message>
        <source>Edit Cluster %1</source>
        <translation>Edit Cluster %1</translation>
    </message>
    <message>
        <source>Add Cluster</source>
        <translation>Add Cluster</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add at least one host.</source>
        <translation>Add at least one host.</translation>
    </message>
</context>
<context>
    <name>warren::ClusterGraphPanel</name>
    <message>
        <source>No data: %1</source>
        <comment>why the graph is empty</comment>
        <translation>No data: %1</translation>
    </message>
    <message>
        <source>Stale since %1 — %2</source>
        <comment>time of the last good data — why the sources stopped answering</comment>
        <translation>Stale since %1 — %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <comment>time of the last snapshot</comment>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Not updated yet</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>zoom the graph to fit the view</comment>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the whole graph in the view</source>
        <translation>Fit the whole graph in the view</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <source>Drag to pan · right-click a node for actions</source>
        <comment>graph usage hint</comment>
        <translation>Drag to pan · right-click a node for actions</translation>
    </message>
    <message>
        <source>start first: it stopped last</source>
        <comment>whole RabbitMQ cluster down</comment>
        <translation>start first: it stopped last</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>position in the start order</comment>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>warren::ClusterGraphView</name>
    <message>
        <source>[%1]</source>
        <comment>a group of nodes in a partition</comment>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Partition: %1</source>
        <comment>network partition of the RabbitMQ cluster: the groups that see each other</comment>
        <translation>Partition: %1</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <comment>of a RabbitMQ node</comment>
        <translation>Show &amp;Details</translation>
    </message>
    <message>
        <source>&amp;Copy Node Name</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Copy Node Name</translation>
    </message>
    <message>
        <source>Change Node Type (disc/ram)…</source>
        <comment>RabbitMQ node type</comment>
        <translation>Change Node Type (disc/ram)…</translation>
    </message>
    <message>
        <source>Remove Node from Cluster…</source>
        <comment>RabbitMQ node</comment>
        <translation>Remove Node from Cluster…</translation>
    </message>
    <message>
        <source>&amp;Copy Server Name</source>
        <comment>HAProxy server</comment>
        <translation>&amp;Copy Server Name</translation>
    </message>
    <message>
        <source>Sync Erlang Cookie to This Node…</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>Sync Erlang Cookie to This Node…</translation>
    </message>
    <message>
        <source>HAProxy &amp;Configuration…</source>
        <comment>export, lint, push haproxy.cfg; failover drill</comment>
        <translation>HAProxy &amp;Configuration…</translation>
    </message>
    <message>
        <source>Fix Address or Hostname Change…</source>
        <comment>a RabbitMQ host&apos;s IP address or hostname</comment>
        <translation>Fix Address or Hostname Change…</translation>
    </message>
    <message>
        <source>Exit Maintenance…</source>
        <comment>bring a RabbitMQ node back into service</comment>
        <translation>Exit Maintenance…</translation>
    </message>
    <message>
        <source>Enter Maintenance…</source>
        <comment>take a RabbitMQ node out of service without dropping clients</comment>
        <translation>Enter Maintenance…</translation>
    </message>
    <message>
        <source>Stop Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>Stop Node…</translation>
    </message>
    <message>
        <source>Start Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>Start Node…</translation>
    </message>
    <message>
        <source>Restart Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>Restart Node…</translation>
    </message>
</context>
<context>
    <name>warren::ClusterListPanel</name>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Saved clusters; double-click to edit</source>
        <translation>Saved clusters; double-click to edit</translation>
    </message>
    <message>
        <source>%1
Cannot be loaded: %2</source>
        <translation>%1
Cannot be loaded: %2</translation>
    </message>
</context>
<context>
    <name>warren::ClusterPoller</name>
    <message>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No source answered</source>
        <translation>No source answered</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n second(s)</source>
        <translation>
            <numerusform>No answer for %n second</numerusform>
            <numerusform>No answer for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::ConnectionTestPanel</name>
    <message>
        <source>Connection Test</source>
        <translation>Connection Test</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <source>Log in over SSH and to the management API on every host</source>
        <translation>Log in over SSH and to the management API on every host</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>Cancel Test</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>testing…</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>not tested</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not tested (no API URL)</source>
        <translation>not tested (no API URL)</translation>
    </message>
    <message>
        <source>Checks SSH login and the management API of every host.</source>
        <translation>Checks SSH login and the management API of every host.</translation>
    </message>
    <message numerus="yes">
        <source>Testing %n host(s)…</source>
        <translation>
            <numerusform>Testing %n host…</numerusform>
            <numerusform>Testing %n hosts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test cancelled.</translation>
    </message>
    <message>
        <source>Done: SSH OK on %1 of %2, API OK on %3 of %4.</source>
        <translation>Done: SSH OK on %1 of %2, API OK on %3 of %4.</translation>
    </message>
</context>
<context>
    <name>warren::DrillWidget</name>
    <message>
        <source>Publishing through HAProxy; the fault hits %1 (%2) after a fifth of the messages.</source>
        <translation>Publishing through HAProxy; the fault hits %1 (%2) after a fifth of the messages.</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publishing</translation>
    </message>
    <message>
        <source>fault injected, publishing through the backup</source>
        <translation>fault injected, publishing through the backup</translation>
    </message>
    <message>
        <source>reading the queue back</source>
        <translation>reading the queue back</translation>
    </message>
    <message>
        <source>%1: %2 of %3 confirmed, %4 reconnect(s), %5 s</source>
        <translation>%1: %2 of %3 confirmed, %4 reconnect(s), %5 s</translation>
    </message>
    <message>
        <source>Publishes a bounded stream of persistent messages with publisher confirms through HAProxy to a mirrored queue, kills or stops the active node after a fifth of them, keeps publishing through the backup, then reads the queue back. The node stays down afterwards.</source>
        <translation>Publishes a bounded stream of persistent messages with publisher confirms through HAProxy to a mirrored queue, kills or stops the active node after a fifth of them, keeps publishing through the backup, then reads the queue back. The node stays down afterwards.</translation>
    </message>
    <message>
        <source>Kill the active node (no shutdown)</source>
        <translation>Kill the active node (no shutdown)</translation>
    </message>
    <message>
        <source>Stop the active node (rabbitmqctl stop)</source>
        <translation>Stop the active node (rabbitmqctl stop)</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>Fault:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Messages:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Allow the drill on %1, which is not the lab: it takes a production node down</source>
        <translation>Allow the drill on %1, which is not the lab: it takes a production node down</translation>
    </message>
    <message>
        <source>&amp;Start Drill…</source>
        <translation>&amp;Start Drill…</translation>
    </message>
    <message>
        <source>Cancel Drill</source>
        <translation>Cancel Drill</translation>
    </message>
    <message>
        <source>Seconds until HAProxy switched</source>
        <translation>Seconds until HAProxy switched</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <source>Lost (confirmed, not in the queue)</source>
        <translation>Lost (confirmed, not in the queue)</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Duplicated</translation>
    </message>
    <message>
        <source>Published (with retries)</source>
        <translation>Published (with retries)</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <source>The drill runs on the lab only, unless you allow it on this cluster.</source>
        <translation>The drill runs on the lab only, unless you allow it on this cluster.</translation>
    </message>
    <message>
        <source>Kill the node HAProxy sends clients to now, on cluster %1, while %2 messages are published through HAProxy?</source>
        <translation>Kill the node HAProxy sends clients to now, on cluster %1, while %2 messages are published through HAProxy?</translation>
    </message>
    <message>
        <source>Stop the node HAProxy sends clients to now, on cluster %1, while %2 messages are published through HAProxy?</source>
        <translation>Stop the node HAProxy sends clients to now, on cluster %1, while %2 messages are published through HAProxy?</translation>
    </message>
    <message>
        <source>The node stays down afterwards; start it again when you have read the figures.</source>
        <translation>The node stays down afterwards; start it again when you have read the figures.</translation>
    </message>
    <message>
        <source>%1 is not the lab: clients of this cluster lose their connections and reconnect.</source>
        <translation>%1 is not the lab: clients of this cluster lose their connections and reconnect.</translation>
    </message>
    <message>
        <source>Failover Drill</source>
        <translation>Failover Drill</translation>
    </message>
    <message>
        <source>Kill and Measure</source>
        <translation>Kill and Measure</translation>
    </message>
    <message>
        <source>Stop and Measure</source>
        <translation>Stop and Measure</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Asking HAProxy which node is active…</source>
        <translation>Asking HAProxy which node is active…</translation>
    </message>
    <message>
        <source>Cancelling: the messages sent so far are read back and the drill&apos;s queue is deleted…</source>
        <translation>Cancelling: the messages sent so far are read back and the drill&apos;s queue is deleted…</translation>
    </message>
    <message>
        <source>Drill finished.</source>
        <translation>Drill finished.</translation>
    </message>
    <message>
        <source>Drill failed: %1</source>
        <translation>Drill failed: %1</translation>
    </message>
    <message>
        <source>%1 is down now; start it again when you are done.</source>
        <translation>%1 is down now; start it again when you are done.</translation>
    </message>
</context>
<context>
    <name>warren::EventLogModel</name>
    <message>
        <source>Time</source>
        <comment>when an event happened</comment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a change seen in the cluster</comment>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyDialog</name>
    <message>
        <source>this machine</source>
        <translation>this machine</translation>
    </message>
    <message>
        <source>The generated file is valid (haproxy -c on %1).</source>
        <translation>The generated file is valid (haproxy -c on %1).</translation>
    </message>
    <message>
        <source>HAProxy on %1 refuses the generated file: %2</source>
        <translation>HAProxy on %1 refuses the generated file: %2</translation>
    </message>
    <message>
        <source>HAProxy Configuration — %1</source>
        <comment>window title; %1: cluster name</comment>
        <translation>HAProxy Configuration — %1</translation>
    </message>
    <message>
        <source>Generated haproxy.cfg</source>
        <translation>Generated haproxy.cfg</translation>
    </message>
    <message>
        <source>Current File and Lint</source>
        <translation>Current File and Lint</translation>
    </message>
    <message>
        <source>Diff</source>
        <comment>changes between two files</comment>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Push Log</source>
        <translation>Push Log</translation>
    </message>
    <message>
        <source>Failover Drill</source>
        <translation>Failover Drill</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <source>Check the generated file with haproxy -c (here when installed, else on the HAProxy host)</source>
        <translation>Check the generated file with haproxy -c (here when installed, else on the HAProxy host)</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>&amp;Push…</translation>
    </message>
    <message>
        <source>Replace haproxy.cfg on the HAProxy host and reload it</source>
        <translation>Replace haproxy.cfg on the HAProxy host and reload it</translation>
    </message>
    <message>
        <source>The current file and the generated one are the same.</source>
        <translation>The current file and the generated one are the same.</translation>
    </message>
    <message>
        <source>Open haproxy.cfg</source>
        <translation>Open haproxy.cfg</translation>
    </message>
    <message>
        <source>HAProxy configuration (*.cfg);;All files (*)</source>
        <translation>HAProxy configuration (*.cfg);;All files (*)</translation>
    </message>
    <message>
        <source>Save haproxy.cfg</source>
        <translation>Save haproxy.cfg</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>The push to %1 goes on and is logged in the operation log; Warren restores the backup if it fails.</source>
        <translation>The push to %1 goes on and is logged in the operation log; Warren restores the backup if it fails.</translation>
    </message>
    <message>
        <source>The failover drill is cancelled: in the background, Warren reads back the messages sent so far, deletes the drill&apos;s queue and stops its clients; the outcome is logged in the operation log. A node the drill already took down stays down: start it again.</source>
        <translation>The failover drill is cancelled: in the background, Warren reads back the messages sent so far, deletes the drill&apos;s queue and stops its clients; the outcome is logged in the operation log. A node the drill already took down stays down: start it again.</translation>
    </message>
    <message>
        <source>Still Running</source>
        <translation>Still Running</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyExportPage</name>
    <message>
        <source>Export Options</source>
        <translation>Export Options</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Active-backup</source>
        <translation>Active-backup</translation>
    </message>
    <message>
        <source>One node takes all clients; the others are backup servers</source>
        <translation>One node takes all clients; the others are backup servers</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>Clients are spread over all nodes</source>
        <translation>Clients are spread over all nodes</translation>
    </message>
    <message>
        <source>Active node:</source>
        <comment>the RabbitMQ node HAProxy sends clients to</comment>
        <translation>Active node:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <source>AMQP heartbeat:</source>
        <translation>AMQP heartbeat:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>The heartbeat clients negotiate; client/server timeouts are set well above it.</source>
        <translation>The heartbeat clients negotiate; client/server timeouts are set well above it.</translation>
    </message>
    <message>
        <source>Management UI:</source>
        <translation>Management UI:</translation>
    </message>
    <message>
        <source>Also proxy port 15672</source>
        <translation>Also proxy port 15672</translation>
    </message>
    <message>
        <source>Bind address:</source>
        <translation>Bind address:</translation>
    </message>
    <message>
        <source>%1 (the HAProxy host)</source>
        <translation>%1 (the HAProxy host)</translation>
    </message>
    <message>
        <source>Check interval:</source>
        <translation>Check interval:</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Rise (checks to come UP):</source>
        <translation>Rise (checks to come UP):</translation>
    </message>
    <message>
        <source>Fall (checks to go DOWN):</source>
        <translation>Fall (checks to go DOWN):</translation>
    </message>
    <message>
        <source>Max. connections:</source>
        <translation>Max. connections:</translation>
    </message>
    <message>
        <source>Run as user:</source>
        <translation>Run as user:</translation>
    </message>
    <message>
        <source>Run as group:</source>
        <translation>Run as group:</translation>
    </message>
    <message>
        <source>(root: not recommended)</source>
        <translation>(root: not recommended)</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Log:</translation>
    </message>
    <message>
        <source>/dev/log local0 (Debian)</source>
        <translation>/dev/log local0 (Debian)</translation>
    </message>
    <message>
        <source>No logging</source>
        <translation>No logging</translation>
    </message>
    <message>
        <source>Another target…</source>
        <translation>Another target…</translation>
    </message>
    <message>
        <source>Log target:</source>
        <translation>Log target:</translation>
    </message>
    <message>
        <source>What follows `log` in the global section, e.g. 127.0.0.1:514 local0 or stdout format raw local0</source>
        <translation>What follows `log` in the global section, e.g. 127.0.0.1:514 local0 or stdout format raw local0</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyLintPage</name>
    <message>
        <source>Error</source>
        <comment>lint finding severity</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>lint finding severity</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>lint finding severity</comment>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source> … (%n more character(s) not shown)</source>
        <translation>
            <numerusform> … (%n more character not shown)</numerusform>
            <numerusform> … (%n more characters not shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>… (the rest of the file is not shown)</source>
        <translation>… (the rest of the file is not shown)</translation>
    </message>
    <message>
        <source>&amp;Fetch from %1</source>
        <translation>&amp;Fetch from %1</translation>
    </message>
    <message>
        <source>HAProxy Host</source>
        <translation>HAProxy Host</translation>
    </message>
    <message>
        <source>The profile does not say where haproxy.cfg is</source>
        <translation>The profile does not say where haproxy.cfg is</translation>
    </message>
    <message>
        <source>Read %1 over SSH</source>
        <translation>Read %1 over SSH</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Open File…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>No current file yet: fetch it from the HAProxy host or open one.</source>
        <translation>No current file yet: fetch it from the HAProxy host or open one.</translation>
    </message>
    <message>
        <source>Current: %1 (%2 bytes)</source>
        <translation>Current: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1, line %2: %3
Fix: %4</source>
        <translation>%1, line %2: %3
Fix: %4</translation>
    </message>
    <message>
        <source>Lint of the current file: %1 error(s), %2 warning(s), %3 note(s). Click a row to see its line.</source>
        <translation>Lint of the current file: %1 error(s), %2 warning(s), %3 note(s). Click a row to see its line.</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyPushPage</name>
    <message>
        <source>Push haproxy.cfg to %1</source>
        <translation>Push haproxy.cfg to %1</translation>
    </message>
    <message>
        <source>This replaces %1 with the generated file. The current file is backed up first (%2.warren-backup-…); the new one is checked with haproxy -c before and after it is in place. HAProxy then reloads hitlessly: established AMQP connections stay on the old process until they end. Warren reads the stats socket until the servers are as the file says; on any failure the backup is put back and HAProxy reloads again.</source>
        <translation>This replaces %1 with the generated file. The current file is backed up first (%2.warren-backup-…); the new one is checked with haproxy -c before and after it is in place. HAProxy then reloads hitlessly: established AMQP connections stay on the old process until they end. Warren reads the stats socket until the servers are as the file says; on any failure the backup is put back and HAProxy reloads again.</translation>
    </message>
    <message>
        <source>(The current file was not read yet: fetch it to see the changes.)</source>
        <translation>(The current file was not read yet: fetch it to see the changes.)</translation>
    </message>
    <message>
        <source>(No changes: the file on the host is the same.)</source>
        <translation>(No changes: the file on the host is the same.)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back Up, Write and Reload</source>
        <translation>Back Up, Write and Reload</translation>
    </message>
    <message>
        <source>Pushing to %1 …</source>
        <translation>Pushing to %1 …</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Pushed and verified: HAProxy runs the new file.</source>
        <translation>Pushed and verified: HAProxy runs the new file.</translation>
    </message>
    <message>
        <source>Pushed and verified. Backup: %1</source>
        <translation>Pushed and verified. Backup: %1</translation>
    </message>
    <message>
        <source>Push failed; the previous file was restored: %1</source>
        <translation>Push failed; the previous file was restored: %1</translation>
    </message>
    <message>
        <source>Push failed: %1</source>
        <translation>Push failed: %1</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyServerModel</name>
    <message>
        <source>Proxy</source>
        <comment>HAProxy frontend/backend (listen section) name</comment>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>HAProxy backend server</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>HAProxy server role: active or backup</comment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last check</source>
        <comment>result of HAProxy&apos;s last health check</comment>
        <translation>Last check</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>time since the server&apos;s status last changed</comment>
        <translation>Since</translation>
    </message>
    <message>
        <source>Sessions</source>
        <comment>current HAProxy sessions to this server</comment>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Active servers take traffic; backup servers only when no active server is up.</source>
        <translation>Active servers take traffic; backup servers only when no active server is up.</translation>
    </message>
    <message>
        <source>Result of the last health check (L4OK: TCP connect worked)</source>
        <translation>Result of the last health check (L4OK: TCP connect worked)</translation>
    </message>
    <message>
        <source>Time since the status last changed</source>
        <translation>Time since the status last changed</translation>
    </message>
    <message>
        <source>Current sessions (client connections) to this server</source>
        <translation>Current sessions (client connections) to this server</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>HAProxy backup server</comment>
        <translation>backup</translation>
    </message>
    <message>
        <source>active</source>
        <comment>HAProxy active server</comment>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>warren::HostKeyDialog</name>
    <message>
        <source>Unknown SSH host key</source>
        <translation>Unknown SSH host key</translation>
    </message>
    <message>
        <source>The authenticity of host &quot;%1 (%2)&quot; can&apos;t be established.</source>
        <translation>The authenticity of host &quot;%1 (%2)&quot; can&apos;t be established.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>SSH port:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Key type:</translation>
    </message>
    <message>
        <source>%1 key fingerprint:</source>
        <translation>%1 key fingerprint:</translation>
    </message>
    <message>
        <source>the known_hosts file</source>
        <translation>the known_hosts file</translation>
    </message>
    <message>
        <source>No known_hosts entry vouches for this key. Compare the fingerprint with the one the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host). Trusting it adds the key to %1.</source>
        <translation>No known_hosts entry vouches for this key. Compare the fingerprint with the one the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host). Trusting it adds the key to %1.</translation>
    </message>
    <message>
        <source>Are you sure you want to trust it and continue connecting?</source>
        <translation>Are you sure you want to trust it and continue connecting?</translation>
    </message>
    <message>
        <source>Saving host key…</source>
        <translation>Saving host key…</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Trust and connect</translation>
    </message>
    <message>
        <source>Record this key in known_hosts and connect</source>
        <translation>Record this key in known_hosts and connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The host key was not saved: %1</source>
        <translation>The host key was not saved: %1</translation>
    </message>
</context>
<context>
    <name>warren::LiveChartsPanel</name>
    <message>
        <source>Memory used (MiB; dashed: high watermark)</source>
        <comment>RabbitMQ memory high watermark</comment>
        <translation>Memory used (MiB; dashed: high watermark)</translation>
    </message>
    <message>
        <source>File descriptors</source>
        <translation>File descriptors</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Erlang processes</source>
        <translation>Erlang processes</translation>
    </message>
    <message>
        <source>Cluster message rates (per second)</source>
        <translation>Cluster message rates (per second)</translation>
    </message>
    <message>
        <source>Cluster messages ready / unacknowledged</source>
        <translation>Cluster messages ready / unacknowledged</translation>
    </message>
    <message>
        <source>Time window</source>
        <comment>how much history the charts show</comment>
        <translation>Time window</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>How far back the charts go (kept in memory while the window is open)</source>
        <translation>How far back the charts go (kept in memory while the window is open)</translation>
    </message>
    <message>
        <source>Node charts: one line per node; gaps where a node was down or did not report.</source>
        <comment>RabbitMQ nodes</comment>
        <translation>Node charts: one line per node; gaps where a node was down or did not report.</translation>
    </message>
    <message>
        <source>publish</source>
        <comment>message rate</comment>
        <translation>publish</translation>
    </message>
    <message>
        <source>deliver / get</source>
        <comment>message rate</comment>
        <translation>deliver / get</translation>
    </message>
    <message>
        <source>ack</source>
        <comment>message rate: acknowledgements</comment>
        <translation>ack</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>messages ready for delivery</comment>
        <translation>ready</translation>
    </message>
    <message>
        <source>unacknowledged</source>
        <comment>messages delivered, not yet acknowledged</comment>
        <translation>unacknowledged</translation>
    </message>
</context>
<context>
    <name>warren::MainWindow</name>
    <message>
        <source>&amp;Cluster</source>
        <comment>menu: RabbitMQ cluster</comment>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>&amp;Add Cluster…</translation>
    </message>
    <message>
        <source>Add a RabbitMQ cluster to Warren</source>
        <translation>Add a RabbitMQ cluster to Warren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected cluster&apos;s hosts and credentials</source>
        <translation>Edit the selected cluster&apos;s hosts and credentials</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected cluster from Warren (the cluster itself is not touched)</source>
        <translation>Remove the selected cluster from Warren (the cluster itself is not touched)</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>Refresh &amp;Now</translation>
    </message>
    <message>
        <source>Collect the cluster status now</source>
        <translation>Collect the cluster status now</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit Warren</source>
        <translation>Quit Warren</translation>
    </message>
    <message>
        <source>&amp;About Warren</source>
        <translation>&amp;About Warren</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>Version and license</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Poll every</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Graph</source>
        <comment>the cluster drawn as nodes and links</comment>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>nodes and HAProxy servers as tables</comment>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>changes seen in the cluster</comment>
        <translation>Events</translation>
    </message>
    <message>
        <source>Charts</source>
        <comment>live charts of node figures</comment>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>queues compared across nodes</comment>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Every queue and its role on each node: home, mirrors in sync or behind</source>
        <translation>Every queue and its role on each node: home, mirrors in sync or behind</translation>
    </message>
    <message>
        <source>Memory, file descriptors, sockets and Erlang processes per node over time</source>
        <translation>Memory, file descriptors, sockets and Erlang processes per node over time</translation>
    </message>
    <message>
        <source>Nodes, cluster links and HAProxy as a live graph</source>
        <translation>Nodes, cluster links and HAProxy as a live graph</translation>
    </message>
    <message>
        <source>Nodes, HAProxy servers and sources as tables</source>
        <translation>Nodes, HAProxy servers and sources as tables</translation>
    </message>
    <message>
        <source>What changed between refreshes while this window was open</source>
        <translation>What changed between refreshes while this window was open</translation>
    </message>
    <message>
        <source>Resume &amp;Polling</source>
        <translation>Resume &amp;Polling</translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation>&amp;Pause Polling</translation>
    </message>
    <message>
        <source>Resume collecting the cluster status</source>
        <translation>Resume collecting the cluster status</translation>
    </message>
    <message>
        <source>Stop collecting the cluster status until resumed</source>
        <translation>Stop collecting the cluster status until resumed</translation>
    </message>
    <message>
        <source>%1 — Warren</source>
        <comment>window title: cluster name</comment>
        <translation>%1 — Warren</translation>
    </message>
    <message>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No source answered</source>
        <translation>No source answered</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Last updated %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Not updated yet</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>Stale: %1</translation>
    </message>
    <message>
        <source>The tables show the last data collected; the sources stopped answering.</source>
        <translation>The tables show the last data collected; the sources stopped answering.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) not answering</source>
        <translation>
            <numerusform>%n source not answering</numerusform>
            <numerusform>%n sources not answering</numerusform>
        </translation>
    </message>
    <message>
        <source>See Sources for the errors</source>
        <translation>See Sources for the errors</translation>
    </message>
    <message>
        <source>Polling off</source>
        <translation>Polling off</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Polling paused</translation>
    </message>
    <message numerus="yes">
        <source>Polling every %n second(s)</source>
        <translation>
            <numerusform>Polling every %n second</numerusform>
            <numerusform>Polling every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster was not saved: %1</source>
        <translation>The cluster was not saved: %1</translation>
    </message>
    <message>
        <source>Cluster %1 added.</source>
        <translation>Cluster %1 added.</translation>
    </message>
    <message>
        <source>The translation for %1 could not be loaded.</source>
        <translation>The translation for %1 could not be loaded.</translation>
    </message>
    <message>
        <source>SSH does not know the host key of %1 yet. Warren will not log in over SSH to an unverified host.</source>
        <translation>SSH does not know the host key of %1 yet. Warren will not log in over SSH to an unverified host.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Review Host Key…</source>
        <translation>Review Host Key…</translation>
    </message>
    <message>
        <source>The host key of %1 was saved.</source>
        <translation>The host key of %1 was saved.</translation>
    </message>
    <message>
        <source>About Warren</source>
        <translation>About Warren</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Administers RabbitMQ clusters behind HAProxy: status, nodes, HAProxy servers.&lt;/p&gt;&lt;p&gt;Passwords stay in memory; host keys are checked like OpenSSH does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Administers RabbitMQ clusters behind HAProxy: status, nodes, HAProxy servers.&lt;/p&gt;&lt;p&gt;Passwords stay in memory; host keys are checked like OpenSSH does.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <comment>menu: cluster operations</comment>
        <translation>&amp;Operations</translation>
    </message>
    <message>
        <source>Operation &amp;Log…</source>
        <translation>Operation &amp;Log…</translation>
    </message>
    <message>
        <source>Every command the operations ran, with its exit code and output</source>
        <translation>Every command the operations ran, with its exit code and output</translation>
    </message>
    <message>
        <source>&amp;HAProxy Configuration…</source>
        <comment>export, lint, push haproxy.cfg; failover drill</comment>
        <translation>&amp;HAProxy Configuration…</translation>
    </message>
    <message>
        <source>Export, lint, validate and push haproxy.cfg, and run a failover drill</source>
        <translation>Export, lint, validate and push haproxy.cfg, and run a failover drill</translation>
    </message>
    <message>
        <source>How often Warren collects the cluster status: not below the broker&apos;s statistics interval (%1 s), polling faster only repeats its figures</source>
        <translation>How often Warren collects the cluster status: not below the broker&apos;s statistics interval (%1 s), polling faster only repeats its figures</translation>
    </message>
    <message>
        <source>How often Warren collects the cluster status: not below the broker&apos;s statistics interval (%1 s by default) until the broker tells its own</source>
        <translation>How often Warren collects the cluster status: not below the broker&apos;s statistics interval (%1 s by default) until the broker tells its own</translation>
    </message>
    <message>
        <source>Choose a cluster first: the operations run on the selected cluster&apos;s hosts.</source>
        <translation>Choose a cluster first: the operations run on the selected cluster&apos;s hosts.</translation>
    </message>
</context>
<context>
    <name>warren::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>warren::NodeDetailsPanel</name>
    <message>
        <source>Node Details</source>
        <comment>RabbitMQ node</comment>
        <translation>Node Details</translation>
    </message>
    <message>
        <source>Select a node in the graph to see its file descriptors, sockets, Erlang processes, memory and disk against their watermarks.</source>
        <comment>RabbitMQ node</comment>
        <translation>Select a node in the graph to see its file descriptors, sockets, Erlang processes, memory and disk against their watermarks.</translation>
    </message>
    <message>
        <source>Last known values: the sources stopped answering.</source>
        <translation>Last known values: the sources stopped answering.</translation>
    </message>
    <message>
        <source>Node</source>
        <comment>RabbitMQ node</comment>
        <translation>Node</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>RabbitMQ node type: disc or ram</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>used of the high watermark</comment>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Disk free</source>
        <comment>against the free disk limit (low watermark)</comment>
        <translation>Disk free</translation>
    </message>
    <message>
        <source>File descriptors</source>
        <translation>File descriptors</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Erlang processes</source>
        <translation>Erlang processes</translation>
    </message>
    <message>
        <source>RabbitMQ</source>
        <translation>RabbitMQ</translation>
    </message>
    <message>
        <source>Erlang</source>
        <translation>Erlang</translation>
    </message>
    <message>
        <source>Alarms</source>
        <comment>RabbitMQ resource alarms</comment>
        <translation>Alarms</translation>
    </message>
    <message>
        <source>Cannot reach</source>
        <comment>peers this node reports as unreachable (partition)</comment>
        <translation>Cannot reach</translation>
    </message>
    <message>
        <source>%1 of %2 high watermark (%3)</source>
        <comment>memory used of the limit (percent)</comment>
        <translation>%1 of %2 high watermark (%3)</translation>
    </message>
    <message>
        <source>%1 free, limit %2</source>
        <comment>disk free, free disk limit</comment>
        <translation>%1 free, limit %2</translation>
    </message>
    <message>
        <source>memory</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>memory</translation>
    </message>
    <message>
        <source>disk</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>disk</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no alarms</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no unreachable peers</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>Safe to stop</source>
        <comment>RabbitMQ node: stopping it now loses no queue</comment>
        <translation>Safe to stop</translation>
    </message>
    <message>
        <source>Queue leaders</source>
        <comment>queues whose leader (quorum) or master (classic) runs on this node</comment>
        <translation>Queue leaders</translation>
    </message>
    <message>
        <source>API vs cluster_status</source>
        <comment>do the two sources agree about this node</comment>
        <translation>API vs cluster_status</translation>
    </message>
    <message>
        <source>Reachable from Warren</source>
        <translation>Reachable from Warren</translation>
    </message>
    <message>
        <source>Start order</source>
        <comment>when the whole cluster is down</comment>
        <translation>Start order</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <comment>why the check gave no answer</comment>
        <translation>unknown: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>verdict (the broker&apos;s reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>agree</source>
        <comment>the API and cluster_status say the same about this node</comment>
        <translation>agree</translation>
    </message>
    <message>
        <source>they disagree: the API says %1; cluster_status says %2</source>
        <translation>they disagree: the API says %1; cluster_status says %2</translation>
    </message>
    <message>
        <source>no: %1</source>
        <comment>not reachable from Warren: reason</comment>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>over SSH only; its API does not answer: %1</source>
        <translation>over SSH only; its API does not answer: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Metadata store</source>
        <comment>Mnesia or Khepri, the cluster&apos;s</comment>
        <translation>Metadata store</translation>
    </message>
    <message>
        <source>Feature flags off</source>
        <comment>the cluster&apos;s disabled feature flags</comment>
        <translation>Feature flags off</translation>
    </message>
    <message>
        <source>Deprecated in use</source>
        <comment>deprecated RabbitMQ features the cluster uses</comment>
        <translation>Deprecated in use</translation>
    </message>
    <message>
        <source>not read yet</source>
        <comment>read once a minute</comment>
        <translation>not read yet</translation>
    </message>
    <message>
        <source>no leader known</source>
        <comment>Khepri Raft leader</comment>
        <translation>no leader known</translation>
    </message>
    <message>
        <source>leader %1</source>
        <comment>Khepri Raft leader</comment>
        <translation>leader %1</translation>
    </message>
    <message>
        <source>%1 of %2 members running</source>
        <comment>Khepri Raft members</comment>
        <translation>%1 of %2 members running</translation>
    </message>
    <message>
        <source>no majority: metadata changes (queues, users, policies...) are refused</source>
        <translation>no majority: metadata changes (queues, users, policies...) are refused</translation>
    </message>
    <message>
        <source>roles unknown: %1</source>
        <translation>roles unknown: %1</translation>
    </message>
    <message>
        <source>none: every feature flag is enabled</source>
        <translation>none: every feature flag is enabled</translation>
    </message>
    <message>
        <source>Enable before upgrading: %1 (rabbitmqctl enable_feature_flag all; experimental flags such as khepri_db stay opt-in)</source>
        <translation>Enable before upgrading: %1 (rabbitmqctl enable_feature_flag all; experimental flags such as khepri_db stay opt-in)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>deprecated feature: what to do</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(reported by the broker; ram nodes checked by Warren)</source>
        <translation>(reported by the broker; ram nodes checked by Warren)</translation>
    </message>
    <message>
        <source>(found by Warren: ram nodes, ha-* policies)</source>
        <translation>(found by Warren: ram nodes, ha-* policies)</translation>
    </message>
    <message>
        <source>none %1</source>
        <comment>no deprecated features in use (how this was found)</comment>
        <translation>none %1</translation>
    </message>
</context>
<context>
    <name>warren::NodeTableModel</name>
    <message>
        <source>Node</source>
        <comment>RabbitMQ node (an Erlang VM running RabbitMQ)</comment>
        <translation>Node</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>RabbitMQ node type: disc or RAM</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Alarms</source>
        <comment>RabbitMQ resource alarms (memory, disk)</comment>
        <translation>Alarms</translation>
    </message>
    <message>
        <source>RabbitMQ</source>
        <translation>RabbitMQ</translation>
    </message>
    <message>
        <source>Erlang/OTP</source>
        <translation>Erlang/OTP</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Disk free</translation>
    </message>
    <message>
        <source>File descriptors</source>
        <translation>File descriptors</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Erlang processes</source>
        <translation>Erlang processes</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>Partitions</source>
        <comment>network partitions: nodes this node cannot reach</comment>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>Disc nodes keep the cluster metadata on disk; RAM nodes keep it in memory only.</source>
        <translation>Disc nodes keep the cluster metadata on disk; RAM nodes keep it in memory only.</translation>
    </message>
    <message>
        <source>RabbitMQ version</source>
        <translation>RabbitMQ version</translation>
    </message>
    <message>
        <source>Erlang/OTP version</source>
        <translation>Erlang/OTP version</translation>
    </message>
    <message>
        <source>Memory used / memory high watermark (publishers are blocked above it)</source>
        <translation>Memory used / memory high watermark (publishers are blocked above it)</translation>
    </message>
    <message>
        <source>Free disk space and the free disk limit (publishers are blocked below it)</source>
        <translation>Free disk space and the free disk limit (publishers are blocked below it)</translation>
    </message>
    <message>
        <source>File descriptors used / available</source>
        <translation>File descriptors used / available</translation>
    </message>
    <message>
        <source>Sockets used / available</source>
        <translation>Sockets used / available</translation>
    </message>
    <message>
        <source>Erlang processes used / limit</source>
        <translation>Erlang processes used / limit</translation>
    </message>
    <message>
        <source>Nodes this node cannot reach (network partition)</source>
        <translation>Nodes this node cannot reach (network partition)</translation>
    </message>
    <message>
        <source>disc</source>
        <comment>RabbitMQ node type: stores metadata on disk</comment>
        <translation>disc</translation>
    </message>
    <message>
        <source>ram</source>
        <comment>RabbitMQ node type: keeps metadata in memory only</comment>
        <translation>ram</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>RabbitMQ node type not reported</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>running</source>
        <comment>RabbitMQ node state</comment>
        <translation>running</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>RabbitMQ node state</comment>
        <translation>stopped</translation>
    </message>
    <message>
        <source>memory</source>
        <comment>RabbitMQ memory alarm</comment>
        <translation>memory</translation>
    </message>
    <message>
        <source>disk</source>
        <comment>RabbitMQ free disk space alarm</comment>
        <translation>disk</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <comment>free disk space, then the configured free disk limit</comment>
        <translation>%1 (limit %2)</translation>
    </message>
    <message>
        <source>Disc node: keeps the cluster metadata (queues, exchanges, users) on disk.</source>
        <translation>Disc node: keeps the cluster metadata (queues, exchanges, users) on disk.</translation>
    </message>
    <message>
        <source>RAM node: keeps the cluster metadata in memory only; the cluster needs at least one disc node.</source>
        <translation>RAM node: keeps the cluster metadata in memory only; the cluster needs at least one disc node.</translation>
    </message>
    <message>
        <source>The node is running.</source>
        <translation>The node is running.</translation>
    </message>
    <message>
        <source>The node is not running or cannot be reached.</source>
        <translation>The node is not running or cannot be reached.</translation>
    </message>
    <message>
        <source>Memory and disk alarms: publishers on the whole cluster are blocked.</source>
        <translation>Memory and disk alarms: publishers on the whole cluster are blocked.</translation>
    </message>
    <message>
        <source>Memory alarm: publishers on the whole cluster are blocked.</source>
        <translation>Memory alarm: publishers on the whole cluster are blocked.</translation>
    </message>
    <message>
        <source>Disk alarm: publishers on the whole cluster are blocked.</source>
        <translation>Disk alarm: publishers on the whole cluster are blocked.</translation>
    </message>
    <message>
        <source>%1 used of the %2 high watermark (%3)</source>
        <translation>%1 used of the %2 high watermark (%3)</translation>
    </message>
    <message>
        <source>%1 free; publishers are blocked below %2</source>
        <translation>%1 free; publishers are blocked below %2</translation>
    </message>
    <message>
        <source>%1 of %2 in use (%3)</source>
        <translation>%1 of %2 in use (%3)</translation>
    </message>
    <message>
        <source>This node cannot reach: %1</source>
        <translation>This node cannot reach: %1</translation>
    </message>
</context>
<context>
    <name>warren::OperationLogDialog</name>
    <message>
        <source>Operation Log</source>
        <translation>Operation Log</translation>
    </message>
    <message>
        <source>Every command Warren&apos;s operations ran, newest first: %1</source>
        <translation>Every command Warren&apos;s operations ran, newest first: %1</translation>
    </message>
    <message>
        <source>Search commands and output</source>
        <translation>Search commands and output</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <comment>RabbitMQ cluster</comment>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>&amp;Copy as JSON</translation>
    </message>
    <message>
        <source>Copy the selected entries (or every shown entry) as JSON lines</source>
        <translation>Copy the selected entries (or every shown entry) as JSON lines</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Reading the log…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 entries</source>
        <translation>Shown: %1 of %2 entries</translation>
    </message>
</context>
<context>
    <name>warren::OperationLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Cluster</source>
        <comment>RabbitMQ cluster</comment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>exit code of a command</comment>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>interrupted: started, no result recorded</source>
        <translation>interrupted: started, no result recorded</translation>
    </message>
</context>
<context>
    <name>warren::OperationWizard</name>
    <message>
        <source>pass</source>
        <comment>a preflight check passed</comment>
        <translation>pass</translation>
    </message>
    <message>
        <source>info</source>
        <comment>a preflight fact, not a check</comment>
        <translation>info</translation>
    </message>
    <message>
        <source>warn</source>
        <comment>a preflight check warns</comment>
        <translation>warn</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>a preflight check failed</comment>
        <translation>fail</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>wizard page: the operation&apos;s arguments</comment>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Cluster: %1 (profile %2)</source>
        <comment>RabbitMQ cluster</comment>
        <translation>Cluster: %1 (profile %2)</translation>
    </message>
    <message>
        <source>Preflight</source>
        <comment>wizard page: checks before anything runs</comment>
        <translation>Preflight</translation>
    </message>
    <message>
        <source>Warren reads each host&apos;s state over SSH. Nothing is changed yet.</source>
        <translation>Warren reads each host&apos;s state over SSH. Nothing is changed yet.</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Check &amp;Again</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>of a preflight check</comment>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Reading the facts from the hosts…</source>
        <translation>Reading the facts from the hosts…</translation>
    </message>
    <message>
        <source>%1 — RabbitMQ %2</source>
        <translation>%1 — RabbitMQ %2</translation>
    </message>
    <message>
        <source>This operation does not apply here: %1</source>
        <translation>This operation does not apply here: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: fix them and check again; nothing was changed.</source>
        <translation>
            <numerusform>%n check failed: fix them and check again; nothing was changed.</numerusform>
            <numerusform>%n checks failed: fix them and check again; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: %1</source>
        <translation>Nothing to do: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every required check passed; %n warning(s) to read before going on.</source>
        <translation>
            <numerusform>Every required check passed; %n warning to read before going on.</numerusform>
            <numerusform>Every required check passed; %n warnings to read before going on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>wizard page: the steps that will run</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Every command exactly as it will run, the checks around it, and what undoing each step means.</source>
        <translation>Every command exactly as it will run, the checks around it, and what undoing each step means.</translation>
    </message>
    <message>
        <source>&amp;Copy Plan</source>
        <translation>&amp;Copy Plan</translation>
    </message>
    <message>
        <source>Copy the whole plan as text, commands included</source>
        <translation>Copy the whole plan as text, commands included</translation>
    </message>
    <message numerus="yes">
        <source>%1 — RabbitMQ %2, %n step(s)</source>
        <translation>
            <numerusform>%1 — RabbitMQ %2, %n step</numerusform>
            <numerusform>%1 — RabbitMQ %2, %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Destructive: %1</source>
        <translation>Destructive: %1</translation>
    </message>
    <message>
        <source>Check before: %1 (on %2)</source>
        <translation>Check before: %1 (on %2)</translation>
    </message>
    <message>
        <source>Reads a secret on %1 (never shown or logged) and passes it on standard input: %2</source>
        <translation>Reads a secret on %1 (never shown or logged) and passes it on standard input: %2</translation>
    </message>
    <message>
        <source>Verify: %1 (on %2)</source>
        <translation>Verify: %1 (on %2)</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Verification after the last step</source>
        <translation>Verification after the last step</translation>
    </message>
    <message>
        <source>Confirm</source>
        <comment>wizard page: last look before running</comment>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>run the plan</comment>
        <translation>&amp;Run</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will run on %1.</source>
        <translation>
            <numerusform>%n step will run on %1.</numerusform>
            <numerusform>%n steps will run on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them destroys data.</source>
        <translation>None of them destroys data.</translation>
    </message>
    <message numerus="yes">
        <source>%n destructive step(s), deleting what no undo brings back:</source>
        <translation>
            <numerusform>%n destructive step, deleting what no undo brings back:</numerusform>
            <numerusform>%n destructive steps, deleting what no undo brings back:</numerusform>
        </translation>
    </message>
    <message>
        <source>I have read the plan: run it</source>
        <translation>I have read the plan: run it</translation>
    </message>
    <message>
        <source>I understand what the destructive steps delete: run the plan</source>
        <translation>I understand what the destructive steps delete: run the plan</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <comment>the host name the destructive steps run on</comment>
        <translation>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>wizard page: the plan running</comment>
        <translation>Run</translation>
    </message>
    <message>
        <source>Each step runs after its checks and is verified before the next one; every command is logged.</source>
        <translation>Each step runs after its checks and is verified before the next one; every command is logged.</translation>
    </message>
    <message>
        <source>Show &amp;Result</source>
        <translation>Show &amp;Result</translation>
    </message>
    <message>
        <source>&amp;Stop After This Step</source>
        <translation>&amp;Stop After This Step</translation>
    </message>
    <message>
        <source>Stopping after this step…</source>
        <translation>Stopping after this step…</translation>
    </message>
    <message>
        <source>A step that has started always finishes; the run stops before the next one</source>
        <translation>A step that has started always finishes; the run stops before the next one</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>State</source>
        <comment>of a step</comment>
        <translation>State</translation>
    </message>
    <message>
        <source>Verifying the result…</source>
        <translation>Verifying the result…</translation>
    </message>
    <message>
        <source>verifying the result</source>
        <translation>verifying the result</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Finished: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>retry from step %1</source>
        <translation>retry from step %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>running…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>wizard page: the verified outcome</comment>
        <translation>Result</translation>
    </message>
    <message>
        <source>What the hosts report now, read back after the run.</source>
        <translation>What the hosts report now, read back after the run.</translation>
    </message>
    <message>
        <source>Done and verified: %1</source>
        <translation>Done and verified: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Stopped before step %1: %2</source>
        <translation>Stopped before step %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Verified state now:</source>
        <comment>of the node, read back after the failure</comment>
        <translation>Verified state now:</translation>
    </message>
    <message>
        <source>What is left to do:</source>
        <translation>What is left to do:</translation>
    </message>
    <message>
        <source>Retry the &amp;Undo</source>
        <translation>Retry the &amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Resume from Step %1</source>
        <translation>&amp;Resume from Step %1</translation>
    </message>
    <message>
        <source>&amp;Retry Step %1</source>
        <translation>&amp;Retry Step %1</translation>
    </message>
    <message>
        <source>&amp;Undo Step %1</source>
        <translation>&amp;Undo Step %1</translation>
    </message>
    <message>
        <source>Or abort: close the wizard and leave the node as it is now (every command is in the operation log).</source>
        <translation>Or abort: close the wizard and leave the node as it is now (every command is in the operation log).</translation>
    </message>
    <message>
        <source>chosen</source>
        <comment>the fix the user chose</comment>
        <translation>chosen</translation>
    </message>
    <message>
        <source>does not apply: %1</source>
        <translation>does not apply: %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>warren::OverviewHeader</name>
    <message>
        <source>Overall state: nodes running, alarms, partitions, HAProxy servers, sources</source>
        <translation>Overall state: nodes running, alarms, partitions, HAProxy servers, sources</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>No cluster selected</translation>
    </message>
    <message>
        <source>Add a cluster with Cluster &gt; Add Cluster…, or start Warren with --cluster PROFILE.json.</source>
        <translation>Add a cluster with Cluster &gt; Add Cluster…, or start Warren with --cluster PROFILE.json.</translation>
    </message>
    <message>
        <source>Select a cluster on the left.</source>
        <translation>Select a cluster on the left.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>No status collected yet</source>
        <translation>No status collected yet</translation>
    </message>
    <message>
        <source>RabbitMQ cluster name %1</source>
        <comment>RabbitMQ&apos;s own cluster_name setting</comment>
        <translation>RabbitMQ cluster name %1</translation>
    </message>
    <message>
        <source>via the management API</source>
        <translation>via the management API</translation>
    </message>
    <message>
        <source>via SSH (rabbitmqctl)</source>
        <translation>via SSH (rabbitmqctl)</translation>
    </message>
    <message>
        <source>RabbitMQ %1</source>
        <translation>RabbitMQ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), %1 running</source>
        <comment>RabbitMQ nodes</comment>
        <translation>
            <numerusform>%n node, %1 running</numerusform>
            <numerusform>%n nodes, %1 running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HAProxy: %1 of %n server(s) up</source>
        <translation>
            <numerusform>HAProxy: %1 of %n server up</numerusform>
            <numerusform>HAProxy: %1 of %n servers up</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale</source>
        <comment>the data shown is old</comment>
        <translation>Stale</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>no leader known</source>
        <comment>Khepri Raft leader</comment>
        <translation>no leader known</translation>
    </message>
    <message>
        <source>leader %1</source>
        <comment>Khepri Raft leader</comment>
        <translation>leader %1</translation>
    </message>
    <message>
        <source>%1/%2 members</source>
        <comment>Khepri Raft members running/all</comment>
        <translation>%1/%2 members</translation>
    </message>
</context>
<context>
    <name>warren::ProfileForm</name>
    <message>
        <source>Cluster</source>
        <comment>a RabbitMQ cluster</comment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>How Warren lists this cluster</source>
        <translation>How Warren lists this cluster</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Login user on every host</source>
        <translation>Login user on every host</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <source>Empty: use ssh-agent</source>
        <translation>Empty: use ssh-agent</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choose the private key file</translation>
    </message>
    <message>
        <source>known_hosts file:</source>
        <translation>known_hosts file:</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Empty: %1</translation>
    </message>
    <message>
        <source>Choose the known_hosts file Warren checks host keys against</source>
        <translation>Choose the known_hosts file Warren checks host keys against</translation>
    </message>
    <message>
        <source>Run privileged commands through sudo -n</source>
        <translation>Run privileged commands through sudo -n</translation>
    </message>
    <message>
        <source>rabbitmqctl and service commands run as &quot;sudo -n …&quot;: the user needs passwordless sudo for them</source>
        <translation>rabbitmqctl and service commands run as &quot;sudo -n …&quot;: the user needs passwordless sudo for them</translation>
    </message>
    <message>
        <source>Management API</source>
        <translation>Management API</translation>
    </message>
    <message>
        <source>A user with the monitoring or administrator tag</source>
        <translation>A user with the monitoring or administrator tag</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Not saved to disk</source>
        <translation>Not saved to disk</translation>
    </message>
    <message>
        <source>The password is %1. It is never written to the profile or the settings.</source>
        <translation>The password is %1. It is never written to the profile or the settings.</translation>
    </message>
    <message>
        <source>When empty, it is read from %1.</source>
        <translation>When empty, it is read from %1.</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>Verify TLS certificates</translation>
    </message>
    <message>
        <source>Check the API&apos;s certificate against the system&apos;s trusted authorities</source>
        <translation>Check the API&apos;s certificate against the system&apos;s trusted authorities</translation>
    </message>
    <message>
        <source>Certificates are not verified: anyone on the network path can pose as the API and read the password.</source>
        <translation>Certificates are not verified: anyone on the network path can pose as the API and read the password.</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>Stats host:</source>
        <translation>Stats host:</translation>
    </message>
    <message>
        <source>Host name from the list, reached over SSH</source>
        <translation>Host name from the list, reached over SSH</translation>
    </message>
    <message>
        <source>Stats socket:</source>
        <translation>Stats socket:</translation>
    </message>
    <message>
        <source>Stats URL:</source>
        <translation>Stats URL:</translation>
    </message>
    <message>
        <source>HAProxy&apos;s CSV stats page; used instead of the socket when set</source>
        <translation>HAProxy&apos;s CSV stats page; used instead of the socket when set</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>host name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Node name</source>
        <comment>RabbitMQ node name, e.g. rabbit@host</comment>
        <translation>Node name</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>host roles</comment>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Empty: rabbit@ followed by the host name</source>
        <translation>Empty: rabbit@ followed by the host name</translation>
    </message>
    <message>
        <source>Management API base URL, e.g. %1</source>
        <translation>Management API base URL, e.g. %1</translation>
    </message>
    <message>
        <source>Comma-separated: rabbitmq (runs a RabbitMQ node), haproxy (runs HAProxy)</source>
        <translation>Comma-separated: rabbitmq (runs a RabbitMQ node), haproxy (runs HAProxy)</translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation>Add Host</translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation>Remove Host</translation>
    </message>
    <message>
        <source>Enter a name for the cluster.</source>
        <translation>Enter a name for the cluster.</translation>
    </message>
    <message>
        <source>Add at least one host.</source>
        <translation>Add at least one host.</translation>
    </message>
    <message>
        <source>Host %1 in the list needs a name and an address.</source>
        <translation>Host %1 in the list needs a name and an address.</translation>
    </message>
    <message>
        <source>The host name %1 appears twice.</source>
        <translation>The host name %1 appears twice.</translation>
    </message>
    <message>
        <source>The API URL of %1 must start with http:// or https://.</source>
        <translation>The API URL of %1 must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The HAProxy stats host %1 is not in the host list.</source>
        <translation>The HAProxy stats host %1 is not in the host list.</translation>
    </message>
    <message>
        <source>The HAProxy stats URL is not a valid URL.</source>
        <translation>The HAProxy stats URL is not a valid URL.</translation>
    </message>
    <message>
        <source>Choose Private Key</source>
        <translation>Choose Private Key</translation>
    </message>
    <message>
        <source>Choose known_hosts File</source>
        <translation>Choose known_hosts File</translation>
    </message>
</context>
<context>
    <name>warren::ProfileRemoval</name>
    <message>
        <source>Remove Cluster</source>
        <translation>Remove Cluster</translation>
    </message>
    <message>
        <source>Remove %1 from Warren? The RabbitMQ cluster itself is not changed.</source>
        <translation>Remove %1 from Warren? The RabbitMQ cluster itself is not changed.</translation>
    </message>
    <message>
        <source>The profile file %1 is deleted.</source>
        <translation>The profile file %1 is deleted.</translation>
    </message>
    <message>
        <source>The profile file %1 is kept.</source>
        <translation>The profile file %1 is kept.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>warren::QueueChangeListModel</name>
    <message numerus="yes">
        <source>… and %n more (export the view for the full list)</source>
        <translation>
            <numerusform>… and %n more (export the view for the full list)</numerusform>
            <numerusform>… and %n more (export the view for the full list)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in vhost %2</source>
        <translation>%1 in vhost %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>warren::QueueFilterBar</name>
    <message>
        <source>all</source>
        <comment>vhost filter: every vhost</comment>
        <translation>all</translation>
    </message>
    <message>
        <source>all</source>
        <comment>node filter: every node</comment>
        <translation>all</translation>
    </message>
    <message>
        <source>all</source>
        <comment>queue type filter: every type</comment>
        <translation>all</translation>
    </message>
    <message>
        <source>Filter by queue name, e.g. _fanout_ or ^amq\.gen-</source>
        <translation>Filter by queue name, e.g. _fanout_ or ^amq\.gen-</translation>
    </message>
    <message>
        <source>Regex</source>
        <comment>treat the filter as a regular expression</comment>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Match the name against a regular expression instead of a substring</source>
        <translation>Match the name against a regular expression instead of a substring</translation>
    </message>
    <message>
        <source>Vhost:</source>
        <comment>RabbitMQ virtual host</comment>
        <translation>Vhost:</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>queue type</comment>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>Node:</translation>
    </message>
    <message>
        <source>Only queues with a replica (any role) on this node</source>
        <translation>Only queues with a replica (any role) on this node</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Only problems</translation>
    </message>
    <message>
        <source>Not fully synchronised, home node down, or no mirror under an HA policy</source>
        <translation>Not fully synchronised, home node down, or no mirror under an HA policy</translation>
    </message>
    <message>
        <source>Quorum queues without a leader, below their target size or with a member not online; streams without a replica on a node; queues on a node that is down</source>
        <translation>Quorum queues without a leader, below their target size or with a member not online; streams without a replica on a node; queues on a node that is down</translation>
    </message>
</context>
<context>
    <name>warren::QueueMatrixModel</name>
    <message>
        <source>classic</source>
        <comment>queue type: a classic queue without mirrors</comment>
        <translation>classic</translation>
    </message>
    <message>
        <source>mirrored</source>
        <comment>queue type: a classic queue mirrored by an HA policy</comment>
        <translation>mirrored</translation>
    </message>
    <message>
        <source>quorum</source>
        <comment>queue type: quorum queue</comment>
        <translation>quorum</translation>
    </message>
    <message>
        <source>stream</source>
        <comment>queue type: stream</comment>
        <translation>stream</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>queue type not reported</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>quorum queue: this node&apos;s member is the leader</comment>
        <translation>leader</translation>
    </message>
    <message>
        <source>home</source>
        <comment>classic queue: this node holds the master</comment>
        <translation>home</translation>
    </message>
    <message>
        <source>in sync</source>
        <comment>quorum queue: an online member that follows the leader</comment>
        <translation>in sync</translation>
    </message>
    <message>
        <source>mirror in sync</source>
        <comment>classic queue: a synchronised mirror on this node</comment>
        <translation>mirror in sync</translation>
    </message>
    <message>
        <source>lagging</source>
        <comment>quorum queue: a member that is not online</comment>
        <translation>lagging</translation>
    </message>
    <message>
        <source>mirror behind</source>
        <comment>classic queue: an unsynchronised mirror on this node</comment>
        <translation>mirror behind</translation>
    </message>
    <message>
        <source>%1 (node down)</source>
        <comment>queue role on a node that is down</comment>
        <translation>%1 (node down)</translation>
    </message>
    <message>
        <source>appeared</source>
        <comment>a queue that was not there before</comment>
        <translation>appeared</translation>
    </message>
    <message>
        <source>vanished</source>
        <comment>a queue that is no longer listed</comment>
        <translation>vanished</translation>
    </message>
    <message>
        <source>home moved from %1 to %2</source>
        <comment>queue master/leader moved between nodes</comment>
        <translation>home moved from %1 to %2</translation>
    </message>
    <message>
        <source>lost sync on %1</source>
        <comment>a mirror or member fell behind or went away on these nodes</comment>
        <translation>lost sync on %1</translation>
    </message>
    <message>
        <source>back in sync on %1</source>
        <comment>a mirror or member caught up on these nodes</comment>
        <translation>back in sync on %1</translation>
    </message>
    <message>
        <source>%1 (down): this node&apos;s role for each queue</source>
        <translation>%1 (down): this node&apos;s role for each queue</translation>
    </message>
    <message>
        <source>%1: this node&apos;s role for each queue</source>
        <translation>%1: this node&apos;s role for each queue</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Vhost</source>
        <comment>RabbitMQ virtual host</comment>
        <translation>Vhost</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>queue type: classic, mirrored, quorum</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>messages ready for delivery</comment>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Unacked</source>
        <comment>messages delivered, not yet acknowledged</comment>
        <translation>Unacked</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumers</translation>
    </message>
    <message>
        <source>State</source>
        <comment>queue state: running, down, syncing…</comment>
        <translation>State</translation>
    </message>
    <message>
        <source>Messages ready for delivery</source>
        <translation>Messages ready for delivery</translation>
    </message>
    <message>
        <source>Messages delivered to consumers and not yet acknowledged</source>
        <translation>Messages delivered to consumers and not yet acknowledged</translation>
    </message>
    <message>
        <source>classic: no mirrors; mirrored: classic queue under an HA policy; quorum: Raft replicated</source>
        <translation>classic: no mirrors; mirrored: classic queue under an HA policy; quorum: Raft replicated</translation>
    </message>
    <message>
        <source>%1 holds no replica of %2</source>
        <translation>%1 holds no replica of %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1
policy: %2</source>
        <translation>%1
policy: %2</translation>
    </message>
    <message>
        <source>no leader</source>
        <comment>quorum queue: this node&apos;s member was the last leader; none is elected now</comment>
        <translation>no leader</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>stream: this node holds the stream&apos;s leader (writer)</comment>
        <translation>leader</translation>
    </message>
    <message>
        <source>replica</source>
        <comment>stream: an online replica on this node</comment>
        <translation>replica</translation>
    </message>
    <message>
        <source>follower</source>
        <comment>quorum queue (RabbitMQ 4.x): an online member that follows the leader</comment>
        <translation>follower</translation>
    </message>
    <message>
        <source>replica not online</source>
        <comment>stream: a replica on this node that is not online</comment>
        <translation>replica not online</translation>
    </message>
    <message>
        <source>follower not online</source>
        <comment>quorum queue (RabbitMQ 4.x): a member that is not online</comment>
        <translation>follower not online</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>stream: this cluster node holds no replica of the stream</comment>
        <translation>missing</translation>
    </message>
    <message>
        <source>classic: on one node (RabbitMQ 4.x replicates only quorum queues and streams); quorum: Raft replicated, a leader and followers; stream: a replicated log, a leader and replicas</source>
        <translation>classic: on one node (RabbitMQ 4.x replicates only quorum queues and streams); quorum: Raft replicated, a leader and followers; stream: a replicated log, a leader and replicas</translation>
    </message>
    <message>
        <source>%1 holds no replica of stream %2: a cluster node without one</source>
        <translation>%1 holds no replica of stream %2: a cluster node without one</translation>
    </message>
</context>
<context>
    <name>warren::QueueSincePinView</name>
    <message>
        <source>Pin a snapshot to compare the queues against it later (e.g. before an upgrade).</source>
        <translation>Pin a snapshot to compare the queues against it later (e.g. before an upgrade).</translation>
    </message>
    <message>
        <source>No change since the pinned snapshot of %1</source>
        <translation>No change since the pinned snapshot of %1</translation>
    </message>
</context>
<context>
    <name>warren::QueueVanishedList</name>
    <message>
        <source>No queue has vanished while this tab was open.</source>
        <translation>No queue has vanished while this tab was open.</translation>
    </message>
    <message>
        <source>%1 in vhost %2</source>
        <translation>%1 in vhost %2</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Gone at</source>
        <comment>time a queue was seen gone</comment>
        <translation>Gone at</translation>
    </message>
</context>
<context>
    <name>warren::QueuesPanel</name>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>No queues collected yet</source>
        <translation>No queues collected yet</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>No cluster selected</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n queue(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n queue&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n queues&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fully synchronised</source>
        <comment>replicated queues with every replica in sync</comment>
        <translation>
            <numerusform>%n fully synchronised</numerusform>
            <numerusform>%n fully synchronised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a mirror out of sync</source>
        <comment>replicated queues with a replica behind</comment>
        <translation>
            <numerusform>%n with a mirror out of sync</numerusform>
            <numerusform>%n with a mirror out of sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on a node that is down</source>
        <comment>queues whose home node is down</comment>
        <translation>
            <numerusform>%n on a node that is down</numerusform>
            <numerusform>%n on a node that is down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without mirrors</source>
        <comment>classic queues with no mirror</comment>
        <translation>
            <numerusform>%n without mirrors</numerusform>
            <numerusform>%n without mirrors</numerusform>
        </translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>showing %1 of %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Refreshing…</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Last refresh failed: %1</translation>
    </message>
    <message>
        <source>via SSH (rabbitmqctl)</source>
        <translation>via SSH (rabbitmqctl)</translation>
    </message>
    <message>
        <source>via the management API</source>
        <translation>via the management API</translation>
    </message>
    <message>
        <source>Queues as of %1 %2</source>
        <translation>Queues as of %1 %2</translation>
    </message>
    <message>
        <source>fetched in %1 ms, compared in %2 ms</source>
        <translation>fetched in %1 ms, compared in %2 ms</translation>
    </message>
    <message>
        <source>Queue polling runs while this tab is shown</source>
        <translation>Queue polling runs while this tab is shown</translation>
    </message>
    <message numerus="yes">
        <source>Polling queues every %n second(s)</source>
        <translation>
            <numerusform>Polling queues every %n second</numerusform>
            <numerusform>Polling queues every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Queues as CSV</source>
        <translation>Export Queues as CSV</translation>
    </message>
    <message>
        <source>Export Queues as JSON</source>
        <translation>Export Queues as JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>nothing to export</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n queue(s)…</source>
        <translation>
            <numerusform>Exporting %n queue…</numerusform>
            <numerusform>Exporting %n queues…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every</source>
        <comment>poll queues every N seconds</comment>
        <translation>Every</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often Warren lists the queues (this costs the broker more than the node status)</source>
        <translation>How often Warren lists the queues (this costs the broker more than the node status)</translation>
    </message>
    <message>
        <source>List the queues now</source>
        <translation>List the queues now</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>stop comparing against the pinned snapshot</comment>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Pin</source>
        <comment>keep this snapshot to compare later ones against</comment>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Stop comparing against the pinned snapshot</source>
        <translation>Stop comparing against the pinned snapshot</translation>
    </message>
    <message>
        <source>Keep the current queues and list what changes from now on</source>
        <translation>Keep the current queues and list what changes from now on</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export the filtered queue table</comment>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the rows shown, in this order, as CSV or JSON</source>
        <translation>Save the rows shown, in this order, as CSV or JSON</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>details of the selected queue</comment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Since pin</source>
        <comment>changes since the pinned snapshot</comment>
        <translation>Since pin</translation>
    </message>
    <message>
        <source>Vanished</source>
        <comment>queues that disappeared</comment>
        <translation>Vanished</translation>
    </message>
    <message>
        <source>placement only: no message counters</source>
        <translation>placement only: no message counters</translation>
    </message>
    <message>
        <source>Placement only</source>
        <comment>list queues without message counters</comment>
        <translation>Placement only</translation>
    </message>
    <message>
        <source>List the queues without statistics: home node, mirrors and members and whether they are in sync, no message counters. Several times cheaper for the broker at tens of thousands of queues.</source>
        <translation>List the queues without statistics: home node, mirrors and members and whether they are in sync, no message counters. Several times cheaper for the broker at tens of thousands of queues.</translation>
    </message>
    <message>
        <source>message counters paused until %1: the request with statistics timed out (the broker formats every queue&apos;s statistics before it answers, minutes at this many queues); placement only until then</source>
        <translation>message counters paused until %1: the request with statistics timed out (the broker formats every queue&apos;s statistics before it answers, minutes at this many queues); placement only until then</translation>
    </message>
    <message numerus="yes">
        <source>%n with every member online</source>
        <comment>quorum queues (RabbitMQ 4.x) with every member online</comment>
        <translation>
            <numerusform>%n with every member online</numerusform>
            <numerusform>%n with every member online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a member not online</source>
        <comment>quorum queues (RabbitMQ 4.x) with a member not online</comment>
        <translation>
            <numerusform>%n with a member not online</numerusform>
            <numerusform>%n with a member not online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classic (one node each)</source>
        <comment>classic queues on RabbitMQ 4.x, which has no mirrors</comment>
        <translation>
            <numerusform>%n classic (one node each)</numerusform>
            <numerusform>%n classic (one node each)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a leader</source>
        <comment>quorum queues with no elected leader</comment>
        <translation>
            <numerusform>%n without a leader</numerusform>
            <numerusform>%n without a leader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) missing a replica</source>
        <comment>streams with no replica on a cluster node</comment>
        <translation>
            <numerusform>%n stream missing a replica</numerusform>
            <numerusform>%n streams missing a replica</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Member on %1…</source>
        <comment>quorum queue</comment>
        <translation>Add a Member on %1…</translation>
    </message>
    <message>
        <source>Remove the Member on %1…</source>
        <comment>quorum queue</comment>
        <translation>Remove the Member on %1…</translation>
    </message>
    <message>
        <source>Rebalance Quorum Queue Leaders…</source>
        <translation>Rebalance Quorum Queue Leaders…</translation>
    </message>
</context>
<context>
    <name>warren::TablesTab</name>
    <message>
        <source>Nodes</source>
        <comment>RabbitMQ nodes</comment>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>HAProxy Servers</source>
        <translation>HAProxy Servers</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>where the status came from</comment>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>No status collected yet</source>
        <translation>No status collected yet</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>No cluster selected</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
</context>
</TS>
