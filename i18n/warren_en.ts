<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressPlanner</name>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="72"/>
        <source>%1 resolves %2 to %3</source>
        <translation>%1 resolves %2 to %3</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="78"/>
        <source>it does not resolve</source>
        <translation>it does not resolve</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="78"/>
        <source>it resolves to %1</source>
        <translation>it resolves to %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="88"/>
        <source>%1 on %2 is unchanged since it was read</source>
        <translation>%1 on %2 is unchanged since it was read</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="95"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="95"/>
        <source>it changed: read the facts again</source>
        <translation>it changed: read the facts again</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="108"/>
        <source>On %1: map %2 to %3 in /etc/hosts (the old file kept as %4)</source>
        <translation>On %1: map %2 to %3 in /etc/hosts (the old file kept as %4)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="111"/>
        <source>rewritten in place: /etc/hosts is a bind mount here, a rename cannot replace it</source>
        <translation>rewritten in place: /etc/hosts is a bind mount here, a rename cannot replace it</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="118"/>
        <source>put the old /etc/hosts back from %1</source>
        <translation>put the old /etc/hosts back from %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="132"/>
        <source>%1 no longer answers</source>
        <translation>%1 no longer answers</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="144"/>
        <source>Stop the RabbitMQ service on %1 (%2), Erlang VM included</source>
        <translation>Stop the RabbitMQ service on %1 (%2), Erlang VM included</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="150"/>
        <source>start the service again</source>
        <translation>start the service again</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="160"/>
        <source>Start the RabbitMQ service on %1 and wait until %2 runs</source>
        <translation>Start the RabbitMQ service on %1 and wait until %2 runs</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="187"/>
        <source>Check and fix the address and name of %1 (host %2)</source>
        <translation>Check and fix the address and name of %1 (host %2)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="198"/>
        <source>SSH to %1</source>
        <translation>SSH to %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="203"/>
        <source>%1 now</source>
        <comment>a host as it is now</comment>
        <translation>%1 now</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="204"/>
        <source>hostname %1, addresses %2</source>
        <translation>hostname %1, addresses %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="206"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="210"/>
        <source>Address of %1</source>
        <translation>Address of %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="206"/>
        <source>the host reports no address</source>
        <translation>the host reports no address</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="211"/>
        <source>the profile says %1, which is a name or not among the host&apos;s addresses: the cluster should resolve it to %2</source>
        <translation>the profile says %1, which is a name or not among the host&apos;s addresses: the cluster should resolve it to %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="218"/>
        <source>The hostname matches the node name</source>
        <translation>The hostname matches the node name</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="218"/>
        <source>%1 on host %2</source>
        <translation>%1 on host %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="220"/>
        <source>The hostname changed, the node name is kept</source>
        <translation>The hostname changed, the node name is kept</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="221"/>
        <source>host %1, NODENAME=%2 in %3</source>
        <translation>host %1, NODENAME=%2 in %3</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="223"/>
        <source>The hostname changed</source>
        <translation>The hostname changed</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="224"/>
        <source>the cluster knows %1, but the host is now called %2: its node is %3 from its next start</source>
        <translation>the cluster knows %1, but the host is now called %2: its node is %3 from its next start</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="231"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="233"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="236"/>
        <source>Node running on %1</source>
        <translation>Node running on %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="234"/>
        <source>%1, not the cluster&apos;s %2: it started under the new name with empty data</source>
        <translation>%1, not the cluster&apos;s %2: it started under the new name with empty data</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="236"/>
        <source>none answers</source>
        <translation>none answers</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="239"/>
        <source>Data directory named after another node</source>
        <translation>Data directory named after another node</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="240"/>
        <source>/var/lib/rabbitmq/mnesia/%1 (the node here is %2)</source>
        <translation>/var/lib/rabbitmq/mnesia/%1 (the node here is %2)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="251"/>
        <source>%1 resolves %2</source>
        <translation>%1 resolves %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="253"/>
        <source>not checked: %1</source>
        <translation>not checked: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="255"/>
        <source>it does not resolve (hosts file or DNS)</source>
        <translation>it does not resolve (hosts file or DNS)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="257"/>
        <source>to %1, but %2 has %3</source>
        <translation>to %1, but %2 has %3</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="274"/>
        <source>Cluster members as %1 sees them</source>
        <translation>Cluster members as %1 sees them</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="276"/>
        <source>Cluster members</source>
        <translation>Cluster members</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="276"/>
        <source>no other node of the profile runs: the cluster&apos;s view is unknown</source>
        <translation>no other node of the profile runs: the cluster&apos;s view is unknown</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="279"/>
        <source>%1 runs on %2 and every host resolves %3 to %4</source>
        <translation>%1 runs on %2 and every host resolves %3 to %4</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="284"/>
        <source>Repair name resolution</source>
        <translation>Repair name resolution</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="285"/>
        <source>on %1: /etc/hosts maps %2 to %3 (each old file kept in %4); nothing else changes</source>
        <translation>on %1: /etc/hosts maps %2 to %3 (each old file kept in %4); nothing else changes</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="289"/>
        <source>every host resolves %1 to %2</source>
        <translation>every host resolves %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="292"/>
        <source>the hostname changed: choose keep-name, rename or rejoin (each repairs the names it needs)</source>
        <translation>the hostname changed: choose keep-name, rename or rejoin (each repairs the names it needs)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="296"/>
        <source>Keep the node name %1</source>
        <translation>Keep the node name %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="297"/>
        <source>%1 gets NODENAME=%2 (the old file kept): the node keeps its name, its data and its membership; from now on its name does not follow the hostname, and %3 must keep resolving to %4 on every host</source>
        <translation>%1 gets NODENAME=%2 (the old file kept): the node keeps its name, its data and its membership; from now on its name does not follow the hostname, and %3 must keep resolving to %4 on every host</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="301"/>
        <source>%1, started since the change, is stopped; what was created on it stays unused in its data directory</source>
        <translation>%1, started since the change, is stopped; what was created on it stays unused in its data directory</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="304"/>
        <source>%1 does not exist on %2: create it (it may be empty) and read the facts again</source>
        <translation>%1 does not exist on %2: create it (it may be empty) and read the facts again</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="306"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="316"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="334"/>
        <source>the hostname did not change</source>
        <translation>the hostname did not change</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="310"/>
        <source>Rename the node to %1</source>
        <translation>Rename the node to %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="311"/>
        <source>%1 becomes %2 in its local database (rename_cluster_node) and its data directories are moved to the new name; quorum queues keep a member named %1 (Ra names members by node: grow them onto %2 afterwards); every host must resolve %3; the profile must name %2 afterwards</source>
        <translation>%1 becomes %2 in its local database (rename_cluster_node) and its data directories are moved to the new name; quorum queues keep a member named %1 (Ra names members by node: grow them onto %2 afterwards); every host must resolve %3; the profile must name %2 afterwards</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="319"/>
        <source>rename_cluster_node does nothing from RabbitMQ 3.13 on (rabbitmq-server #10369): keep the name, or forget and rejoin</source>
        <translation>rename_cluster_node does nothing from RabbitMQ 3.13 on (rabbitmq-server #10369): keep the name, or forget and rejoin</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="322"/>
        <source>RabbitMQ %1: Warren renames nodes on 3.7 to 3.12 only</source>
        <translation>RabbitMQ %1: Warren renames nodes on 3.7 to 3.12 only</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="325"/>
        <source>there is no data directory of %1 on %2 to rename</source>
        <translation>there is no data directory of %1 on %2 to rename</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="328"/>
        <source>Forget %1 and join %2 instead</source>
        <translation>Forget %1 and join %2 instead</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="329"/>
        <source>the cluster forgets %1: the queues whose leader or only copy lived on it are lost with their messages; %2 is reset (its own data is deleted) and joins as a %3 node; every host must resolve %4; the profile must name %2 afterwards</source>
        <translation>the cluster forgets %1: the queues whose leader or only copy lived on it are lost with their messages; %2 is reset (its own data is deleted) and joins as a %3 node; every host must resolve %4; the profile must name %2 afterwards</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="337"/>
        <source>no running node of the profile lists %1: there is nothing to forget it from</source>
        <translation>no running node of the profile lists %1: there is nothing to forget it from</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="340"/>
        <source>RabbitMQ %1 has no forget_cluster_node</source>
        <translation>RabbitMQ %1 has no forget_cluster_node</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="355"/>
        <source>unknown fix &quot;%1&quot; (%2)</source>
        <translation>unknown fix &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="359"/>
        <source>--fix %1 does not apply: %2</source>
        <translation>--fix %1 does not apply: %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="373"/>
        <source>%1 reaches %2 on port 4369 (epmd) by name</source>
        <translation>%1 reaches %2 on port 4369 (epmd) by name</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="388"/>
        <source>Back up %1 on %2</source>
        <translation>Back up %1 on %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="391"/>
        <source>start the service again (nothing was changed)</source>
        <translation>start the service again (nothing was changed)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="391"/>
        <source>nothing to undo</source>
        <translation>nothing to undo</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="397"/>
        <source>Set NODENAME=%1 in %2 on %3 (written atomically)</source>
        <translation>Set NODENAME=%1 in %2 on %3 (written atomically)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="403"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="478"/>
        <source>put the old %1 back</source>
        <translation>put the old %1 back</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="411"/>
        <source>stop it, put the old %1 back and start it under the hostname&apos;s name</source>
        <translation>stop it, put the old %1 back and start it under the hostname&apos;s name</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="421"/>
        <source>update the profile: the node of host %1 is now %2 (&quot;node&quot;: &quot;%2&quot;)</source>
        <translation>update the profile: the node of host %1 is now %2 (&quot;node&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="430"/>
        <source>Move the data %1 created since the change aside (to %2)</source>
        <translation>Move the data %1 created since the change aside (to %2)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="436"/>
        <source>move it back and start the service</source>
        <translation>move it back and start the service</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="446"/>
        <source>Rename %1 to %2 in the local database of %3 (the CLI becomes the stopped node)</source>
        <translation>Rename %1 to %2 in the local database of %3 (the CLI becomes the stopped node)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="450"/>
        <source>rewrites the database of %1 to the name %2 (a backup stays in %3)</source>
        <translation>rewrites the database of %1 to the name %2 (a backup stays in %3)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="451"/>
        <source>cannot be undone by a command: the rename takes effect at the next start; restore %1 from %2 by hand</source>
        <translation>cannot be undone by a command: the rename takes effect at the next start; restore %1 from %2 by hand</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="456"/>
        <source>Move the data directories of %1 to the name %2</source>
        <translation>Move the data directories of %1 to the name %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="462"/>
        <source>move them back</source>
        <translation>move them back</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="472"/>
        <source>Remove NODENAME from %1 on %2 (the node is named after the hostname again)</source>
        <translation>Remove NODENAME from %1 on %2 (the node is named after the hostname again)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="482"/>
        <source>stop it: the renamed database must be restored by hand</source>
        <translation>stop it: the renamed database must be restored by hand</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="487"/>
        <source>quorum queues: rabbitmq-queues grow %1 all, then shrink %2</source>
        <translation>quorum queues: rabbitmq-queues grow %1 all, then shrink %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="495"/>
        <source>stop it again</source>
        <translation>stop it again</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="499"/>
        <source>Remove %1 from the cluster&apos;s membership (run on %2)</source>
        <translation>Remove %1 from the cluster&apos;s membership (run on %2)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="504"/>
        <source>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost</source>
        <translation>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="505"/>
        <source>cannot be undone by a command: %1&apos;s data stays on %2 but the cluster no longer knows it</source>
        <translation>cannot be undone by a command: %1&apos;s data stays on %2 but the cluster no longer knows it</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="511"/>
        <source>reset deletes what %1 created since the hostname changed</source>
        <translation>reset deletes what %1 created since the hostname changed</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="513"/>
        <source>leave the cluster again: stop_app, reset and start_app on %1</source>
        <translation>leave the cluster again: stop_app, reset and start_app on %1</translation>
    </message>
</context>
<context>
    <name>Api</name>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="82"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="91"/>
        <source>%1: login refused (HTTP 401): check the API user and password</source>
        <translation>%1: login refused (HTTP 401): check the API user and password</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="95"/>
        <source>%1: access denied (HTTP 403): the API user needs the monitoring or administrator tag</source>
        <translation>%1: access denied (HTTP 403): the API user needs the monitoring or administrator tag</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="99"/>
        <source>%1: not found (HTTP 404): is the management plugin this version?</source>
        <translation>%1: not found (HTTP 404): is the management plugin this version?</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="106"/>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1: the server answered HTTP %2</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="112"/>
        <source>%1: connection refused (is the management plugin running?)</source>
        <translation>%1: connection refused (is the management plugin running?)</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="116"/>
        <source>%1: host name not found</source>
        <translation>%1: host name not found</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="121"/>
        <source>%1: no answer within %2 s</source>
        <translation>%1: no answer within %2 s</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="125"/>
        <source>%1: the TLS certificate could not be verified (a self-signed certificate needs the profile&apos;s &quot;verify TLS&quot; switch turned off)</source>
        <translation>%1: the TLS certificate could not be verified (a self-signed certificate needs the profile&apos;s &quot;verify TLS&quot; switch turned off)</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="130"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="50"/>
        <source>Cluster profile (JSON) to use.</source>
        <translation>Cluster profile (JSON) to use.</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="50"/>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="52"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="53"/>
        <source>Language of messages: en or zh_CN.</source>
        <translation>Language of messages: en or zh_CN.</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="53"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="79"/>
        <source>no command given; try --help</source>
        <translation>no command given; try --help</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="105"/>
        <source>--cluster PROFILE.json is required for &quot;%1&quot;</source>
        <translation>--cluster PROFILE.json is required for &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="100"/>
        <source>cannot use profile %1: %2</source>
        <translation>cannot use profile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="40"/>
        <source>Warren command line: administer RabbitMQ clusters behind HAProxy.</source>
        <translation>Warren command line: administer RabbitMQ clusters behind HAProxy.</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="41"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="51"/>
        <source>Output format (text, json, …; see each command).</source>
        <translation>Output format (text, json, …; see each command).</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="64"/>
        <source>the command to run</source>
        <translation>the command to run</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="88"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>unknown command &quot;%1&quot;; try --help</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="93"/>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation>unknown format &quot;%1&quot; (use %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="17"/>
        <source>nodes, partitions and HAProxy servers</source>
        <translation>nodes, partitions and HAProxy servers</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="28"/>
        <source>unknown host key for %1 (%2): %3 %4; check it, then run: warrenctl --cluster %5 hostkey accept %1 %4</source>
        <translation>unknown host key for %1 (%2): %3 %4; check it, then run: warrenctl --cluster %5 hostkey accept %1 %4</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="36"/>
        <source>cannot read cluster %1: %2</source>
        <translation>cannot read cluster %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="45"/>
        <source>management API</source>
        <translation>management API</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="45"/>
        <source>SSH (rabbitmqctl)</source>
        <translation>SSH (rabbitmqctl)</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="46"/>
        <source>Cluster %1 — read via %2%3, %4</source>
        <translation>Cluster %1 — read via %2%3, %4</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="47"/>
        <source>, RabbitMQ %1</source>
        <translation>, RabbitMQ %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="32"/>
        <source>plan: the host (or node name) the operation is about.</source>
        <translation>plan: the host (or node name) the operation is about.</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="33"/>
        <source>plan join: a host of the cluster to join; sync-cookie: HOST[,HOST...].</source>
        <translation>plan join: a host of the cluster to join; sync-cookie: HOST[,HOST...].</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="34"/>
        <source>plan sync-cookie: the host whose cookie is copied.</source>
        <comment>cookie</comment>
        <translation>plan sync-cookie: the host whose cookie is copied.</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="35"/>
        <location filename="../app/ctl/QueuesCommand.cpp" line="87"/>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="35"/>
        <source>plan join/convert: node type, disc or ram.</source>
        <comment>RabbitMQ node type</comment>
        <translation>plan join/convert: node type, disc or ram.</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="36"/>
        <source>plan forget: the surviving host to run forget_cluster_node on.</source>
        <translation>plan forget: the surviving host to run forget_cluster_node on.</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="38"/>
        <source>plan: run the plan, not only show it.</source>
        <translation>plan: run the plan, not only show it.</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="39"/>
        <source>plan: allow destructive steps (reset, forget) without asking.</source>
        <translation>plan: allow destructive steps (reset, forget) without asking.</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="40"/>
        <source>plan: start at step N (retry or resume after a failure).</source>
        <translation>plan: start at step N (retry or resume after a failure).</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="41"/>
        <source>plan: undo step N of an earlier run instead of running the plan.</source>
        <translation>plan: undo step N of an earlier run instead of running the plan.</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="75"/>
        <source>plan %1 needs --node HOST</source>
        <translation>plan %1 needs --node HOST</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="82"/>
        <source>--type must be disc or ram, not &quot;%1&quot;</source>
        <comment>RabbitMQ node type</comment>
        <translation>--type must be disc or ram, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="91"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="145"/>
        <source>&quot;%1&quot; is not a RabbitMQ host of profile %2</source>
        <translation>&quot;%1&quot; is not a RabbitMQ host of profile %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="97"/>
        <source>plan join needs --to HOST, a RabbitMQ host of profile %1</source>
        <translation>plan join needs --to HOST, a RabbitMQ host of profile %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="101"/>
        <source>--node and --to name the same host</source>
        <translation>--node and --to name the same host</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="107"/>
        <source>plan convert needs --type disc or --type ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>plan convert needs --type disc or --type ram</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="118"/>
        <source>&quot;%1&quot; is not a host of profile %2</source>
        <translation>&quot;%1&quot; is not a host of profile %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="125"/>
        <source>plan sync-cookie needs --from HOST, a RabbitMQ host of profile %1</source>
        <translation>plan sync-cookie needs --from HOST, a RabbitMQ host of profile %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="132"/>
        <source>&quot;%1&quot; is not another RabbitMQ host of profile %2</source>
        <translation>&quot;%1&quot; is not another RabbitMQ host of profile %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="138"/>
        <source>plan sync-cookie needs --to HOST[,HOST...]</source>
        <translation>plan sync-cookie needs --to HOST[,HOST...]</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="27"/>
        <source>cluster operations: join, convert, forget, sync-cookie, fix-address (shows the plan; --execute runs it)</source>
        <translation>cluster operations: join, convert, forget, sync-cookie, fix-address (shows the plan; --execute runs it)</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="37"/>
        <source>plan fix-address: resolution, keep-name, rename or rejoin (shown with their consequences when omitted).</source>
        <translation>plan fix-address: resolution, keep-name, rename or rejoin (shown with their consequences when omitted).</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="37"/>
        <source>FIX</source>
        <translation>FIX</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="69"/>
        <source>plan needs an operation: join, convert, forget, sync-cookie or fix-address</source>
        <translation>plan needs an operation: join, convert, forget, sync-cookie or fix-address</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="150"/>
        <source>--fix must be one of %1, not &quot;%2&quot;</source>
        <translation>--fix must be one of %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="155"/>
        <source>unknown operation &quot;%1&quot; (join, convert, forget, sync-cookie, fix-address)</source>
        <translation>unknown operation &quot;%1&quot; (join, convert, forget, sync-cookie, fix-address)</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="179"/>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="186"/>
        <source>the plan cannot run (see above)</source>
        <translation>the plan cannot run (see above)</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="186"/>
        <source>choose a fix with --fix (see above)</source>
        <translation>choose a fix with --fix (see above)</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="191"/>
        <source>Preview only: nothing was run. Add --execute to run it%1.</source>
        <translation>Preview only: nothing was run. Add --execute to run it%1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="192"/>
        <source> (and --yes for its destructive steps)</source>
        <translation> (and --yes for its destructive steps)</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="198"/>
        <source>refused without --yes: %1</source>
        <translation>refused without --yes: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="219"/>
        <source>==&gt; verifying</source>
        <translation>==&gt; verifying</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="221"/>
        <source>==&gt; step %1/%2: %3</source>
        <translation>==&gt; step %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="225"/>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="225"/>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="237"/>
        <source>--resume-from must be a step number from 1 to %1</source>
        <translation>--resume-from must be a step number from 1 to %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="245"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="247"/>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="249"/>
        <source>Verified state now:</source>
        <translation>Verified state now:</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="251"/>
        <source>Choices: retry with --resume-from %1; undo step %2 with --undo-step %2; or leave it as it is.</source>
        <translation>Choices: retry with --resume-from %1; undo step %2 with --undo-step %2; or leave it as it is.</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="255"/>
        <source>Operation log: %1</source>
        <translation>Operation log: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="17"/>
        <source>every queue with its home node and mirrors/members, per node</source>
        <translation>every queue with its home node and mirrors/members, per node</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="26"/>
        <source>queues: only queues whose name matches this regular expression.</source>
        <translation>queues: only queues whose name matches this regular expression.</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="26"/>
        <source>REGEX</source>
        <translation>REGEX</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="28"/>
        <source>queues: only queues that are not fully synchronised, whose home node is down, or that have no mirror under an HA policy.</source>
        <translation>queues: only queues that are not fully synchronised, whose home node is down, or that have no mirror under an HA policy.</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="29"/>
        <source>queues: only queues of this virtual host.</source>
        <translation>queues: only queues of this virtual host.</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="29"/>
        <location filename="../app/ctl/QueuesCommand.cpp" line="87"/>
        <source>VHOST</source>
        <translation>VHOST</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="41"/>
        <source>leader</source>
        <comment>quorum queue leader</comment>
        <translation>leader</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="42"/>
        <source>master</source>
        <comment>classic queue master</comment>
        <translation>master</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="44"/>
        <source>online</source>
        <comment>quorum member in sync</comment>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="45"/>
        <source>synced</source>
        <comment>mirror is synchronised</comment>
        <translation>synced</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="47"/>
        <source>OFFLINE</source>
        <comment>quorum member not online</comment>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="48"/>
        <source>UNSYNCED</source>
        <comment>mirror is not synchronised</comment>
        <translation>UNSYNCED</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="72"/>
        <source>cannot read the queues of cluster %1: %2</source>
        <translation>cannot read the queues of cluster %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="87"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="89"/>
        <source>%1 (down)</source>
        <comment>node is down</comment>
        <translation>%1 (down)</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="91"/>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="91"/>
        <source>READY</source>
        <translation>READY</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="91"/>
        <source>UNACKED</source>
        <translation>UNACKED</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="91"/>
        <source>CONSUMERS</source>
        <translation>CONSUMERS</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="104"/>
        <source>%1 queues (%2 shown): %3 replicated and fully synchronised, %4 with a mirror or member out of sync, %5 on a node that is down, %6 unreplicated classic.</source>
        <translation>%1 queues (%2 shown): %3 replicated and fully synchronised, %4 with a mirror or member out of sync, %5 on a node that is down, %6 unreplicated classic.</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>ALARMS</source>
        <translation>ALARMS</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>PARTITIONED FROM</source>
        <translation>PARTITIONED FROM</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="53"/>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="55"/>
        <source>disk</source>
        <translation>disk</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="56"/>
        <source>disc</source>
        <comment>RabbitMQ node type</comment>
        <translation>disc</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="57"/>
        <source>ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>ram</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="58"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="59"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="59"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="65"/>
        <source>Partitions: none</source>
        <translation>Partitions: none</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/StatusCommand.cpp" line="70"/>
        <source>PARTITIONED into %n group(s) that cannot see each other: %1</source>
        <translation>
            <numerusform>PARTITIONED into %n group that cannot see each other: %1</numerusform>
            <numerusform>PARTITIONED into %n groups that cannot see each other: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="74"/>
        <source>HAProxy servers</source>
        <translation>HAProxy servers</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="28"/>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>LAST CHECK</source>
        <translation>LAST CHECK</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>SESSIONS</source>
        <translation>SESSIONS</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="26"/>
        <source>haproxy.cfg: export | lint FILE | validate FILE | push FILE [--yes]</source>
        <translation>haproxy.cfg: export | lint FILE | validate FILE | push FILE [--yes]</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="32"/>
        <source>haproxy export: active-backup (default) or balanced.</source>
        <translation>haproxy export: active-backup (default) or balanced.</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="32"/>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="33"/>
        <source>haproxy export: the host that takes traffic (active-backup).</source>
        <translation>haproxy export: the host that takes traffic (active-backup).</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="34"/>
        <source>haproxy export: roundrobin (default) or leastconn (balanced).</source>
        <translation>haproxy export: roundrobin (default) or leastconn (balanced).</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="34"/>
        <source>ALGO</source>
        <translation>ALGO</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="35"/>
        <source>haproxy export/lint: the AMQP heartbeat clients use, in seconds (default 60).</source>
        <translation>haproxy export/lint: the AMQP heartbeat clients use, in seconds (default 60).</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="35"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="36"/>
        <source>haproxy export: also proxy the management UI (15672).</source>
        <translation>haproxy export: also proxy the management UI (15672).</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="37"/>
        <source>haproxy export: address HAProxy listens on (default: the HAProxy host&apos;s address).</source>
        <translation>haproxy export: address HAProxy listens on (default: the HAProxy host&apos;s address).</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="37"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="38"/>
        <source>Carry out changes (without it, commands that change hosts only show what they would do).</source>
        <translation>Carry out changes (without it, commands that change hosts only show what they would do).</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="64"/>
        <source>usage: warrenctl haproxy export|lint FILE|validate FILE|push FILE (see --help)</source>
        <translation>usage: warrenctl haproxy export|lint FILE|validate FILE|push FILE (see --help)</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="76"/>
        <source>--heartbeat takes a number of seconds (0–86400)</source>
        <translation>--heartbeat takes a number of seconds (0–86400)</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="86"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="102"/>
        <source>--cluster PROFILE.json is required for &quot;haproxy export&quot;</source>
        <translation>--cluster PROFILE.json is required for &quot;haproxy export&quot;</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="108"/>
        <source>unknown layout &quot;%1&quot; (use active-backup or balanced)</source>
        <translation>unknown layout &quot;%1&quot; (use active-backup or balanced)</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="133"/>
        <source>usage: warrenctl haproxy lint FILE [--cluster PROFILE.json] [--heartbeat SECONDS]</source>
        <translation>usage: warrenctl haproxy lint FILE [--cluster PROFILE.json] [--heartbeat SECONDS]</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="163"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="164"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="165"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="169"/>
        <source>fix:</source>
        <translation>fix:</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="171"/>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s)</source>
        <translation>%1: %2 error(s), %3 warning(s), %4 note(s)</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="185"/>
        <source>usage: warrenctl haproxy validate FILE [--cluster PROFILE.json]</source>
        <translation>usage: warrenctl haproxy validate FILE [--cluster PROFILE.json]</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="194"/>
        <source>no haproxy binary here; give --cluster PROFILE.json to check on the profile&apos;s HAProxy host</source>
        <translation>no haproxy binary here; give --cluster PROFILE.json to check on the profile&apos;s HAProxy host</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="200"/>
        <source>this machine</source>
        <translation>this machine</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="204"/>
        <source>%1: HAProxy on %2 refuses the file</source>
        <translation>%1: HAProxy on %2 refuses the file</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="207"/>
        <source>%1: valid (haproxy -c on %2)</source>
        <translation>%1: valid (haproxy -c on %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="215"/>
        <source>usage: warrenctl --cluster PROFILE.json haproxy push FILE [--yes]</source>
        <translation>usage: warrenctl --cluster PROFILE.json haproxy push FILE [--yes]</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="222"/>
        <source>%1 is too large for a haproxy.cfg</source>
        <translation>%1 is too large for a haproxy.cfg</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="239"/>
        <source>%1 already has this content.</source>
        <translation>%1 already has this content.</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="247"/>
        <source>lint: line %1: %2 %3</source>
        <translation>lint: line %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="250"/>
        <source>With --yes, warrenctl would:</source>
        <translation>With --yes, warrenctl would:</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="254"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="259"/>
        <source>push failed and the previous file was restored: %1</source>
        <translation>push failed and the previous file was restored: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="260"/>
        <source>push failed: %1</source>
        <translation>push failed: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="265"/>
        <location filename="../app/ctl/StatusCommand.cpp" line="78"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="265"/>
        <location filename="../app/ctl/StatusCommand.cpp" line="78"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="88"/>
        <source>Sources that did not answer:</source>
        <translation>Sources that did not answer:</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="18"/>
        <source>test SSH and API access to every host</source>
        <translation>test SSH and API access to every host</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="28"/>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="33"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="32"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="33"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="34"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="36"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="28"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="28"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="64"/>
        <source>accept HOST SHA256:…: trust a host key after checking its fingerprint</source>
        <translation>accept HOST SHA256:…: trust a host key after checking its fingerprint</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="73"/>
        <source>usage: warrenctl --cluster PROFILE hostkey accept HOST SHA256:FINGERPRINT</source>
        <translation>usage: warrenctl --cluster PROFILE hostkey accept HOST SHA256:FINGERPRINT</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="78"/>
        <source>no host &quot;%1&quot; in profile %2</source>
        <translation>no host &quot;%1&quot; in profile %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="86"/>
        <source>host key of %1 recorded in %2</source>
        <translation>host key of %1 recorded in %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="19"/>
        <source>failover drill through HAProxy: drill failover [--fault kill|stop]</source>
        <translation>failover drill through HAProxy: drill failover [--fault kill|stop]</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="23"/>
        <source>drill failover: kill (default) or stop the active node.</source>
        <translation>drill failover: kill (default) or stop the active node.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="23"/>
        <source>FAULT</source>
        <translation>FAULT</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="24"/>
        <source>drill failover: how many messages to publish (default 1000, at most 100000).</source>
        <translation>drill failover: how many messages to publish (default 1000, at most 100000).</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="24"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="40"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="41"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="25"/>
        <source>drill failover: allow the drill on a cluster that is not the lab.</source>
        <translation>drill failover: allow the drill on a cluster that is not the lab.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="34"/>
        <source>usage: warrenctl --cluster PROFILE.json drill failover [--fault kill|stop] [--messages N]</source>
        <translation>usage: warrenctl --cluster PROFILE.json drill failover [--fault kill|stop] [--messages N]</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="39"/>
        <source>the failover drill kills or stops a node of cluster %1; it runs on the lab only, unless you add --confirm-real-cluster</source>
        <translation>the failover drill kills or stops a node of cluster %1; it runs on the lab only, unless you add --confirm-real-cluster</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="46"/>
        <source>unknown fault &quot;%1&quot; (use kill or stop)</source>
        <translation>unknown fault &quot;%1&quot; (use kill or stop)</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="54"/>
        <source>--messages takes a number between 10 and 100000</source>
        <translation>--messages takes a number between 10 and 100000</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="61"/>
        <source>the profile names no HAProxy host (haproxy.host)</source>
        <translation>the profile names no HAProxy host (haproxy.host)</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="69"/>
        <source>no password for %1: %2</source>
        <translation>no password for %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="93"/>
        <source>HAProxy shows no active AMQP server that is a node of this cluster</source>
        <translation>HAProxy shows no active AMQP server that is a node of this cluster</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="97"/>
        <source>Publishing %1 persistent messages with confirms through %2:%3 to queue %4; after %5 confirms: %6 %7.</source>
        <translation>Publishing %1 persistent messages with confirms through %2:%3 to queue %4; after %5 confirms: %6 %7.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="137"/>
        <source>switch: %1 s; published %2, confirmed %3, unconfirmed %4, nacked %5; read back %6: lost %7, duplicated %8; reconnects %9</source>
        <translation>switch: %1 s; published %2, confirmed %3, unconfirmed %4, nacked %5; read back %6: lost %7, duplicated %8; reconnects %9</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="149"/>
        <source>%1 is down now; start it again when you are done (lab: lab/labctl start %2).</source>
        <translation>%1 is down now; start it again when you are done (lab: lab/labctl start %2).</translation>
    </message>
</context>
<context>
    <name>ClusterEvent</name>
    <message numerus="yes">
        <location filename="../core/status/SnapshotDiff.cpp" line="42"/>
        <source>Watching %1: %n node(s), %2 running</source>
        <comment>RabbitMQ nodes</comment>
        <translation>
            <numerusform>Watching %1: %n node, %2 running</numerusform>
            <numerusform>Watching %1: %n nodes, %2 running</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="44"/>
        <source>%1 stopped</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 stopped</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="46"/>
        <source>%1 started</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 started</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="48"/>
        <source>%1 joined the cluster</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 joined the cluster</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="50"/>
        <source>%1 is no longer listed in the cluster</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 is no longer listed in the cluster</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="52"/>
        <source>Memory alarm on %1: publishers are blocked</source>
        <comment>a RabbitMQ node</comment>
        <translation>Memory alarm on %1: publishers are blocked</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="54"/>
        <source>Memory alarm on %1 cleared</source>
        <comment>a RabbitMQ node</comment>
        <translation>Memory alarm on %1 cleared</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="56"/>
        <source>Disk alarm on %1: publishers are blocked</source>
        <comment>a RabbitMQ node</comment>
        <translation>Disk alarm on %1: publishers are blocked</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="58"/>
        <source>Disk alarm on %1 cleared</source>
        <comment>a RabbitMQ node</comment>
        <translation>Disk alarm on %1 cleared</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="62"/>
        <source>[%1]</source>
        <comment>a group of nodes in a partition</comment>
        <translation>[%1]</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="63"/>
        <source>Partition detected between %1</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>Partition detected between %1</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="64"/>
        <source> and </source>
        <comment>between two partition groups</comment>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="67"/>
        <source>Partition healed: every node sees every other</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>Partition healed: every node sees every other</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="69"/>
        <source>HAProxy %1 now serving from %2 (backup)</source>
        <comment>listener, server</comment>
        <translation>HAProxy %1 now serving from %2 (backup)</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="70"/>
        <source>HAProxy %1 now serving from %2 (active)</source>
        <comment>listener, server</comment>
        <translation>HAProxy %1 now serving from %2 (active)</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="72"/>
        <source>HAProxy %1 has no server UP: clients cannot connect</source>
        <comment>listener</comment>
        <translation>HAProxy %1 has no server UP: clients cannot connect</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="74"/>
        <source>HAProxy server %1/%2: %3 → %4</source>
        <comment>listener/server: old state → new state</comment>
        <translation>HAProxy server %1/%2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="77"/>
        <source>%1 stopped answering: %2</source>
        <comment>a status source (API on rabbit1, SSH on rabbit2...)</comment>
        <translation>%1 stopped answering: %2</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="79"/>
        <source>%1 answers again</source>
        <comment>a status source (API on rabbit1, SSH on rabbit2...)</comment>
        <translation>%1 answers again</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="81"/>
        <source>No source answered: the view shows the last data collected</source>
        <translation>No source answered: the view shows the last data collected</translation>
    </message>
</context>
<context>
    <name>FailoverDrill</name>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="26"/>
        <source>no reply</source>
        <translation>no reply</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="38"/>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="54"/>
        <source>cannot create a socket</source>
        <translation>cannot create a socket</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="164"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="174"/>
        <source>cannot connect to %1:%2: %3</source>
        <translation>cannot connect to %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="261"/>
        <source>the fault could not be injected: %1</source>
        <translation>the fault could not be injected: %1</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="266"/>
        <source>the broker closed the connection</source>
        <translation>the broker closed the connection</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="287"/>
        <source>cannot read the queue back: %1</source>
        <translation>cannot read the queue back: %1</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="314"/>
        <source>%1 message(s) were never confirmed within %2 s; last error: %3</source>
        <translation>%1 message(s) were never confirmed within %2 s; last error: %3</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../models/Format.cpp" line="83"/>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../models/Format.cpp" line="85"/>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/Format.cpp" line="87"/>
        <source>%1 min %2 s</source>
        <comment>duration: minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/Format.cpp" line="88"/>
        <source>%1 s</source>
        <comment>duration: seconds</comment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>HaproxyConfig</name>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="167"/>
        <source>the file is larger than %1 MiB; only the beginning was read</source>
        <translation>the file is larger than %1 MiB; only the beginning was read</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="183"/>
        <source>more than %1 lines; the rest of the file was not read</source>
        <translation>more than %1 lines; the rest of the file was not read</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="188"/>
        <source>line is %1 bytes long (HAProxy reads at most a few kB per line); skipped</source>
        <translation>line is %1 bytes long (HAProxy reads at most a few kB per line); skipped</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="195"/>
        <source>line contains NUL bytes (binary data, not a configuration line); skipped</source>
        <translation>line contains NUL bytes (binary data, not a configuration line); skipped</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="201"/>
        <source>unclosed quote</source>
        <translation>unclosed quote</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="207"/>
        <source>line is not valid UTF-8 text (binary data?)</source>
        <translation>line is not valid UTF-8 text (binary data?)</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="225"/>
        <source>&quot;%1&quot; section without a name</source>
        <translation>&quot;%1&quot; section without a name</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="232"/>
        <source>&quot;%1&quot; outside any section (global, defaults, listen, frontend, backend)</source>
        <translation>&quot;%1&quot; outside any section (global, defaults, listen, frontend, backend)</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="240"/>
        <source>&quot;server&quot; needs a name and an address</source>
        <translation>&quot;server&quot; needs a name and an address</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="242"/>
        <source>&quot;bind&quot; needs an address</source>
        <translation>&quot;bind&quot; needs an address</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="246"/>
        <source>&quot;timeout&quot; needs a name and a time such as 5s or 3h</source>
        <translation>&quot;timeout&quot; needs a name and a time such as 5s or 3h</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="252"/>
        <source>%1 lines hold binary data in all</source>
        <translation>%1 lines hold binary data in all</translation>
    </message>
</context>
<context>
    <name>HaproxyExport</name>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="70"/>
        <source>the cluster has no RabbitMQ nodes to put behind HAProxy</source>
        <translation>the cluster has no RabbitMQ nodes to put behind HAProxy</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="73"/>
        <source>node %1 has an address that cannot be written into haproxy.cfg</source>
        <translation>node %1 has an address that cannot be written into haproxy.cfg</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="76"/>
        <source>the heartbeat must be between 0 and 86400 seconds</source>
        <translation>the heartbeat must be between 0 and 86400 seconds</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="88"/>
        <source>&quot;%1&quot; is not a node of this cluster (nodes: %2)</source>
        <translation>&quot;%1&quot; is not a node of this cluster (nodes: %2)</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="92"/>
        <source>unknown balance &quot;%1&quot; (use roundrobin or leastconn)</source>
        <translation>unknown balance &quot;%1&quot; (use roundrobin or leastconn)</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="100"/>
        <source>&quot;%1&quot; is not an address HAProxy can bind to</source>
        <translation>&quot;%1&quot; is not an address HAProxy can bind to</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="104"/>
        <source>the stats socket path &quot;%1&quot; cannot be written into haproxy.cfg</source>
        <translation>the stats socket path &quot;%1&quot; cannot be written into haproxy.cfg</translation>
    </message>
</context>
<context>
    <name>HaproxyItem</name>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="40"/>
        <source>backup</source>
        <comment>HAProxy server role</comment>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="40"/>
        <source>active</source>
        <comment>HAProxy server role</comment>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="45"/>
        <source>serving</source>
        <comment>this HAProxy server takes the client connections now</comment>
        <translation>serving</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="148"/>
        <source>No server reported</source>
        <comment>HAProxy stats</comment>
        <translation>No server reported</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="162"/>
        <source>listener %1</source>
        <comment>HAProxy listen/backend section</comment>
        <translation>listener %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="196"/>
        <source>check %1</source>
        <comment>HAProxy health check result</comment>
        <translation>check %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/graph/HaproxyItem.cpp" line="197"/>
        <source>%n session(s)</source>
        <comment>HAProxy current sessions</comment>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="199"/>
        <source>for %1</source>
        <comment>time since the last state change</comment>
        <translation>for %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="204"/>
        <source>⚠ %1: no node has this address</source>
        <comment>HAProxy server address</comment>
        <translation>⚠ %1: no node has this address</translation>
    </message>
</context>
<context>
    <name>HaproxyLint</name>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="124"/>
        <source>Check that this is the right file and that it is plain text; HAProxy refuses such lines too.</source>
        <translation>Check that this is the right file and that it is plain text; HAProxy refuses such lines too.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="127"/>
        <source>Correct the line; `haproxy -c -f FILE` shows how HAProxy reads it.</source>
        <translation>Correct the line; `haproxy -c -f FILE` shows how HAProxy reads it.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="131"/>
        <source>The file has no sections at all (global, defaults, listen, frontend, backend).</source>
        <translation>The file has no sections at all (global, defaults, listen, frontend, backend).</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="132"/>
        <source>Start from `warrenctl haproxy export`, which writes a complete configuration for this cluster.</source>
        <translation>Start from `warrenctl haproxy export`, which writes a complete configuration for this cluster.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="142"/>
        <source>No listen, frontend or backend handles AMQP (port %1 or %2): clients cannot reach the cluster through this HAProxy.</source>
        <translation>No listen, frontend or backend handles AMQP (port %1 or %2): clients cannot reach the cluster through this HAProxy.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="144"/>
        <source>Add a `listen` section with `bind ADDRESS:5672`, `mode tcp` and one `server` line per node.</source>
        <translation>Add a `listen` section with `bind ADDRESS:5672`, `mode tcp` and one `server` line per node.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="162"/>
        <source>Global maxconn is %1. AMQP connections live for hours: each client holds one for its whole life, so a low limit turns a reconnect storm after a failover into refused connections.</source>
        <translation>Global maxconn is %1. AMQP connections live for hours: each client holds one for its whole life, so a low limit turns a reconnect storm after a failover into refused connections.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="165"/>
        <source>Raise maxconn to comfortably above the number of AMQP clients (e.g. 4096) and make sure the file descriptor limit allows it.</source>
        <translation>Raise maxconn to comfortably above the number of AMQP clients (e.g. 4096) and make sure the file descriptor limit allows it.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="171"/>
        <source>No `stats socket` in the global section: neither Warren nor an admin can ask HAProxy which node is active, nor put a server into maintenance without a reload.</source>
        <translation>No `stats socket` in the global section: neither Warren nor an admin can ask HAProxy which node is active, nor put a server into maintenance without a reload.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="173"/>
        <source>Add `stats socket /run/haproxy/admin.sock mode 660 level admin` to the global section.</source>
        <translation>Add `stats socket /run/haproxy/admin.sock mode 660 level admin` to the global section.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="190"/>
        <source>&quot;%1&quot; proxies port %2 (epmd, the Erlang port mapper). epmd is node-to-node traffic: nodes must reach each other&apos;s epmd directly, and a proxy in between makes a node look up its peers on the wrong host.</source>
        <translation>&quot;%1&quot; proxies port %2 (epmd, the Erlang port mapper). epmd is node-to-node traffic: nodes must reach each other&apos;s epmd directly, and a proxy in between makes a node look up its peers on the wrong host.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="193"/>
        <source>Remove this section. Let the nodes reach each other directly on 4369 and 25672; proxy only client ports (5672, 15672).</source>
        <translation>Remove this section. Let the nodes reach each other directly on 4369 and 25672; proxy only client ports (5672, 15672).</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="197"/>
        <source>&quot;%1&quot; proxies port %2 (Erlang distribution, inter-node traffic). Clustering through a load balancer breaks: nodes connect to whichever node HAProxy picks, not to the one they mean.</source>
        <translation>&quot;%1&quot; proxies port %2 (Erlang distribution, inter-node traffic). Clustering through a load balancer breaks: nodes connect to whichever node HAProxy picks, not to the one they mean.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="200"/>
        <source>Remove this section. Nodes talk to each other directly on 25672; proxy only client ports.</source>
        <translation>Remove this section. Nodes talk to each other directly on 25672; proxy only client ports.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="211"/>
        <source>The management UI (port %1) is offered on every address of the HAProxy host (%2), including public ones: the admin interface of the whole cluster is exposed.</source>
        <translation>The management UI (port %1) is offered on every address of the HAProxy host (%2), including public ones: the admin interface of the whole cluster is exposed.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="215"/>
        <source>Bind the management listener to an internal address only, e.g. `bind 10.0.0.10:15672`.</source>
        <translation>Bind the management listener to an internal address only, e.g. `bind 10.0.0.10:15672`.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="224"/>
        <source>&quot;%1&quot; carries AMQP but runs in `mode http`: HAProxy expects HTTP requests and rejects the AMQP protocol header, so no client can connect.</source>
        <translation>&quot;%1&quot; carries AMQP but runs in `mode http`: HAProxy expects HTTP requests and rejects the AMQP protocol header, so no client can connect.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="227"/>
        <source>Use `mode tcp` for AMQP listeners and backends.</source>
        <translation>Use `mode tcp` for AMQP listeners and backends.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="233"/>
        <source>&quot;%1&quot; has no `option tcpka`: long idle AMQP connections can be dropped silently by firewalls and NAT between client, HAProxy and node, and dead peers are noticed late.</source>
        <translation>&quot;%1&quot; has no `option tcpka`: long idle AMQP connections can be dropped silently by firewalls and NAT between client, HAProxy and node, and dead peers are noticed late.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="236"/>
        <source>Add `option tcpka` to the section (or to defaults).</source>
        <translation>Add `option tcpka` to the section (or to defaults).</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="241"/>
        <source>`retries` without `option redispatch`: every retry goes to the same failed server, so a client connecting while the active node is down waits for all retries and fails.</source>
        <translation>`retries` without `option redispatch`: every retry goes to the same failed server, so a client connecting while the active node is down waits for all retries and fails.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="243"/>
        <source>Add `option redispatch` next to `retries`, so the last retry goes to another server.</source>
        <translation>Add `option redispatch` next to `retries`, so the last retry goes to another server.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="265"/>
        <source>&quot;%1&quot; has no `timeout %2`: HAProxy then never closes dead half-open connections, which pile up until maxconn is reached.</source>
        <translation>&quot;%1&quot; has no `timeout %2`: HAProxy then never closes dead half-open connections, which pile up until maxconn is reached.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="268"/>
        <source>Set `timeout %1` well above the AMQP heartbeat, e.g. 3h.</source>
        <translation>Set `timeout %1` well above the AMQP heartbeat, e.g. 3h.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="271"/>
        <source>`timeout %1` is %2 s, at or under the AMQP heartbeat of %3 s: HAProxy closes idle but healthy AMQP connections before a heartbeat can keep them alive, and clients reconnect over and over.</source>
        <translation>`timeout %1` is %2 s, at or under the AMQP heartbeat of %3 s: HAProxy closes idle but healthy AMQP connections before a heartbeat can keep them alive, and clients reconnect over and over.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="276"/>
        <source>Set `timeout client` and `timeout server` well above the heartbeat (e.g. 3h), or lower the heartbeat the clients negotiate.</source>
        <translation>Set `timeout client` and `timeout server` well above the heartbeat (e.g. 3h), or lower the heartbeat the clients negotiate.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="287"/>
        <source>&quot;%1&quot; has no `server` lines: every connection to it fails.</source>
        <translation>&quot;%1&quot; has no `server` lines: every connection to it fails.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="288"/>
        <source>Add one `server` line per cluster node.</source>
        <translation>Add one `server` line per cluster node.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="300"/>
        <source>Server name &quot;%1&quot; is used twice in &quot;%2&quot;: HAProxy refuses the file, and stats could not tell the two apart.</source>
        <translation>Server name &quot;%1&quot; is used twice in &quot;%2&quot;: HAProxy refuses the file, and stats could not tell the two apart.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="303"/>
        <source>Give every server in a section its own name, e.g. the node&apos;s host name.</source>
        <translation>Give every server in a section its own name, e.g. the node&apos;s host name.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="311"/>
        <source>Server &quot;%1&quot; has no health check: when its node stops, HAProxy keeps sending clients to it.</source>
        <translation>Server &quot;%1&quot; has no health check: when its node stops, HAProxy keeps sending clients to it.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="313"/>
        <source>Add `check inter 2000 rise 2 fall 3` to the server line.</source>
        <translation>Add `check inter 2000 rise 2 fall 3` to the server line.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="320"/>
        <source>Server &quot;%1&quot; points at %2, which is no node of this cluster: clients sent there do not reach it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation>Server &quot;%1&quot; points at %2, which is no node of this cluster: clients sent there do not reach it.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="323"/>
        <source>Use the address of a cluster node, or remove the line.</source>
        <translation>Use the address of a cluster node, or remove the line.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="327"/>
        <source>Health checks in &quot;%1&quot; run with HAProxy&apos;s defaults (inter 2s, rise 2, fall 3): that works, but the failover time is then nowhere written down.</source>
        <translation>Health checks in &quot;%1&quot; run with HAProxy&apos;s defaults (inter 2s, rise 2, fall 3): that works, but the failover time is then nowhere written down.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="330"/>
        <source>State `inter`, `rise` and `fall` on the server lines or in a `default-server` line.</source>
        <translation>State `inter`, `rise` and `fall` on the server lines or in a `default-server` line.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="333"/>
        <source>Every server in &quot;%1&quot; is `backup`: no server takes traffic while all are up.</source>
        <translation>Every server in &quot;%1&quot; is `backup`: no server takes traffic while all are up.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="334"/>
        <source>Remove `backup` from the server that should be active.</source>
        <translation>Remove `backup` from the server that should be active.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="337"/>
        <source>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. With classic mirrored queues, consumers then talk to followers and every message crosses the cluster.</source>
        <comment>followers: mirror replicas of a queue</comment>
        <translation>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. With classic mirrored queues, consumers then talk to followers and every message crosses the cluster.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="343"/>
        <source>Either mark all servers but one `backup` (one active node), or state `balance roundrobin` or `balance leastconn` on purpose.</source>
        <translation>Either mark all servers but one `backup` (one active node), or state `balance roundrobin` or `balance leastconn` on purpose.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="347"/>
        <source>&quot;%1&quot; has a single server: when that node stops, clients have nowhere to go.</source>
        <translation>&quot;%1&quot; has a single server: when that node stops, clients have nowhere to go.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="348"/>
        <source>Add the other cluster nodes as `backup` servers.</source>
        <translation>Add the other cluster nodes as `backup` servers.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="357"/>
        <source>Cluster node %1 (%2) is not a server of &quot;%3&quot;: HAProxy cannot fail over to it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation>Cluster node %1 (%2) is not a server of &quot;%3&quot;: HAProxy cannot fail over to it.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="360"/>
        <source>Add `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`.</source>
        <translation>Add `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`.</translation>
    </message>
</context>
<context>
    <name>HaproxyPush</name>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="50"/>
        <source>the profile names no HAProxy host (haproxy.host)</source>
        <translation>the profile names no HAProxy host (haproxy.host)</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="52"/>
        <source>the profile does not say where haproxy.cfg is (haproxy.configPath)</source>
        <translation>the profile does not say where haproxy.cfg is (haproxy.configPath)</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="54"/>
        <source>haproxy.configPath must be an absolute path</source>
        <translation>haproxy.configPath must be an absolute path</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="56"/>
        <source>the profile names no HAProxy stats socket (haproxy.statsSocket), so a push cannot be verified</source>
        <translation>the profile names no HAProxy stats socket (haproxy.statsSocket), so a push cannot be verified</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="66"/>
        <source>upload the new file to a temporary file on %1 and check it: %2</source>
        <translation>upload the new file to a temporary file on %1 and check it: %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="68"/>
        <source>back up the current file: %1</source>
        <translation>back up the current file: %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="70"/>
        <source>write the new file in place: %1</source>
        <translation>write the new file in place: %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="72"/>
        <source>check it where it is: %1</source>
        <translation>check it where it is: %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="74"/>
        <source>reload HAProxy (established connections stay on the old process): %1</source>
        <translation>reload HAProxy (established connections stay on the old process): %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="76"/>
        <source>read `show stat` on %1 until the servers are as the file says; on any failure put the backup back and reload</source>
        <translation>read `show stat` on %1 until the servers are as the file says; on any failure put the backup back and reload</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="93"/>
        <source>ssh to %1: %2</source>
        <translation>ssh to %1: %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="111"/>
        <source>exit %1: %2</source>
        <translation>exit %1: %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="120"/>
        <source>cannot read %1 on %2: %3</source>
        <translation>cannot read %1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="133"/>
        <source>show stat on %1: %2</source>
        <translation>show stat on %1: %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="138"/>
        <source>unreadable show stat output: %1</source>
        <translation>unreadable show stat output: %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="156"/>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="267"/>
        <source>cannot create a temporary file on %1: %2</source>
        <translation>cannot create a temporary file on %1: %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="161"/>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="319"/>
        <source>cannot write %1 on %2: %3</source>
        <translation>cannot write %1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="185"/>
        <source>cannot write a temporary file: %1</source>
        <translation>cannot write a temporary file: %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="194"/>
        <source>haproxy -c did not finish within 30 s</source>
        <translation>haproxy -c did not finish within 30 s</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="215"/>
        <source>%1/%2 is not reported</source>
        <translation>%1/%2 is not reported</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="219"/>
        <source>%1/%2 is %3, expected %4</source>
        <translation>%1/%2 is %3, expected %4</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="220"/>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="221"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="220"/>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="221"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="223"/>
        <source>%1/%2 points at %3, expected %4</source>
        <translation>%1/%2 points at %3, expected %4</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="225"/>
        <source>%1/%2 is %3, expected UP</source>
        <translation>%1/%2 is %3, expected UP</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="234"/>
        <source>%1/%2 is reported but not in the file</source>
        <translation>%1/%2 is reported but not in the file</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="272"/>
        <source>cannot upload the new file to %1: %2</source>
        <translation>cannot upload the new file to %1: %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="277"/>
        <source>HAProxy on %1 refuses the new file; nothing was changed: %2</source>
        <translation>HAProxy on %1 refuses the new file; nothing was changed: %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="280"/>
        <source>the new file passes haproxy -c on %1</source>
        <translation>the new file passes haproxy -c on %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="283"/>
        <source>%1 on %2 already has this content; nothing to do</source>
        <translation>%1 on %2 already has this content; nothing to do</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="294"/>
        <source>cannot back up %1 on %2; nothing was changed: %3</source>
        <translation>cannot back up %1 on %2; nothing was changed: %3</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="296"/>
        <source>backed up %1 to %2</source>
        <translation>backed up %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="303"/>
        <source>%1; restoring the backup FAILED (%2): restore %3 by hand</source>
        <translation>%1; restoring the backup FAILED (%2): restore %3 by hand</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="308"/>
        <source>restored %1 from %2</source>
        <translation>restored %1 from %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="311"/>
        <source>reloaded HAProxy with the restored file</source>
        <translation>reloaded HAProxy with the restored file</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="312"/>
        <source>reloading HAProxy with the restored file failed: %1</source>
        <translation>reloading HAProxy with the restored file failed: %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="320"/>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="323"/>
        <source>HAProxy refuses %1 where it is: %2</source>
        <translation>HAProxy refuses %1 where it is: %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="329"/>
        <source>reload failed (%1): %2</source>
        <translation>reload failed (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="330"/>
        <source>reloaded HAProxy</source>
        <translation>reloaded HAProxy</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="335"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="347"/>
        <source>after the reload HAProxy does not show the servers as intended within %1 s: %2</source>
        <translation>after the reload HAProxy does not show the servers as intended within %1 s: %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="352"/>
        <source>show stat confirms the servers as the file says</source>
        <translation>show stat confirms the servers as the file says</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/warren_main.cpp" line="36"/>
        <source>Warren: administer RabbitMQ clusters behind HAProxy.</source>
        <translation>Warren: administer RabbitMQ clusters behind HAProxy.</translation>
    </message>
    <message>
        <location filename="../app/warren_main.cpp" line="40"/>
        <source>Open the cluster profile &lt;file&gt; (JSON, format warren-cluster-profile/1).</source>
        <translation>Open the cluster profile &lt;file&gt; (JSON, format warren-cluster-profile/1).</translation>
    </message>
    <message>
        <location filename="../app/warren_main.cpp" line="41"/>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="65"/>
        <source>disc</source>
        <comment>RabbitMQ node type: stores its metadata on disk</comment>
        <translation>disc</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="67"/>
        <source>ram</source>
        <comment>RabbitMQ node type: keeps its metadata in RAM only</comment>
        <translation>ram</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="71"/>
        <source>type?</source>
        <comment>RabbitMQ node type not reported</comment>
        <translation>type?</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="78"/>
        <source>running</source>
        <comment>RabbitMQ node state</comment>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="80"/>
        <source>stopped</source>
        <comment>RabbitMQ node state</comment>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="82"/>
        <source>unreachable</source>
        <comment>RabbitMQ node state: a peer cannot reach it</comment>
        <translation>unreachable</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="101"/>
        <source>memory alarm</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>memory alarm</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="103"/>
        <source>disk alarm</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>disk alarm</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="105"/>
        <source>partitioned</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>partitioned</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="114"/>
        <source>%1 (%2, %3)</source>
        <comment>node name (disc/ram, running/stopped)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="185"/>
        <source>RabbitMQ / Erlang</source>
        <translation>RabbitMQ / Erlang</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="186"/>
        <source>%1 / %2</source>
        <comment>RabbitMQ version / Erlang version</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="190"/>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="198"/>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="200"/>
        <source>%1 of %2</source>
        <comment>memory used of the high watermark</comment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="210"/>
        <source>Disk free</source>
        <translation>Disk free</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="212"/>
        <source>%1 (limit %2)</source>
        <comment>disk free (free disk limit)</comment>
        <translation>%1 (limit %2)</translation>
    </message>
</context>
<context>
    <name>OperationPlanner</name>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="62"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="99"/>
        <location filename="../core/ops/PlanParts.cpp" line="39"/>
        <location filename="../core/ops/PlanParts.cpp" line="188"/>
        <location filename="../core/ops/PlanParts.cpp" line="196"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="46"/>
        <location filename="../core/ops/PlanParts.cpp" line="48"/>
        <source>SSH to %1</source>
        <translation>SSH to %1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="55"/>
        <source>%1 is not critical for quorum queues or mirrors</source>
        <comment>quorum; mirror: RabbitMQ queue replicas</comment>
        <translation>%1 is not critical for quorum queues or mirrors</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="56"/>
        <source>RabbitMQ %1 has no such health checks: check by hand</source>
        <translation>RabbitMQ %1 has no such health checks: check by hand</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="61"/>
        <source>not checked: the node&apos;s application is not running</source>
        <translation>not checked: the node&apos;s application is not running</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="63"/>
        <source>%1 is not critical for the quorum of any quorum queue</source>
        <comment>quorum queue: RabbitMQ queue type</comment>
        <translation>%1 is not critical for the quorum of any quorum queue</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="64"/>
        <source>%1 holds no only synchronised mirror of a classic mirrored queue</source>
        <comment>mirror: a replica of a classic queue</comment>
        <translation>%1 holds no only synchronised mirror of a classic mirrored queue</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="72"/>
        <source>%1 is not quorum-critical</source>
        <comment>quorum: majority of quorum queue replicas</comment>
        <translation>%1 is not quorum-critical</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="76"/>
        <source>%1 is not mirror-sync-critical</source>
        <comment>mirror: replica of a classic mirrored queue</comment>
        <translation>%1 is not mirror-sync-critical</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="95"/>
        <source>the application runs</source>
        <translation>the application runs</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="95"/>
        <source>the application does not run</source>
        <translation>the application does not run</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="99"/>
        <source>the RabbitMQ application runs on %1</source>
        <translation>the RabbitMQ application runs on %1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="100"/>
        <source>the RabbitMQ application is stopped on %1 (the Erlang VM stays up)</source>
        <translation>the RabbitMQ application is stopped on %1 (the Erlang VM stays up)</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="183"/>
        <source>%1: cannot be reached: %2</source>
        <translation>%1: cannot be reached: %2</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="185"/>
        <source>%1: the node does not answer (Erlang VM down?): %2</source>
        <translation>%1: the node does not answer (Erlang VM down?): %2</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="187"/>
        <source>%1: Erlang VM running; RabbitMQ application %2; members it knows: %3</source>
        <translation>%1: Erlang VM running; RabbitMQ application %2; members it knows: %3</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="62"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="99"/>
        <location filename="../core/ops/PlanParts.cpp" line="188"/>
        <location filename="../core/ops/PlanParts.cpp" line="196"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="195"/>
        <source>as seen from %1: %2 is a member (%3, %4)</source>
        <translation>as seen from %1: %2 is a member (%3, %4)</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="197"/>
        <source>as seen from %1: %2 is not a member</source>
        <translation>as seen from %1: %2 is not a member</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="19"/>
        <source>disc</source>
        <comment>RabbitMQ node type</comment>
        <translation>disc</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="21"/>
        <source>ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>ram</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="25"/>
        <source>unknown</source>
        <comment>RabbitMQ node type</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="36"/>
        <source>cluster_status on %1 no longer lists %2</source>
        <translation>cluster_status on %1 no longer lists %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="37"/>
        <source>cluster_status on %1 lists %2 as a running member</source>
        <translation>cluster_status on %1 lists %2 as a running member</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="38"/>
        <source>cluster_status on %1 lists %2 as a running %3 node</source>
        <translation>cluster_status on %1 lists %2 as a running %3 node</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="41"/>
        <source>cluster_status failed with exit code %1</source>
        <translation>cluster_status failed with exit code %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="46"/>
        <source>cannot read cluster_status: %1</source>
        <translation>cannot read cluster_status: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="55"/>
        <source>%1 is still listed</source>
        <translation>%1 is still listed</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="55"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="59"/>
        <source>%1 is not listed</source>
        <translation>%1 is not listed</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="62"/>
        <source>%1 is listed as %2, %3</source>
        <translation>%1 is listed as %2, %3</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="78"/>
        <source>Join %1 to the cluster of %2 as a %3 node</source>
        <translation>Join %1 to the cluster of %2 as a %3 node</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="83"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="195"/>
        <source>%1 runs</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 runs</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="85"/>
        <source>its RabbitMQ application is not running</source>
        <translation>its RabbitMQ application is not running</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="88"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="274"/>
        <source>%1 answers</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 answers</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="89"/>
        <source>the node does not answer (its Erlang VM must run to be joined): %1</source>
        <translation>the node does not answer (its Erlang VM must run to be joined): %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="93"/>
        <source>%1 is the node on %2</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 is the node on %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="94"/>
        <source>its cluster_status does not list that name (it lists: %1): check the node name in the profile</source>
        <translation>its cluster_status does not list that name (it lists: %1): check the node name in the profile</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="98"/>
        <source>%1 is already a member of the cluster of %2 (%3, %4)</source>
        <translation>%1 is already a member of the cluster of %2 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="101"/>
        <source>to make it a %1 node use: warrenctl plan convert --node %2 --type %3</source>
        <translation>to make it a %1 node use: warrenctl plan convert --node %2 --type %3</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="109"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="112"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="116"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="119"/>
        <source>RabbitMQ versions compatible</source>
        <translation>RabbitMQ versions compatible</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="109"/>
        <source>a version is unknown: %1 / %2</source>
        <translation>a version is unknown: %1 / %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="113"/>
        <source>%1 runs %2 but %3 runs %4: nodes of different major versions cannot be clustered</source>
        <translation>%1 runs %2 but %3 runs %4: nodes of different major versions cannot be clustered</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="117"/>
        <source>%1 runs %2, %3 runs %4: mixed versions need compatible feature flags</source>
        <translation>%1 runs %2, %3 runs %4: mixed versions need compatible feature flags</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="123"/>
        <source>Erlang versions</source>
        <translation>Erlang versions</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="124"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="125"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="128"/>
        <source>ram nodes do not exist under the Khepri metadata store (RabbitMQ 4.x): join as a disc node</source>
        <translation>ram nodes do not exist under the Khepri metadata store (RabbitMQ 4.x): join as a disc node</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="132"/>
        <source>%1 resolves %2</source>
        <translation>%1 resolves %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="134"/>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="138"/>
        <source>the name does not resolve on %1 (hosts file or DNS)</source>
        <translation>the name does not resolve on %1 (hosts file or DNS)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="141"/>
        <source>%1 reaches %2 on port 4369 (epmd)</source>
        <translation>%1 reaches %2 on port 4369 (epmd)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="142"/>
        <source>connection failed: firewall, or epmd not running</source>
        <translation>connection failed: firewall, or epmd not running</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="143"/>
        <source>%1 reaches %2 on port 25672 (distribution)</source>
        <translation>%1 reaches %2 on port 25672 (distribution)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="144"/>
        <source>connection failed: firewall, or the node is not running</source>
        <translation>connection failed: firewall, or the node is not running</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="148"/>
        <source>Erlang cookies equal (compared by hash)</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>Erlang cookies equal (compared by hash)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="150"/>
        <source>a hash is unknown (rabbitmq-diagnostics erlang_cookie_hash needs 3.8+): compare by hand</source>
        <translation>a hash is unknown (rabbitmq-diagnostics erlang_cookie_hash needs 3.8+): compare by hand</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="152"/>
        <source>%1 has hash %2, %3 has %4: sync the cookie first (rabbitmq-diagnostics erlang_cookie_sources explains the CLI&apos;s side)</source>
        <comment>cookie</comment>
        <translation>%1 has hash %2, %3 has %4: sync the cookie first (rabbitmq-diagnostics erlang_cookie_sources explains the CLI&apos;s side)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ops/OperationPlanner.cpp" line="159"/>
        <source>reset deletes %1&apos;s queues and messages: %n queue(s)</source>
        <translation>
            <numerusform>reset deletes %1&apos;s queues and messages: %n queue</numerusform>
            <numerusform>reset deletes %1&apos;s queues and messages: %n queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ops/OperationPlanner.cpp" line="160"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="161"/>
        <source>reset deletes %1&apos;s queues, messages, users, vhosts and policies (not counted: its application is not running)</source>
        <translation>reset deletes %1&apos;s queues, messages, users, vhosts and policies (not counted: its application is not running)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="162"/>
        <source>What reset destroys</source>
        <translation>What reset destroys</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="164"/>
        <source>%1 leaves its current cluster</source>
        <translation>%1 leaves its current cluster</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="165"/>
        <source>it is now clustered with: %1</source>
        <translation>it is now clustered with: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="109"/>
        <source>Stop the RabbitMQ application on %1 (the Erlang VM keeps running)</source>
        <translation>Stop the RabbitMQ application on %1 (the Erlang VM keeps running)</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="114"/>
        <source>start the application again</source>
        <translation>start the application again</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="140"/>
        <source>Reset %1: wipe its data and any cluster membership</source>
        <translation>Reset %1: wipe its data and any cluster membership</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="145"/>
        <source>cannot be undone: the deleted data is gone; start_app brings %1 back as an empty standalone node</source>
        <translation>cannot be undone: the deleted data is gone; start_app brings %1 back as an empty standalone node</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="154"/>
        <source>Join %1 to %2 as a %3 node</source>
        <translation>Join %1 to %2 as a %3 node</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="157"/>
        <source>leave the cluster again: reset %1 and start it standalone</source>
        <translation>leave the cluster again: reset %1 and start it standalone</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="125"/>
        <source>Start the RabbitMQ application on %1 and wait until it runs</source>
        <translation>Start the RabbitMQ application on %1 and wait until it runs</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="173"/>
        <source>leave the cluster again: stop_app, reset and start_app on %1</source>
        <translation>leave the cluster again: stop_app, reset and start_app on %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="192"/>
        <source>Convert %1 to a %2 node</source>
        <translation>Convert %1 to a %2 node</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="196"/>
        <source>its RabbitMQ application is not running: start it first</source>
        <translation>its RabbitMQ application is not running: start it first</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="199"/>
        <source>Cluster members</source>
        <translation>Cluster members</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="202"/>
        <source>%1 does not list itself in its cluster status</source>
        <translation>%1 does not list itself in its cluster status</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="206"/>
        <source>%1 is already a %2 node</source>
        <translation>%1 is already a %2 node</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="210"/>
        <source>ram nodes and change_cluster_node_type are not supported under the Khepri metadata store (RabbitMQ 4.x): every node is a disc node</source>
        <translation>ram nodes and change_cluster_node_type are not supported under the Khepri metadata store (RabbitMQ 4.x): every node is a disc node</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="215"/>
        <source>%1 is the last disc node of its cluster: converting it to ram would leave the cluster without a disc node</source>
        <translation>%1 is the last disc node of its cluster: converting it to ram would leave the cluster without a disc node</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="172"/>
        <source>Other disc nodes remain</source>
        <translation>Other disc nodes remain</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="227"/>
        <source>Reset %1 (RabbitMQ 2.x changes a node&apos;s type by clustering it again)</source>
        <translation>Reset %1 (RabbitMQ 2.x changes a node&apos;s type by clustering it again)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="231"/>
        <source>reset deletes %1&apos;s local data; the cluster keeps the shared definitions</source>
        <translation>reset deletes %1&apos;s local data; the cluster keeps the shared definitions</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="232"/>
        <source>cluster again with the old type: %1</source>
        <translation>cluster again with the old type: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="237"/>
        <source>Cluster %1 again as a %2 node</source>
        <translation>Cluster %1 again as a %2 node</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="245"/>
        <source>Change %1 to a %2 node</source>
        <translation>Change %1 to a %2 node</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="248"/>
        <source>change it back to %1 and start the application</source>
        <translation>change it back to %1 and start the application</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="254"/>
        <source>convert it back: run this plan with --type %1</source>
        <translation>convert it back: run this plan with --type %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="271"/>
        <source>Forget %1 (on %2)</source>
        <translation>Forget %1 (on %2)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="278"/>
        <source>RabbitMQ %1 has no forget_cluster_node: reset the node itself while the rest of the cluster runs</source>
        <translation>RabbitMQ %1 has no forget_cluster_node: reset the node itself while the rest of the cluster runs</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="282"/>
        <source>%1 cannot forget itself: choose another surviving node with --via</source>
        <translation>%1 cannot forget itself: choose another surviving node with --via</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="285"/>
        <source>Cluster members as %1 sees them</source>
        <translation>Cluster members as %1 sees them</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="288"/>
        <source>%1 is not a member of the cluster of %2</source>
        <translation>%1 is not a member of the cluster of %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="292"/>
        <source>%1 is running: stop it first (a node must be stopped before the cluster forgets it)</source>
        <translation>%1 is running: stop it first (a node must be stopped before the cluster forgets it)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="295"/>
        <source>%1 is stopped</source>
        <translation>%1 is stopped</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="298"/>
        <source>%1 is the last disc node of the cluster: forgetting it would leave the cluster without a disc node</source>
        <translation>%1 is the last disc node of the cluster: forgetting it would leave the cluster without a disc node</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="302"/>
        <source>forget_cluster_node --offline is not supported under the Khepri metadata store: start %1 first</source>
        <translation>forget_cluster_node --offline is not supported under the Khepri metadata store: start %1 first</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="306"/>
        <source>%1&apos;s application is stopped</source>
        <translation>%1&apos;s application is stopped</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="306"/>
        <source>forgetting with --offline</source>
        <translation>forgetting with --offline</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="310"/>
        <source>Remove %1 from the cluster&apos;s membership (run on %2)</source>
        <translation>Remove %1 from the cluster&apos;s membership (run on %2)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="314"/>
        <source>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost, and it must be reset before it can run or rejoin</source>
        <comment>leader: the quorum queue replica that leads</comment>
        <translation>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost, and it must be reset before it can run or rejoin</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="315"/>
        <source>cannot be undone by a command: reset %1 and join it again</source>
        <translation>cannot be undone by a command: reset %1 and join it again</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="335"/>
        <source>Copy the Erlang cookie of %1 to %2</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>Copy the Erlang cookie of %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="338"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="341"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="347"/>
        <source>Cookie hash of %1</source>
        <comment>cookie</comment>
        <translation>Cookie hash of %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="339"/>
        <source>rabbitmq-diagnostics erlang_cookie_hash gave no answer (the node must run, RabbitMQ 3.8+)</source>
        <translation>rabbitmq-diagnostics erlang_cookie_hash gave no answer (the node must run, RabbitMQ 3.8+)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="349"/>
        <source>unknown (the node does not answer): it will be replaced</source>
        <translation>unknown (the node does not answer): it will be replaced</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="352"/>
        <source>%1: differs, will be replaced</source>
        <translation>%1: differs, will be replaced</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="355"/>
        <source>%1: equal, left alone</source>
        <translation>%1: equal, left alone</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="361"/>
        <source>every target already uses the cookie of %1 (equal hashes)</source>
        <comment>cookie</comment>
        <translation>every target already uses the cookie of %1 (equal hashes)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="371"/>
        <source>Stop %1 completely, Erlang VM included (the cookie is read only when the VM starts)</source>
        <comment>cookie</comment>
        <translation>Stop %1 completely, Erlang VM included (the cookie is read only when the VM starts)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="377"/>
        <source>the Erlang VM of %1 no longer answers</source>
        <translation>the Erlang VM of %1 no longer answers</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="383"/>
        <source>start the node again</source>
        <translation>start the node again</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="390"/>
        <source>Back up the old cookie of %1 to %2</source>
        <comment>cookie</comment>
        <translation>Back up the old cookie of %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="393"/>
        <source>start the node again (the cookie is unchanged)</source>
        <comment>cookie</comment>
        <translation>start the node again (the cookie is unchanged)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="399"/>
        <source>Write the cookie of %1 on %2 atomically (owner rabbitmq, mode 0400)</source>
        <comment>cookie</comment>
        <translation>Write the cookie of %1 on %2 atomically (owner rabbitmq, mode 0400)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="406"/>
        <source>replaces the Erlang cookie of %1 (the old one is kept in %2)</source>
        <comment>cookie</comment>
        <translation>replaces the Erlang cookie of %1 (the old one is kept in %2)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="408"/>
        <source>put the old cookie back from the backup and start the node</source>
        <comment>cookie</comment>
        <translation>put the old cookie back from the backup and start the node</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="414"/>
        <source>Start %1 and wait until it runs</source>
        <translation>Start %1 and wait until it runs</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="419"/>
        <source>put the old cookie back: stop the node, copy %1 over the cookie, start it</source>
        <comment>cookie</comment>
        <translation>put the old cookie back: stop the node, copy %1 over the cookie, start it</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="426"/>
        <source>%1 uses the same cookie as %2 (equal hashes)</source>
        <comment>cookie</comment>
        <translation>%1 uses the same cookie as %2 (equal hashes)</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="434"/>
        <source>hash %1, expected %2</source>
        <translation>hash %1, expected %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="434"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="526"/>
        <source>Forget %1</source>
        <translation>Forget %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="527"/>
        <source>no surviving node to run forget_cluster_node on (use --via HOST)</source>
        <translation>no surviving node to run forget_cluster_node on (use --via HOST)</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../core/ops/RabbitVersion.cpp" line="31"/>
        <source>unknown version</source>
        <translation>unknown version</translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="23"/>
        <source>host &quot;%1&quot; is not in the cluster profile</source>
        <translation>host &quot;%1&quot; is not in the cluster profile</translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="29"/>
        <source>SSH to %1 (%2): %3</source>
        <translation>SSH to %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="40"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="51"/>
        <source>SSH to %1: %2</source>
        <translation>SSH to %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="79"/>
        <source>step %1 (%2): %3</source>
        <translation>step %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="89"/>
        <source>RabbitMQ %1</source>
        <translation>RabbitMQ %1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="91"/>
        <source>Preflight:</source>
        <translation>Preflight:</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="93"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="94"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="95"/>
        <source>WARNING</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="96"/>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="104"/>
        <source>Fixes:</source>
        <translation>Fixes:</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="106"/>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="106"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="106"/>
        <source>advised</source>
        <translation>advised</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="108"/>
        <source>does not apply: %1</source>
        <translation>does not apply: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="111"/>
        <source>Choose a fix with --fix KEY to see its steps.</source>
        <translation>Choose a fix with --fix KEY to see its steps.</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="114"/>
        <source>Does not apply: %1</source>
        <translation>Does not apply: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="116"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="118"/>
        <source>Nothing to do: %1</source>
        <translation>Nothing to do: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="120"/>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="125"/>
        <source>DESTRUCTIVE: %1</source>
        <translation>DESTRUCTIVE: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="127"/>
        <source>check before: %1 — on %2: %3 (%4)</source>
        <translation>check before: %1 — on %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="130"/>
        <source>writes to the standard input of command %1:</source>
        <translation>writes to the standard input of command %1:</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="135"/>
        <source>reads a secret on %1 (never shown or logged): %2 — and writes it to the standard input of command %3</source>
        <translation>reads a secret on %1 (never shown or logged): %2 — and writes it to the standard input of command %3</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="140"/>
        <source>verify: %1 — on %2: %3 (%4)</source>
        <translation>verify: %1 — on %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="143"/>
        <source>undo: %1</source>
        <translation>undo: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="149"/>
        <source>Verification:</source>
        <translation>Verification:</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="154"/>
        <source>Afterwards:</source>
        <translation>Afterwards:</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="79"/>
        <source>(a secret: its output is never shown or logged)</source>
        <translation>(a secret: its output is never shown or logged)</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="90"/>
        <source>(secret, not logged)</source>
        <translation>(secret, not logged)</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="95"/>
        <source>reading the secret on %1 failed with exit code %2</source>
        <translation>reading the secret on %1 failed with exit code %2</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="122"/>
        <location filename="../core/ops/PlanRunner.cpp" line="126"/>
        <location filename="../core/ops/PlanRunner.cpp" line="287"/>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="136"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="164"/>
        <source>not run (dry run)</source>
        <translation>not run (dry run)</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="166"/>
        <source>dry run: nothing was executed</source>
        <translation>dry run: nothing was executed</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="188"/>
        <source>choose one of the fixes first: %1</source>
        <translation>choose one of the fixes first: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="207"/>
        <source>cancelled before step %1 (%2)</source>
        <translation>cancelled before step %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="216"/>
        <source>step %1 (%2) not started, check failed: %3</source>
        <translation>step %1 (%2) not started, check failed: %3</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="223"/>
        <location filename="../core/ops/PlanRunner.cpp" line="235"/>
        <source>step %1 (%2) failed: %3</source>
        <translation>step %1 (%2) failed: %3</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="234"/>
        <source>step %1 (%2) failed: %3 exited with %4</source>
        <translation>step %1 (%2) failed: %3 exited with %4</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="243"/>
        <source>step %1 (%2) ran but is not verified: %3</source>
        <translation>step %1 (%2) ran but is not verified: %3</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="249"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="258"/>
        <source>every step ran but the result is not verified: %1</source>
        <translation>every step ran but the result is not verified: %1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="263"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="275"/>
        <source>nothing to undo: no step had completed</source>
        <translation>nothing to undo: no step had completed</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="286"/>
        <source>undo of step %1 (%2) failed: %3</source>
        <translation>undo of step %1 (%2) failed: %3</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="292"/>
        <source>undone: %1</source>
        <translation>undone: %1</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="100"/>
        <location filename="../core/parse/ApiParsers.cpp" line="29"/>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="373"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="634"/>
        <source>input too large: more than %1 MiB</source>
        <translation>input too large: more than %1 MiB</translation>
    </message>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="105"/>
        <location filename="../core/haproxy/StatCsv.cpp" line="144"/>
        <source>HAProxy sent no statistics</source>
        <translation>HAProxy sent no statistics</translation>
    </message>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="111"/>
        <source>quoted field not closed</source>
        <translation>quoted field not closed</translation>
    </message>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="131"/>
        <source>not HAProxy statistics: expected a header line starting with &quot;# pxname&quot;, found &quot;%1&quot;</source>
        <translation>not HAProxy statistics: expected a header line starting with &quot;# pxname&quot;, found &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="148"/>
        <source>the statistics header has no &quot;%1&quot; column</source>
        <translation>the statistics header has no &quot;%1&quot; column</translation>
    </message>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="175"/>
        <source>the line has %1 fields but the header names %2</source>
        <translation>the line has %1 fields but the header names %2</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="33"/>
        <source>the management API sent an empty answer</source>
        <translation>the management API sent an empty answer</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="38"/>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="455"/>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="51"/>
        <source>the management API answered with an error: %1</source>
        <translation>the management API answered with an error: %1</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="83"/>
        <source>expected a JSON array of nodes from /api/nodes</source>
        <translation>expected a JSON array of nodes from /api/nodes</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="93"/>
        <source>entry %1 of /api/nodes is not a node with a name</source>
        <translation>entry %1 of /api/nodes is not a node with a name</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="138"/>
        <source>expected a JSON object from /api/overview</source>
        <translation>expected a JSON object from /api/overview</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="153"/>
        <source>the JSON object is not an /api/overview answer</source>
        <translation>the JSON object is not an /api/overview answer</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="275"/>
        <source>the term is not a cluster status: it has neither &quot;nodes&quot; nor &quot;running_nodes&quot;</source>
        <translation>the term is not a cluster status: it has neither &quot;nodes&quot; nor &quot;running_nodes&quot;</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="379"/>
        <source>rabbitmqctl printed nothing</source>
        <translation>rabbitmqctl printed nothing</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="410"/>
        <source>this is the text output of RabbitMQ 3.8 or later: run cluster_status with --formatter json</source>
        <translation>this is the text output of RabbitMQ 3.8 or later: run cluster_status with --formatter json</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="416"/>
        <source>no cluster status found in the output: %1</source>
        <translation>no cluster status found in the output: %1</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="460"/>
        <source>the JSON object is not a cluster status: it has no disk_nodes or running_nodes</source>
        <translation>the JSON object is not a cluster status: it has no disk_nodes or running_nodes</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="473"/>
        <source>no JSON object found in the output: %1</source>
        <translation>no JSON object found in the output: %1</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="135"/>
        <source>unexpected end of input</source>
        <translation>unexpected end of input</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="136"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unexpected character &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="142"/>
        <source>more than %1 terms</source>
        <translation>more than %1 terms</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="151"/>
        <source>unexpected end of input: expected a term</source>
        <translation>unexpected end of input: expected a term</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="160"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="169"/>
        <source>nesting deeper than %1 levels</source>
        <translation>nesting deeper than %1 levels</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="175"/>
        <source>unsupported term: records, references, ports and funs cannot be read</source>
        <translation>unsupported term: records, references, ports and funs cannot be read</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="218"/>
        <source>unexpected variable name: atoms that start with &apos;%1&apos; need quotes</source>
        <translation>unexpected variable name: atoms that start with &apos;%1&apos; need quotes</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="239"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="289"/>
        <source>unexpected end of input: expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>unexpected end of input: expected &apos;,&apos; or &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="250"/>
        <source>improper lists ([Head|Tail]) are not supported</source>
        <translation>improper lists ([Head|Tail]) are not supported</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="252"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="570"/>
        <source>the term was cut short (&apos;...&apos;)</source>
        <translation>the term was cut short (&apos;...&apos;)</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="253"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="299"/>
        <source>expected &apos;,&apos; or &apos;%1&apos; but found &apos;%2&apos;</source>
        <translation>expected &apos;,&apos; or &apos;%1&apos; but found &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="273"/>
        <source>unexpected end of input: expected &apos;=&gt;&apos;</source>
        <translation>unexpected end of input: expected &apos;=&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="274"/>
        <source>expected &apos;=&gt;&apos; but found &apos;%1&apos;</source>
        <translation>expected &apos;=&gt;&apos; but found &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="343"/>
        <source>invalid radix %1: it must be 2 to 36</source>
        <translation>invalid radix %1: it must be 2 to 36</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="347"/>
        <source>expected digits of base %1</source>
        <translation>expected digits of base %1</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="372"/>
        <source>invalid float %1</source>
        <translation>invalid float %1</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="402"/>
        <source>unexpected end of input: expected a character</source>
        <translation>unexpected end of input: expected a character</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="426"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="442"/>
        <source>unexpected end of input in an escape sequence</source>
        <translation>unexpected end of input in an escape sequence</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="459"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="464"/>
        <source>invalid escape sequence</source>
        <translation>invalid escape sequence</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="470"/>
        <source>invalid character code in an escape sequence</source>
        <translation>invalid character code in an escape sequence</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="516"/>
        <source>quoted atom not closed</source>
        <translation>quoted atom not closed</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="517"/>
        <source>string not closed</source>
        <translation>string not closed</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="545"/>
        <source>unsupported binary segment type &apos;%1&apos;</source>
        <translation>unsupported binary segment type &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="551"/>
        <source>binary text beyond Latin-1 must be marked /utf8</source>
        <translation>binary text beyond Latin-1 must be marked /utf8</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="561"/>
        <source>binary byte out of range: %1</source>
        <translation>binary byte out of range: %1</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="565"/>
        <source>bit strings are not supported</source>
        <translation>bit strings are not supported</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="584"/>
        <source>binary not closed</source>
        <translation>binary not closed</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="585"/>
        <source>expected &apos;,&apos; or &apos;&gt;&gt;&apos; but found &apos;%1&apos;</source>
        <translation>expected &apos;,&apos; or &apos;&gt;&gt;&apos; but found &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="610"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="623"/>
        <source>invalid process id</source>
        <translation>invalid process id</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="665"/>
        <source>unexpected &apos;%1&apos; after the term</source>
        <translation>unexpected &apos;%1&apos; after the term</translation>
    </message>
    <message>
        <location filename="../core/parse/ParseError.cpp" line="12"/>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../core/parse/ParseError.cpp" line="14"/>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location filename="../core/model/MessageRates.cpp" line="31"/>
        <source>the overview is not a JSON object: %1</source>
        <translation>the overview is not a JSON object: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="144"/>
        <source>the profile is not valid JSON: %1</source>
        <translation>the profile is not valid JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="147"/>
        <source>the profile must be a JSON object</source>
        <translation>the profile must be a JSON object</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="151"/>
        <source>unsupported profile format &quot;%1&quot; (expected %2)</source>
        <translation>unsupported profile format &quot;%1&quot; (expected %2)</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="156"/>
        <source>the profile has no cluster name</source>
        <translation>the profile has no cluster name</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="166"/>
        <source>the profile contains a plain-text API password; remove it (Warren keeps passwords in the keyring or asks for them)</source>
        <translation>the profile contains a plain-text API password; remove it (Warren keeps passwords in the keyring or asks for them)</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="179"/>
        <source>host name &quot;%1&quot; is not a valid host name</source>
        <translation>host name &quot;%1&quot; is not a valid host name</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="183"/>
        <source>address &quot;%1&quot; of host %2 is not a valid address</source>
        <translation>address &quot;%1&quot; of host %2 is not a valid address</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="188"/>
        <source>the profile lists no hosts</source>
        <translation>the profile lists no hosts</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="199"/>
        <location filename="../core/profile/ClusterProfile.cpp" line="202"/>
        <source>haproxy.reload must be a list of strings (program and arguments)</source>
        <translation>haproxy.reload must be a list of strings (program and arguments)</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="213"/>
        <source>cannot read profile %1: %2</source>
        <translation>cannot read profile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="215"/>
        <source>profile %1 is too large</source>
        <translation>profile %1 is too large</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="228"/>
        <location filename="../core/profile/ClusterProfile.cpp" line="234"/>
        <source>cannot write profile %1: %2</source>
        <translation>cannot write profile %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/ProfileStore.cpp" line="73"/>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="9"/>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="10"/>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="11"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="12"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="13"/>
        <source>Unknown options: %1.</source>
        <translation>Unknown options: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="14"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="15"/>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="16"/>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="17"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="18"/>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../core/queues/QueueExport.cpp" line="164"/>
        <source>unterminated quoted field in CSV</source>
        <translation>unterminated quoted field in CSV</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueFilter.cpp" line="39"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>invalid regular expression &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="49"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="79"/>
        <source>API on %1</source>
        <translation>API on %1</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="105"/>
        <source>unreadable /api/queues answer: %1</source>
        <translation>unreadable /api/queues answer: %1</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="116"/>
        <source>management API</source>
        <translation>management API</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="116"/>
        <source>no host in the profile has an API URL</source>
        <translation>no host in the profile has an API URL</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="128"/>
        <source>SSH on %1</source>
        <translation>SSH on %1</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="144"/>
        <source>rabbitmqctl list_vhosts failed (exit %1): %2</source>
        <translation>rabbitmqctl list_vhosts failed (exit %1): %2</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="180"/>
        <source>rabbitmqctl list_queues -p %1 failed: %2</source>
        <translation>rabbitmqctl list_queues -p %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="186"/>
        <source>unreadable list_queues output: %1</source>
        <translation>unreadable list_queues output: %1</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="91"/>
        <source>expected &apos;%1&apos;</source>
        <translation>expected &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="108"/>
        <location filename="../core/queues/QueueParsers.cpp" line="278"/>
        <source>unexpected character</source>
        <translation>unexpected character</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="127"/>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="178"/>
        <location filename="../core/queues/QueueParsers.cpp" line="183"/>
        <source>invalid \u escape</source>
        <translation>invalid \u escape</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="195"/>
        <source>invalid escape in string</source>
        <translation>invalid escape in string</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="199"/>
        <source>unterminated string</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="228"/>
        <source>nested too deeply</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="231"/>
        <source>unexpected end of input</source>
        <translation>unexpected end of input</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="298"/>
        <source>number out of range</source>
        <translation>number out of range</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="304"/>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="466"/>
        <source>a queue without a name</source>
        <translation>a queue without a name</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="527"/>
        <source>expected a list of queues</source>
        <translation>expected a list of queues</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="527"/>
        <source>the API refused: %1</source>
        <translation>the API refused: %1</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="678"/>
        <source>list_queues columns must start with name</source>
        <translation>list_queues columns must start with name</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="721"/>
        <source>queue &quot;%1&quot;: a counter is not a number</source>
        <translation>queue &quot;%1&quot;: a counter is not a number</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="773"/>
        <source>a row with %1 of %2 columns</source>
        <translation>a row with %1 of %2 columns</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="783"/>
        <source>a row with too few columns</source>
        <translation>a row with too few columns</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="31"/>
        <source>kept in memory for this session only; Warren asks again next time</source>
        <translation>kept in memory for this session only; Warren asks again next time</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="58"/>
        <source>secret file %1 is readable by other users; restrict it with chmod 600</source>
        <translation>secret file %1 is readable by other users; restrict it with chmod 600</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="65"/>
        <source>cannot read secret file %1: %2</source>
        <translation>cannot read secret file %1: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/KeychainSecretStore.cpp" line="108"/>
        <source>kept in the desktop keyring</source>
        <translation>kept in the desktop keyring</translation>
    </message>
</context>
<context>
    <name>Ssh</name>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="69"/>
        <source>cannot create an SSH session</source>
        <translation>cannot create an SSH session</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="99"/>
        <location filename="../core/ssh/SshSession.cpp" line="203"/>
        <location filename="../core/ssh/SshSession.cpp" line="277"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="103"/>
        <source>%1 (%2): no SSH answer within %3 s</source>
        <translation>%1 (%2): no SSH answer within %3 s</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="120"/>
        <source>cannot reach %1 (%2) over SSH: %3</source>
        <translation>cannot reach %1 (%2) over SSH: %3</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="126"/>
        <source>%1 sent no host key</source>
        <translation>%1 sent no host key</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="147"/>
        <source>the host key of %1 (%2) has CHANGED (now %3 %4); someone may be intercepting the connection. Warren refuses to connect; if the host was reinstalled, remove its old entry from %5</source>
        <translation>the host key of %1 (%2) has CHANGED (now %3 %4); someone may be intercepting the connection. Warren refuses to connect; if the host was reinstalled, remove its old entry from %5</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="153"/>
        <location filename="../core/ssh/SshSession.cpp" line="158"/>
        <source>the host key of %1 (%2) is not known yet: %3 %4</source>
        <translation>the host key of %1 (%2) is not known yet: %3 %4</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="164"/>
        <source>cannot check the host key of %1: %2</source>
        <translation>cannot check the host key of %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="179"/>
        <source>cannot record the host key of %1 in %2: %3</source>
        <translation>cannot record the host key of %1 in %2: %3</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="194"/>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="199"/>
        <source>the host key of %1 is not trusted</source>
        <translation>the host key of %1 is not trusted</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="211"/>
        <source>cannot read the private key %1 (missing, unreadable or protected by a passphrase: use ssh-agent for such keys)</source>
        <translation>cannot read the private key %1 (missing, unreadable or protected by a passphrase: use ssh-agent for such keys)</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="226"/>
        <source>%1 refused the login of user &quot;%2&quot; (key or password not accepted)</source>
        <translation>%1 refused the login of user &quot;%2&quot; (key or password not accepted)</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="248"/>
        <source>cannot open a channel to %1</source>
        <translation>cannot open a channel to %1</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="257"/>
        <source>%1 did not run the command: %2</source>
        <translation>%1 did not run the command: %2</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="265"/>
        <source>the connection to %1 broke while sending data</source>
        <translation>the connection to %1 broke while sending data</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="281"/>
        <source>the command on %1 did not finish within %2 s</source>
        <translation>the command on %1 did not finish within %2 s</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="288"/>
        <source>the connection to %1 broke during the command: %2</source>
        <translation>the connection to %1 broke during the command: %2</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="295"/>
        <source>the command on %1 printed more than %2 MiB</source>
        <translation>the command on %1 printed more than %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="318"/>
        <source>%1 did not report the command&apos;s exit status</source>
        <translation>%1 did not report the command&apos;s exit status</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../core/status/ConnectionTest.cpp" line="38"/>
        <source>OK (host name %1)</source>
        <translation>OK (host name %1)</translation>
    </message>
    <message>
        <location filename="../core/status/ConnectionTest.cpp" line="39"/>
        <source>logged in, but `hostname` failed (exit %1)</source>
        <translation>logged in, but `hostname` failed (exit %1)</translation>
    </message>
    <message>
        <location filename="../core/status/ConnectionTest.cpp" line="58"/>
        <source>OK (RabbitMQ %1 on %2)</source>
        <translation>OK (RabbitMQ %1 on %2)</translation>
    </message>
    <message>
        <location filename="../core/status/ConnectionTest.cpp" line="59"/>
        <source>unreadable answer: %1</source>
        <translation>unreadable answer: %1</translation>
    </message>
    <message>
        <location filename="../core/status/ConnectionTest.cpp" line="92"/>
        <source>%1 now presents key %2, not the %3 you accepted; nothing was recorded</source>
        <translation>%1 now presents key %2, not the %3 you accepted; nothing was recorded</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="51"/>
        <source>no API password is known for user &quot;%1&quot; in this session</source>
        <translation>no API password is known for user &quot;%1&quot; in this session</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="79"/>
        <source>API on %1</source>
        <translation>API on %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="94"/>
        <source>unreadable /api/nodes answer: %1</source>
        <translation>unreadable /api/nodes answer: %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="121"/>
        <source>management API</source>
        <translation>management API</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="121"/>
        <source>no host in the profile has an API URL</source>
        <translation>no host in the profile has an API URL</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="130"/>
        <source>SSH on %1</source>
        <translation>SSH on %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="155"/>
        <source>rabbitmqctl cluster_status failed (exit %1): %2</source>
        <translation>rabbitmqctl cluster_status failed (exit %1): %2</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="160"/>
        <source>unreadable cluster_status output: %1</source>
        <translation>unreadable cluster_status output: %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="185"/>
        <location filename="../core/status/StatusCollector.cpp" line="188"/>
        <location filename="../core/status/StatusCollector.cpp" line="190"/>
        <source>HAProxy stats page</source>
        <translation>HAProxy stats page</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="188"/>
        <location filename="../core/status/StatusCollector.cpp" line="214"/>
        <source>unreadable stats CSV: %1</source>
        <translation>unreadable stats CSV: %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="196"/>
        <source>HAProxy stats socket on %1</source>
        <translation>HAProxy stats socket on %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="209"/>
        <source>socat failed (exit %1): %2</source>
        <translation>socat failed (exit %1): %2</translation>
    </message>
</context>
<context>
    <name>warren::ClusterDialog</name>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="338"/>
        <source>Edit Cluster %1</source>
        <translation>Edit Cluster %1</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="338"/>
        <source>Add Cluster</source>
        <translation>Add Cluster</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="339"/>
        <source>Cluster</source>
        <comment>a RabbitMQ cluster</comment>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="340"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="341"/>
        <location filename="../widgets/ClusterDialog.cpp" line="380"/>
        <location filename="../widgets/ClusterDialog.cpp" line="382"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="342"/>
        <source>How Warren lists this cluster</source>
        <translation>How Warren lists this cluster</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="344"/>
        <location filename="../widgets/ClusterDialog.cpp" line="400"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="345"/>
        <location filename="../widgets/ClusterDialog.cpp" line="361"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="346"/>
        <source>Login user on every host</source>
        <translation>Login user on every host</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="347"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="348"/>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="349"/>
        <source>Empty: use ssh-agent</source>
        <translation>Empty: use ssh-agent</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="350"/>
        <location filename="../widgets/ClusterDialog.cpp" line="354"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="351"/>
        <source>Choose the private key file</source>
        <translation>Choose the private key file</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="352"/>
        <source>known_hosts file:</source>
        <translation>known_hosts file:</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="353"/>
        <source>Empty: %1</source>
        <translation>Empty: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="355"/>
        <source>Choose the known_hosts file Warren checks host keys against</source>
        <translation>Choose the known_hosts file Warren checks host keys against</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="356"/>
        <source>Run privileged commands through sudo -n</source>
        <translation>Run privileged commands through sudo -n</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="358"/>
        <source>rabbitmqctl and service commands run as &quot;sudo -n …&quot;: the user needs passwordless sudo for them</source>
        <translation>rabbitmqctl and service commands run as &quot;sudo -n …&quot;: the user needs passwordless sudo for them</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="360"/>
        <source>Management API</source>
        <translation>Management API</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="362"/>
        <source>A user with the monitoring or administrator tag</source>
        <translation>A user with the monitoring or administrator tag</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="363"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="364"/>
        <source>Not saved to disk</source>
        <translation>Not saved to disk</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="365"/>
        <source>The password is %1. It is never written to the profile or the settings.</source>
        <translation>The password is %1. It is never written to the profile or the settings.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="369"/>
        <source>When empty, it is read from %1.</source>
        <translation>When empty, it is read from %1.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="371"/>
        <source>Verify TLS certificates</source>
        <translation>Verify TLS certificates</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="372"/>
        <source>Check the API&apos;s certificate against the system&apos;s trusted authorities</source>
        <translation>Check the API&apos;s certificate against the system&apos;s trusted authorities</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="373"/>
        <source>Certificates are not verified: anyone on the network path can pose as the API and read the password.</source>
        <translation>Certificates are not verified: anyone on the network path can pose as the API and read the password.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="376"/>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="377"/>
        <source>Stats host:</source>
        <translation>Stats host:</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="378"/>
        <source>Host name from the list, reached over SSH</source>
        <translation>Host name from the list, reached over SSH</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="379"/>
        <source>Stats socket:</source>
        <translation>Stats socket:</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="381"/>
        <source>Stats URL:</source>
        <translation>Stats URL:</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="383"/>
        <source>HAProxy&apos;s CSV stats page; used instead of the socket when set</source>
        <translation>HAProxy&apos;s CSV stats page; used instead of the socket when set</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="385"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="386"/>
        <source>Name</source>
        <comment>host name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="386"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="387"/>
        <source>Node name</source>
        <comment>RabbitMQ node name, e.g. rabbit@host</comment>
        <translation>Node name</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="387"/>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="387"/>
        <source>Roles</source>
        <comment>host roles</comment>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="388"/>
        <source>Empty: rabbit@ followed by the host name</source>
        <translation>Empty: rabbit@ followed by the host name</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="390"/>
        <source>Management API base URL, e.g. %1</source>
        <translation>Management API base URL, e.g. %1</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="392"/>
        <source>Comma-separated: rabbitmq (runs a RabbitMQ node), haproxy (runs HAProxy)</source>
        <translation>Comma-separated: rabbitmq (runs a RabbitMQ node), haproxy (runs HAProxy)</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="393"/>
        <source>Add Host</source>
        <translation>Add Host</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="394"/>
        <source>Remove Host</source>
        <translation>Remove Host</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="396"/>
        <source>Connection Test</source>
        <translation>Connection Test</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="397"/>
        <source>Test Connection</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="398"/>
        <source>Log in over SSH and to the management API on every host</source>
        <translation>Log in over SSH and to the management API on every host</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="399"/>
        <source>Cancel Test</source>
        <translation>Cancel Test</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="400"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="400"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="405"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="406"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="502"/>
        <source>Enter a name for the cluster.</source>
        <translation>Enter a name for the cluster.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="504"/>
        <location filename="../widgets/ClusterDialog.cpp" line="588"/>
        <source>Add at least one host.</source>
        <translation>Add at least one host.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="509"/>
        <source>Host %1 in the list needs a name and an address.</source>
        <translation>Host %1 in the list needs a name and an address.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="511"/>
        <source>The host name %1 appears twice.</source>
        <translation>The host name %1 appears twice.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="516"/>
        <source>The API URL of %1 must start with http:// or https://.</source>
        <translation>The API URL of %1 must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="519"/>
        <source>The HAProxy stats host %1 is not in the host list.</source>
        <translation>The HAProxy stats host %1 is not in the host list.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="521"/>
        <source>The HAProxy stats URL is not a valid URL.</source>
        <translation>The HAProxy stats URL is not a valid URL.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="546"/>
        <source>Choose Private Key</source>
        <translation>Choose Private Key</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="555"/>
        <source>Choose known_hosts File</source>
        <translation>Choose known_hosts File</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="612"/>
        <location filename="../widgets/ClusterDialog.cpp" line="615"/>
        <source>testing…</source>
        <translation>testing…</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="663"/>
        <source>not tested</source>
        <translation>not tested</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="717"/>
        <location filename="../widgets/ClusterDialog.cpp" line="730"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="717"/>
        <location filename="../widgets/ClusterDialog.cpp" line="730"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="727"/>
        <source>not tested (no API URL)</source>
        <translation>not tested (no API URL)</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="741"/>
        <source>Checks SSH login and the management API of every host.</source>
        <translation>Checks SSH login and the management API of every host.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ClusterDialog.cpp" line="743"/>
        <source>Testing %n host(s)…</source>
        <translation>
            <numerusform>Testing %n host…</numerusform>
            <numerusform>Testing %n hosts…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="745"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="747"/>
        <source>Test cancelled.</source>
        <translation>Test cancelled.</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="759"/>
        <source>Done: SSH OK on %1 of %2, API OK on %3 of %4.</source>
        <translation>Done: SSH OK on %1 of %2, API OK on %3 of %4.</translation>
    </message>
</context>
<context>
    <name>warren::ClusterGraphPanel</name>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="153"/>
        <source>No data: %1</source>
        <comment>why the graph is empty</comment>
        <translation>No data: %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="154"/>
        <source>Stale since %1 — %2</source>
        <comment>time of the last good data — why the sources stopped answering</comment>
        <translation>Stale since %1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="163"/>
        <source>Updated %1</source>
        <comment>time of the last snapshot</comment>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="166"/>
        <source>Not updated yet</source>
        <translation>Not updated yet</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="187"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="188"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="189"/>
        <source>Fit</source>
        <comment>zoom the graph to fit the view</comment>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="190"/>
        <source>Fit the whole graph in the view</source>
        <translation>Fit the whole graph in the view</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="191"/>
        <source>Zoom level</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="192"/>
        <source>Drag to pan · right-click a node for actions</source>
        <comment>graph usage hint</comment>
        <translation>Drag to pan · right-click a node for actions</translation>
    </message>
</context>
<context>
    <name>warren::ClusterGraphView</name>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="38"/>
        <source>Coming with the wizards</source>
        <comment>placeholder for an operation not built yet</comment>
        <translation>Coming with the wizards</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="307"/>
        <source>[%1]</source>
        <comment>a group of nodes in a partition</comment>
        <translation>[%1]</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="308"/>
        <source>Partition: %1</source>
        <comment>network partition of the RabbitMQ cluster: the groups that see each other</comment>
        <translation>Partition: %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="441"/>
        <source>Show &amp;Details</source>
        <comment>of a RabbitMQ node</comment>
        <translation>Show &amp;Details</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="444"/>
        <source>&amp;Copy Node Name</source>
        <comment>RabbitMQ node</comment>
        <translation>&amp;Copy Node Name</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="448"/>
        <source>Stop Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>Stop Node…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="449"/>
        <source>Start Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>Start Node…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="450"/>
        <source>Restart Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>Restart Node…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="451"/>
        <source>Change Node Type (disc/ram)…</source>
        <comment>RabbitMQ node type</comment>
        <translation>Change Node Type (disc/ram)…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="452"/>
        <source>Remove Node from Cluster…</source>
        <comment>RabbitMQ node</comment>
        <translation>Remove Node from Cluster…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="453"/>
        <source>Rebalance Queue Leaders…</source>
        <comment>quorum queue leaders / classic mirrored queue masters</comment>
        <translation>Rebalance Queue Leaders…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="463"/>
        <source>&amp;Copy Server Name</source>
        <comment>HAProxy server</comment>
        <translation>&amp;Copy Server Name</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="468"/>
        <source>Put Server in Maintenance…</source>
        <comment>HAProxy server</comment>
        <translation>Put Server in Maintenance…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="469"/>
        <source>Make Server Ready…</source>
        <comment>HAProxy server</comment>
        <translation>Make Server Ready…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="470"/>
        <source>Switch Active and Backup…</source>
        <comment>HAProxy servers</comment>
        <translation>Switch Active and Backup…</translation>
    </message>
</context>
<context>
    <name>warren::ClusterPoller</name>
    <message>
        <location filename="../models/ClusterPoller.cpp" line="147"/>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/ClusterPoller.cpp" line="151"/>
        <source>No source answered</source>
        <translation>No source answered</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ClusterPoller.cpp" line="171"/>
        <source>No answer for %n second(s)</source>
        <translation>
            <numerusform>No answer for %n second</numerusform>
            <numerusform>No answer for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::EventLogModel</name>
    <message>
        <location filename="../models/EventLogModel.cpp" line="69"/>
        <source>Time</source>
        <comment>when an event happened</comment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../models/EventLogModel.cpp" line="71"/>
        <source>Event</source>
        <comment>a change seen in the cluster</comment>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyServerModel</name>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="154"/>
        <source>Proxy</source>
        <comment>HAProxy frontend/backend (listen section) name</comment>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="156"/>
        <source>Server</source>
        <comment>HAProxy backend server</comment>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="158"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="160"/>
        <source>Role</source>
        <comment>HAProxy server role: active or backup</comment>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="162"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="164"/>
        <source>Last check</source>
        <comment>result of HAProxy&apos;s last health check</comment>
        <translation>Last check</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="166"/>
        <source>Since</source>
        <comment>time since the server&apos;s status last changed</comment>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="168"/>
        <source>Sessions</source>
        <comment>current HAProxy sessions to this server</comment>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="173"/>
        <source>Active servers take traffic; backup servers only when no active server is up.</source>
        <translation>Active servers take traffic; backup servers only when no active server is up.</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="175"/>
        <source>Result of the last health check (L4OK: TCP connect worked)</source>
        <translation>Result of the last health check (L4OK: TCP connect worked)</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="177"/>
        <source>Time since the status last changed</source>
        <translation>Time since the status last changed</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="179"/>
        <source>Current sessions (client connections) to this server</source>
        <translation>Current sessions (client connections) to this server</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="208"/>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="228"/>
        <source>backup</source>
        <comment>HAProxy backup server</comment>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="228"/>
        <source>active</source>
        <comment>HAProxy active server</comment>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>warren::HostKeyDialog</name>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="169"/>
        <source>Unknown SSH host key</source>
        <translation>Unknown SSH host key</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="171"/>
        <source>The authenticity of host &quot;%1 (%2)&quot; can&apos;t be established.</source>
        <translation>The authenticity of host &quot;%1 (%2)&quot; can&apos;t be established.</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="172"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="173"/>
        <source>SSH port:</source>
        <translation>SSH port:</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="174"/>
        <source>Key type:</source>
        <translation>Key type:</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="175"/>
        <source>%1 key fingerprint:</source>
        <translation>%1 key fingerprint:</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="176"/>
        <source>the known_hosts file</source>
        <translation>the known_hosts file</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="179"/>
        <source>No known_hosts entry vouches for this key. Compare the fingerprint with the one the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host). Trusting it adds the key to %1.</source>
        <translation>No known_hosts entry vouches for this key. Compare the fingerprint with the one the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host). Trusting it adds the key to %1.</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="183"/>
        <source>Are you sure you want to trust it and continue connecting?</source>
        <translation>Are you sure you want to trust it and continue connecting?</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="184"/>
        <source>Saving host key…</source>
        <translation>Saving host key…</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="184"/>
        <source>Trust and connect</source>
        <translation>Trust and connect</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="185"/>
        <source>Record this key in known_hosts and connect</source>
        <translation>Record this key in known_hosts and connect</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="186"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="210"/>
        <source>The host key was not saved: %1</source>
        <translation>The host key was not saved: %1</translation>
    </message>
</context>
<context>
    <name>warren::LiveChartsPanel</name>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="132"/>
        <source>Memory used (MiB; dashed: high watermark)</source>
        <comment>RabbitMQ memory high watermark</comment>
        <translation>Memory used (MiB; dashed: high watermark)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="134"/>
        <source>File descriptors</source>
        <translation>File descriptors</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="136"/>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="138"/>
        <source>Erlang processes</source>
        <translation>Erlang processes</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="140"/>
        <source>Cluster message rates (per second)</source>
        <translation>Cluster message rates (per second)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="142"/>
        <source>Cluster messages ready / unacknowledged</source>
        <translation>Cluster messages ready / unacknowledged</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="172"/>
        <source>Time window</source>
        <comment>how much history the charts show</comment>
        <translation>Time window</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="175"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="175"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="177"/>
        <source>How far back the charts go (kept in memory while the window is open)</source>
        <translation>How far back the charts go (kept in memory while the window is open)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="178"/>
        <source>Node charts: one line per node; gaps where a node was down or did not report.</source>
        <comment>RabbitMQ nodes</comment>
        <translation>Node charts: one line per node; gaps where a node was down or did not report.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="204"/>
        <source>publish</source>
        <comment>message rate</comment>
        <translation>publish</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="205"/>
        <source>deliver / get</source>
        <comment>message rate</comment>
        <translation>deliver / get</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="206"/>
        <source>ack</source>
        <comment>message rate: acknowledgements</comment>
        <translation>ack</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="208"/>
        <source>ready</source>
        <comment>messages ready for delivery</comment>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="209"/>
        <source>unacknowledged</source>
        <comment>messages delivered, not yet acknowledged</comment>
        <translation>unacknowledged</translation>
    </message>
</context>
<context>
    <name>warren::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="463"/>
        <source>&amp;Cluster</source>
        <comment>menu: RabbitMQ cluster</comment>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="464"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="465"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="466"/>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="468"/>
        <source>&amp;Add Cluster…</source>
        <translation>&amp;Add Cluster…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="469"/>
        <source>Add a RabbitMQ cluster to Warren</source>
        <translation>Add a RabbitMQ cluster to Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="470"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="471"/>
        <source>Edit the selected cluster&apos;s hosts and credentials</source>
        <translation>Edit the selected cluster&apos;s hosts and credentials</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="472"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="473"/>
        <source>Remove the selected cluster from Warren (the cluster itself is not touched)</source>
        <translation>Remove the selected cluster from Warren (the cluster itself is not touched)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="474"/>
        <source>Refresh &amp;Now</source>
        <translation>Refresh &amp;Now</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="475"/>
        <source>Collect the cluster status now</source>
        <translation>Collect the cluster status now</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="476"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="477"/>
        <source>Quit Warren</source>
        <translation>Quit Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="478"/>
        <source>&amp;About Warren</source>
        <translation>&amp;About Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="479"/>
        <source>Version and license</source>
        <translation>Version and license</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="483"/>
        <source>Poll every</source>
        <translation>Poll every</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="484"/>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="485"/>
        <source>How often Warren collects the cluster status</source>
        <translation>How often Warren collects the cluster status</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="487"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="488"/>
        <source>Saved clusters; double-click to edit</source>
        <translation>Saved clusters; double-click to edit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="489"/>
        <source>Nodes</source>
        <comment>RabbitMQ nodes</comment>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="490"/>
        <source>HAProxy Servers</source>
        <translation>HAProxy Servers</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="491"/>
        <source>Sources</source>
        <comment>where the status came from</comment>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="492"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="492"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="493"/>
        <source>Overall state: nodes running, alarms, partitions, HAProxy servers, sources</source>
        <translation>Overall state: nodes running, alarms, partitions, HAProxy servers, sources</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="500"/>
        <source>%1
Cannot be loaded: %2</source>
        <translation>%1
Cannot be loaded: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="505"/>
        <source>Graph</source>
        <comment>the cluster drawn as nodes and links</comment>
        <translation>Graph</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="506"/>
        <source>Tables</source>
        <comment>nodes and HAProxy servers as tables</comment>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="507"/>
        <source>Events</source>
        <comment>changes seen in the cluster</comment>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="508"/>
        <source>Charts</source>
        <comment>live charts of node figures</comment>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="509"/>
        <source>Memory, file descriptors, sockets and Erlang processes per node over time</source>
        <translation>Memory, file descriptors, sockets and Erlang processes per node over time</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="510"/>
        <source>Nodes, cluster links and HAProxy as a live graph</source>
        <translation>Nodes, cluster links and HAProxy as a live graph</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="511"/>
        <source>Nodes, HAProxy servers and sources as tables</source>
        <translation>Nodes, HAProxy servers and sources as tables</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="512"/>
        <source>What changed between refreshes while this window was open</source>
        <translation>What changed between refreshes while this window was open</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="532"/>
        <source>Resume &amp;Polling</source>
        <translation>Resume &amp;Polling</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="532"/>
        <source>&amp;Pause Polling</source>
        <translation>&amp;Pause Polling</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="533"/>
        <source>Resume collecting the cluster status</source>
        <translation>Resume collecting the cluster status</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="534"/>
        <source>Stop collecting the cluster status until resumed</source>
        <translation>Stop collecting the cluster status until resumed</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="537"/>
        <source>%1 — Warren</source>
        <comment>window title: cluster name</comment>
        <translation>%1 — Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="538"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="579"/>
        <location filename="../widgets/MainWindow.cpp" line="635"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="667"/>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="671"/>
        <source>No source answered</source>
        <translation>No source answered</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="691"/>
        <location filename="../widgets/MainWindow.cpp" line="760"/>
        <source>No cluster selected</source>
        <translation>No cluster selected</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="693"/>
        <source>Add a cluster with Cluster &gt; Add Cluster…, or start Warren with --cluster PROFILE.json.</source>
        <translation>Add a cluster with Cluster &gt; Add Cluster…, or start Warren with --cluster PROFILE.json.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="694"/>
        <source>Select a cluster on the left.</source>
        <translation>Select a cluster on the left.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="702"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="702"/>
        <location filename="../widgets/MainWindow.cpp" line="760"/>
        <source>No status collected yet</source>
        <translation>No status collected yet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="705"/>
        <source>RabbitMQ cluster name %1</source>
        <comment>RabbitMQ&apos;s own cluster_name setting</comment>
        <translation>RabbitMQ cluster name %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="707"/>
        <source>via the management API</source>
        <translation>via the management API</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="709"/>
        <source>via SSH (rabbitmqctl)</source>
        <translation>via SSH (rabbitmqctl)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="711"/>
        <source>RabbitMQ %1</source>
        <translation>RabbitMQ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="713"/>
        <source>%n node(s), %1 running</source>
        <comment>RabbitMQ nodes</comment>
        <translation>
            <numerusform>%n node, %1 running</numerusform>
            <numerusform>%n nodes, %1 running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="715"/>
        <source>HAProxy: %1 of %n server(s) up</source>
        <translation>
            <numerusform>HAProxy: %1 of %n server up</numerusform>
            <numerusform>HAProxy: %1 of %n servers up</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="724"/>
        <source>Stale</source>
        <comment>the data shown is old</comment>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="727"/>
        <location filename="../widgets/MainWindow.cpp" line="744"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="732"/>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="736"/>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="740"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="770"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="780"/>
        <source>Last updated %1</source>
        <translation>Last updated %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="783"/>
        <source>Not updated yet</source>
        <translation>Not updated yet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="789"/>
        <source>Stale: %1</source>
        <translation>Stale: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="791"/>
        <source>The tables show the last data collected; the sources stopped answering.</source>
        <translation>The tables show the last data collected; the sources stopped answering.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="794"/>
        <source>%n source(s) not answering</source>
        <translation>
            <numerusform>%n source not answering</numerusform>
            <numerusform>%n sources not answering</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="796"/>
        <source>See Sources for the errors</source>
        <translation>See Sources for the errors</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="803"/>
        <source>Polling off</source>
        <translation>Polling off</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="805"/>
        <source>Polling paused</source>
        <translation>Polling paused</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="807"/>
        <source>Polling every %n second(s)</source>
        <translation>
            <numerusform>Polling every %n second</numerusform>
            <numerusform>Polling every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="825"/>
        <location filename="../widgets/MainWindow.cpp" line="852"/>
        <source>The cluster was not saved: %1</source>
        <translation>The cluster was not saved: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="832"/>
        <source>Cluster %1 added.</source>
        <translation>Cluster %1 added.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="870"/>
        <source>Remove Cluster</source>
        <translation>Remove Cluster</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="871"/>
        <source>Remove %1 from Warren? The RabbitMQ cluster itself is not changed.</source>
        <translation>Remove %1 from Warren? The RabbitMQ cluster itself is not changed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="873"/>
        <source>The profile file %1 is deleted.</source>
        <translation>The profile file %1 is deleted.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="874"/>
        <source>The profile file %1 is kept.</source>
        <translation>The profile file %1 is kept.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="875"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="877"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="899"/>
        <source>The translation for %1 could not be loaded.</source>
        <translation>The translation for %1 could not be loaded.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="920"/>
        <source>SSH does not know the host key of %1 yet. Warren will not log in over SSH to an unverified host.</source>
        <translation>SSH does not know the host key of %1 yet. Warren will not log in over SSH to an unverified host.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="922"/>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="925"/>
        <source>Review Host Key…</source>
        <translation>Review Host Key…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="946"/>
        <source>The host key of %1 was saved.</source>
        <translation>The host key of %1 was saved.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="962"/>
        <source>About Warren</source>
        <translation>About Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="965"/>
        <source>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Administers RabbitMQ clusters behind HAProxy: status, nodes, HAProxy servers.&lt;/p&gt;&lt;p&gt;Passwords stay in memory; host keys are checked like OpenSSH does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Administers RabbitMQ clusters behind HAProxy: status, nodes, HAProxy servers.&lt;/p&gt;&lt;p&gt;Passwords stay in memory; host keys are checked like OpenSSH does.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="968"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>warren::MessageBanner</name>
    <message>
        <location filename="../widgets/MessageBanner.cpp" line="180"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>warren::NodeDetailsPanel</name>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="130"/>
        <source>Node Details</source>
        <comment>RabbitMQ node</comment>
        <translation>Node Details</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="131"/>
        <source>Select a node in the graph to see its file descriptors, sockets, Erlang processes, memory and disk against their watermarks.</source>
        <comment>RabbitMQ node</comment>
        <translation>Select a node in the graph to see its file descriptors, sockets, Erlang processes, memory and disk against their watermarks.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="134"/>
        <source>Last known values: the sources stopped answering.</source>
        <translation>Last known values: the sources stopped answering.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="135"/>
        <source>Node</source>
        <comment>RabbitMQ node</comment>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="135"/>
        <source>Type</source>
        <comment>RabbitMQ node type: disc or ram</comment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="136"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="136"/>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="136"/>
        <source>Memory</source>
        <comment>used of the high watermark</comment>
        <translation>Memory</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="137"/>
        <source>Disk free</source>
        <comment>against the free disk limit (low watermark)</comment>
        <translation>Disk free</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="137"/>
        <source>File descriptors</source>
        <translation>File descriptors</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="137"/>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="138"/>
        <source>Erlang processes</source>
        <translation>Erlang processes</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="138"/>
        <source>RabbitMQ</source>
        <translation>RabbitMQ</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="138"/>
        <source>Erlang</source>
        <translation>Erlang</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="138"/>
        <source>Alarms</source>
        <comment>RabbitMQ resource alarms</comment>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="139"/>
        <source>Cannot reach</source>
        <comment>peers this node reports as unreachable (partition)</comment>
        <translation>Cannot reach</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="159"/>
        <source>%1 of %2 high watermark (%3)</source>
        <comment>memory used of the limit (percent)</comment>
        <translation>%1 of %2 high watermark (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="168"/>
        <source>%1 free, limit %2</source>
        <comment>disk free, free disk limit</comment>
        <translation>%1 free, limit %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="184"/>
        <source>memory</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>memory</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="186"/>
        <source>disk</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>disk</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="187"/>
        <source>none</source>
        <comment>no alarms</comment>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="187"/>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="188"/>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="188"/>
        <source>none</source>
        <comment>no unreachable peers</comment>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>warren::NodeTableModel</name>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="173"/>
        <source>Node</source>
        <comment>RabbitMQ node (an Erlang VM running RabbitMQ)</comment>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="175"/>
        <source>Type</source>
        <comment>RabbitMQ node type: disc or RAM</comment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="177"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="179"/>
        <source>Alarms</source>
        <comment>RabbitMQ resource alarms (memory, disk)</comment>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="181"/>
        <source>RabbitMQ</source>
        <translation>RabbitMQ</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="183"/>
        <source>Erlang/OTP</source>
        <translation>Erlang/OTP</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="185"/>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="187"/>
        <source>Disk free</source>
        <translation>Disk free</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="189"/>
        <source>File descriptors</source>
        <translation>File descriptors</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="191"/>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="193"/>
        <source>Erlang processes</source>
        <translation>Erlang processes</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="195"/>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="197"/>
        <source>Partitions</source>
        <comment>network partitions: nodes this node cannot reach</comment>
        <translation>Partitions</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="202"/>
        <source>Disc nodes keep the cluster metadata on disk; RAM nodes keep it in memory only.</source>
        <translation>Disc nodes keep the cluster metadata on disk; RAM nodes keep it in memory only.</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="204"/>
        <source>RabbitMQ version</source>
        <translation>RabbitMQ version</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="206"/>
        <source>Erlang/OTP version</source>
        <translation>Erlang/OTP version</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="208"/>
        <source>Memory used / memory high watermark (publishers are blocked above it)</source>
        <translation>Memory used / memory high watermark (publishers are blocked above it)</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="210"/>
        <source>Free disk space and the free disk limit (publishers are blocked below it)</source>
        <translation>Free disk space and the free disk limit (publishers are blocked below it)</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="212"/>
        <source>File descriptors used / available</source>
        <translation>File descriptors used / available</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="214"/>
        <source>Sockets used / available</source>
        <translation>Sockets used / available</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="216"/>
        <source>Erlang processes used / limit</source>
        <translation>Erlang processes used / limit</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="218"/>
        <source>Nodes this node cannot reach (network partition)</source>
        <translation>Nodes this node cannot reach (network partition)</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="282"/>
        <source>disc</source>
        <comment>RabbitMQ node type: stores metadata on disk</comment>
        <translation>disc</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="284"/>
        <source>ram</source>
        <comment>RabbitMQ node type: keeps metadata in memory only</comment>
        <translation>ram</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="288"/>
        <source>unknown</source>
        <comment>RabbitMQ node type not reported</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="290"/>
        <source>running</source>
        <comment>RabbitMQ node state</comment>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="290"/>
        <source>stopped</source>
        <comment>RabbitMQ node state</comment>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="294"/>
        <source>memory</source>
        <comment>RabbitMQ memory alarm</comment>
        <translation>memory</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="296"/>
        <source>disk</source>
        <comment>RabbitMQ free disk space alarm</comment>
        <translation>disk</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="297"/>
        <location filename="../models/NodeTableModel.cpp" line="325"/>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="314"/>
        <source>%1 (limit %2)</source>
        <comment>free disk space, then the configured free disk limit</comment>
        <translation>%1 (limit %2)</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="368"/>
        <source>Disc node: keeps the cluster metadata (queues, exchanges, users) on disk.</source>
        <translation>Disc node: keeps the cluster metadata (queues, exchanges, users) on disk.</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="370"/>
        <source>RAM node: keeps the cluster metadata in memory only; the cluster needs at least one disc node.</source>
        <translation>RAM node: keeps the cluster metadata in memory only; the cluster needs at least one disc node.</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="374"/>
        <source>The node is running.</source>
        <translation>The node is running.</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="374"/>
        <source>The node is not running or cannot be reached.</source>
        <translation>The node is not running or cannot be reached.</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="377"/>
        <source>Memory and disk alarms: publishers on the whole cluster are blocked.</source>
        <translation>Memory and disk alarms: publishers on the whole cluster are blocked.</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="379"/>
        <source>Memory alarm: publishers on the whole cluster are blocked.</source>
        <translation>Memory alarm: publishers on the whole cluster are blocked.</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="381"/>
        <source>Disk alarm: publishers on the whole cluster are blocked.</source>
        <translation>Disk alarm: publishers on the whole cluster are blocked.</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="385"/>
        <source>%1 used of the %2 high watermark (%3)</source>
        <translation>%1 used of the %2 high watermark (%3)</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="391"/>
        <source>%1 free; publishers are blocked below %2</source>
        <translation>%1 free; publishers are blocked below %2</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="404"/>
        <source>%1 of %2 in use (%3)</source>
        <translation>%1 of %2 in use (%3)</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="410"/>
        <source>This node cannot reach: %1</source>
        <translation>This node cannot reach: %1</translation>
    </message>
</context>
</TS>
