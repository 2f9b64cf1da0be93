<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressPlanner</name>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="72"/>
        <source>%1 resolves %2 to %3</source>
        <translation>%1 将 %2 解析为 %3</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="78"/>
        <source>it does not resolve</source>
        <translation>无法解析</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="78"/>
        <source>it resolves to %1</source>
        <translation>解析为 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="88"/>
        <source>%1 on %2 is unchanged since it was read</source>
        <translation>%2 上的 %1 自读取以来未被改动</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="95"/>
        <source>unchanged</source>
        <translation>未改动</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="95"/>
        <source>it changed: read the facts again</source>
        <translation>文件已改动:请重新读取现状</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="108"/>
        <source>On %1: map %2 to %3 in /etc/hosts (the old file kept as %4)</source>
        <translation>在 %1 上:于 /etc/hosts 中将 %2 映射到 %3(旧文件保存为 %4)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="111"/>
        <source>rewritten in place: /etc/hosts is a bind mount here, a rename cannot replace it</source>
        <translation>原地重写:此处 /etc/hosts 是绑定挂载,无法通过改名替换</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="118"/>
        <source>put the old /etc/hosts back from %1</source>
        <translation>从 %1 恢复旧的 /etc/hosts</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="132"/>
        <source>%1 no longer answers</source>
        <translation>%1 已不再响应</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="144"/>
        <source>Stop the RabbitMQ service on %1 (%2), Erlang VM included</source>
        <translation>停止 %1 上的 RabbitMQ 服务(%2),包括 Erlang 虚拟机</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="150"/>
        <source>start the service again</source>
        <translation>再次启动该服务</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="160"/>
        <source>Start the RabbitMQ service on %1 and wait until %2 runs</source>
        <translation>启动 %1 上的 RabbitMQ 服务,并等待 %2 运行</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="187"/>
        <source>Check and fix the address and name of %1 (host %2)</source>
        <translation>检查并修复 %1(主机 %2)的地址和名称</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="198"/>
        <source>SSH to %1</source>
        <translation>SSH 连接 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="203"/>
        <source>%1 now</source>
        <comment>a host as it is now</comment>
        <translation>%1 当前</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="204"/>
        <source>hostname %1, addresses %2</source>
        <translation>主机名 %1,地址 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="206"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="210"/>
        <source>Address of %1</source>
        <translation>%1 的地址</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="206"/>
        <source>the host reports no address</source>
        <translation>该主机没有报告任何地址</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="211"/>
        <source>the profile says %1, which is a name or not among the host&apos;s addresses: the cluster should resolve it to %2</source>
        <translation>配置文件中写的是 %1,它是一个名称或不在该主机的地址之中:集群应将其解析为 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="218"/>
        <source>The hostname matches the node name</source>
        <translation>主机名与节点名一致</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="218"/>
        <source>%1 on host %2</source>
        <translation>主机 %2 上的 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="220"/>
        <source>The hostname changed, the node name is kept</source>
        <translation>主机名已变更,节点名被保留</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="221"/>
        <source>host %1, NODENAME=%2 in %3</source>
        <translation>主机 %1,%3 中设置了 NODENAME=%2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="223"/>
        <source>The hostname changed</source>
        <translation>主机名已变更</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="224"/>
        <source>the cluster knows %1, but the host is now called %2: its node is %3 from its next start</source>
        <translation>集群中的节点是 %1,但该主机现在名为 %2:从下次启动起其节点名为 %3</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="231"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="233"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="236"/>
        <source>Node running on %1</source>
        <translation>%1 上运行的节点</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="234"/>
        <source>%1, not the cluster&apos;s %2: it started under the new name with empty data</source>
        <translation>%1,而不是集群中的 %2:它以新名称启动,数据为空</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="236"/>
        <source>none answers</source>
        <translation>没有节点响应</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="239"/>
        <source>Data directory named after another node</source>
        <translation>以其他节点命名的数据目录</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="240"/>
        <source>/var/lib/rabbitmq/mnesia/%1 (the node here is %2)</source>
        <translation>/var/lib/rabbitmq/mnesia/%1(此处的节点是 %2)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="251"/>
        <source>%1 resolves %2</source>
        <translation>%1 能解析 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="253"/>
        <source>not checked: %1</source>
        <translation>未检查:%1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="255"/>
        <source>it does not resolve (hosts file or DNS)</source>
        <translation>无法解析(hosts 文件或 DNS)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="257"/>
        <source>to %1, but %2 has %3</source>
        <translation>解析为 %1,但 %2 的地址是 %3</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="274"/>
        <source>Cluster members as %1 sees them</source>
        <translation>%1 所见的集群成员</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="276"/>
        <source>Cluster members</source>
        <translation>集群成员</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="276"/>
        <source>no other node of the profile runs: the cluster&apos;s view is unknown</source>
        <translation>配置文件中没有其他节点在运行:集群的视图未知</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="279"/>
        <source>%1 runs on %2 and every host resolves %3 to %4</source>
        <translation>%1 运行在 %2 上,且每台主机都将 %3 解析为 %4</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="284"/>
        <source>Repair name resolution</source>
        <translation>修复名称解析</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="285"/>
        <source>on %1: /etc/hosts maps %2 to %3 (each old file kept in %4); nothing else changes</source>
        <translation>在 %1 上:/etc/hosts 将 %2 映射到 %3(每个旧文件保存在 %4);不改变其他任何内容</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="289"/>
        <source>every host resolves %1 to %2</source>
        <translation>每台主机都将 %1 解析为 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="292"/>
        <source>the hostname changed: choose keep-name, rename or rejoin (each repairs the names it needs)</source>
        <translation>主机名已变更:请选择 keep-name、rename 或 rejoin(每种方式都会修复它所需的名称解析)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="296"/>
        <source>Keep the node name %1</source>
        <translation>保留节点名 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="297"/>
        <source>%1 gets NODENAME=%2 (the old file kept): the node keeps its name, its data and its membership; from now on its name does not follow the hostname, and %3 must keep resolving to %4 on every host</source>
        <translation>%1 中写入 NODENAME=%2(保留旧文件):节点保留其名称、数据和集群成员关系;此后其名称不再随主机名变化,并且每台主机都必须继续将 %3 解析为 %4</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="301"/>
        <source>%1, started since the change, is stopped; what was created on it stays unused in its data directory</source>
        <translation>变更后启动的 %1 将被停止;在其上创建的内容留在其数据目录中,不再使用</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="304"/>
        <source>%1 does not exist on %2: create it (it may be empty) and read the facts again</source>
        <translation>%2 上不存在 %1:请先创建(可以为空),然后重新读取现状</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="306"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="316"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="334"/>
        <source>the hostname did not change</source>
        <translation>主机名未变更</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="310"/>
        <source>Rename the node to %1</source>
        <translation>将节点重命名为 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="311"/>
        <source>%1 becomes %2 in its local database (rename_cluster_node) and its data directories are moved to the new name; quorum queues keep a member named %1 (Ra names members by node: grow them onto %2 afterwards); every host must resolve %3; the profile must name %2 afterwards</source>
        <translation>%1 在其本地数据库中变为 %2(rename_cluster_node),其数据目录被移到新名称下;仲裁队列仍保留名为 %1 的成员(Ra 按节点名标识成员:之后需将其扩展到 %2);每台主机都必须能解析 %3;之后配置文件必须使用 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="319"/>
        <source>rename_cluster_node does nothing from RabbitMQ 3.13 on (rabbitmq-server #10369): keep the name, or forget and rejoin</source>
        <translation>从 RabbitMQ 3.13 起 rename_cluster_node 不再执行任何操作(rabbitmq-server #10369):请保留名称,或移除后重新加入</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="322"/>
        <source>RabbitMQ %1: Warren renames nodes on 3.7 to 3.12 only</source>
        <translation>RabbitMQ %1:Warren 只在 3.7 至 3.12 上重命名节点</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="325"/>
        <source>there is no data directory of %1 on %2 to rename</source>
        <translation>%2 上没有 %1 的数据目录可供重命名</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="328"/>
        <source>Forget %1 and join %2 instead</source>
        <translation>移除 %1 并改为加入 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="329"/>
        <source>the cluster forgets %1: the queues whose leader or only copy lived on it are lost with their messages; %2 is reset (its own data is deleted) and joins as a %3 node; every host must resolve %4; the profile must name %2 afterwards</source>
        <translation>集群将移除 %1:主副本(leader)或唯一副本位于其上的队列及其消息将丢失;%2 将被重置(其自身数据被删除)并作为%3加入;每台主机都必须能解析 %4;之后配置文件必须使用 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="337"/>
        <source>no running node of the profile lists %1: there is nothing to forget it from</source>
        <translation>配置文件中没有运行中的节点列出 %1:无处可将其移除</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="340"/>
        <source>RabbitMQ %1 has no forget_cluster_node</source>
        <translation>RabbitMQ %1 没有 forget_cluster_node</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="355"/>
        <source>unknown fix &quot;%1&quot; (%2)</source>
        <translation>未知的修复方式“%1”(%2)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="359"/>
        <source>--fix %1 does not apply: %2</source>
        <translation>--fix %1 不适用:%2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="373"/>
        <source>%1 reaches %2 on port 4369 (epmd) by name</source>
        <translation>%1 可按名称访问 %2 的 4369 端口(epmd)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="388"/>
        <source>Back up %1 on %2</source>
        <translation>备份 %2 上的 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="391"/>
        <source>start the service again (nothing was changed)</source>
        <translation>再次启动该服务(未做任何更改)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="391"/>
        <source>nothing to undo</source>
        <translation>无需撤销</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="397"/>
        <source>Set NODENAME=%1 in %2 on %3 (written atomically)</source>
        <translation>在 %3 上的 %2 中设置 NODENAME=%1(原子写入)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="403"/>
        <location filename="../core/ops/AddressPlanner.cpp" line="478"/>
        <source>put the old %1 back</source>
        <translation>恢复旧的 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="411"/>
        <source>stop it, put the old %1 back and start it under the hostname&apos;s name</source>
        <translation>停止节点,恢复旧的 %1,并以主机名对应的名称启动</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="421"/>
        <source>update the profile: the node of host %1 is now %2 (&quot;node&quot;: &quot;%2&quot;)</source>
        <translation>更新配置文件:主机 %1 的节点现在是 %2(&quot;node&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="430"/>
        <source>Move the data %1 created since the change aside (to %2)</source>
        <translation>将变更后 %1 创建的数据移到一旁(移至 %2)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="436"/>
        <source>move it back and start the service</source>
        <translation>移回原处并启动服务</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="446"/>
        <source>Rename %1 to %2 in the local database of %3 (the CLI becomes the stopped node)</source>
        <translation>在 %3 的本地数据库中将 %1 重命名为 %2(命令行工具临时充当已停止的节点)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="450"/>
        <source>rewrites the database of %1 to the name %2 (a backup stays in %3)</source>
        <translation>将 %1 的数据库改写为名称 %2(备份保留在 %3)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="451"/>
        <source>cannot be undone by a command: the rename takes effect at the next start; restore %1 from %2 by hand</source>
        <translation>无法通过命令撤销:重命名在下次启动时生效;请手动从 %2 恢复 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="456"/>
        <source>Move the data directories of %1 to the name %2</source>
        <translation>将 %1 的数据目录移到名称 %2 下</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="462"/>
        <source>move them back</source>
        <translation>移回原处</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="472"/>
        <source>Remove NODENAME from %1 on %2 (the node is named after the hostname again)</source>
        <translation>从 %2 上的 %1 中删除 NODENAME(节点名重新跟随主机名)</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="482"/>
        <source>stop it: the renamed database must be restored by hand</source>
        <translation>停止节点:重命名后的数据库必须手动恢复</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="487"/>
        <source>quorum queues: rabbitmq-queues grow %1 all, then shrink %2</source>
        <translation>仲裁队列:先执行 rabbitmq-queues grow %1 all,再 shrink %2</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="495"/>
        <source>stop it again</source>
        <translation>再次停止</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="499"/>
        <source>Remove %1 from the cluster&apos;s membership (run on %2)</source>
        <translation>从集群成员中移除 %1（在 %2 上执行）</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="504"/>
        <source>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost</source>
        <translation>%1 永久离开集群:主副本(leader)或唯一副本位于其上的队列将丢失</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="505"/>
        <source>cannot be undone by a command: %1&apos;s data stays on %2 but the cluster no longer knows it</source>
        <translation>无法通过命令撤销:%1 的数据仍在 %2 上,但集群已不再认识它</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="511"/>
        <source>reset deletes what %1 created since the hostname changed</source>
        <translation>reset 会删除主机名变更后 %1 创建的内容</translation>
    </message>
    <message>
        <location filename="../core/ops/AddressPlanner.cpp" line="513"/>
        <source>leave the cluster again: stop_app, reset and start_app on %1</source>
        <translation>重新离开集群：在 %1 上执行 stop_app、reset 和 start_app</translation>
    </message>
</context>
<context>
    <name>Api</name>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="82"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="91"/>
        <source>%1: login refused (HTTP 401): check the API user and password</source>
        <translation>%1：登录被拒绝（HTTP 401）：请检查 API 用户和密码</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="95"/>
        <source>%1: access denied (HTTP 403): the API user needs the monitoring or administrator tag</source>
        <translation>%1：访问被拒绝（HTTP 403）：API 用户需要 monitoring 或 administrator 标签</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="99"/>
        <source>%1: not found (HTTP 404): is the management plugin this version?</source>
        <translation>%1：未找到（HTTP 404）：管理插件的版本是否匹配？</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="106"/>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1：服务器返回 HTTP %2</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="112"/>
        <source>%1: connection refused (is the management plugin running?)</source>
        <translation>%1：连接被拒绝（管理插件是否在运行？）</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="116"/>
        <source>%1: host name not found</source>
        <translation>%1：找不到主机名</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="121"/>
        <source>%1: no answer within %2 s</source>
        <translation>%1：%2 秒内无应答</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="125"/>
        <source>%1: the TLS certificate could not be verified (a self-signed certificate needs the profile&apos;s &quot;verify TLS&quot; switch turned off)</source>
        <translation>%1：无法验证 TLS 证书（自签名证书需要在配置中关闭“验证 TLS”开关）</translation>
    </message>
    <message>
        <location filename="../core/api/HttpClient.cpp" line="130"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="50"/>
        <source>Cluster profile (JSON) to use.</source>
        <translation>要使用的集群配置文件（JSON）。</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="50"/>
        <source>PROFILE</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="52"/>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="53"/>
        <source>Language of messages: en or zh_CN.</source>
        <translation>消息语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="53"/>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="79"/>
        <source>no command given; try --help</source>
        <translation>未指定命令；请尝试 --help</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="105"/>
        <source>--cluster PROFILE.json is required for &quot;%1&quot;</source>
        <translation>“%1”需要 --cluster PROFILE.json</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="100"/>
        <source>cannot use profile %1: %2</source>
        <translation>无法使用配置文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="40"/>
        <source>Warren command line: administer RabbitMQ clusters behind HAProxy.</source>
        <translation>Warren 命令行：管理位于 HAProxy 之后的 RabbitMQ 集群。</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="41"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="51"/>
        <source>Output format (text, json, …; see each command).</source>
        <translation>输出格式（text、json 等；见各命令）。</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="64"/>
        <source>the command to run</source>
        <translation>要运行的命令</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="88"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>未知命令“%1”；请尝试 --help</translation>
    </message>
    <message>
        <location filename="../app/warrenctl_main.cpp" line="93"/>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation>未知格式“%1”（请使用 %2）</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="17"/>
        <source>nodes, partitions and HAProxy servers</source>
        <translation>节点、网络分区和 HAProxy 服务器</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="28"/>
        <source>unknown host key for %1 (%2): %3 %4; check it, then run: warrenctl --cluster %5 hostkey accept %1 %4</source>
        <translation>%1（%2）的主机密钥未知：%3 %4；请核对后运行：warrenctl --cluster %5 hostkey accept %1 %4</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="36"/>
        <source>cannot read cluster %1: %2</source>
        <translation>无法读取集群 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="45"/>
        <source>management API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="45"/>
        <source>SSH (rabbitmqctl)</source>
        <translation>SSH（rabbitmqctl）</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="46"/>
        <source>Cluster %1 — read via %2%3, %4</source>
        <translation>集群 %1 — 通过%2读取%3，%4</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="47"/>
        <source>, RabbitMQ %1</source>
        <translation>，RabbitMQ %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>NODE</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="32"/>
        <source>plan: the host (or node name) the operation is about.</source>
        <translation>plan：操作所针对的主机（或节点名）。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="33"/>
        <source>plan join: a host of the cluster to join; sync-cookie: HOST[,HOST...].</source>
        <translation>plan join：要加入的集群中的一台主机；sync-cookie：主机[,主机...]。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="34"/>
        <source>plan sync-cookie: the host whose cookie is copied.</source>
        <comment>cookie</comment>
        <translation>plan sync-cookie：要复制其 Erlang Cookie 的源主机。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="35"/>
        <location filename="../app/ctl/QueuesCommand.cpp" line="87"/>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="35"/>
        <source>plan join/convert: node type, disc or ram.</source>
        <comment>RabbitMQ node type</comment>
        <translation>plan join/convert：节点类型，disc（磁盘节点）或 ram（内存节点）。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="36"/>
        <source>plan forget: the surviving host to run forget_cluster_node on.</source>
        <translation>plan forget：在其上运行 forget_cluster_node 的存活主机。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="38"/>
        <source>plan: run the plan, not only show it.</source>
        <translation>plan：执行计划，而不仅是显示。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="39"/>
        <source>plan: allow destructive steps (reset, forget) without asking.</source>
        <translation>plan：允许不经确认执行破坏性步骤（reset、forget）。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="40"/>
        <source>plan: start at step N (retry or resume after a failure).</source>
        <translation>plan：从第 N 步开始（用于失败后重试或继续）。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="41"/>
        <source>plan: undo step N of an earlier run instead of running the plan.</source>
        <translation>plan：撤销先前某次运行的第 N 步，而不执行计划。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="75"/>
        <source>plan %1 needs --node HOST</source>
        <translation>plan %1 需要 --node 主机</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="82"/>
        <source>--type must be disc or ram, not &quot;%1&quot;</source>
        <comment>RabbitMQ node type</comment>
        <translation>--type 必须为 disc 或 ram，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="91"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="145"/>
        <source>&quot;%1&quot; is not a RabbitMQ host of profile %2</source>
        <translation>“%1”不是配置文件 %2 中的 RabbitMQ 主机</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="97"/>
        <source>plan join needs --to HOST, a RabbitMQ host of profile %1</source>
        <translation>plan join 需要 --to 主机（配置文件 %1 中的一台 RabbitMQ 主机）</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="101"/>
        <source>--node and --to name the same host</source>
        <translation>--node 和 --to 指定的是同一台主机</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="107"/>
        <source>plan convert needs --type disc or --type ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>plan convert 需要 --type disc 或 --type ram</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="118"/>
        <source>&quot;%1&quot; is not a host of profile %2</source>
        <translation>“%1”不是配置文件 %2 中的主机</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="125"/>
        <source>plan sync-cookie needs --from HOST, a RabbitMQ host of profile %1</source>
        <translation>plan sync-cookie 需要 --from 主机（配置文件 %1 中的一台 RabbitMQ 主机）</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="132"/>
        <source>&quot;%1&quot; is not another RabbitMQ host of profile %2</source>
        <translation>“%1”不是配置文件 %2 中的另一台 RabbitMQ 主机</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="138"/>
        <source>plan sync-cookie needs --to HOST[,HOST...]</source>
        <translation>plan sync-cookie 需要 --to 主机[,主机...]</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="27"/>
        <source>cluster operations: join, convert, forget, sync-cookie, fix-address (shows the plan; --execute runs it)</source>
        <translation>集群操作:join、convert、forget、sync-cookie、fix-address(显示计划;--execute 执行)</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="37"/>
        <source>plan fix-address: resolution, keep-name, rename or rejoin (shown with their consequences when omitted).</source>
        <translation>plan fix-address:resolution、keep-name、rename 或 rejoin(省略时列出各方式及其后果)。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="37"/>
        <source>FIX</source>
        <translation>修复方式</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="69"/>
        <source>plan needs an operation: join, convert, forget, sync-cookie or fix-address</source>
        <translation>plan 需要一个操作:join、convert、forget、sync-cookie 或 fix-address</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="150"/>
        <source>--fix must be one of %1, not &quot;%2&quot;</source>
        <translation>--fix 必须是 %1 之一,而不是“%2”</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="155"/>
        <source>unknown operation &quot;%1&quot; (join, convert, forget, sync-cookie, fix-address)</source>
        <translation>未知操作“%1”(join、convert、forget、sync-cookie、fix-address)</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="179"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="186"/>
        <source>the plan cannot run (see above)</source>
        <translation>计划无法执行（见上文）</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="186"/>
        <source>choose a fix with --fix (see above)</source>
        <translation>请用 --fix 选择一种修复方式(见上文)</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="191"/>
        <source>Preview only: nothing was run. Add --execute to run it%1.</source>
        <translation>仅为预览：未执行任何操作。添加 --execute 以执行%1。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="192"/>
        <source> (and --yes for its destructive steps)</source>
        <translation>（破坏性步骤还需加 --yes）</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="198"/>
        <source>refused without --yes: %1</source>
        <translation>未指定 --yes，已拒绝：%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="219"/>
        <source>==&gt; verifying</source>
        <translation>==&gt; 正在验证</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="221"/>
        <source>==&gt; step %1/%2: %3</source>
        <translation>==&gt; 步骤 %1/%2：%3</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="225"/>
        <source>ok: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="225"/>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="237"/>
        <source>--resume-from must be a step number from 1 to %1</source>
        <translation>--resume-from 必须是 1 到 %1 之间的步骤编号</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="245"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="247"/>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="249"/>
        <source>Verified state now:</source>
        <translation>当前经验证的状态：</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="251"/>
        <source>Choices: retry with --resume-from %1; undo step %2 with --undo-step %2; or leave it as it is.</source>
        <translation>可选操作：使用 --resume-from %1 重试；使用 --undo-step %2 撤销第 %2 步；或保持现状。</translation>
    </message>
    <message>
        <location filename="../app/ctl/PlanCommand.cpp" line="255"/>
        <source>Operation log: %1</source>
        <translation>操作日志：%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="17"/>
        <source>every queue with its home node and mirrors/members, per node</source>
        <translation>按节点列出所有队列及其主节点和镜像/成员</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="26"/>
        <source>queues: only queues whose name matches this regular expression.</source>
        <translation>queues：仅显示名称匹配此正则表达式的队列。</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="26"/>
        <source>REGEX</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="28"/>
        <source>queues: only queues that are not fully synchronised, whose home node is down, or that have no mirror under an HA policy.</source>
        <translation>queues：仅显示未完全同步、主节点已宕机，或在 HA 策略下没有镜像的队列。</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="29"/>
        <source>queues: only queues of this virtual host.</source>
        <translation>queues：仅显示此虚拟主机中的队列。</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="29"/>
        <location filename="../app/ctl/QueuesCommand.cpp" line="87"/>
        <source>VHOST</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="41"/>
        <source>leader</source>
        <comment>quorum queue leader</comment>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="42"/>
        <source>master</source>
        <comment>classic queue master</comment>
        <translation>主副本</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="44"/>
        <source>online</source>
        <comment>quorum member in sync</comment>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="45"/>
        <source>synced</source>
        <comment>mirror is synchronised</comment>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="47"/>
        <source>OFFLINE</source>
        <comment>quorum member not online</comment>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="48"/>
        <source>UNSYNCED</source>
        <comment>mirror is not synchronised</comment>
        <translation>未同步</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="72"/>
        <source>cannot read the queues of cluster %1: %2</source>
        <translation>无法读取集群 %1 的队列：%2</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="87"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="89"/>
        <source>%1 (down)</source>
        <comment>node is down</comment>
        <translation>%1（已宕机）</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="91"/>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="91"/>
        <source>READY</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="91"/>
        <source>UNACKED</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="91"/>
        <source>CONSUMERS</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location filename="../app/ctl/QueuesCommand.cpp" line="104"/>
        <source>%1 queues (%2 shown): %3 replicated and fully synchronised, %4 with a mirror or member out of sync, %5 on a node that is down, %6 unreplicated classic.</source>
        <translation>共 %1 个队列（显示 %2 个）：%3 个有副本且已完全同步，%4 个有镜像或成员未同步，%5 个位于已宕机的节点上，%6 个为无副本的经典队列。</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>ALARMS</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>PARTITIONED FROM</source>
        <translation>不可达节点</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="53"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="55"/>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="56"/>
        <source>disc</source>
        <comment>RabbitMQ node type</comment>
        <translation>磁盘节点</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="57"/>
        <source>ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>内存节点</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="58"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="59"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="59"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="65"/>
        <source>Partitions: none</source>
        <translation>网络分区：无</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/StatusCommand.cpp" line="70"/>
        <source>PARTITIONED into %n group(s) that cannot see each other: %1</source>
        <translation>
            <numerusform>已分区：分成 %n 组，彼此不可见：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="74"/>
        <source>HAProxy servers</source>
        <translation>HAProxy 服务器</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>PROXY</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>SERVER</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="28"/>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>LAST CHECK</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="75"/>
        <source>SESSIONS</source>
        <translation>会话数</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="26"/>
        <source>haproxy.cfg: export | lint FILE | validate FILE | push FILE [--yes]</source>
        <translation>haproxy.cfg：export | lint 文件 | validate 文件 | push 文件 [--yes]</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="32"/>
        <source>haproxy export: active-backup (default) or balanced.</source>
        <translation>haproxy export：active-backup（默认）或 balanced。</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="32"/>
        <source>LAYOUT</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="33"/>
        <source>haproxy export: the host that takes traffic (active-backup).</source>
        <translation>haproxy export：承载流量的主机（active-backup 布局）。</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="34"/>
        <source>haproxy export: roundrobin (default) or leastconn (balanced).</source>
        <translation>haproxy export：roundrobin（默认）或 leastconn（balanced 布局）。</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="34"/>
        <source>ALGO</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="35"/>
        <source>haproxy export/lint: the AMQP heartbeat clients use, in seconds (default 60).</source>
        <translation>haproxy export/lint：客户端使用的 AMQP 心跳，单位为秒（默认 60）。</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="35"/>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="36"/>
        <source>haproxy export: also proxy the management UI (15672).</source>
        <translation>haproxy export：同时代理管理界面（15672）。</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="37"/>
        <source>haproxy export: address HAProxy listens on (default: the HAProxy host&apos;s address).</source>
        <translation>haproxy export：HAProxy 监听的地址（默认：HAProxy 主机的地址）。</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="37"/>
        <source>ADDR</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="38"/>
        <source>Carry out changes (without it, commands that change hosts only show what they would do).</source>
        <translation>实际执行更改（不加此选项时，会更改主机的命令只显示将要执行的操作）。</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="64"/>
        <source>usage: warrenctl haproxy export|lint FILE|validate FILE|push FILE (see --help)</source>
        <translation>用法：warrenctl haproxy export|lint 文件|validate 文件|push 文件（见 --help）</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="76"/>
        <source>--heartbeat takes a number of seconds (0–86400)</source>
        <translation>--heartbeat 的值为秒数（0–86400）</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="86"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="102"/>
        <source>--cluster PROFILE.json is required for &quot;haproxy export&quot;</source>
        <translation>“haproxy export”需要 --cluster PROFILE.json</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="108"/>
        <source>unknown layout &quot;%1&quot; (use active-backup or balanced)</source>
        <translation>未知布局“%1”（请使用 active-backup 或 balanced）</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="133"/>
        <source>usage: warrenctl haproxy lint FILE [--cluster PROFILE.json] [--heartbeat SECONDS]</source>
        <translation>用法：warrenctl haproxy lint 文件 [--cluster PROFILE.json] [--heartbeat 秒数]</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="163"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="164"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="165"/>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="169"/>
        <source>fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="171"/>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s)</source>
        <translation>%1：%2 个错误，%3 个警告，%4 条提示</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="185"/>
        <source>usage: warrenctl haproxy validate FILE [--cluster PROFILE.json]</source>
        <translation>用法：warrenctl haproxy validate 文件 [--cluster PROFILE.json]</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="194"/>
        <source>no haproxy binary here; give --cluster PROFILE.json to check on the profile&apos;s HAProxy host</source>
        <translation>本机没有 haproxy 程序；请指定 --cluster PROFILE.json，以便在配置文件中的 HAProxy 主机上检查</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="200"/>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="204"/>
        <source>%1: HAProxy on %2 refuses the file</source>
        <translation>%1：%2 上的 HAProxy 拒绝了该文件</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="207"/>
        <source>%1: valid (haproxy -c on %2)</source>
        <translation>%1：有效（在 %2 上执行 haproxy -c）</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="215"/>
        <source>usage: warrenctl --cluster PROFILE.json haproxy push FILE [--yes]</source>
        <translation>用法：warrenctl --cluster PROFILE.json haproxy push 文件 [--yes]</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="222"/>
        <source>%1 is too large for a haproxy.cfg</source>
        <translation>%1 过大，超出 haproxy.cfg 的合理大小</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="239"/>
        <source>%1 already has this content.</source>
        <translation>%1 的内容已与此相同。</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="247"/>
        <source>lint: line %1: %2 %3</source>
        <translation>检查：第 %1 行：%2 %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="250"/>
        <source>With --yes, warrenctl would:</source>
        <translation>加上 --yes 后，warrenctl 将会：</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="254"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="259"/>
        <source>push failed and the previous file was restored: %1</source>
        <translation>推送失败，已恢复之前的文件：%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="260"/>
        <source>push failed: %1</source>
        <translation>推送失败：%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="265"/>
        <location filename="../app/ctl/StatusCommand.cpp" line="78"/>
        <source>backup</source>
        <translation>备用</translation>
    </message>
    <message>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="265"/>
        <location filename="../app/ctl/StatusCommand.cpp" line="78"/>
        <source>active</source>
        <translation>主用</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="88"/>
        <source>Sources that did not answer:</source>
        <translation>未应答的数据源：</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="18"/>
        <source>test SSH and API access to every host</source>
        <translation>测试对每台主机的 SSH 和 API 访问</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="28"/>
        <location filename="../app/ctl/HaproxyCommand.cpp" line="33"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="32"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="33"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="34"/>
        <location filename="../app/ctl/PlanCommand.cpp" line="36"/>
        <source>HOST</source>
        <translation>主机</translation>
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
        <translation>accept 主机 SHA256:…：核对指纹后信任主机密钥</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="73"/>
        <source>usage: warrenctl --cluster PROFILE hostkey accept HOST SHA256:FINGERPRINT</source>
        <translation>用法：warrenctl --cluster 配置文件 hostkey accept 主机 SHA256:指纹</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="78"/>
        <source>no host &quot;%1&quot; in profile %2</source>
        <translation>配置文件 %2 中没有主机“%1”</translation>
    </message>
    <message>
        <location filename="../app/ctl/CheckCommands.cpp" line="86"/>
        <source>host key of %1 recorded in %2</source>
        <translation>%1 的主机密钥已记录到 %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="19"/>
        <source>failover drill through HAProxy: drill failover [--fault kill|stop]</source>
        <translation>通过 HAProxy 进行故障切换演练：drill failover [--fault kill|stop]</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="23"/>
        <source>drill failover: kill (default) or stop the active node.</source>
        <translation>drill failover：kill（默认，强制终止）或 stop（正常停止）主用节点。</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="23"/>
        <source>FAULT</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="24"/>
        <source>drill failover: how many messages to publish (default 1000, at most 100000).</source>
        <translation>drill failover：要发布的消息数（默认 1000，最多 100000）。</translation>
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
        <translation>drill failover：允许在实验环境以外的集群上演练。</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="34"/>
        <source>usage: warrenctl --cluster PROFILE.json drill failover [--fault kill|stop] [--messages N]</source>
        <translation>用法：warrenctl --cluster PROFILE.json drill failover [--fault kill|stop] [--messages N]</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="39"/>
        <source>the failover drill kills or stops a node of cluster %1; it runs on the lab only, unless you add --confirm-real-cluster</source>
        <translation>故障切换演练会终止或停止集群 %1 的一个节点；它只在实验环境中运行，除非添加 --confirm-real-cluster</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="46"/>
        <source>unknown fault &quot;%1&quot; (use kill or stop)</source>
        <translation>未知故障类型“%1”（请使用 kill 或 stop）</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="54"/>
        <source>--messages takes a number between 10 and 100000</source>
        <translation>--messages 的值必须是 10 到 100000 之间的数字</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="61"/>
        <source>the profile names no HAProxy host (haproxy.host)</source>
        <translation>配置文件未指定 HAProxy 主机（haproxy.host）</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="69"/>
        <source>no password for %1: %2</source>
        <translation>没有 %1 的密码：%2</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="93"/>
        <source>HAProxy shows no active AMQP server that is a node of this cluster</source>
        <translation>HAProxy 中没有属于此集群节点的主用 AMQP 服务器</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="97"/>
        <source>Publishing %1 persistent messages with confirms through %2:%3 to queue %4; after %5 confirms: %6 %7.</source>
        <translation>正在通过 %2:%3 向队列 %4 发布 %1 条持久化消息（启用发布确认）；收到 %5 个确认后：%6 %7。</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="137"/>
        <source>switch: %1 s; published %2, confirmed %3, unconfirmed %4, nacked %5; read back %6: lost %7, duplicated %8; reconnects %9</source>
        <translation>切换耗时：%1 秒；已发布 %2，已确认 %3，未确认 %4，被拒绝（nack）%5；回读 %6：丢失 %7，重复 %8；重连 %9 次</translation>
    </message>
    <message>
        <location filename="../app/ctl/DrillCommand.cpp" line="149"/>
        <source>%1 is down now; start it again when you are done (lab: lab/labctl start %2).</source>
        <translation>%1 现已停止；完成后请重新启动它（实验环境：lab/labctl start %2）。</translation>
    </message>
</context>
<context>
    <name>ClusterEvent</name>
    <message numerus="yes">
        <location filename="../core/status/SnapshotDiff.cpp" line="42"/>
        <source>Watching %1: %n node(s), %2 running</source>
        <comment>RabbitMQ nodes</comment>
        <translation>
            <numerusform>正在监视 %1：%n 个节点，%2 个运行中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="44"/>
        <source>%1 stopped</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="46"/>
        <source>%1 started</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 已启动</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="48"/>
        <source>%1 joined the cluster</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 已加入集群</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="50"/>
        <source>%1 is no longer listed in the cluster</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 已不在集群成员列表中</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="52"/>
        <source>Memory alarm on %1: publishers are blocked</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 出现内存告警：发布者被阻塞</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="54"/>
        <source>Memory alarm on %1 cleared</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 的内存告警已解除</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="56"/>
        <source>Disk alarm on %1: publishers are blocked</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 出现磁盘告警：发布者被阻塞</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="58"/>
        <source>Disk alarm on %1 cleared</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 的磁盘告警已解除</translation>
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
        <translation>检测到 %1 之间的网络分区</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="64"/>
        <source> and </source>
        <comment>between two partition groups</comment>
        <translation> 与 </translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="67"/>
        <source>Partition healed: every node sees every other</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>网络分区已恢复：所有节点均可互相连通</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="69"/>
        <source>HAProxy %1 now serving from %2 (backup)</source>
        <comment>listener, server</comment>
        <translation>HAProxy %1 现由 %2（备用）提供服务</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="70"/>
        <source>HAProxy %1 now serving from %2 (active)</source>
        <comment>listener, server</comment>
        <translation>HAProxy %1 现由 %2（主用）提供服务</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="72"/>
        <source>HAProxy %1 has no server UP: clients cannot connect</source>
        <comment>listener</comment>
        <translation>HAProxy %1 没有处于 UP 状态的服务器：客户端无法连接</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="74"/>
        <source>HAProxy server %1/%2: %3 → %4</source>
        <comment>listener/server: old state → new state</comment>
        <translation>HAProxy 服务器 %1/%2：%3 → %4</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="77"/>
        <source>%1 stopped answering: %2</source>
        <comment>a status source (API on rabbit1, SSH on rabbit2...)</comment>
        <translation>%1 停止应答：%2</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="79"/>
        <source>%1 answers again</source>
        <comment>a status source (API on rabbit1, SSH on rabbit2...)</comment>
        <translation>%1 已恢复应答</translation>
    </message>
    <message>
        <location filename="../core/status/SnapshotDiff.cpp" line="81"/>
        <source>No source answered: the view shows the last data collected</source>
        <translation>没有数据源应答：视图显示的是最后采集到的数据</translation>
    </message>
</context>
<context>
    <name>FailoverDrill</name>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="26"/>
        <source>no reply</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="38"/>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="54"/>
        <source>cannot create a socket</source>
        <translation>无法创建套接字</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="164"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="174"/>
        <source>cannot connect to %1:%2: %3</source>
        <translation>无法连接到 %1:%2：%3</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="261"/>
        <source>the fault could not be injected: %1</source>
        <translation>无法注入故障：%1</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="266"/>
        <source>the broker closed the connection</source>
        <translation>RabbitMQ 关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="287"/>
        <source>cannot read the queue back: %1</source>
        <translation>无法回读队列：%1</translation>
    </message>
    <message>
        <location filename="../core/drill/FailoverDrill.cpp" line="314"/>
        <source>%1 message(s) were never confirmed within %2 s; last error: %3</source>
        <translation>%1 条消息在 %2 秒内未得到确认；最后一个错误：%3</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../models/Format.cpp" line="83"/>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../models/Format.cpp" line="85"/>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../models/Format.cpp" line="87"/>
        <source>%1 min %2 s</source>
        <comment>duration: minutes and seconds</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../models/Format.cpp" line="88"/>
        <source>%1 s</source>
        <comment>duration: seconds</comment>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>HaproxyConfig</name>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="167"/>
        <source>the file is larger than %1 MiB; only the beginning was read</source>
        <translation>文件大于 %1 MiB；只读取了开头部分</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="183"/>
        <source>more than %1 lines; the rest of the file was not read</source>
        <translation>超过 %1 行；文件其余部分未读取</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="188"/>
        <source>line is %1 bytes long (HAProxy reads at most a few kB per line); skipped</source>
        <translation>该行长 %1 字节（HAProxy 每行最多读取几 kB）；已跳过</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="195"/>
        <source>line contains NUL bytes (binary data, not a configuration line); skipped</source>
        <translation>该行包含 NUL 字节（是二进制数据，而非配置行）；已跳过</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="201"/>
        <source>unclosed quote</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="207"/>
        <source>line is not valid UTF-8 text (binary data?)</source>
        <translation>该行不是有效的 UTF-8 文本（二进制数据？）</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="225"/>
        <source>&quot;%1&quot; section without a name</source>
        <translation>“%1”段没有名称</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="232"/>
        <source>&quot;%1&quot; outside any section (global, defaults, listen, frontend, backend)</source>
        <translation>“%1”不在任何段内（global、defaults、listen、frontend、backend）</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="240"/>
        <source>&quot;server&quot; needs a name and an address</source>
        <translation>“server”需要名称和地址</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="242"/>
        <source>&quot;bind&quot; needs an address</source>
        <translation>“bind”需要地址</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="246"/>
        <source>&quot;timeout&quot; needs a name and a time such as 5s or 3h</source>
        <translation>“timeout”需要名称和时间值，例如 5s 或 3h</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="252"/>
        <source>%1 lines hold binary data in all</source>
        <translation>共有 %1 行包含二进制数据</translation>
    </message>
</context>
<context>
    <name>HaproxyExport</name>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="70"/>
        <source>the cluster has no RabbitMQ nodes to put behind HAProxy</source>
        <translation>集群中没有可放在 HAProxy 之后的 RabbitMQ 节点</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="73"/>
        <source>node %1 has an address that cannot be written into haproxy.cfg</source>
        <translation>节点 %1 的地址无法写入 haproxy.cfg</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="76"/>
        <source>the heartbeat must be between 0 and 86400 seconds</source>
        <translation>心跳必须在 0 到 86400 秒之间</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="88"/>
        <source>&quot;%1&quot; is not a node of this cluster (nodes: %2)</source>
        <translation>“%1”不是此集群的节点（节点：%2）</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="92"/>
        <source>unknown balance &quot;%1&quot; (use roundrobin or leastconn)</source>
        <translation>未知的负载均衡算法“%1”（请使用 roundrobin 或 leastconn）</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="100"/>
        <source>&quot;%1&quot; is not an address HAProxy can bind to</source>
        <translation>“%1”不是 HAProxy 可以绑定的地址</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="104"/>
        <source>the stats socket path &quot;%1&quot; cannot be written into haproxy.cfg</source>
        <translation>统计套接字路径“%1”无法写入 haproxy.cfg</translation>
    </message>
</context>
<context>
    <name>HaproxyItem</name>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="40"/>
        <source>backup</source>
        <comment>HAProxy server role</comment>
        <translation>备用</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="40"/>
        <source>active</source>
        <comment>HAProxy server role</comment>
        <translation>主用</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="45"/>
        <source>serving</source>
        <comment>this HAProxy server takes the client connections now</comment>
        <translation>服务中</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="148"/>
        <source>No server reported</source>
        <comment>HAProxy stats</comment>
        <translation>未报告任何服务器</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="162"/>
        <source>listener %1</source>
        <comment>HAProxy listen/backend section</comment>
        <translation>监听器 %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="196"/>
        <source>check %1</source>
        <comment>HAProxy health check result</comment>
        <translation>健康检查 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/graph/HaproxyItem.cpp" line="197"/>
        <source>%n session(s)</source>
        <comment>HAProxy current sessions</comment>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="199"/>
        <source>for %1</source>
        <comment>time since the last state change</comment>
        <translation>已持续 %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/HaproxyItem.cpp" line="204"/>
        <source>⚠ %1: no node has this address</source>
        <comment>HAProxy server address</comment>
        <translation>⚠ %1：没有节点使用此地址</translation>
    </message>
</context>
<context>
    <name>HaproxyLint</name>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="124"/>
        <source>Check that this is the right file and that it is plain text; HAProxy refuses such lines too.</source>
        <translation>请确认这是正确的文件且为纯文本；HAProxy 同样会拒绝这样的行。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="127"/>
        <source>Correct the line; `haproxy -c -f FILE` shows how HAProxy reads it.</source>
        <translation>请修正该行；`haproxy -c -f FILE` 可显示 HAProxy 如何解析它。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="131"/>
        <source>The file has no sections at all (global, defaults, listen, frontend, backend).</source>
        <translation>该文件中没有任何段（global、defaults、listen、frontend、backend）。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="132"/>
        <source>Start from `warrenctl haproxy export`, which writes a complete configuration for this cluster.</source>
        <translation>可以从 `warrenctl haproxy export` 入手，它会为此集群生成完整的配置。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="142"/>
        <source>No listen, frontend or backend handles AMQP (port %1 or %2): clients cannot reach the cluster through this HAProxy.</source>
        <translation>没有任何 listen、frontend 或 backend 处理 AMQP（端口 %1 或 %2）：客户端无法通过此 HAProxy 访问集群。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="144"/>
        <source>Add a `listen` section with `bind ADDRESS:5672`, `mode tcp` and one `server` line per node.</source>
        <translation>添加一个 `listen` 段，包含 `bind ADDRESS:5672`、`mode tcp`，并为每个节点写一行 `server`。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="162"/>
        <source>Global maxconn is %1. AMQP connections live for hours: each client holds one for its whole life, so a low limit turns a reconnect storm after a failover into refused connections.</source>
        <translation>全局 maxconn 为 %1。AMQP 连接会持续数小时：每个客户端在整个生命周期内都占用一个连接，因此上限过低时，故障切换后的重连风暴会变成大量被拒绝的连接。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="165"/>
        <source>Raise maxconn to comfortably above the number of AMQP clients (e.g. 4096) and make sure the file descriptor limit allows it.</source>
        <translation>将 maxconn 提高到明显高于 AMQP 客户端数量的值（例如 4096），并确保文件描述符上限足够。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="171"/>
        <source>No `stats socket` in the global section: neither Warren nor an admin can ask HAProxy which node is active, nor put a server into maintenance without a reload.</source>
        <translation>global 段中没有 `stats socket`：Warren 和管理员都无法向 HAProxy 查询哪个节点是主用，也无法在不重新加载的情况下将服务器置于维护状态。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="173"/>
        <source>Add `stats socket /run/haproxy/admin.sock mode 660 level admin` to the global section.</source>
        <translation>在 global 段中添加 `stats socket /run/haproxy/admin.sock mode 660 level admin`。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="190"/>
        <source>&quot;%1&quot; proxies port %2 (epmd, the Erlang port mapper). epmd is node-to-node traffic: nodes must reach each other&apos;s epmd directly, and a proxy in between makes a node look up its peers on the wrong host.</source>
        <translation>“%1”代理了端口 %2（epmd，Erlang 端口映射器）。epmd 属于节点间流量：节点之间必须直接访问彼此的 epmd，中间加一层代理会使节点到错误的主机上查找对等节点。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="193"/>
        <source>Remove this section. Let the nodes reach each other directly on 4369 and 25672; proxy only client ports (5672, 15672).</source>
        <translation>删除此段。让节点之间直接通过 4369 和 25672 端口互访；只代理客户端端口（5672、15672）。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="197"/>
        <source>&quot;%1&quot; proxies port %2 (Erlang distribution, inter-node traffic). Clustering through a load balancer breaks: nodes connect to whichever node HAProxy picks, not to the one they mean.</source>
        <translation>“%1”代理了端口 %2（Erlang 分布式通信，即节点间流量）。通过负载均衡器组建集群会出错：节点会连到 HAProxy 选中的任意节点，而不是它要连接的那个节点。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="200"/>
        <source>Remove this section. Nodes talk to each other directly on 25672; proxy only client ports.</source>
        <translation>删除此段。节点之间直接通过 25672 端口通信；只代理客户端端口。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="211"/>
        <source>The management UI (port %1) is offered on every address of the HAProxy host (%2), including public ones: the admin interface of the whole cluster is exposed.</source>
        <translation>管理界面（端口 %1）在 HAProxy 主机的所有地址（%2）上开放，包括公网地址：整个集群的管理接口因此暴露在外。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="215"/>
        <source>Bind the management listener to an internal address only, e.g. `bind 10.0.0.10:15672`.</source>
        <translation>将管理界面的监听器只绑定到内网地址，例如 `bind 10.0.0.10:15672`。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="224"/>
        <source>&quot;%1&quot; carries AMQP but runs in `mode http`: HAProxy expects HTTP requests and rejects the AMQP protocol header, so no client can connect.</source>
        <translation>“%1”承载 AMQP 流量，却运行在 `mode http` 下：HAProxy 期待的是 HTTP 请求，会拒绝 AMQP 协议头，因此任何客户端都无法连接。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="227"/>
        <source>Use `mode tcp` for AMQP listeners and backends.</source>
        <translation>AMQP 的监听器和 backend 请使用 `mode tcp`。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="233"/>
        <source>&quot;%1&quot; has no `option tcpka`: long idle AMQP connections can be dropped silently by firewalls and NAT between client, HAProxy and node, and dead peers are noticed late.</source>
        <translation>“%1”没有 `option tcpka`：长时间空闲的 AMQP 连接可能被客户端、HAProxy 与节点之间的防火墙和 NAT 悄然断开，对端失效也会较晚才被发现。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="236"/>
        <source>Add `option tcpka` to the section (or to defaults).</source>
        <translation>在该段（或 defaults 段）中添加 `option tcpka`。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="241"/>
        <source>`retries` without `option redispatch`: every retry goes to the same failed server, so a client connecting while the active node is down waits for all retries and fails.</source>
        <translation>有 `retries` 却没有 `option redispatch`：每次重试都会发往同一台故障服务器，因此在主用节点宕机期间连接的客户端要等完所有重试，最终仍然失败。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="243"/>
        <source>Add `option redispatch` next to `retries`, so the last retry goes to another server.</source>
        <translation>在 `retries` 旁添加 `option redispatch`，使最后一次重试发往其他服务器。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="265"/>
        <source>&quot;%1&quot; has no `timeout %2`: HAProxy then never closes dead half-open connections, which pile up until maxconn is reached.</source>
        <translation>“%1”没有 `timeout %2`：HAProxy 将永远不会关闭失效的半开连接，这些连接会不断累积，直至达到 maxconn。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="268"/>
        <source>Set `timeout %1` well above the AMQP heartbeat, e.g. 3h.</source>
        <translation>将 `timeout %1` 设置为远高于 AMQP 心跳的值，例如 3h。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="271"/>
        <source>`timeout %1` is %2 s, at or under the AMQP heartbeat of %3 s: HAProxy closes idle but healthy AMQP connections before a heartbeat can keep them alive, and clients reconnect over and over.</source>
        <translation>`timeout %1` 为 %2 秒，不高于 %3 秒的 AMQP 心跳：HAProxy 会在心跳保活之前关闭空闲但健康的 AMQP 连接，导致客户端反复重连。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="276"/>
        <source>Set `timeout client` and `timeout server` well above the heartbeat (e.g. 3h), or lower the heartbeat the clients negotiate.</source>
        <translation>将 `timeout client` 和 `timeout server` 设置为远高于心跳的值（例如 3h），或降低客户端协商的心跳。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="287"/>
        <source>&quot;%1&quot; has no `server` lines: every connection to it fails.</source>
        <translation>“%1”没有 `server` 行：到它的所有连接都会失败。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="288"/>
        <source>Add one `server` line per cluster node.</source>
        <translation>为每个集群节点添加一行 `server`。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="300"/>
        <source>Server name &quot;%1&quot; is used twice in &quot;%2&quot;: HAProxy refuses the file, and stats could not tell the two apart.</source>
        <translation>服务器名“%1”在“%2”中使用了两次：HAProxy 会拒绝该文件，统计数据也无法区分这两台服务器。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="303"/>
        <source>Give every server in a section its own name, e.g. the node&apos;s host name.</source>
        <translation>为段内每台服务器指定唯一的名称，例如节点的主机名。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="311"/>
        <source>Server &quot;%1&quot; has no health check: when its node stops, HAProxy keeps sending clients to it.</source>
        <translation>服务器“%1”没有健康检查：其节点停止后，HAProxy 仍会继续把客户端发往该服务器。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="313"/>
        <source>Add `check inter 2000 rise 2 fall 3` to the server line.</source>
        <translation>在 server 行中添加 `check inter 2000 rise 2 fall 3`。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="320"/>
        <source>Server &quot;%1&quot; points at %2, which is no node of this cluster: clients sent there do not reach it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation>服务器“%1”指向 %2，而它不是此集群的节点：发往那里的客户端无法到达本集群。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="323"/>
        <source>Use the address of a cluster node, or remove the line.</source>
        <translation>请使用集群节点的地址，或删除该行。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="327"/>
        <source>Health checks in &quot;%1&quot; run with HAProxy&apos;s defaults (inter 2s, rise 2, fall 3): that works, but the failover time is then nowhere written down.</source>
        <translation>“%1”中的健康检查使用 HAProxy 的默认值（inter 2s、rise 2、fall 3）：这样可以工作，但故障切换时间就没有在任何地方明确写出。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="330"/>
        <source>State `inter`, `rise` and `fall` on the server lines or in a `default-server` line.</source>
        <translation>请在 server 行或 `default-server` 行中明确写出 `inter`、`rise` 和 `fall`。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="333"/>
        <source>Every server in &quot;%1&quot; is `backup`: no server takes traffic while all are up.</source>
        <translation>“%1”中的所有服务器都是 `backup`：全部在线时没有任何服务器承载流量。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="334"/>
        <source>Remove `backup` from the server that should be active.</source>
        <translation>从应作为主用的服务器上去掉 `backup`。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="337"/>
        <source>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. With classic mirrored queues, consumers then talk to followers and every message crosses the cluster.</source>
        <comment>followers: mirror replicas of a queue</comment>
        <translation>“%1”有 %2 台主用服务器，既没有 `backup` 也没有 `balance`：客户端会在无意中被轮询分散到各节点。使用经典镜像队列时，消费者因此会连接到镜像所在的节点，每条消息都要在集群内跨节点转发。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="343"/>
        <source>Either mark all servers but one `backup` (one active node), or state `balance roundrobin` or `balance leastconn` on purpose.</source>
        <translation>要么将除一台以外的所有服务器标记为 `backup`（只有一个主用节点），要么明确声明 `balance roundrobin` 或 `balance leastconn`。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="347"/>
        <source>&quot;%1&quot; has a single server: when that node stops, clients have nowhere to go.</source>
        <translation>“%1”只有一台服务器：该节点停止后，客户端将无处可连。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="348"/>
        <source>Add the other cluster nodes as `backup` servers.</source>
        <translation>将其他集群节点添加为 `backup` 服务器。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="357"/>
        <source>Cluster node %1 (%2) is not a server of &quot;%3&quot;: HAProxy cannot fail over to it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation>集群节点 %1（%2）不是“%3”中的服务器：HAProxy 无法故障切换到该节点。</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="360"/>
        <source>Add `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`.</source>
        <translation>添加 `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`。</translation>
    </message>
</context>
<context>
    <name>HaproxyPush</name>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="50"/>
        <source>the profile names no HAProxy host (haproxy.host)</source>
        <translation>配置文件未指定 HAProxy 主机（haproxy.host）</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="52"/>
        <source>the profile does not say where haproxy.cfg is (haproxy.configPath)</source>
        <translation>配置文件未指定 haproxy.cfg 的位置（haproxy.configPath）</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="54"/>
        <source>haproxy.configPath must be an absolute path</source>
        <translation>haproxy.configPath 必须是绝对路径</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="56"/>
        <source>the profile names no HAProxy stats socket (haproxy.statsSocket), so a push cannot be verified</source>
        <translation>配置文件未指定 HAProxy 统计套接字（haproxy.statsSocket），因此无法验证推送结果</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="66"/>
        <source>upload the new file to a temporary file on %1 and check it: %2</source>
        <translation>将新文件上传到 %1 上的临时文件并检查：%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="68"/>
        <source>back up the current file: %1</source>
        <translation>备份当前文件：%1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="70"/>
        <source>write the new file in place: %1</source>
        <translation>将新文件写入原位置：%1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="72"/>
        <source>check it where it is: %1</source>
        <translation>在原位置再次检查：%1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="74"/>
        <source>reload HAProxy (established connections stay on the old process): %1</source>
        <translation>重新加载 HAProxy（已建立的连接保留在旧进程上）：%1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="76"/>
        <source>read `show stat` on %1 until the servers are as the file says; on any failure put the backup back and reload</source>
        <translation>读取 %1 上的 `show stat`，直到服务器状态与文件一致；任何一步失败都会恢复备份并重新加载</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="93"/>
        <source>ssh to %1: %2</source>
        <translation>SSH 连接 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="111"/>
        <source>exit %1: %2</source>
        <translation>退出码 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="120"/>
        <source>cannot read %1 on %2: %3</source>
        <translation>无法读取 %2 上的 %1：%3</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="133"/>
        <source>show stat on %1: %2</source>
        <translation>%1 上的 show stat：%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="138"/>
        <source>unreadable show stat output: %1</source>
        <translation>无法解析 show stat 输出：%1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="156"/>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="267"/>
        <source>cannot create a temporary file on %1: %2</source>
        <translation>无法在 %1 上创建临时文件：%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="161"/>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="319"/>
        <source>cannot write %1 on %2: %3</source>
        <translation>无法写入 %2 上的 %1：%3</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="185"/>
        <source>cannot write a temporary file: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="194"/>
        <source>haproxy -c did not finish within 30 s</source>
        <translation>haproxy -c 未在 30 秒内完成</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="215"/>
        <source>%1/%2 is not reported</source>
        <translation>统计中没有 %1/%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="219"/>
        <source>%1/%2 is %3, expected %4</source>
        <translation>%1/%2 当前为%3，应为%4</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="220"/>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="221"/>
        <source>backup</source>
        <translation>备用</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="220"/>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="221"/>
        <source>active</source>
        <translation>主用</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="223"/>
        <source>%1/%2 points at %3, expected %4</source>
        <translation>%1/%2 指向 %3，应为 %4</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="225"/>
        <source>%1/%2 is %3, expected UP</source>
        <translation>%1/%2 状态为 %3，应为 UP</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="234"/>
        <source>%1/%2 is reported but not in the file</source>
        <translation>统计中有 %1/%2，但文件中没有</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="272"/>
        <source>cannot upload the new file to %1: %2</source>
        <translation>无法将新文件上传到 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="277"/>
        <source>HAProxy on %1 refuses the new file; nothing was changed: %2</source>
        <translation>%1 上的 HAProxy 拒绝了新文件；未做任何更改：%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="280"/>
        <source>the new file passes haproxy -c on %1</source>
        <translation>新文件在 %1 上通过了 haproxy -c 检查</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="283"/>
        <source>%1 on %2 already has this content; nothing to do</source>
        <translation>%2 上的 %1 内容已相同；无需操作</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="294"/>
        <source>cannot back up %1 on %2; nothing was changed: %3</source>
        <translation>无法备份 %2 上的 %1；未做任何更改：%3</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="296"/>
        <source>backed up %1 to %2</source>
        <translation>已将 %1 备份到 %2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="303"/>
        <source>%1; restoring the backup FAILED (%2): restore %3 by hand</source>
        <translation>%1；恢复备份失败（%2）：请手动恢复 %3</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="308"/>
        <source>restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="311"/>
        <source>reloaded HAProxy with the restored file</source>
        <translation>已使用恢复的文件重新加载 HAProxy</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="312"/>
        <source>reloading HAProxy with the restored file failed: %1</source>
        <translation>使用恢复的文件重新加载 HAProxy 失败：%1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="320"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="323"/>
        <source>HAProxy refuses %1 where it is: %2</source>
        <translation>HAProxy 拒绝了原位置的 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="329"/>
        <source>reload failed (%1): %2</source>
        <translation>重新加载失败（%1）：%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="330"/>
        <source>reloaded HAProxy</source>
        <translation>已重新加载 HAProxy</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="335"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="347"/>
        <source>after the reload HAProxy does not show the servers as intended within %1 s: %2</source>
        <translation>重新加载后 %1 秒内，HAProxy 显示的服务器状态仍与预期不符：%2</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyPush.cpp" line="352"/>
        <source>show stat confirms the servers as the file says</source>
        <translation>show stat 确认服务器状态与文件一致</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/warren_main.cpp" line="36"/>
        <source>Warren: administer RabbitMQ clusters behind HAProxy.</source>
        <translation>Warren：管理位于 HAProxy 之后的 RabbitMQ 集群。</translation>
    </message>
    <message>
        <location filename="../app/warren_main.cpp" line="40"/>
        <source>Open the cluster profile &lt;file&gt; (JSON, format warren-cluster-profile/1).</source>
        <translation>打开集群配置文件 &lt;文件&gt;（JSON，格式 warren-cluster-profile/1）。</translation>
    </message>
    <message>
        <location filename="../app/warren_main.cpp" line="41"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="65"/>
        <source>disc</source>
        <comment>RabbitMQ node type: stores its metadata on disk</comment>
        <translation>磁盘节点</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="67"/>
        <source>ram</source>
        <comment>RabbitMQ node type: keeps its metadata in RAM only</comment>
        <translation>内存节点</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="71"/>
        <source>type?</source>
        <comment>RabbitMQ node type not reported</comment>
        <translation>类型？</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="78"/>
        <source>running</source>
        <comment>RabbitMQ node state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="80"/>
        <source>stopped</source>
        <comment>RabbitMQ node state</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="82"/>
        <source>unreachable</source>
        <comment>RabbitMQ node state: a peer cannot reach it</comment>
        <translation>不可达</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="101"/>
        <source>memory alarm</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>内存告警</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="103"/>
        <source>disk alarm</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>磁盘告警</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="105"/>
        <source>partitioned</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>已分区</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="114"/>
        <source>%1 (%2, %3)</source>
        <comment>node name (disc/ram, running/stopped)</comment>
        <translation>%1（%2，%3）</translation>
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
        <translation>运行时间</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="198"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="200"/>
        <source>%1 of %2</source>
        <comment>memory used of the high watermark</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="210"/>
        <source>Disk free</source>
        <translation>磁盘可用</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="212"/>
        <source>%1 (limit %2)</source>
        <comment>disk free (free disk limit)</comment>
        <translation>%1（下限 %2）</translation>
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
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="46"/>
        <location filename="../core/ops/PlanParts.cpp" line="48"/>
        <source>SSH to %1</source>
        <translation>SSH 连接 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="55"/>
        <source>%1 is not critical for quorum queues or mirrors</source>
        <comment>quorum; mirror: RabbitMQ queue replicas</comment>
        <translation>%1 对仲裁队列和镜像而言不是关键节点</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="56"/>
        <source>RabbitMQ %1 has no such health checks: check by hand</source>
        <translation>RabbitMQ %1 没有此类健康检查：请手动检查</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="61"/>
        <source>not checked: the node&apos;s application is not running</source>
        <translation>未检查：该节点的应用未运行</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="63"/>
        <source>%1 is not critical for the quorum of any quorum queue</source>
        <comment>quorum queue: RabbitMQ queue type</comment>
        <translation>%1 对任何仲裁队列的法定人数（quorum）都不是关键节点</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="64"/>
        <source>%1 holds no only synchronised mirror of a classic mirrored queue</source>
        <comment>mirror: a replica of a classic queue</comment>
        <translation>%1 上没有任何经典镜像队列的唯一已同步镜像</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="72"/>
        <source>%1 is not quorum-critical</source>
        <comment>quorum: majority of quorum queue replicas</comment>
        <translation>%1 不是仲裁关键节点（quorum-critical）</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="76"/>
        <source>%1 is not mirror-sync-critical</source>
        <comment>mirror: replica of a classic mirrored queue</comment>
        <translation>%1 不是镜像同步关键节点（mirror-sync-critical）</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="95"/>
        <source>the application runs</source>
        <translation>应用正在运行</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="95"/>
        <source>the application does not run</source>
        <translation>应用未运行</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="99"/>
        <source>the RabbitMQ application runs on %1</source>
        <translation>%1 上的 RabbitMQ 应用正在运行</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="100"/>
        <source>the RabbitMQ application is stopped on %1 (the Erlang VM stays up)</source>
        <translation>%1 上的 RabbitMQ 应用已停止（Erlang VM 保持运行）</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="183"/>
        <source>%1: cannot be reached: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="185"/>
        <source>%1: the node does not answer (Erlang VM down?): %2</source>
        <translation>%1：节点无应答（Erlang VM 已停止？）：%2</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="187"/>
        <source>%1: Erlang VM running; RabbitMQ application %2; members it knows: %3</source>
        <translation>%1：Erlang VM 正在运行；RabbitMQ 应用%2；它已知的成员：%3</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="62"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="99"/>
        <location filename="../core/ops/PlanParts.cpp" line="188"/>
        <location filename="../core/ops/PlanParts.cpp" line="196"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="195"/>
        <source>as seen from %1: %2 is a member (%3, %4)</source>
        <translation>从 %1 看：%2 是成员（%3，%4）</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="197"/>
        <source>as seen from %1: %2 is not a member</source>
        <translation>从 %1 看：%2 不是成员</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="19"/>
        <source>disc</source>
        <comment>RabbitMQ node type</comment>
        <translation>磁盘节点</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="21"/>
        <source>ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>内存节点</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="25"/>
        <source>unknown</source>
        <comment>RabbitMQ node type</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="36"/>
        <source>cluster_status on %1 no longer lists %2</source>
        <translation>%1 上的 cluster_status 不再列出 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="37"/>
        <source>cluster_status on %1 lists %2 as a running member</source>
        <translation>%1 上的 cluster_status 将 %2 列为运行中的成员</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="38"/>
        <source>cluster_status on %1 lists %2 as a running %3 node</source>
        <translation>%1 上的 cluster_status 将 %2 列为运行中的%3</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="41"/>
        <source>cluster_status failed with exit code %1</source>
        <translation>cluster_status 失败，退出码 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="46"/>
        <source>cannot read cluster_status: %1</source>
        <translation>无法解析 cluster_status：%1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="55"/>
        <source>%1 is still listed</source>
        <translation>%1 仍在列表中</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="55"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="59"/>
        <source>%1 is not listed</source>
        <translation>%1 不在列表中</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="62"/>
        <source>%1 is listed as %2, %3</source>
        <translation>%1 列为%2，%3</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="78"/>
        <source>Join %1 to the cluster of %2 as a %3 node</source>
        <translation>将 %1 作为%3加入 %2 所在的集群</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="83"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="195"/>
        <source>%1 runs</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 正在运行</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="85"/>
        <source>its RabbitMQ application is not running</source>
        <translation>其 RabbitMQ 应用未运行</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="88"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="274"/>
        <source>%1 answers</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 有应答</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="89"/>
        <source>the node does not answer (its Erlang VM must run to be joined): %1</source>
        <translation>该节点无应答（加入集群要求其 Erlang VM 正在运行）：%1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="93"/>
        <source>%1 is the node on %2</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 是 %2 上的节点</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="94"/>
        <source>its cluster_status does not list that name (it lists: %1): check the node name in the profile</source>
        <translation>其 cluster_status 中没有该名称（列出的是：%1）：请检查配置文件中的节点名</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="98"/>
        <source>%1 is already a member of the cluster of %2 (%3, %4)</source>
        <translation>%1 已经是 %2 所在集群的成员（%3，%4）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="101"/>
        <source>to make it a %1 node use: warrenctl plan convert --node %2 --type %3</source>
        <translation>如需将其改为%1，请使用：warrenctl plan convert --node %2 --type %3</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="109"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="112"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="116"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="119"/>
        <source>RabbitMQ versions compatible</source>
        <translation>RabbitMQ 版本兼容</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="109"/>
        <source>a version is unknown: %1 / %2</source>
        <translation>有版本未知：%1 / %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="113"/>
        <source>%1 runs %2 but %3 runs %4: nodes of different major versions cannot be clustered</source>
        <translation>%1 运行 %2，而 %3 运行 %4：不同主版本的节点不能组成集群</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="117"/>
        <source>%1 runs %2, %3 runs %4: mixed versions need compatible feature flags</source>
        <translation>%1 运行 %2，%3 运行 %4：混合版本需要兼容的特性开关（feature flags）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="123"/>
        <source>Erlang versions</source>
        <translation>Erlang 版本</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="124"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="125"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="128"/>
        <source>ram nodes do not exist under the Khepri metadata store (RabbitMQ 4.x): join as a disc node</source>
        <translation>Khepri 元数据存储（RabbitMQ 4.x）下不存在内存节点：请以磁盘节点身份加入</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="132"/>
        <source>%1 resolves %2</source>
        <translation>%1 能解析 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="134"/>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="138"/>
        <source>the name does not resolve on %1 (hosts file or DNS)</source>
        <translation>该名称在 %1 上无法解析（hosts 文件或 DNS）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="141"/>
        <source>%1 reaches %2 on port 4369 (epmd)</source>
        <translation>%1 能连通 %2 的 4369 端口（epmd）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="142"/>
        <source>connection failed: firewall, or epmd not running</source>
        <translation>连接失败：被防火墙阻挡，或 epmd 未运行</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="143"/>
        <source>%1 reaches %2 on port 25672 (distribution)</source>
        <translation>%1 能连通 %2 的 25672 端口（Erlang 分布式通信）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="144"/>
        <source>connection failed: firewall, or the node is not running</source>
        <translation>连接失败：被防火墙阻挡，或节点未运行</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="148"/>
        <source>Erlang cookies equal (compared by hash)</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>Erlang Cookie 一致（按哈希比较）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="150"/>
        <source>a hash is unknown (rabbitmq-diagnostics erlang_cookie_hash needs 3.8+): compare by hand</source>
        <translation>有哈希未知（rabbitmq-diagnostics erlang_cookie_hash 需要 3.8 及以上版本）：请手动比较</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="152"/>
        <source>%1 has hash %2, %3 has %4: sync the cookie first (rabbitmq-diagnostics erlang_cookie_sources explains the CLI&apos;s side)</source>
        <comment>cookie</comment>
        <translation>%1 的哈希为 %2，%3 的为 %4：请先同步 Erlang Cookie（rabbitmq-diagnostics erlang_cookie_sources 可说明 CLI 端使用的 Cookie）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ops/OperationPlanner.cpp" line="159"/>
        <source>reset deletes %1&apos;s queues and messages: %n queue(s)</source>
        <translation>
            <numerusform>reset 会删除 %1 上的队列和消息：%n 个队列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ops/OperationPlanner.cpp" line="160"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="161"/>
        <source>reset deletes %1&apos;s queues, messages, users, vhosts and policies (not counted: its application is not running)</source>
        <translation>reset 会删除 %1 上的队列、消息、用户、虚拟主机和策略（未统计数量：其应用未运行）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="162"/>
        <source>What reset destroys</source>
        <translation>reset 将销毁的内容</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="164"/>
        <source>%1 leaves its current cluster</source>
        <translation>%1 将离开其当前集群</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="165"/>
        <source>it is now clustered with: %1</source>
        <translation>它当前与以下节点组成集群：%1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="109"/>
        <source>Stop the RabbitMQ application on %1 (the Erlang VM keeps running)</source>
        <translation>停止 %1 上的 RabbitMQ 应用（Erlang VM 保持运行）</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="114"/>
        <source>start the application again</source>
        <translation>重新启动应用</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="140"/>
        <source>Reset %1: wipe its data and any cluster membership</source>
        <translation>重置 %1：清除其数据及所有集群成员关系</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="145"/>
        <source>cannot be undone: the deleted data is gone; start_app brings %1 back as an empty standalone node</source>
        <translation>无法撤销：已删除的数据无法恢复；start_app 会让 %1 作为空的独立节点重新运行</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="154"/>
        <source>Join %1 to %2 as a %3 node</source>
        <translation>将 %1 作为%3加入 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="157"/>
        <source>leave the cluster again: reset %1 and start it standalone</source>
        <translation>重新离开集群：重置 %1 并以独立节点启动</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="125"/>
        <source>Start the RabbitMQ application on %1 and wait until it runs</source>
        <translation>启动 %1 上的 RabbitMQ 应用，并等待其运行</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="173"/>
        <source>leave the cluster again: stop_app, reset and start_app on %1</source>
        <translation>重新离开集群：在 %1 上执行 stop_app、reset 和 start_app</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="192"/>
        <source>Convert %1 to a %2 node</source>
        <translation>将 %1 转换为%2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="196"/>
        <source>its RabbitMQ application is not running: start it first</source>
        <translation>其 RabbitMQ 应用未运行：请先启动</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="199"/>
        <source>Cluster members</source>
        <translation>集群成员</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="202"/>
        <source>%1 does not list itself in its cluster status</source>
        <translation>%1 的集群状态中没有列出它自己</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="206"/>
        <source>%1 is already a %2 node</source>
        <translation>%1 已经是%2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="210"/>
        <source>ram nodes and change_cluster_node_type are not supported under the Khepri metadata store (RabbitMQ 4.x): every node is a disc node</source>
        <translation>Khepri 元数据存储（RabbitMQ 4.x）下不支持内存节点和 change_cluster_node_type：所有节点都是磁盘节点</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="215"/>
        <source>%1 is the last disc node of its cluster: converting it to ram would leave the cluster without a disc node</source>
        <translation>%1 是其集群中最后一个磁盘节点：将其转换为内存节点会使集群没有磁盘节点</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanParts.cpp" line="172"/>
        <source>Other disc nodes remain</source>
        <translation>仍有其他磁盘节点</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="227"/>
        <source>Reset %1 (RabbitMQ 2.x changes a node&apos;s type by clustering it again)</source>
        <translation>重置 %1（RabbitMQ 2.x 通过重新组建集群来更改节点类型）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="231"/>
        <source>reset deletes %1&apos;s local data; the cluster keeps the shared definitions</source>
        <translation>reset 会删除 %1 的本地数据；集群保留共享的定义</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="232"/>
        <source>cluster again with the old type: %1</source>
        <translation>以原类型重新加入集群：%1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="237"/>
        <source>Cluster %1 again as a %2 node</source>
        <translation>将 %1 作为%2重新加入集群</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="245"/>
        <source>Change %1 to a %2 node</source>
        <translation>将 %1 更改为%2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="248"/>
        <source>change it back to %1 and start the application</source>
        <translation>改回%1并启动应用</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="254"/>
        <source>convert it back: run this plan with --type %1</source>
        <translation>转换回去：使用 --type %1 运行此计划</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="271"/>
        <source>Forget %1 (on %2)</source>
        <translation>从集群中移除 %1（在 %2 上执行）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="278"/>
        <source>RabbitMQ %1 has no forget_cluster_node: reset the node itself while the rest of the cluster runs</source>
        <translation>RabbitMQ %1 没有 forget_cluster_node：请在集群其余节点运行时重置该节点本身</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="282"/>
        <source>%1 cannot forget itself: choose another surviving node with --via</source>
        <translation>%1 不能将自己从集群中移除：请用 --via 选择另一个存活节点</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="285"/>
        <source>Cluster members as %1 sees them</source>
        <translation>%1 所见的集群成员</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="288"/>
        <source>%1 is not a member of the cluster of %2</source>
        <translation>%1 不是 %2 所在集群的成员</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="292"/>
        <source>%1 is running: stop it first (a node must be stopped before the cluster forgets it)</source>
        <translation>%1 正在运行：请先停止它（节点必须先停止，才能从集群中移除）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="295"/>
        <source>%1 is stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="298"/>
        <source>%1 is the last disc node of the cluster: forgetting it would leave the cluster without a disc node</source>
        <translation>%1 是集群中最后一个磁盘节点：将其移除会使集群没有磁盘节点</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="302"/>
        <source>forget_cluster_node --offline is not supported under the Khepri metadata store: start %1 first</source>
        <translation>Khepri 元数据存储下不支持 forget_cluster_node --offline：请先启动 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="306"/>
        <source>%1&apos;s application is stopped</source>
        <translation>%1 的应用已停止</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="306"/>
        <source>forgetting with --offline</source>
        <translation>将使用 --offline 移除</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="310"/>
        <source>Remove %1 from the cluster&apos;s membership (run on %2)</source>
        <translation>从集群成员中移除 %1（在 %2 上执行）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="314"/>
        <source>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost, and it must be reset before it can run or rejoin</source>
        <comment>leader: the quorum queue replica that leads</comment>
        <translation>%1 将永久离开集群：领导者或唯一副本位于该节点上的队列将丢失，且该节点必须先重置才能运行或重新加入</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="315"/>
        <source>cannot be undone by a command: reset %1 and join it again</source>
        <translation>无法通过命令撤销：请重置 %1 并重新加入集群</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="335"/>
        <source>Copy the Erlang cookie of %1 to %2</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>将 %1 的 Erlang Cookie 复制到 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="338"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="341"/>
        <location filename="../core/ops/OperationPlanner.cpp" line="347"/>
        <source>Cookie hash of %1</source>
        <comment>cookie</comment>
        <translation>%1 的 Cookie 哈希</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="339"/>
        <source>rabbitmq-diagnostics erlang_cookie_hash gave no answer (the node must run, RabbitMQ 3.8+)</source>
        <translation>rabbitmq-diagnostics erlang_cookie_hash 没有返回结果（节点须在运行，且为 RabbitMQ 3.8 及以上版本）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="349"/>
        <source>unknown (the node does not answer): it will be replaced</source>
        <translation>未知（节点无应答）：将被替换</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="352"/>
        <source>%1: differs, will be replaced</source>
        <translation>%1：不一致，将被替换</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="355"/>
        <source>%1: equal, left alone</source>
        <translation>%1：一致，保持不变</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="361"/>
        <source>every target already uses the cookie of %1 (equal hashes)</source>
        <comment>cookie</comment>
        <translation>所有目标已在使用 %1 的 Erlang Cookie（哈希一致）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="371"/>
        <source>Stop %1 completely, Erlang VM included (the cookie is read only when the VM starts)</source>
        <comment>cookie</comment>
        <translation>完全停止 %1，包括 Erlang VM（Cookie 只在 VM 启动时读取）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="377"/>
        <source>the Erlang VM of %1 no longer answers</source>
        <translation>%1 的 Erlang VM 已不再应答</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="383"/>
        <source>start the node again</source>
        <translation>重新启动节点</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="390"/>
        <source>Back up the old cookie of %1 to %2</source>
        <comment>cookie</comment>
        <translation>将 %1 的旧 Cookie 备份到 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="393"/>
        <source>start the node again (the cookie is unchanged)</source>
        <comment>cookie</comment>
        <translation>重新启动节点（Cookie 未更改）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="399"/>
        <source>Write the cookie of %1 on %2 atomically (owner rabbitmq, mode 0400)</source>
        <comment>cookie</comment>
        <translation>在 %2 上以原子方式写入 %1 的 Cookie（属主 rabbitmq，权限 0400）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="406"/>
        <source>replaces the Erlang cookie of %1 (the old one is kept in %2)</source>
        <comment>cookie</comment>
        <translation>替换 %1 的 Erlang Cookie（旧 Cookie 保存在 %2）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="408"/>
        <source>put the old cookie back from the backup and start the node</source>
        <comment>cookie</comment>
        <translation>从备份恢复旧 Cookie 并启动节点</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="414"/>
        <source>Start %1 and wait until it runs</source>
        <translation>启动 %1 并等待其运行</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="419"/>
        <source>put the old cookie back: stop the node, copy %1 over the cookie, start it</source>
        <comment>cookie</comment>
        <translation>恢复旧 Cookie：停止节点，用 %1 覆盖 Cookie，然后启动节点</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="426"/>
        <source>%1 uses the same cookie as %2 (equal hashes)</source>
        <comment>cookie</comment>
        <translation>%1 与 %2 使用相同的 Cookie（哈希一致）</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="434"/>
        <source>hash %1, expected %2</source>
        <translation>哈希为 %1，应为 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="434"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="526"/>
        <source>Forget %1</source>
        <translation>从集群中移除 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/OperationPlanner.cpp" line="527"/>
        <source>no surviving node to run forget_cluster_node on (use --via HOST)</source>
        <translation>没有可运行 forget_cluster_node 的存活节点（请使用 --via 主机）</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../core/ops/RabbitVersion.cpp" line="31"/>
        <source>unknown version</source>
        <translation>未知版本</translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="23"/>
        <source>host &quot;%1&quot; is not in the cluster profile</source>
        <translation>主机“%1”不在集群配置文件中</translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="29"/>
        <source>SSH to %1 (%2): %3</source>
        <translation>SSH 连接 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="40"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="51"/>
        <source>SSH to %1: %2</source>
        <translation>SSH 连接 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="79"/>
        <source>step %1 (%2): %3</source>
        <translation>步骤 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="89"/>
        <source>RabbitMQ %1</source>
        <translation>RabbitMQ %1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="91"/>
        <source>Preflight:</source>
        <translation>预检：</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="93"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="94"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="95"/>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="96"/>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="104"/>
        <source>Fixes:</source>
        <translation>修复方式:</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="106"/>
        <source>chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="106"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="106"/>
        <source>advised</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="108"/>
        <source>does not apply: %1</source>
        <translation>不适用:%1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="111"/>
        <source>Choose a fix with --fix KEY to see its steps.</source>
        <translation>用 --fix KEY 选择一种修复方式以查看其步骤。</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="114"/>
        <source>Does not apply: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="116"/>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="118"/>
        <source>Nothing to do: %1</source>
        <translation>无需操作：%1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="120"/>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="125"/>
        <source>DESTRUCTIVE: %1</source>
        <translation>破坏性操作：%1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="127"/>
        <source>check before: %1 — on %2: %3 (%4)</source>
        <translation>执行前检查：%1 — 在 %2 上：%3（%4）</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="130"/>
        <source>writes to the standard input of command %1:</source>
        <translation>写入命令 %1 的标准输入:</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="135"/>
        <source>reads a secret on %1 (never shown or logged): %2 — and writes it to the standard input of command %3</source>
        <translation>在 %1 上读取机密（不会显示或记录）：%2 — 并写入第 %3 条命令的标准输入</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="140"/>
        <source>verify: %1 — on %2: %3 (%4)</source>
        <translation>验证：%1 — 在 %2 上：%3（%4）</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="143"/>
        <source>undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="149"/>
        <source>Verification:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <location filename="../core/ops/Plan.cpp" line="154"/>
        <source>Afterwards:</source>
        <translation>之后:</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="79"/>
        <source>(a secret: its output is never shown or logged)</source>
        <translation>（机密：其输出不会显示或记录）</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="90"/>
        <source>(secret, not logged)</source>
        <translation>（机密，未记录）</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="95"/>
        <source>reading the secret on %1 failed with exit code %2</source>
        <translation>在 %1 上读取机密失败，退出码 %2</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="122"/>
        <location filename="../core/ops/PlanRunner.cpp" line="126"/>
        <location filename="../core/ops/PlanRunner.cpp" line="287"/>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="136"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="164"/>
        <source>not run (dry run)</source>
        <translation>未执行（试运行）</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="166"/>
        <source>dry run: nothing was executed</source>
        <translation>试运行：未执行任何操作</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="188"/>
        <source>choose one of the fixes first: %1</source>
        <translation>请先选择一种修复方式:%1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="207"/>
        <source>cancelled before step %1 (%2)</source>
        <translation>在步骤 %1（%2）之前已取消</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="216"/>
        <source>step %1 (%2) not started, check failed: %3</source>
        <translation>步骤 %1（%2）未开始，检查未通过：%3</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="223"/>
        <location filename="../core/ops/PlanRunner.cpp" line="235"/>
        <source>step %1 (%2) failed: %3</source>
        <translation>步骤 %1（%2）失败：%3</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="234"/>
        <source>step %1 (%2) failed: %3 exited with %4</source>
        <translation>步骤 %1（%2）失败：%3 的退出码为 %4</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="243"/>
        <source>step %1 (%2) ran but is not verified: %3</source>
        <translation>步骤 %1（%2）已执行，但验证未通过：%3</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="249"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="258"/>
        <source>every step ran but the result is not verified: %1</source>
        <translation>所有步骤均已执行，但结果验证未通过：%1</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="263"/>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="275"/>
        <source>nothing to undo: no step had completed</source>
        <translation>无可撤销：没有已完成的步骤</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="286"/>
        <source>undo of step %1 (%2) failed: %3</source>
        <translation>撤销步骤 %1（%2）失败：%3</translation>
    </message>
    <message>
        <location filename="../core/ops/PlanRunner.cpp" line="292"/>
        <source>undone: %1</source>
        <translation>已撤销：%1</translation>
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
        <translation>输入过大：超过 %1 MiB</translation>
    </message>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="105"/>
        <location filename="../core/haproxy/StatCsv.cpp" line="144"/>
        <source>HAProxy sent no statistics</source>
        <translation>HAProxy 未返回统计数据</translation>
    </message>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="111"/>
        <source>quoted field not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="131"/>
        <source>not HAProxy statistics: expected a header line starting with &quot;# pxname&quot;, found &quot;%1&quot;</source>
        <translation>不是 HAProxy 统计数据：应为以“# pxname”开头的表头行，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="148"/>
        <source>the statistics header has no &quot;%1&quot; column</source>
        <translation>统计表头中没有“%1”列</translation>
    </message>
    <message>
        <location filename="../core/haproxy/StatCsv.cpp" line="175"/>
        <source>the line has %1 fields but the header names %2</source>
        <translation>该行有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="33"/>
        <source>the management API sent an empty answer</source>
        <translation>管理 API 返回了空应答</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="38"/>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="455"/>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="51"/>
        <source>the management API answered with an error: %1</source>
        <translation>管理 API 返回错误：%1</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="83"/>
        <source>expected a JSON array of nodes from /api/nodes</source>
        <translation>/api/nodes 应返回节点的 JSON 数组</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="93"/>
        <source>entry %1 of /api/nodes is not a node with a name</source>
        <translation>/api/nodes 的第 %1 项不是带名称的节点</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="138"/>
        <source>expected a JSON object from /api/overview</source>
        <translation>/api/overview 应返回 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/parse/ApiParsers.cpp" line="153"/>
        <source>the JSON object is not an /api/overview answer</source>
        <translation>该 JSON 对象不是 /api/overview 的应答</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="275"/>
        <source>the term is not a cluster status: it has neither &quot;nodes&quot; nor &quot;running_nodes&quot;</source>
        <translation>该项不是集群状态：既没有“nodes”也没有“running_nodes”</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="379"/>
        <source>rabbitmqctl printed nothing</source>
        <translation>rabbitmqctl 没有输出</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="410"/>
        <source>this is the text output of RabbitMQ 3.8 or later: run cluster_status with --formatter json</source>
        <translation>这是 RabbitMQ 3.8 及以上版本的文本输出：请使用 --formatter json 运行 cluster_status</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="416"/>
        <source>no cluster status found in the output: %1</source>
        <translation>输出中未找到集群状态：%1</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="460"/>
        <source>the JSON object is not a cluster status: it has no disk_nodes or running_nodes</source>
        <translation>该 JSON 对象不是集群状态：没有 disk_nodes 或 running_nodes</translation>
    </message>
    <message>
        <location filename="../core/parse/ClusterStatusParser.cpp" line="473"/>
        <source>no JSON object found in the output: %1</source>
        <translation>输出中未找到 JSON 对象：%1</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="135"/>
        <source>unexpected end of input</source>
        <translation>输入意外结束</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="136"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="142"/>
        <source>more than %1 terms</source>
        <translation>超过 %1 个项</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="151"/>
        <source>unexpected end of input: expected a term</source>
        <translation>输入意外结束：应为一个项</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="160"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="169"/>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="175"/>
        <source>unsupported term: records, references, ports and funs cannot be read</source>
        <translation>不支持的项：无法读取 record、reference、port 和 fun</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="218"/>
        <source>unexpected variable name: atoms that start with &apos;%1&apos; need quotes</source>
        <translation>意外的变量名：以“%1”开头的原子需要加引号</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="239"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="289"/>
        <source>unexpected end of input: expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>输入意外结束：应为“,”或“%1”</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="250"/>
        <source>improper lists ([Head|Tail]) are not supported</source>
        <translation>不支持非正规列表（[Head|Tail]）</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="252"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="570"/>
        <source>the term was cut short (&apos;...&apos;)</source>
        <translation>该项被截断（“...”）</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="253"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="299"/>
        <source>expected &apos;,&apos; or &apos;%1&apos; but found &apos;%2&apos;</source>
        <translation>应为“,”或“%1”，实际为“%2”</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="273"/>
        <source>unexpected end of input: expected &apos;=&gt;&apos;</source>
        <translation>输入意外结束：应为“=&gt;”</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="274"/>
        <source>expected &apos;=&gt;&apos; but found &apos;%1&apos;</source>
        <translation>应为“=&gt;”，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="343"/>
        <source>invalid radix %1: it must be 2 to 36</source>
        <translation>无效的进制 %1：必须在 2 到 36 之间</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="347"/>
        <source>expected digits of base %1</source>
        <translation>应为 %1 进制的数字</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="372"/>
        <source>invalid float %1</source>
        <translation>无效的浮点数 %1</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="402"/>
        <source>unexpected end of input: expected a character</source>
        <translation>输入意外结束：应为一个字符</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="426"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="442"/>
        <source>unexpected end of input in an escape sequence</source>
        <translation>转义序列中输入意外结束</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="459"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="464"/>
        <source>invalid escape sequence</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="470"/>
        <source>invalid character code in an escape sequence</source>
        <translation>转义序列中的字符编码无效</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="516"/>
        <source>quoted atom not closed</source>
        <translation>带引号的原子未闭合</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="517"/>
        <source>string not closed</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="545"/>
        <source>unsupported binary segment type &apos;%1&apos;</source>
        <translation>不支持的二进制段类型“%1”</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="551"/>
        <source>binary text beyond Latin-1 must be marked /utf8</source>
        <translation>超出 Latin-1 的二进制文本必须标记为 /utf8</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="561"/>
        <source>binary byte out of range: %1</source>
        <translation>二进制字节超出范围：%1</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="565"/>
        <source>bit strings are not supported</source>
        <translation>不支持位串</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="584"/>
        <source>binary not closed</source>
        <translation>二进制未闭合</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="585"/>
        <source>expected &apos;,&apos; or &apos;&gt;&gt;&apos; but found &apos;%1&apos;</source>
        <translation>应为“,”或“&gt;&gt;”，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="610"/>
        <location filename="../core/parse/ErlangTerm.cpp" line="623"/>
        <source>invalid process id</source>
        <translation>无效的进程 ID</translation>
    </message>
    <message>
        <location filename="../core/parse/ErlangTerm.cpp" line="665"/>
        <source>unexpected &apos;%1&apos; after the term</source>
        <translation>项之后出现意外的“%1”</translation>
    </message>
    <message>
        <location filename="../core/parse/ParseError.cpp" line="12"/>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../core/parse/ParseError.cpp" line="14"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../core/model/MessageRates.cpp" line="31"/>
        <source>the overview is not a JSON object: %1</source>
        <translation>overview 应答不是 JSON 对象：%1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="144"/>
        <source>the profile is not valid JSON: %1</source>
        <translation>配置文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="147"/>
        <source>the profile must be a JSON object</source>
        <translation>配置文件必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="151"/>
        <source>unsupported profile format &quot;%1&quot; (expected %2)</source>
        <translation>不支持的配置文件格式“%1”（应为 %2）</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="156"/>
        <source>the profile has no cluster name</source>
        <translation>配置文件中没有集群名称</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="166"/>
        <source>the profile contains a plain-text API password; remove it (Warren keeps passwords in the keyring or asks for them)</source>
        <translation>配置文件包含明文 API 密码；请将其删除（Warren 将密码保存在密钥环中，或在需要时询问）</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="179"/>
        <source>host name &quot;%1&quot; is not a valid host name</source>
        <translation>主机名“%1”无效</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="183"/>
        <source>address &quot;%1&quot; of host %2 is not a valid address</source>
        <translation>主机 %2 的地址“%1”无效</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="188"/>
        <source>the profile lists no hosts</source>
        <translation>配置文件中没有列出主机</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="199"/>
        <location filename="../core/profile/ClusterProfile.cpp" line="202"/>
        <source>haproxy.reload must be a list of strings (program and arguments)</source>
        <translation>haproxy.reload 必须是字符串列表（程序及其参数）</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="213"/>
        <source>cannot read profile %1: %2</source>
        <translation>无法读取配置文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="215"/>
        <source>profile %1 is too large</source>
        <translation>配置文件 %1 过大</translation>
    </message>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="228"/>
        <location filename="../core/profile/ClusterProfile.cpp" line="234"/>
        <source>cannot write profile %1: %2</source>
        <translation>无法写入配置文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/ProfileStore.cpp" line="73"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="9"/>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="10"/>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="11"/>
        <source>Displays help including Qt specific options.</source>
        <translation>显示帮助，包括 Qt 专用选项。</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="12"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="13"/>
        <source>Unknown options: %1.</source>
        <translation>未知选项：%1。</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="14"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>“%1”之后缺少值。</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="15"/>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="16"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="17"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../widgets/QtStrings.cpp" line="18"/>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../core/queues/QueueExport.cpp" line="164"/>
        <source>unterminated quoted field in CSV</source>
        <translation>CSV 中带引号的字段未闭合</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueFilter.cpp" line="39"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>无效的正则表达式“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="49"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="79"/>
        <source>API on %1</source>
        <translation>%1 上的 API</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="105"/>
        <source>unreadable /api/queues answer: %1</source>
        <translation>无法解析 /api/queues 应答：%1</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="116"/>
        <source>management API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="116"/>
        <source>no host in the profile has an API URL</source>
        <translation>配置文件中没有主机设置了 API URL</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="128"/>
        <source>SSH on %1</source>
        <translation>%1 上的 SSH</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="144"/>
        <source>rabbitmqctl list_vhosts failed (exit %1): %2</source>
        <translation>rabbitmqctl list_vhosts 失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="180"/>
        <source>rabbitmqctl list_queues -p %1 failed: %2</source>
        <translation>rabbitmqctl list_queues -p %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueCollector.cpp" line="186"/>
        <source>unreadable list_queues output: %1</source>
        <translation>无法解析 list_queues 输出：%1</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="91"/>
        <source>expected &apos;%1&apos;</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="108"/>
        <location filename="../core/queues/QueueParsers.cpp" line="278"/>
        <source>unexpected character</source>
        <translation>意外的字符</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="127"/>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="178"/>
        <location filename="../core/queues/QueueParsers.cpp" line="183"/>
        <source>invalid \u escape</source>
        <translation>无效的 \u 转义</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="195"/>
        <source>invalid escape in string</source>
        <translation>字符串中的转义无效</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="199"/>
        <source>unterminated string</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="228"/>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="231"/>
        <source>unexpected end of input</source>
        <translation>输入意外结束</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="298"/>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="304"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="466"/>
        <source>a queue without a name</source>
        <translation>某个队列没有名称</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="527"/>
        <source>expected a list of queues</source>
        <translation>应为队列列表</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="527"/>
        <source>the API refused: %1</source>
        <translation>API 拒绝了请求：%1</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="678"/>
        <source>list_queues columns must start with name</source>
        <translation>list_queues 的列必须以 name 开头</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="721"/>
        <source>queue &quot;%1&quot;: a counter is not a number</source>
        <translation>队列“%1”：某个计数值不是数字</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="773"/>
        <source>a row with %1 of %2 columns</source>
        <translation>某行只有 %1 列（应为 %2 列）</translation>
    </message>
    <message>
        <location filename="../core/queues/QueueParsers.cpp" line="783"/>
        <source>a row with too few columns</source>
        <translation>某行的列数过少</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="31"/>
        <source>kept in memory for this session only; Warren asks again next time</source>
        <translation>仅在本次会话中保存在内存里；下次 Warren 会再次询问</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="58"/>
        <source>secret file %1 is readable by other users; restrict it with chmod 600</source>
        <translation>凭据文件 %1 可被其他用户读取；请用 chmod 600 限制权限</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="65"/>
        <source>cannot read secret file %1: %2</source>
        <translation>无法读取凭据文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/secrets/KeychainSecretStore.cpp" line="108"/>
        <source>kept in the desktop keyring</source>
        <translation>保存在桌面密钥环中</translation>
    </message>
</context>
<context>
    <name>Ssh</name>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="69"/>
        <source>cannot create an SSH session</source>
        <translation>无法创建 SSH 会话</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="99"/>
        <location filename="../core/ssh/SshSession.cpp" line="203"/>
        <location filename="../core/ssh/SshSession.cpp" line="277"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="103"/>
        <source>%1 (%2): no SSH answer within %3 s</source>
        <translation>%1（%2）：%3 秒内没有 SSH 应答</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="120"/>
        <source>cannot reach %1 (%2) over SSH: %3</source>
        <translation>无法通过 SSH 连接 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="126"/>
        <source>%1 sent no host key</source>
        <translation>%1 没有发送主机密钥</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="147"/>
        <source>the host key of %1 (%2) has CHANGED (now %3 %4); someone may be intercepting the connection. Warren refuses to connect; if the host was reinstalled, remove its old entry from %5</source>
        <translation>%1（%2）的主机密钥已更改（现在为 %3 %4）；可能有人正在拦截连接。Warren 拒绝连接；如果该主机已重装，请从 %5 中删除其旧条目</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="153"/>
        <location filename="../core/ssh/SshSession.cpp" line="158"/>
        <source>the host key of %1 (%2) is not known yet: %3 %4</source>
        <translation>%1（%2）的主机密钥尚未登记：%3 %4</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="164"/>
        <source>cannot check the host key of %1: %2</source>
        <translation>无法检查 %1 的主机密钥：%2</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="179"/>
        <source>cannot record the host key of %1 in %2: %3</source>
        <translation>无法将 %1 的主机密钥记录到 %2：%3</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="194"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="199"/>
        <source>the host key of %1 is not trusted</source>
        <translation>%1 的主机密钥不受信任</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="211"/>
        <source>cannot read the private key %1 (missing, unreadable or protected by a passphrase: use ssh-agent for such keys)</source>
        <translation>无法读取私钥 %1（文件缺失、不可读或受密码短语保护：此类密钥请使用 ssh-agent）</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="226"/>
        <source>%1 refused the login of user &quot;%2&quot; (key or password not accepted)</source>
        <translation>%1 拒绝了用户“%2”的登录（密钥或密码未被接受）</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="248"/>
        <source>cannot open a channel to %1</source>
        <translation>无法打开到 %1 的通道</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="257"/>
        <source>%1 did not run the command: %2</source>
        <translation>%1 未执行命令：%2</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="265"/>
        <source>the connection to %1 broke while sending data</source>
        <translation>发送数据时与 %1 的连接中断</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="281"/>
        <source>the command on %1 did not finish within %2 s</source>
        <translation>%1 上的命令未在 %2 秒内完成</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="288"/>
        <source>the connection to %1 broke during the command: %2</source>
        <translation>命令执行期间与 %1 的连接中断：%2</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="295"/>
        <source>the command on %1 printed more than %2 MiB</source>
        <translation>%1 上的命令输出超过 %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/ssh/SshSession.cpp" line="318"/>
        <source>%1 did not report the command&apos;s exit status</source>
        <translation>%1 未报告命令的退出状态</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../core/status/ConnectionTest.cpp" line="38"/>
        <source>OK (host name %1)</source>
        <translation>正常（主机名 %1）</translation>
    </message>
    <message>
        <location filename="../core/status/ConnectionTest.cpp" line="39"/>
        <source>logged in, but `hostname` failed (exit %1)</source>
        <translation>已登录，但 `hostname` 执行失败（退出码 %1）</translation>
    </message>
    <message>
        <location filename="../core/status/ConnectionTest.cpp" line="58"/>
        <source>OK (RabbitMQ %1 on %2)</source>
        <translation>正常（RabbitMQ %1，节点 %2）</translation>
    </message>
    <message>
        <location filename="../core/status/ConnectionTest.cpp" line="59"/>
        <source>unreadable answer: %1</source>
        <translation>无法解析的应答：%1</translation>
    </message>
    <message>
        <location filename="../core/status/ConnectionTest.cpp" line="92"/>
        <source>%1 now presents key %2, not the %3 you accepted; nothing was recorded</source>
        <translation>%1 现在提供的密钥是 %2，而不是您接受的 %3；未记录任何内容</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="51"/>
        <source>no API password is known for user &quot;%1&quot; in this session</source>
        <translation>本次会话中没有用户“%1”的 API 密码</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="79"/>
        <source>API on %1</source>
        <translation>%1 上的 API</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="94"/>
        <source>unreadable /api/nodes answer: %1</source>
        <translation>无法解析 /api/nodes 应答：%1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="121"/>
        <source>management API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="121"/>
        <source>no host in the profile has an API URL</source>
        <translation>配置文件中没有主机设置了 API URL</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="130"/>
        <source>SSH on %1</source>
        <translation>%1 上的 SSH</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="155"/>
        <source>rabbitmqctl cluster_status failed (exit %1): %2</source>
        <translation>rabbitmqctl cluster_status 失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="160"/>
        <source>unreadable cluster_status output: %1</source>
        <translation>无法解析 cluster_status 输出：%1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="185"/>
        <location filename="../core/status/StatusCollector.cpp" line="188"/>
        <location filename="../core/status/StatusCollector.cpp" line="190"/>
        <source>HAProxy stats page</source>
        <translation>HAProxy 统计页面</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="188"/>
        <location filename="../core/status/StatusCollector.cpp" line="214"/>
        <source>unreadable stats CSV: %1</source>
        <translation>无法解析统计 CSV：%1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="196"/>
        <source>HAProxy stats socket on %1</source>
        <translation>%1 上的 HAProxy 统计套接字</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="209"/>
        <source>socat failed (exit %1): %2</source>
        <translation>socat 失败（退出码 %1）：%2</translation>
    </message>
</context>
<context>
    <name>warren::ClusterDialog</name>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="338"/>
        <source>Edit Cluster %1</source>
        <translation>编辑集群 %1</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="338"/>
        <source>Add Cluster</source>
        <translation>添加集群</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="339"/>
        <source>Cluster</source>
        <comment>a RabbitMQ cluster</comment>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="340"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="341"/>
        <location filename="../widgets/ClusterDialog.cpp" line="380"/>
        <location filename="../widgets/ClusterDialog.cpp" line="382"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="342"/>
        <source>How Warren lists this cluster</source>
        <translation>Warren 中显示的集群名称</translation>
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
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="346"/>
        <source>Login user on every host</source>
        <translation>每台主机上的登录用户</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="347"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="348"/>
        <source>Private key:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="349"/>
        <source>Empty: use ssh-agent</source>
        <translation>留空：使用 ssh-agent</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="350"/>
        <location filename="../widgets/ClusterDialog.cpp" line="354"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="351"/>
        <source>Choose the private key file</source>
        <translation>选择私钥文件</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="352"/>
        <source>known_hosts file:</source>
        <translation>known_hosts 文件：</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="353"/>
        <source>Empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="355"/>
        <source>Choose the known_hosts file Warren checks host keys against</source>
        <translation>选择 Warren 用于核对主机密钥的 known_hosts 文件</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="356"/>
        <source>Run privileged commands through sudo -n</source>
        <translation>通过 sudo -n 运行特权命令</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="358"/>
        <source>rabbitmqctl and service commands run as &quot;sudo -n …&quot;: the user needs passwordless sudo for them</source>
        <translation>rabbitmqctl 和服务命令以“sudo -n …”运行：该用户需要对这些命令有免密码 sudo 权限</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="360"/>
        <source>Management API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="362"/>
        <source>A user with the monitoring or administrator tag</source>
        <translation>具有 monitoring 或 administrator 标签的用户</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="363"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="364"/>
        <source>Not saved to disk</source>
        <translation>不会保存到磁盘</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="365"/>
        <source>The password is %1. It is never written to the profile or the settings.</source>
        <translation>密码%1。它绝不会写入配置文件或设置。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="369"/>
        <source>When empty, it is read from %1.</source>
        <translation>留空时从 %1 读取。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="371"/>
        <source>Verify TLS certificates</source>
        <translation>验证 TLS 证书</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="372"/>
        <source>Check the API&apos;s certificate against the system&apos;s trusted authorities</source>
        <translation>用系统信任的证书颁发机构验证 API 的证书</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="373"/>
        <source>Certificates are not verified: anyone on the network path can pose as the API and read the password.</source>
        <translation>不验证证书：网络路径上的任何人都可以冒充 API 并读取密码。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="376"/>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="377"/>
        <source>Stats host:</source>
        <translation>统计主机：</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="378"/>
        <source>Host name from the list, reached over SSH</source>
        <translation>主机列表中的主机名，通过 SSH 访问</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="379"/>
        <source>Stats socket:</source>
        <translation>统计套接字：</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="381"/>
        <source>Stats URL:</source>
        <translation>统计 URL：</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="383"/>
        <source>HAProxy&apos;s CSV stats page; used instead of the socket when set</source>
        <translation>HAProxy 的 CSV 统计页面；设置后代替套接字使用</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="385"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="386"/>
        <source>Name</source>
        <comment>host name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="386"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="387"/>
        <source>Node name</source>
        <comment>RabbitMQ node name, e.g. rabbit@host</comment>
        <translation>节点名</translation>
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
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="388"/>
        <source>Empty: rabbit@ followed by the host name</source>
        <translation>留空：rabbit@ 加主机名</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="390"/>
        <source>Management API base URL, e.g. %1</source>
        <translation>管理 API 的基础 URL，例如 %1</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="392"/>
        <source>Comma-separated: rabbitmq (runs a RabbitMQ node), haproxy (runs HAProxy)</source>
        <translation>以逗号分隔：rabbitmq（运行 RabbitMQ 节点）、haproxy（运行 HAProxy）</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="393"/>
        <source>Add Host</source>
        <translation>添加主机</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="394"/>
        <source>Remove Host</source>
        <translation>移除主机</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="396"/>
        <source>Connection Test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="397"/>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="398"/>
        <source>Log in over SSH and to the management API on every host</source>
        <translation>在每台主机上登录 SSH 和管理 API</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="399"/>
        <source>Cancel Test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="400"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="400"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="405"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="406"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="502"/>
        <source>Enter a name for the cluster.</source>
        <translation>请输入集群名称。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="504"/>
        <location filename="../widgets/ClusterDialog.cpp" line="588"/>
        <source>Add at least one host.</source>
        <translation>请至少添加一台主机。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="509"/>
        <source>Host %1 in the list needs a name and an address.</source>
        <translation>列表中的第 %1 台主机需要名称和地址。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="511"/>
        <source>The host name %1 appears twice.</source>
        <translation>主机名 %1 重复出现。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="516"/>
        <source>The API URL of %1 must start with http:// or https://.</source>
        <translation>%1 的 API URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="519"/>
        <source>The HAProxy stats host %1 is not in the host list.</source>
        <translation>HAProxy 统计主机 %1 不在主机列表中。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="521"/>
        <source>The HAProxy stats URL is not a valid URL.</source>
        <translation>HAProxy 统计 URL 无效。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="546"/>
        <source>Choose Private Key</source>
        <translation>选择私钥</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="555"/>
        <source>Choose known_hosts File</source>
        <translation>选择 known_hosts 文件</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="612"/>
        <location filename="../widgets/ClusterDialog.cpp" line="615"/>
        <source>testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="663"/>
        <source>not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="717"/>
        <location filename="../widgets/ClusterDialog.cpp" line="730"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="717"/>
        <location filename="../widgets/ClusterDialog.cpp" line="730"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="727"/>
        <source>not tested (no API URL)</source>
        <translation>未测试（无 API URL）</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="741"/>
        <source>Checks SSH login and the management API of every host.</source>
        <translation>检查每台主机的 SSH 登录和管理 API。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ClusterDialog.cpp" line="743"/>
        <source>Testing %n host(s)…</source>
        <translation>
            <numerusform>正在测试 %n 台主机…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="745"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="747"/>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <location filename="../widgets/ClusterDialog.cpp" line="759"/>
        <source>Done: SSH OK on %1 of %2, API OK on %3 of %4.</source>
        <translation>完成：SSH 正常 %1/%2，API 正常 %3/%4。</translation>
    </message>
</context>
<context>
    <name>warren::ClusterGraphPanel</name>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="153"/>
        <source>No data: %1</source>
        <comment>why the graph is empty</comment>
        <translation>无数据：%1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="154"/>
        <source>Stale since %1 — %2</source>
        <comment>time of the last good data — why the sources stopped answering</comment>
        <translation>自 %1 起数据过期 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="163"/>
        <source>Updated %1</source>
        <comment>time of the last snapshot</comment>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="166"/>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="187"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="188"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="189"/>
        <source>Fit</source>
        <comment>zoom the graph to fit the view</comment>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="190"/>
        <source>Fit the whole graph in the view</source>
        <translation>缩放以在视图中显示整个拓扑图</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="191"/>
        <source>Zoom level</source>
        <translation>缩放级别</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphPanel.cpp" line="192"/>
        <source>Drag to pan · right-click a node for actions</source>
        <comment>graph usage hint</comment>
        <translation>拖动可平移 · 右键单击节点可执行操作</translation>
    </message>
</context>
<context>
    <name>warren::ClusterGraphView</name>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="38"/>
        <source>Coming with the wizards</source>
        <comment>placeholder for an operation not built yet</comment>
        <translation>将随向导功能提供</translation>
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
        <translation>网络分区：%1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="441"/>
        <source>Show &amp;Details</source>
        <comment>of a RabbitMQ node</comment>
        <translation>显示详情(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="444"/>
        <source>&amp;Copy Node Name</source>
        <comment>RabbitMQ node</comment>
        <translation>复制节点名(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="448"/>
        <source>Stop Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>停止节点…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="449"/>
        <source>Start Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>启动节点…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="450"/>
        <source>Restart Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>重启节点…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="451"/>
        <source>Change Node Type (disc/ram)…</source>
        <comment>RabbitMQ node type</comment>
        <translation>更改节点类型（磁盘/内存）…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="452"/>
        <source>Remove Node from Cluster…</source>
        <comment>RabbitMQ node</comment>
        <translation>从集群中移除节点…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="453"/>
        <source>Rebalance Queue Leaders…</source>
        <comment>quorum queue leaders / classic mirrored queue masters</comment>
        <translation>重新均衡队列领导者/主副本…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="463"/>
        <source>&amp;Copy Server Name</source>
        <comment>HAProxy server</comment>
        <translation>复制服务器名(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="468"/>
        <source>Put Server in Maintenance…</source>
        <comment>HAProxy server</comment>
        <translation>将服务器置于维护状态…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="469"/>
        <source>Make Server Ready…</source>
        <comment>HAProxy server</comment>
        <translation>将服务器设为就绪…</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ClusterGraphView.cpp" line="470"/>
        <source>Switch Active and Backup…</source>
        <comment>HAProxy servers</comment>
        <translation>切换主用与备用…</translation>
    </message>
</context>
<context>
    <name>warren::ClusterPoller</name>
    <message>
        <location filename="../models/ClusterPoller.cpp" line="147"/>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../models/ClusterPoller.cpp" line="151"/>
        <source>No source answered</source>
        <translation>没有数据源应答</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ClusterPoller.cpp" line="171"/>
        <source>No answer for %n second(s)</source>
        <translation>
            <numerusform>%n 秒无应答</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::EventLogModel</name>
    <message>
        <location filename="../models/EventLogModel.cpp" line="69"/>
        <source>Time</source>
        <comment>when an event happened</comment>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../models/EventLogModel.cpp" line="71"/>
        <source>Event</source>
        <comment>a change seen in the cluster</comment>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyServerModel</name>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="154"/>
        <source>Proxy</source>
        <comment>HAProxy frontend/backend (listen section) name</comment>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="156"/>
        <source>Server</source>
        <comment>HAProxy backend server</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="158"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="160"/>
        <source>Role</source>
        <comment>HAProxy server role: active or backup</comment>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="162"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="164"/>
        <source>Last check</source>
        <comment>result of HAProxy&apos;s last health check</comment>
        <translation>最近检查</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="166"/>
        <source>Since</source>
        <comment>time since the server&apos;s status last changed</comment>
        <translation>持续时间</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="168"/>
        <source>Sessions</source>
        <comment>current HAProxy sessions to this server</comment>
        <translation>会话数</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="173"/>
        <source>Active servers take traffic; backup servers only when no active server is up.</source>
        <translation>主用服务器承载流量；仅当没有主用服务器在线时才使用备用服务器。</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="175"/>
        <source>Result of the last health check (L4OK: TCP connect worked)</source>
        <translation>最近一次健康检查的结果（L4OK：TCP 连接成功）</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="177"/>
        <source>Time since the status last changed</source>
        <translation>自上次状态变化以来的时间</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="179"/>
        <source>Current sessions (client connections) to this server</source>
        <translation>到此服务器的当前会话（客户端连接）</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="208"/>
        <source>%1 for %2</source>
        <translation>%1，已持续 %2</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="228"/>
        <source>backup</source>
        <comment>HAProxy backup server</comment>
        <translation>备用</translation>
    </message>
    <message>
        <location filename="../models/HaproxyServerModel.cpp" line="228"/>
        <source>active</source>
        <comment>HAProxy active server</comment>
        <translation>主用</translation>
    </message>
</context>
<context>
    <name>warren::HostKeyDialog</name>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="169"/>
        <source>Unknown SSH host key</source>
        <translation>未知的 SSH 主机密钥</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="171"/>
        <source>The authenticity of host &quot;%1 (%2)&quot; can&apos;t be established.</source>
        <translation>无法确认主机“%1 (%2)”的真实性。</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="172"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="173"/>
        <source>SSH port:</source>
        <translation>SSH 端口：</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="174"/>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="175"/>
        <source>%1 key fingerprint:</source>
        <translation>%1 密钥指纹：</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="176"/>
        <source>the known_hosts file</source>
        <translation>known_hosts 文件</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="179"/>
        <source>No known_hosts entry vouches for this key. Compare the fingerprint with the one the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host). Trusting it adds the key to %1.</source>
        <translation>没有任何 known_hosts 条目能证明此密钥。请将指纹与服务器管理员提供的指纹进行比对（在该主机上运行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）。信任后，该密钥将添加到 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="183"/>
        <source>Are you sure you want to trust it and continue connecting?</source>
        <translation>确定要信任它并继续连接吗？</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="184"/>
        <source>Saving host key…</source>
        <translation>正在保存主机密钥…</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="184"/>
        <source>Trust and connect</source>
        <translation>信任并连接</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="185"/>
        <source>Record this key in known_hosts and connect</source>
        <translation>将此密钥记录到 known_hosts 并连接</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="186"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/HostKeyDialog.cpp" line="210"/>
        <source>The host key was not saved: %1</source>
        <translation>主机密钥未保存：%1</translation>
    </message>
</context>
<context>
    <name>warren::LiveChartsPanel</name>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="132"/>
        <source>Memory used (MiB; dashed: high watermark)</source>
        <comment>RabbitMQ memory high watermark</comment>
        <translation>已用内存（MiB；虚线：高水位线）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="134"/>
        <source>File descriptors</source>
        <translation>文件描述符</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="136"/>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="138"/>
        <source>Erlang processes</source>
        <translation>Erlang 进程</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="140"/>
        <source>Cluster message rates (per second)</source>
        <translation>集群消息速率（每秒）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="142"/>
        <source>Cluster messages ready / unacknowledged</source>
        <translation>集群消息：就绪 / 未确认</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="172"/>
        <source>Time window</source>
        <comment>how much history the charts show</comment>
        <translation>时间范围</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="175"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="175"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="177"/>
        <source>How far back the charts go (kept in memory while the window is open)</source>
        <translation>图表显示的历史时长（窗口打开期间保存在内存中）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="178"/>
        <source>Node charts: one line per node; gaps where a node was down or did not report.</source>
        <comment>RabbitMQ nodes</comment>
        <translation>节点图表：每个节点一条曲线；节点宕机或未上报数据时曲线会中断。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="204"/>
        <source>publish</source>
        <comment>message rate</comment>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="205"/>
        <source>deliver / get</source>
        <comment>message rate</comment>
        <translation>投递 / 获取</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="206"/>
        <source>ack</source>
        <comment>message rate: acknowledgements</comment>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="208"/>
        <source>ready</source>
        <comment>messages ready for delivery</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../widgets/charts/LiveChartsPanel.cpp" line="209"/>
        <source>unacknowledged</source>
        <comment>messages delivered, not yet acknowledged</comment>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>warren::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="463"/>
        <source>&amp;Cluster</source>
        <comment>menu: RabbitMQ cluster</comment>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="464"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="465"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="466"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="468"/>
        <source>&amp;Add Cluster…</source>
        <translation>添加集群(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="469"/>
        <source>Add a RabbitMQ cluster to Warren</source>
        <translation>向 Warren 添加一个 RabbitMQ 集群</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="470"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="471"/>
        <source>Edit the selected cluster&apos;s hosts and credentials</source>
        <translation>编辑所选集群的主机和凭据</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="472"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="473"/>
        <source>Remove the selected cluster from Warren (the cluster itself is not touched)</source>
        <translation>从 Warren 中移除所选集群（不会改动集群本身）</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="474"/>
        <source>Refresh &amp;Now</source>
        <translation>立即刷新(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="475"/>
        <source>Collect the cluster status now</source>
        <translation>立即采集集群状态</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="476"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="477"/>
        <source>Quit Warren</source>
        <translation>退出 Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="478"/>
        <source>&amp;About Warren</source>
        <translation>关于 Warren(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="479"/>
        <source>Version and license</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="483"/>
        <source>Poll every</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="484"/>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="485"/>
        <source>How often Warren collects the cluster status</source>
        <translation>Warren 采集集群状态的频率</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="487"/>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="488"/>
        <source>Saved clusters; double-click to edit</source>
        <translation>已保存的集群；双击可编辑</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="489"/>
        <source>Nodes</source>
        <comment>RabbitMQ nodes</comment>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="490"/>
        <source>HAProxy Servers</source>
        <translation>HAProxy 服务器</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="491"/>
        <source>Sources</source>
        <comment>where the status came from</comment>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="492"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="492"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="493"/>
        <source>Overall state: nodes running, alarms, partitions, HAProxy servers, sources</source>
        <translation>总体状态：节点运行情况、告警、网络分区、HAProxy 服务器、数据源</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="500"/>
        <source>%1
Cannot be loaded: %2</source>
        <translation>%1
无法加载：%2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="505"/>
        <source>Graph</source>
        <comment>the cluster drawn as nodes and links</comment>
        <translation>拓扑图</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="506"/>
        <source>Tables</source>
        <comment>nodes and HAProxy servers as tables</comment>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="507"/>
        <source>Events</source>
        <comment>changes seen in the cluster</comment>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="508"/>
        <source>Charts</source>
        <comment>live charts of node figures</comment>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="509"/>
        <source>Memory, file descriptors, sockets and Erlang processes per node over time</source>
        <translation>各节点的内存、文件描述符、套接字和 Erlang 进程随时间的变化</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="510"/>
        <source>Nodes, cluster links and HAProxy as a live graph</source>
        <translation>以实时拓扑图显示节点、集群连接和 HAProxy</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="511"/>
        <source>Nodes, HAProxy servers and sources as tables</source>
        <translation>以表格显示节点、HAProxy 服务器和数据源</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="512"/>
        <source>What changed between refreshes while this window was open</source>
        <translation>本窗口打开期间，各次刷新之间发生的变化</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="532"/>
        <source>Resume &amp;Polling</source>
        <translation>恢复轮询(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="532"/>
        <source>&amp;Pause Polling</source>
        <translation>暂停轮询(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="533"/>
        <source>Resume collecting the cluster status</source>
        <translation>恢复采集集群状态</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="534"/>
        <source>Stop collecting the cluster status until resumed</source>
        <translation>停止采集集群状态，直到恢复</translation>
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
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="667"/>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="671"/>
        <source>No source answered</source>
        <translation>没有数据源应答</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="691"/>
        <location filename="../widgets/MainWindow.cpp" line="760"/>
        <source>No cluster selected</source>
        <translation>未选择集群</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="693"/>
        <source>Add a cluster with Cluster &gt; Add Cluster…, or start Warren with --cluster PROFILE.json.</source>
        <translation>通过“集群 &gt; 添加集群…”添加一个集群，或使用 --cluster PROFILE.json 启动 Warren。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="694"/>
        <source>Select a cluster on the left.</source>
        <translation>请在左侧选择一个集群。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="702"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="702"/>
        <location filename="../widgets/MainWindow.cpp" line="760"/>
        <source>No status collected yet</source>
        <translation>尚未采集到状态</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="705"/>
        <source>RabbitMQ cluster name %1</source>
        <comment>RabbitMQ&apos;s own cluster_name setting</comment>
        <translation>RabbitMQ 集群名 %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="707"/>
        <source>via the management API</source>
        <translation>通过管理 API</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="709"/>
        <source>via SSH (rabbitmqctl)</source>
        <translation>通过 SSH（rabbitmqctl）</translation>
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
            <numerusform>%n 个节点，%1 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="715"/>
        <source>HAProxy: %1 of %n server(s) up</source>
        <translation>
            <numerusform>HAProxy：%n 台服务器中 %1 台在线</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="724"/>
        <source>Stale</source>
        <comment>the data shown is old</comment>
        <translation>数据过期</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="727"/>
        <location filename="../widgets/MainWindow.cpp" line="744"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="732"/>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="736"/>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="740"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="770"/>
        <source>answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="780"/>
        <source>Last updated %1</source>
        <translation>最后更新 %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="783"/>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="789"/>
        <source>Stale: %1</source>
        <translation>数据过期：%1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="791"/>
        <source>The tables show the last data collected; the sources stopped answering.</source>
        <translation>表格显示的是最后采集到的数据；数据源已停止应答。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="794"/>
        <source>%n source(s) not answering</source>
        <translation>
            <numerusform>%n 个数据源无应答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="796"/>
        <source>See Sources for the errors</source>
        <translation>错误详情见“数据源”</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="803"/>
        <source>Polling off</source>
        <translation>轮询已关闭</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="805"/>
        <source>Polling paused</source>
        <translation>轮询已暂停</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="807"/>
        <source>Polling every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒轮询一次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="825"/>
        <location filename="../widgets/MainWindow.cpp" line="852"/>
        <source>The cluster was not saved: %1</source>
        <translation>集群未保存：%1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="832"/>
        <source>Cluster %1 added.</source>
        <translation>已添加集群 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="870"/>
        <source>Remove Cluster</source>
        <translation>移除集群</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="871"/>
        <source>Remove %1 from Warren? The RabbitMQ cluster itself is not changed.</source>
        <translation>要从 Warren 中移除 %1 吗？RabbitMQ 集群本身不会被改动。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="873"/>
        <source>The profile file %1 is deleted.</source>
        <translation>配置文件 %1 将被删除。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="874"/>
        <source>The profile file %1 is kept.</source>
        <translation>配置文件 %1 将保留。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="875"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="877"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="899"/>
        <source>The translation for %1 could not be loaded.</source>
        <translation>无法加载 %1 的翻译。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="920"/>
        <source>SSH does not know the host key of %1 yet. Warren will not log in over SSH to an unverified host.</source>
        <translation>SSH 尚不认识 %1 的主机密钥。Warren 不会通过 SSH 登录未经验证的主机。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="922"/>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="925"/>
        <source>Review Host Key…</source>
        <translation>查看主机密钥…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="946"/>
        <source>The host key of %1 was saved.</source>
        <translation>%1 的主机密钥已保存。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="962"/>
        <source>About Warren</source>
        <translation>关于 Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="965"/>
        <source>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Administers RabbitMQ clusters behind HAProxy: status, nodes, HAProxy servers.&lt;/p&gt;&lt;p&gt;Passwords stay in memory; host keys are checked like OpenSSH does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;管理位于 HAProxy 之后的 RabbitMQ 集群：状态、节点、HAProxy 服务器。&lt;/p&gt;&lt;p&gt;密码只保存在内存中；主机密钥按 OpenSSH 的方式进行核对。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="968"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>warren::MessageBanner</name>
    <message>
        <location filename="../widgets/MessageBanner.cpp" line="180"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>warren::NodeDetailsPanel</name>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="130"/>
        <source>Node Details</source>
        <comment>RabbitMQ node</comment>
        <translation>节点详情</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="131"/>
        <source>Select a node in the graph to see its file descriptors, sockets, Erlang processes, memory and disk against their watermarks.</source>
        <comment>RabbitMQ node</comment>
        <translation>在拓扑图中选择一个节点，即可查看其文件描述符、套接字、Erlang 进程、内存和磁盘相对于各自水位线的情况。</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="134"/>
        <source>Last known values: the sources stopped answering.</source>
        <translation>最后已知的值：数据源已停止应答。</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="135"/>
        <source>Node</source>
        <comment>RabbitMQ node</comment>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="135"/>
        <source>Type</source>
        <comment>RabbitMQ node type: disc or ram</comment>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="136"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="136"/>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="136"/>
        <source>Memory</source>
        <comment>used of the high watermark</comment>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="137"/>
        <source>Disk free</source>
        <comment>against the free disk limit (low watermark)</comment>
        <translation>磁盘可用</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="137"/>
        <source>File descriptors</source>
        <translation>文件描述符</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="137"/>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="138"/>
        <source>Erlang processes</source>
        <translation>Erlang 进程</translation>
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
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="139"/>
        <source>Cannot reach</source>
        <comment>peers this node reports as unreachable (partition)</comment>
        <translation>无法连通</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="159"/>
        <source>%1 of %2 high watermark (%3)</source>
        <comment>memory used of the limit (percent)</comment>
        <translation>已用 %1，高水位线 %2（%3）</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="168"/>
        <source>%1 free, limit %2</source>
        <comment>disk free, free disk limit</comment>
        <translation>可用 %1，下限 %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="184"/>
        <source>memory</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="186"/>
        <source>disk</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="187"/>
        <source>none</source>
        <comment>no alarms</comment>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="187"/>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="188"/>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeDetailsPanel.cpp" line="188"/>
        <source>none</source>
        <comment>no unreachable peers</comment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>warren::NodeTableModel</name>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="173"/>
        <source>Node</source>
        <comment>RabbitMQ node (an Erlang VM running RabbitMQ)</comment>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="175"/>
        <source>Type</source>
        <comment>RabbitMQ node type: disc or RAM</comment>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="177"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="179"/>
        <source>Alarms</source>
        <comment>RabbitMQ resource alarms (memory, disk)</comment>
        <translation>告警</translation>
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
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="187"/>
        <source>Disk free</source>
        <translation>磁盘可用</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="189"/>
        <source>File descriptors</source>
        <translation>文件描述符</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="191"/>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="193"/>
        <source>Erlang processes</source>
        <translation>Erlang 进程</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="195"/>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="197"/>
        <source>Partitions</source>
        <comment>network partitions: nodes this node cannot reach</comment>
        <translation>网络分区</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="202"/>
        <source>Disc nodes keep the cluster metadata on disk; RAM nodes keep it in memory only.</source>
        <translation>磁盘节点将集群元数据保存在磁盘上；内存节点只保存在内存中。</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="204"/>
        <source>RabbitMQ version</source>
        <translation>RabbitMQ 版本</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="206"/>
        <source>Erlang/OTP version</source>
        <translation>Erlang/OTP 版本</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="208"/>
        <source>Memory used / memory high watermark (publishers are blocked above it)</source>
        <translation>已用内存 / 内存高水位线（超过后发布者会被阻塞）</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="210"/>
        <source>Free disk space and the free disk limit (publishers are blocked below it)</source>
        <translation>可用磁盘空间及磁盘可用空间下限（低于下限时发布者会被阻塞）</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="212"/>
        <source>File descriptors used / available</source>
        <translation>已用 / 可用文件描述符</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="214"/>
        <source>Sockets used / available</source>
        <translation>已用 / 可用套接字</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="216"/>
        <source>Erlang processes used / limit</source>
        <translation>已用 Erlang 进程 / 上限</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="218"/>
        <source>Nodes this node cannot reach (network partition)</source>
        <translation>此节点无法连通的节点（网络分区）</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="282"/>
        <source>disc</source>
        <comment>RabbitMQ node type: stores metadata on disk</comment>
        <translation>磁盘节点</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="284"/>
        <source>ram</source>
        <comment>RabbitMQ node type: keeps metadata in memory only</comment>
        <translation>内存节点</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="288"/>
        <source>unknown</source>
        <comment>RabbitMQ node type not reported</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="290"/>
        <source>running</source>
        <comment>RabbitMQ node state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="290"/>
        <source>stopped</source>
        <comment>RabbitMQ node state</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="294"/>
        <source>memory</source>
        <comment>RabbitMQ memory alarm</comment>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="296"/>
        <source>disk</source>
        <comment>RabbitMQ free disk space alarm</comment>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="297"/>
        <location filename="../models/NodeTableModel.cpp" line="325"/>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="314"/>
        <source>%1 (limit %2)</source>
        <comment>free disk space, then the configured free disk limit</comment>
        <translation>%1（下限 %2）</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="368"/>
        <source>Disc node: keeps the cluster metadata (queues, exchanges, users) on disk.</source>
        <translation>磁盘节点：将集群元数据（队列、交换器、用户）保存在磁盘上。</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="370"/>
        <source>RAM node: keeps the cluster metadata in memory only; the cluster needs at least one disc node.</source>
        <translation>内存节点：只在内存中保存集群元数据；集群至少需要一个磁盘节点。</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="374"/>
        <source>The node is running.</source>
        <translation>节点正在运行。</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="374"/>
        <source>The node is not running or cannot be reached.</source>
        <translation>节点未运行或无法连接。</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="377"/>
        <source>Memory and disk alarms: publishers on the whole cluster are blocked.</source>
        <translation>内存和磁盘告警：整个集群的发布者都被阻塞。</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="379"/>
        <source>Memory alarm: publishers on the whole cluster are blocked.</source>
        <translation>内存告警：整个集群的发布者都被阻塞。</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="381"/>
        <source>Disk alarm: publishers on the whole cluster are blocked.</source>
        <translation>磁盘告警：整个集群的发布者都被阻塞。</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="385"/>
        <source>%1 used of the %2 high watermark (%3)</source>
        <translation>已用 %1，高水位线 %2（%3）</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="391"/>
        <source>%1 free; publishers are blocked below %2</source>
        <translation>可用 %1；低于 %2 时发布者会被阻塞</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="404"/>
        <source>%1 of %2 in use (%3)</source>
        <translation>已用 %1 / 共 %2（%3）</translation>
    </message>
    <message>
        <location filename="../models/NodeTableModel.cpp" line="410"/>
        <source>This node cannot reach: %1</source>
        <translation>此节点无法连通：%1</translation>
    </message>
</context>
</TS>
