<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressPlanner</name>
    <message>
        <source>%1 resolves %2 to %3</source>
        <translation>%1 将 %2 解析为 %3</translation>
    </message>
    <message>
        <source>it does not resolve</source>
        <translation>无法解析</translation>
    </message>
    <message>
        <source>it resolves to %1</source>
        <translation>解析为 %1</translation>
    </message>
    <message>
        <source>%1 on %2 is unchanged since it was read</source>
        <translation>%2 上的 %1 自读取以来未被改动</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未改动</translation>
    </message>
    <message>
        <source>it changed: read the facts again</source>
        <translation>文件已改动:请重新读取现状</translation>
    </message>
    <message>
        <source>On %1: map %2 to %3 in /etc/hosts (the old file kept as %4)</source>
        <translation>在 %1 上:于 /etc/hosts 中将 %2 映射到 %3(旧文件保存为 %4)</translation>
    </message>
    <message>
        <source>rewritten in place: /etc/hosts is a bind mount here, a rename cannot replace it</source>
        <translation>原地重写:此处 /etc/hosts 是绑定挂载,无法通过改名替换</translation>
    </message>
    <message>
        <source>put the old /etc/hosts back from %1</source>
        <translation>从 %1 恢复旧的 /etc/hosts</translation>
    </message>
    <message>
        <source>%1 no longer answers</source>
        <translation>%1 已不再响应</translation>
    </message>
    <message>
        <source>Stop the RabbitMQ service on %1 (%2), Erlang VM included</source>
        <translation>停止 %1 上的 RabbitMQ 服务(%2),包括 Erlang 虚拟机</translation>
    </message>
    <message>
        <source>start the service again</source>
        <translation>再次启动该服务</translation>
    </message>
    <message>
        <source>Start the RabbitMQ service on %1 and wait until %2 runs</source>
        <translation>启动 %1 上的 RabbitMQ 服务,并等待 %2 运行</translation>
    </message>
    <message>
        <source>Check and fix the address and name of %1 (host %2)</source>
        <translation>检查并修复 %1(主机 %2)的地址和名称</translation>
    </message>
    <message>
        <source>SSH to %1</source>
        <translation>SSH 连接 %1</translation>
    </message>
    <message>
        <source>%1 now</source>
        <comment>a host as it is now</comment>
        <translation>%1 当前</translation>
    </message>
    <message>
        <source>hostname %1, addresses %2</source>
        <translation>主机名 %1,地址 %2</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>%1 的地址</translation>
    </message>
    <message>
        <source>the host reports no address</source>
        <translation>该主机没有报告任何地址</translation>
    </message>
    <message>
        <source>the profile says %1, which is a name or not among the host&apos;s addresses: the cluster should resolve it to %2</source>
        <translation>配置文件中写的是 %1,它是一个名称或不在该主机的地址之中:集群应将其解析为 %2</translation>
    </message>
    <message>
        <source>The hostname matches the node name</source>
        <translation>主机名与节点名一致</translation>
    </message>
    <message>
        <source>%1 on host %2</source>
        <translation>主机 %2 上的 %1</translation>
    </message>
    <message>
        <source>The hostname changed, the node name is kept</source>
        <translation>主机名已变更,节点名被保留</translation>
    </message>
    <message>
        <source>host %1, NODENAME=%2 in %3</source>
        <translation>主机 %1,%3 中设置了 NODENAME=%2</translation>
    </message>
    <message>
        <source>The hostname changed</source>
        <translation>主机名已变更</translation>
    </message>
    <message>
        <source>the cluster knows %1, but the host is now called %2: its node is %3 from its next start</source>
        <translation>集群中的节点是 %1,但该主机现在名为 %2:从下次启动起其节点名为 %3</translation>
    </message>
    <message>
        <source>Node running on %1</source>
        <translation>%1 上运行的节点</translation>
    </message>
    <message>
        <source>%1, not the cluster&apos;s %2: it started under the new name with empty data</source>
        <translation>%1,而不是集群中的 %2:它以新名称启动,数据为空</translation>
    </message>
    <message>
        <source>none answers</source>
        <translation>没有节点响应</translation>
    </message>
    <message>
        <source>Data directory named after another node</source>
        <translation>以其他节点命名的数据目录</translation>
    </message>
    <message>
        <source>/var/lib/rabbitmq/mnesia/%1 (the node here is %2)</source>
        <translation>/var/lib/rabbitmq/mnesia/%1(此处的节点是 %2)</translation>
    </message>
    <message>
        <source>%1 resolves %2</source>
        <translation>%1 能解析 %2</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>未检查:%1</translation>
    </message>
    <message>
        <source>it does not resolve (hosts file or DNS)</source>
        <translation>无法解析(hosts 文件或 DNS)</translation>
    </message>
    <message>
        <source>to %1, but %2 has %3</source>
        <translation>解析为 %1,但 %2 的地址是 %3</translation>
    </message>
    <message>
        <source>Cluster members as %1 sees them</source>
        <translation>%1 所见的集群成员</translation>
    </message>
    <message>
        <source>Cluster members</source>
        <translation>集群成员</translation>
    </message>
    <message>
        <source>no other node of the profile runs: the cluster&apos;s view is unknown</source>
        <translation>配置文件中没有其他节点在运行:集群的视图未知</translation>
    </message>
    <message>
        <source>%1 runs on %2 and every host resolves %3 to %4</source>
        <translation>%1 运行在 %2 上,且每台主机都将 %3 解析为 %4</translation>
    </message>
    <message>
        <source>Repair name resolution</source>
        <translation>修复名称解析</translation>
    </message>
    <message>
        <source>on %1: /etc/hosts maps %2 to %3 (each old file kept in %4); nothing else changes</source>
        <translation>在 %1 上:/etc/hosts 将 %2 映射到 %3(每个旧文件保存在 %4);不改变其他任何内容</translation>
    </message>
    <message>
        <source>every host resolves %1 to %2</source>
        <translation>每台主机都将 %1 解析为 %2</translation>
    </message>
    <message>
        <source>the hostname changed: choose keep-name, rename or rejoin (each repairs the names it needs)</source>
        <translation>主机名已变更:请选择 keep-name、rename 或 rejoin(每种方式都会修复它所需的名称解析)</translation>
    </message>
    <message>
        <source>Keep the node name %1</source>
        <translation>保留节点名 %1</translation>
    </message>
    <message>
        <source>%1 gets NODENAME=%2 (the old file kept): the node keeps its name, its data and its membership; from now on its name does not follow the hostname, and %3 must keep resolving to %4 on every host</source>
        <translation>%1 中写入 NODENAME=%2(保留旧文件):节点保留其名称、数据和集群成员关系;此后其名称不再随主机名变化,并且每台主机都必须继续将 %3 解析为 %4</translation>
    </message>
    <message>
        <source>%1, started since the change, is stopped; what was created on it stays unused in its data directory</source>
        <translation>变更后启动的 %1 将被停止;在其上创建的内容留在其数据目录中,不再使用</translation>
    </message>
    <message>
        <source>%1 does not exist on %2: create it (it may be empty) and read the facts again</source>
        <translation>%2 上不存在 %1:请先创建(可以为空),然后重新读取现状</translation>
    </message>
    <message>
        <source>the hostname did not change</source>
        <translation>主机名未变更</translation>
    </message>
    <message>
        <source>Rename the node to %1</source>
        <translation>将节点重命名为 %1</translation>
    </message>
    <message>
        <source>%1 becomes %2 in its local database (rename_cluster_node) and its data directories are moved to the new name; quorum queues keep a member named %1 (Ra names members by node: grow them onto %2 afterwards); every host must resolve %3; the profile must name %2 afterwards</source>
        <translation>%1 在其本地数据库中变为 %2(rename_cluster_node),其数据目录被移到新名称下;仲裁队列仍保留名为 %1 的成员(Ra 按节点名标识成员:之后需将其扩展到 %2);每台主机都必须能解析 %3;之后配置文件必须使用 %2</translation>
    </message>
    <message>
        <source>rename_cluster_node does nothing from RabbitMQ 3.13 on (rabbitmq-server #10369): keep the name, or forget and rejoin</source>
        <translation>从 RabbitMQ 3.13 起 rename_cluster_node 不再执行任何操作(rabbitmq-server #10369):请保留名称,或移除后重新加入</translation>
    </message>
    <message>
        <source>RabbitMQ %1: Warren renames nodes on 3.7 to 3.12 only</source>
        <translation>RabbitMQ %1:Warren 只在 3.7 至 3.12 上重命名节点</translation>
    </message>
    <message>
        <source>there is no data directory of %1 on %2 to rename</source>
        <translation>%2 上没有 %1 的数据目录可供重命名</translation>
    </message>
    <message>
        <source>Forget %1 and join %2 instead</source>
        <translation>移除 %1 并改为加入 %2</translation>
    </message>
    <message>
        <source>the cluster forgets %1: the queues whose leader or only copy lived on it are lost with their messages; %2 is reset (its own data is deleted) and joins as a %3 node; every host must resolve %4; the profile must name %2 afterwards</source>
        <translation>集群将移除 %1:主副本(leader)或唯一副本位于其上的队列及其消息将丢失;%2 将被重置(其自身数据被删除)并作为%3加入;每台主机都必须能解析 %4;之后配置文件必须使用 %2</translation>
    </message>
    <message>
        <source>no running node of the profile lists %1: there is nothing to forget it from</source>
        <translation>配置文件中没有运行中的节点列出 %1:无处可将其移除</translation>
    </message>
    <message>
        <source>RabbitMQ %1 has no forget_cluster_node</source>
        <translation>RabbitMQ %1 没有 forget_cluster_node</translation>
    </message>
    <message>
        <source>unknown fix &quot;%1&quot; (%2)</source>
        <translation>未知的修复方式“%1”(%2)</translation>
    </message>
    <message>
        <source>--fix %1 does not apply: %2</source>
        <translation>--fix %1 不适用:%2</translation>
    </message>
    <message>
        <source>%1 reaches %2 on port 4369 (epmd) by name</source>
        <translation>%1 可按名称访问 %2 的 4369 端口(epmd)</translation>
    </message>
    <message>
        <source>Back up %1 on %2</source>
        <translation>备份 %2 上的 %1</translation>
    </message>
    <message>
        <source>start the service again (nothing was changed)</source>
        <translation>再次启动该服务(未做任何更改)</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>无需撤销</translation>
    </message>
    <message>
        <source>Set NODENAME=%1 in %2 on %3 (written atomically)</source>
        <translation>在 %3 上的 %2 中设置 NODENAME=%1(原子写入)</translation>
    </message>
    <message>
        <source>put the old %1 back</source>
        <translation>恢复旧的 %1</translation>
    </message>
    <message>
        <source>stop it, put the old %1 back and start it under the hostname&apos;s name</source>
        <translation>停止节点,恢复旧的 %1,并以主机名对应的名称启动</translation>
    </message>
    <message>
        <source>update the profile: the node of host %1 is now %2 (&quot;node&quot;: &quot;%2&quot;)</source>
        <translation>更新配置文件:主机 %1 的节点现在是 %2(&quot;node&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Move the data %1 created since the change aside (to %2)</source>
        <translation>将变更后 %1 创建的数据移到一旁(移至 %2)</translation>
    </message>
    <message>
        <source>move it back and start the service</source>
        <translation>移回原处并启动服务</translation>
    </message>
    <message>
        <source>Rename %1 to %2 in the local database of %3 (the CLI becomes the stopped node)</source>
        <translation>在 %3 的本地数据库中将 %1 重命名为 %2(命令行工具临时充当已停止的节点)</translation>
    </message>
    <message>
        <source>rewrites the database of %1 to the name %2 (a backup stays in %3)</source>
        <translation>将 %1 的数据库改写为名称 %2(备份保留在 %3)</translation>
    </message>
    <message>
        <source>cannot be undone by a command: the rename takes effect at the next start; restore %1 from %2 by hand</source>
        <translation>无法通过命令撤销:重命名在下次启动时生效;请手动从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>Move the data directories of %1 to the name %2</source>
        <translation>将 %1 的数据目录移到名称 %2 下</translation>
    </message>
    <message>
        <source>move them back</source>
        <translation>移回原处</translation>
    </message>
    <message>
        <source>Remove NODENAME from %1 on %2 (the node is named after the hostname again)</source>
        <translation>从 %2 上的 %1 中删除 NODENAME(节点名重新跟随主机名)</translation>
    </message>
    <message>
        <source>stop it: the renamed database must be restored by hand</source>
        <translation>停止节点:重命名后的数据库必须手动恢复</translation>
    </message>
    <message>
        <source>quorum queues: rabbitmq-queues grow %1 all, then shrink %2</source>
        <translation>仲裁队列:先执行 rabbitmq-queues grow %1 all,再 shrink %2</translation>
    </message>
    <message>
        <source>stop it again</source>
        <translation>再次停止</translation>
    </message>
    <message>
        <source>Remove %1 from the cluster&apos;s membership (run on %2)</source>
        <translation>从集群成员中移除 %1（在 %2 上执行）</translation>
    </message>
    <message>
        <source>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost</source>
        <translation>%1 永久离开集群:主副本(leader)或唯一副本位于其上的队列将丢失</translation>
    </message>
    <message>
        <source>cannot be undone by a command: %1&apos;s data stays on %2 but the cluster no longer knows it</source>
        <translation>无法通过命令撤销:%1 的数据仍在 %2 上,但集群已不再认识它</translation>
    </message>
    <message>
        <source>reset deletes what %1 created since the hostname changed</source>
        <translation>reset 会删除主机名变更后 %1 创建的内容</translation>
    </message>
    <message>
        <source>leave the cluster again: stop_app, reset and start_app on %1</source>
        <translation>重新离开集群：在 %1 上执行 stop_app、reset 和 start_app</translation>
    </message>
    <message>
        <source>%1 is a ram node: it keeps no copy of the database on disc for rename_cluster_node to rewrite (it fails waiting for the tables); forget and rejoin it instead, or keep the name</source>
        <translation>%1 是内存节点:磁盘上没有可供 rename_cluster_node 改写的数据库副本(它会在等待数据表时失败);请改为移除后重新加入,或保留原节点名</translation>
    </message>
    <message>
        <source>%1 runs: a node renamed while its cluster runs restarts as a secondary that rejoins it, and RabbitMQ 3.10 failed to boot it there (feature flag sync, seen on Warren&apos;s lab); quorum queues keep the old name anyway (rabbitmq-server #10367). Keep the name, or forget and rejoin; rename only with every other node of the cluster stopped</source>
        <translation>%1 正在运行:在集群运行期间改名的节点会以从属身份重启并重新加入集群,而 RabbitMQ 3.10 在这种情况下无法启动它(特性标志同步失败,已在 Warren 的实验集群上观察到);仲裁队列无论如何都会保留旧名称(rabbitmq-server #10367)。请保留节点名,或移除后重新加入;只有在集群其他节点全部停止时才能改名</translation>
    </message>
</context>
<context>
    <name>Api</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: login refused (HTTP 401): check the API user and password</source>
        <translation>%1：登录被拒绝（HTTP 401）：请检查 API 用户和密码</translation>
    </message>
    <message>
        <source>%1: access denied (HTTP 403): the API user needs the monitoring or administrator tag</source>
        <translation>%1：访问被拒绝（HTTP 403）：API 用户需要 monitoring 或 administrator 标签</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404): is the management plugin this version?</source>
        <translation>%1：未找到（HTTP 404）：管理插件的版本是否匹配？</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1：服务器返回 HTTP %2</translation>
    </message>
    <message>
        <source>%1: connection refused (is the management plugin running?)</source>
        <translation>%1：连接被拒绝（管理插件是否在运行？）</translation>
    </message>
    <message>
        <source>%1: host name not found</source>
        <translation>%1：找不到主机名</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1：%2 秒内无应答</translation>
    </message>
    <message>
        <source>%1: the TLS certificate could not be verified (a self-signed certificate needs the profile&apos;s &quot;verify TLS&quot; switch turned off)</source>
        <translation>%1：无法验证 TLS 证书（自签名证书需要在配置中关闭“验证 TLS”开关）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cluster profile (JSON) to use.</source>
        <translation>要使用的集群配置文件（JSON）。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Language of messages: en or zh_CN.</source>
        <translation>消息语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>未指定命令；请尝试 --help</translation>
    </message>
    <message>
        <source>--cluster PROFILE.json is required for &quot;%1&quot;</source>
        <translation>“%1”需要 --cluster PROFILE.json</translation>
    </message>
    <message>
        <source>cannot use profile %1: %2</source>
        <translation>无法使用配置文件 %1：%2</translation>
    </message>
    <message>
        <source>Warren command line: administer RabbitMQ clusters behind HAProxy.</source>
        <translation>Warren 命令行：管理位于 HAProxy 之后的 RabbitMQ 集群。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Output format (text, json, …; see each command).</source>
        <translation>输出格式（text、json 等；见各命令）。</translation>
    </message>
    <message>
        <source>the command to run</source>
        <translation>要运行的命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>未知命令“%1”；请尝试 --help</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation>未知格式“%1”（请使用 %2）</translation>
    </message>
    <message>
        <source>nodes, partitions and HAProxy servers</source>
        <translation>节点、网络分区和 HAProxy 服务器</translation>
    </message>
    <message>
        <source>unknown host key for %1 (%2): %3 %4; check it, then run: warrenctl --cluster %5 hostkey accept %1 %4</source>
        <translation>%1（%2）的主机密钥未知：%3 %4；请核对后运行：warrenctl --cluster %5 hostkey accept %1 %4</translation>
    </message>
    <message>
        <source>cannot read cluster %1: %2</source>
        <translation>无法读取集群 %1：%2</translation>
    </message>
    <message>
        <source>management API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <source>SSH (rabbitmqctl)</source>
        <translation>SSH（rabbitmqctl）</translation>
    </message>
    <message>
        <source>Cluster %1 — read via %2%3, %4</source>
        <translation>集群 %1 — 通过%2读取%3，%4</translation>
    </message>
    <message>
        <source>, RabbitMQ %1</source>
        <translation>，RabbitMQ %1</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>plan join: a host of the cluster to join; sync-cookie: HOST[,HOST...].</source>
        <translation>plan join：要加入的集群中的一台主机；sync-cookie：主机[,主机...]。</translation>
    </message>
    <message>
        <source>plan sync-cookie: the host whose cookie is copied.</source>
        <comment>cookie</comment>
        <translation>plan sync-cookie：要复制其 Erlang Cookie 的源主机。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>plan join/convert: node type, disc or ram.</source>
        <comment>RabbitMQ node type</comment>
        <translation>plan join/convert：节点类型，disc（磁盘节点）或 ram（内存节点）。</translation>
    </message>
    <message>
        <source>plan forget: the surviving host to run forget_cluster_node on.</source>
        <translation>plan forget：在其上运行 forget_cluster_node 的存活主机。</translation>
    </message>
    <message>
        <source>plan: run the plan, not only show it.</source>
        <translation>plan：执行计划，而不仅是显示。</translation>
    </message>
    <message>
        <source>plan: allow destructive steps (reset, forget) without asking.</source>
        <translation>plan：允许不经确认执行破坏性步骤（reset、forget）。</translation>
    </message>
    <message>
        <source>plan: start at step N (retry or resume after a failure).</source>
        <translation>plan：从第 N 步开始（用于失败后重试或继续）。</translation>
    </message>
    <message>
        <source>plan: undo step N of an earlier run instead of running the plan.</source>
        <translation>plan：撤销先前某次运行的第 N 步，而不执行计划。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>the plan cannot run (see above)</source>
        <translation>计划无法执行（见上文）</translation>
    </message>
    <message>
        <source>Preview only: nothing was run. Add --execute to run it%1.</source>
        <translation>仅为预览：未执行任何操作。添加 --execute 以执行%1。</translation>
    </message>
    <message>
        <source> (and --yes for its destructive steps)</source>
        <translation>（破坏性步骤还需加 --yes）</translation>
    </message>
    <message>
        <source>refused without --yes: %1</source>
        <translation>未指定 --yes，已拒绝：%1</translation>
    </message>
    <message>
        <source>==&gt; verifying</source>
        <translation>==&gt; 正在验证</translation>
    </message>
    <message>
        <source>==&gt; step %1/%2: %3</source>
        <translation>==&gt; 步骤 %1/%2：%3</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>--resume-from must be a step number from 1 to %1</source>
        <translation>--resume-from 必须是 1 到 %1 之间的步骤编号</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Verified state now:</source>
        <translation>当前经验证的状态：</translation>
    </message>
    <message>
        <source>Choices: retry with --resume-from %1; undo step %2 with --undo-step %2; or leave it as it is.</source>
        <translation>可选操作：使用 --resume-from %1 重试；使用 --undo-step %2 撤销第 %2 步；或保持现状。</translation>
    </message>
    <message>
        <source>Operation log: %1</source>
        <translation>操作日志：%1</translation>
    </message>
    <message>
        <source>every queue with its home node and mirrors/members, per node</source>
        <translation>按节点列出所有队列及其主节点和镜像/成员</translation>
    </message>
    <message>
        <source>queues: only queues whose name matches this regular expression.</source>
        <translation>queues：仅显示名称匹配此正则表达式的队列。</translation>
    </message>
    <message>
        <source>REGEX</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>queues: only queues of this virtual host.</source>
        <translation>queues：仅显示此虚拟主机中的队列。</translation>
    </message>
    <message>
        <source>VHOST</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>quorum queue leader</comment>
        <translation>领导者</translation>
    </message>
    <message>
        <source>master</source>
        <comment>classic queue master</comment>
        <translation>主副本</translation>
    </message>
    <message>
        <source>online</source>
        <comment>quorum member in sync</comment>
        <translation>在线</translation>
    </message>
    <message>
        <source>synced</source>
        <comment>mirror is synchronised</comment>
        <translation>已同步</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <comment>quorum member not online</comment>
        <translation>离线</translation>
    </message>
    <message>
        <source>UNSYNCED</source>
        <comment>mirror is not synchronised</comment>
        <translation>未同步</translation>
    </message>
    <message>
        <source>cannot read the queues of cluster %1: %2</source>
        <translation>无法读取集群 %1 的队列：%2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 (down)</source>
        <comment>node is down</comment>
        <translation>%1（已宕机）</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>UNACKED</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>CONSUMERS</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>%1 queues (%2 shown): %3 replicated and fully synchronised, %4 with a mirror or member out of sync, %5 on a node that is down, %6 unreplicated classic.</source>
        <translation>共 %1 个队列（显示 %2 个）：%3 个有副本且已完全同步，%4 个有镜像或成员未同步，%5 个位于已宕机的节点上，%6 个为无副本的经典队列。</translation>
    </message>
    <message>
        <source>ALARMS</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>PARTITIONED FROM</source>
        <translation>不可达节点</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>disc</source>
        <comment>RabbitMQ node type</comment>
        <translation>磁盘节点</translation>
    </message>
    <message>
        <source>ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>内存节点</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Partitions: none</source>
        <translation>网络分区：无</translation>
    </message>
    <message numerus="yes">
        <source>PARTITIONED into %n group(s) that cannot see each other: %1</source>
        <translation>
            <numerusform>已分区：分成 %n 组，彼此不可见：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>HAProxy servers</source>
        <translation>HAProxy 服务器</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>haproxy.cfg: export | lint FILE | validate FILE | push FILE [--yes]</source>
        <translation>haproxy.cfg：export | lint 文件 | validate 文件 | push 文件 [--yes]</translation>
    </message>
    <message>
        <source>haproxy export: active-backup (default) or balanced.</source>
        <translation>haproxy export：active-backup（默认）或 balanced。</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>haproxy export: the host that takes traffic (active-backup).</source>
        <translation>haproxy export：承载流量的主机（active-backup 布局）。</translation>
    </message>
    <message>
        <source>haproxy export: roundrobin (default) or leastconn (balanced).</source>
        <translation>haproxy export：roundrobin（默认）或 leastconn（balanced 布局）。</translation>
    </message>
    <message>
        <source>ALGO</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>haproxy export/lint: the AMQP heartbeat clients use, in seconds (default 60).</source>
        <translation>haproxy export/lint：客户端使用的 AMQP 心跳，单位为秒（默认 60）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>haproxy export: also proxy the management UI (15672).</source>
        <translation>haproxy export：同时代理管理界面（15672）。</translation>
    </message>
    <message>
        <source>haproxy export: address HAProxy listens on (default: the HAProxy host&apos;s address).</source>
        <translation>haproxy export：HAProxy 监听的地址（默认：HAProxy 主机的地址）。</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Carry out changes (without it, commands that change hosts only show what they would do).</source>
        <translation>实际执行更改（不加此选项时，会更改主机的命令只显示将要执行的操作）。</translation>
    </message>
    <message>
        <source>usage: warrenctl haproxy export|lint FILE|validate FILE|push FILE (see --help)</source>
        <translation>用法：warrenctl haproxy export|lint 文件|validate 文件|push 文件（见 --help）</translation>
    </message>
    <message>
        <source>--heartbeat takes a number of seconds (0–86400)</source>
        <translation>--heartbeat 的值为秒数（0–86400）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--cluster PROFILE.json is required for &quot;haproxy export&quot;</source>
        <translation>“haproxy export”需要 --cluster PROFILE.json</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot; (use active-backup or balanced)</source>
        <translation>未知布局“%1”（请使用 active-backup 或 balanced）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s)</source>
        <translation>%1：%2 个错误，%3 个警告，%4 条提示</translation>
    </message>
    <message>
        <source>usage: warrenctl haproxy validate FILE [--cluster PROFILE.json]</source>
        <translation>用法：warrenctl haproxy validate 文件 [--cluster PROFILE.json]</translation>
    </message>
    <message>
        <source>no haproxy binary here; give --cluster PROFILE.json to check on the profile&apos;s HAProxy host</source>
        <translation>本机没有 haproxy 程序；请指定 --cluster PROFILE.json，以便在配置文件中的 HAProxy 主机上检查</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1: HAProxy on %2 refuses the file</source>
        <translation>%1：%2 上的 HAProxy 拒绝了该文件</translation>
    </message>
    <message>
        <source>%1: valid (haproxy -c on %2)</source>
        <translation>%1：有效（在 %2 上执行 haproxy -c）</translation>
    </message>
    <message>
        <source>usage: warrenctl --cluster PROFILE.json haproxy push FILE [--yes]</source>
        <translation>用法：warrenctl --cluster PROFILE.json haproxy push 文件 [--yes]</translation>
    </message>
    <message>
        <source>%1 is too large for a haproxy.cfg</source>
        <translation>%1 过大，超出 haproxy.cfg 的合理大小</translation>
    </message>
    <message>
        <source>%1 already has this content.</source>
        <translation>%1 的内容已与此相同。</translation>
    </message>
    <message>
        <source>lint: line %1: %2 %3</source>
        <translation>检查：第 %1 行：%2 %3</translation>
    </message>
    <message>
        <source>With --yes, warrenctl would:</source>
        <translation>加上 --yes 后，warrenctl 将会：</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>push failed and the previous file was restored: %1</source>
        <translation>推送失败，已恢复之前的文件：%1</translation>
    </message>
    <message>
        <source>push failed: %1</source>
        <translation>推送失败：%1</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>主用</translation>
    </message>
    <message>
        <source>Sources that did not answer:</source>
        <translation>未应答的数据源：</translation>
    </message>
    <message>
        <source>test SSH and API access to every host</source>
        <translation>测试对每台主机的 SSH 和 API 访问</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>主机</translation>
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
        <translation>accept 主机 SHA256:…：核对指纹后信任主机密钥</translation>
    </message>
    <message>
        <source>usage: warrenctl --cluster PROFILE hostkey accept HOST SHA256:FINGERPRINT</source>
        <translation>用法：warrenctl --cluster 配置文件 hostkey accept 主机 SHA256:指纹</translation>
    </message>
    <message>
        <source>no host &quot;%1&quot; in profile %2</source>
        <translation>配置文件 %2 中没有主机“%1”</translation>
    </message>
    <message>
        <source>host key of %1 recorded in %2</source>
        <translation>%1 的主机密钥已记录到 %2</translation>
    </message>
    <message>
        <source>failover drill through HAProxy: drill failover [--fault kill|stop]</source>
        <translation>通过 HAProxy 进行故障切换演练：drill failover [--fault kill|stop]</translation>
    </message>
    <message>
        <source>drill failover: kill (default) or stop the active node.</source>
        <translation>drill failover：kill（默认，强制终止）或 stop（正常停止）主用节点。</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>drill failover: allow the drill on a cluster that is not the lab.</source>
        <translation>drill failover：允许在实验环境以外的集群上演练。</translation>
    </message>
    <message>
        <source>the failover drill kills or stops a node of cluster %1; it runs on the lab only, unless you add --confirm-real-cluster</source>
        <translation>故障切换演练会终止或停止集群 %1 的一个节点；它只在实验环境中运行，除非添加 --confirm-real-cluster</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot; (use kill or stop)</source>
        <translation>未知故障类型“%1”（请使用 kill 或 stop）</translation>
    </message>
    <message>
        <source>Publishing %1 persistent messages with confirms through %2:%3 to queue %4; after %5 confirms: %6 %7.</source>
        <translation>正在通过 %2:%3 向队列 %4 发布 %1 条持久化消息（启用发布确认）；收到 %5 个确认后：%6 %7。</translation>
    </message>
    <message>
        <source>switch: %1 s; published %2, confirmed %3, unconfirmed %4, nacked %5; read back %6: lost %7, duplicated %8; reconnects %9</source>
        <translation>切换耗时：%1 秒；已发布 %2，已确认 %3，未确认 %4，被拒绝（nack）%5；回读 %6：丢失 %7，重复 %8；重连 %9 次</translation>
    </message>
    <message>
        <source>%1 is down now; start it again when you are done (lab: lab/labctl start %2).</source>
        <translation>%1 现已停止；完成后请重新启动它（实验环境：lab/labctl start %2）。</translation>
    </message>
    <message>
        <source>haproxy export: what follows `log` in global (default &quot;/dev/log local0&quot;), or &quot;none&quot;.</source>
        <translation>haproxy export:global 段中 `log` 后面的内容(默认 &quot;/dev/log local0&quot;),或 &quot;none&quot;。</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>plan fix-address: resolution, keep-name, rename or rejoin (shown with their consequences when omitted).</source>
        <translation>plan fix-address:resolution、keep-name、rename 或 rejoin(省略时列出各方式及其后果)。</translation>
    </message>
    <message>
        <source>FIX</source>
        <translation>修复方式</translation>
    </message>
    <message>
        <source>choose a fix with --fix (see above)</source>
        <translation>请用 --fix 选择一种修复方式(见上文)</translation>
    </message>
    <message>
        <source>queues: ask without statistics: home node, mirrors/members and their sync state, no message counters (several times cheaper for the broker at thousands of queues).</source>
        <translation>queues：不带统计信息请求：只含主节点、镜像/成员及其同步状态，不含消息计数（队列数以千计时，代理端开销小几倍）。</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>the operation log&apos;s last commands (with --cluster: that cluster&apos;s only)</source>
        <translation>操作日志中最近的命令（指定 --cluster 时只显示该集群的）</translation>
    </message>
    <message>
        <source>log: how many entries to show (default 20).</source>
        <translation>log：显示多少条记录（默认 20）。</translation>
    </message>
    <message>
        <source>--last must be a positive number</source>
        <translation>--last 必须是正数</translation>
    </message>
    <message>
        <source>No operation has run yet: %1 does not exist.</source>
        <translation>尚未运行过任何操作：%1 不存在。</translation>
    </message>
    <message>
        <source>cannot read the operation log %1: %2</source>
        <translation>无法读取操作日志 %1：%2</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>INTERRUPTED: started, no result recorded</source>
        <translation>已中断：已开始，但没有记录结果</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>haproxy lint: the HAProxy release that will load the file, e.g. 3.0 (default 2.6).</source>
        <translation>haproxy lint：将加载该文件的 HAProxy 版本，如 3.0（默认 2.6）。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>usage: warrenctl haproxy lint FILE [--cluster PROFILE.json] [--heartbeat SECONDS] [--haproxy-version VERSION]</source>
        <translation>用法：warrenctl haproxy lint 文件 [--cluster PROFILE.json] [--heartbeat 秒数] [--haproxy-version 版本]</translation>
    </message>
    <message>
        <source>--haproxy-version takes a release such as 2.6 or 3.0</source>
        <translation>--haproxy-version 需要一个版本号，如 2.6 或 3.0</translation>
    </message>
    <message>
        <source>drill failover: how many messages to publish (default %1, %2 to %3).</source>
        <translation>drill failover：发布多少条消息（默认 %1，范围 %2 到 %3）。</translation>
    </message>
    <message>
        <source>drill failover: give up after this many seconds (default %1, %2 to %3).</source>
        <translation>drill failover：超过这么多秒后放弃（默认 %1，范围 %2 到 %3）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>usage: warrenctl --cluster PROFILE.json drill failover [--fault kill|stop] [--messages N] [--seconds S]</source>
        <translation>用法：warrenctl --cluster PROFILE.json drill failover [--fault kill|stop] [--messages N] [--seconds 秒数]</translation>
    </message>
    <message>
        <source>cluster operations (shows the plan; --execute runs it, --yes allows its destructive steps):</source>
        <translation>集群操作（显示计划；--execute 执行计划，--yes 允许其中的破坏性步骤）：</translation>
    </message>
    <message>
        <source>needs --yes: %1</source>
        <translation>需要 --yes：%1</translation>
    </message>
    <message>
        <source>may need --yes: %1</source>
        <translation>可能需要 --yes：%1</translation>
    </message>
    <message>
        <source>applies to: %1</source>
        <translation>适用于：%1</translation>
    </message>
    <message>
        <source>plan: the node the operation is about: its host name, node name or address.</source>
        <translation>plan：操作针对的节点：其主机名、节点名或地址。</translation>
    </message>
    <message>
        <source>usage: warrenctl plan join --node HOST --to HOST [--type disc|ram]</source>
        <translation>用法：warrenctl plan join --node 主机 --to 主机 [--type disc|ram]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan convert --node HOST --type disc|ram</source>
        <translation>用法：warrenctl plan convert --node 主机 --type disc|ram</translation>
    </message>
    <message>
        <source>usage: warrenctl plan forget --node HOST|NODE [--via HOST]</source>
        <translation>用法：warrenctl plan forget --node 主机|节点 [--via 主机]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan sync-cookie --from HOST --to HOST[,HOST...]</source>
        <translation>用法：warrenctl plan sync-cookie --from 主机 --to 主机[,主机...]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan fix-address --node HOST [--fix %1]</source>
        <translation>用法：warrenctl plan fix-address --node 主机 [--fix %1]</translation>
    </message>
    <message>
        <source>queues: only queues that are not fully synchronised, whose home node is down, or that have no mirror under an HA policy; on RabbitMQ 4.x also quorum queues without a leader or below their target size, and streams without a replica on a node.</source>
        <translation>queues：只列出未完全同步、主节点已停止或在 HA 策略下没有镜像的队列；在 RabbitMQ 4.x 上还包括没有领导者或低于目标规模的仲裁队列，以及某个节点上没有副本的流。</translation>
    </message>
    <message>
        <source>NOLEADER</source>
        <comment>quorum queue: the last leader&apos;s node; no leader is elected</comment>
        <translation>无领导者</translation>
    </message>
    <message>
        <source>home</source>
        <comment>classic queue&apos;s node (RabbitMQ 4.x, no mirrors)</comment>
        <translation>所在节点</translation>
    </message>
    <message>
        <source>MISSING</source>
        <comment>stream: no replica on this cluster node</comment>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 queues (%2 shown): %3 replicated with every member online, %4 with a member not online, %5 on a node that is down, %6 classic (RabbitMQ %7 has no mirrors).</source>
        <translation>共 %1 个队列（显示 %2 个）：%3 个已复制且所有成员在线，%4 个有成员不在线，%5 个位于已停止的节点，%6 个经典队列（RabbitMQ %7 没有镜像）。</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>Raft state</comment>
        <translation>领导者</translation>
    </message>
    <message>
        <source>follower</source>
        <comment>Raft state</comment>
        <translation>跟随者</translation>
    </message>
    <message>
        <source>candidate</source>
        <comment>Raft state</comment>
        <translation>候选者</translation>
    </message>
    <message>
        <source>RabbitMQ versions differ: %1</source>
        <translation>RabbitMQ 版本不一致:%1</translation>
    </message>
    <message>
        <source>Metadata store: %1</source>
        <translation>元数据存储:%1</translation>
    </message>
    <message>
        <source>no leader known</source>
        <translation>领导者未知</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>领导者 %1</translation>
    </message>
    <message>
        <source>%1/%2 members running</source>
        <translation>%1/%2 个成员在运行</translation>
    </message>
    <message>
        <source>majority up</source>
        <translation>多数成员在运行</translation>
    </message>
    <message>
        <source>NO MAJORITY: metadata changes are refused</source>
        <translation>没有多数成员:元数据变更会被拒绝</translation>
    </message>
    <message>
        <source>Khepri members: %1</source>
        <translation>Khepri 成员:%1</translation>
    </message>
    <message>
        <source>Metadata store status unknown: %1</source>
        <translation>元数据存储状态未知:%1</translation>
    </message>
    <message>
        <source>Feature flags: all enabled</source>
        <translation>特性标志:全部已启用</translation>
    </message>
    <message>
        <source>Feature flags disabled: %1</source>
        <translation>未启用的特性标志:%1</translation>
    </message>
    <message>
        <source>  Enable before upgrading (rabbitmqctl enable_feature_flag all): %1</source>
        <translation>  升级前需启用(rabbitmqctl enable_feature_flag all):%1</translation>
    </message>
    <message>
        <source>as the broker reports them</source>
        <translation>由代理报告</translation>
    </message>
    <message>
        <source>found by Warren&apos;s checks: this release cannot report them</source>
        <translation>由 Warren 检查得出:此版本无法报告</translation>
    </message>
    <message>
        <source>Deprecated features in use: none (%1)</source>
        <translation>正在使用的已弃用特性:无(%1)</translation>
    </message>
    <message>
        <source>Deprecated features in use (%1):</source>
        <translation>正在使用的已弃用特性(%1):</translation>
    </message>
    <message>
        <source>Khepri %1</source>
        <comment>the node&apos;s Raft state in the metadata store: leader, follower</comment>
        <translation>Khepri %1</translation>
    </message>
    <message>
        <source>Khepri member</source>
        <translation>Khepri 成员</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>plan maintenance enter: also stop the node once drained.</source>
        <translation>plan maintenance enter：排空后同时停止节点。</translation>
    </message>
    <message>
        <source>plan maintenance, stop, restart: go on although the safe-to-stop checks fail (needs --yes).</source>
        <translation>plan maintenance、stop、restart：即使可安全停止检查未通过也继续（需要 --yes）。</translation>
    </message>
    <message>
        <source>maintenance NODE enter|exit [--stop] [--force] [--execute [--yes]]: take a node out of service without dropping clients (HAProxy drain, maint; rabbitmq-upgrade drain) and back</source>
        <translation>maintenance 节点 enter|exit [--stop] [--force] [--execute [--yes]]：让节点退出服务而不断开客户端（HAProxy drain、maint；rabbitmq-upgrade drain），以及恢复服务</translation>
    </message>
    <message>
        <source>usage: warrenctl maintenance NODE enter|exit [--stop] [--force] [--execute [--yes]]</source>
        <translation>用法：warrenctl maintenance 节点 enter|exit [--stop] [--force] [--execute [--yes]]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan maintenance --node HOST --action enter|exit [--stop] [--force]</source>
        <translation>用法：warrenctl plan maintenance --node 主机 --action enter|exit [--stop] [--force]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan stop --node HOST [--force]</source>
        <translation>用法：warrenctl plan stop --node 主机 [--force]</translation>
    </message>
    <message>
        <source>usage: warrenctl plan start --node HOST</source>
        <translation>用法：warrenctl plan start --node 主机</translation>
    </message>
    <message>
        <source>usage: warrenctl plan restart --node HOST [--force]</source>
        <translation>用法：warrenctl plan restart --node 主机 [--force]</translation>
    </message>
    <message>
        <source>Choices: retry with --resume-from %1 (no step had completed: nothing to undo); or leave it as it is.</source>
        <translation>可选：用 --resume-from %1 重试（没有步骤已完成：无需撤销）；或保持现状。</translation>
    </message>
    <message>
        <source>rolling-restart [--order HOST,...] [--plain] [--client] [--execute]: restart every node one at a time through maintenance (HAProxy drain, rabbitmq-upgrade drain), the HAProxy active node last; --plain restarts without draining (to compare); --client publishes through HAProxy meanwhile and counts per node</source>
        <translation>rolling-restart [--order 主机,...] [--plain] [--client] [--execute]：经由维护（HAProxy drain、rabbitmq-upgrade drain）逐个重启每个节点，HAProxy 的主用节点最后；--plain 不排空直接重启（用于对比）；--client 期间经 HAProxy 发布消息并按节点统计</translation>
    </message>
    <message>
        <source>rolling-restart: the hosts in the order to restart them (default: the profile&apos;s, the node HAProxy sends clients to last).</source>
        <translation>rolling-restart：按此顺序重启的主机（默认：配置文件中的顺序，HAProxy 正在发送客户端的节点最后）。</translation>
    </message>
    <message>
        <source>HOST,...</source>
        <translation>主机,...</translation>
    </message>
    <message>
        <source>rolling-restart: stop and start each node without maintenance (what a plain restart does), for comparison.</source>
        <translation>rolling-restart：不经维护直接停止并启动每个节点（即普通重启的做法），用于对比。</translation>
    </message>
    <message>
        <source>rolling-restart: publish with confirms through HAProxy during each node&apos;s turn and report the gap, reconnects, lost and duplicated messages per node (the lab, or --confirm-real-cluster).</source>
        <translation>rolling-restart：在每个节点轮到时经 HAProxy 发布带确认的消息，并按节点报告中断时间、重连次数、丢失和重复的消息（仅实验集群，或加 --confirm-real-cluster）。</translation>
    </message>
    <message>
        <source>--client publishes test messages through HAProxy of cluster %1; it runs on the lab only, unless you add --confirm-real-cluster</source>
        <translation>--client 会经集群 %1 的 HAProxy 发布测试消息；只在实验集群上运行，除非加上 --confirm-real-cluster</translation>
    </message>
    <message>
        <source>HAProxy&apos;s active node is not known (%1): the profile&apos;s order.</source>
        <translation>无法得知 HAProxy 的主用节点（%1）：使用配置文件中的顺序。</translation>
    </message>
    <message>
        <source>%1 is HAProxy&apos;s active node: it goes last, so clients move once.</source>
        <translation>%1 是 HAProxy 的主用节点：它排在最后，客户端只需迁移一次。</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>顺序：%1</translation>
    </message>
    <message>
        <source>Each node: the safe-to-stop checks, stop, start, verified a running member again (HAProxy and clients are not told).</source>
        <translation>每个节点：可安全停止检查、停止、启动，并验证它重新作为运行中的成员（不通知 HAProxy 和客户端）。</translation>
    </message>
    <message>
        <source>Each node: maintenance enter with the node stopped (safe-to-stop checks, HAProxy drain, sessions closed, maint, rabbitmq-upgrade drain, stop), then maintenance exit (start, revive, quorum members online, HAProxy ready and UP). Each node&apos;s plans are read when its turn comes; a failure stops the run.</source>
        <translation>每个节点：进入维护并停止节点（可安全停止检查、HAProxy drain、关闭会话、maint、rabbitmq-upgrade drain、停止），然后结束维护（启动、revive、仲裁成员在线、HAProxy ready 并 UP）。每个节点的计划在轮到它时才读取；任一失败即停止整个过程。</translation>
    </message>
    <message>
        <source>The first node&apos;s plan, as it would run now:</source>
        <translation>第一个节点的计划（按当前状态）：</translation>
    </message>
    <message>
        <source>Preview only: nothing was run. Add --execute to run it.</source>
        <translation>仅预览：未执行任何操作。加上 --execute 执行。</translation>
    </message>
    <message>
        <source>--force overrides the safe-to-stop checks: add --yes to confirm</source>
        <translation>--force 会跳过可安全停止检查：请加上 --yes 确认</translation>
    </message>
    <message>
        <source>=== node %1/%2: %3</source>
        <translation>=== 节点 %1/%2：%3</translation>
    </message>
    <message>
        <source>--- %1</source>
        <translation>--- %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 s)</source>
        <translation>%1：%2（%3 秒）</translation>
    </message>
    <message>
        <source>TURN (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <source>GAP (s)</source>
        <translation>中断（秒）</translation>
    </message>
    <message>
        <source>RECONNECTS</source>
        <translation>重连</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>DUPLICATED</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopped after %1: the nodes after it were not touched.</source>
        <translation>在 %1 之后停止：其后的节点未被改动。</translation>
    </message>
    <message>
        <source>, maintenance</source>
        <comment>RabbitMQ node state: drained, serves no clients</comment>
        <translation>，维护中</translation>
    </message>
    <message>
        <source>queues: where to read: auto (the management API, rabbitmqctl over SSH when no API answers), api, or ssh (rabbitmqctl list_queues: the broker&apos;s own records; the API lists a stream&apos;s replicas from statistics that can lag a minute behind).</source>
        <translation>queues:读取来源:auto(管理 API,没有 API 应答时通过 SSH 运行 rabbitmqctl)、api 或 ssh(rabbitmqctl list_queues:代理自身的记录;API 按统计信息列出流的副本,可能滞后一分钟)。</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>unknown --source %1: use auto, api or ssh</source>
        <translation>未知的 --source %1:请使用 auto、api 或 ssh</translation>
    </message>
    <message>
        <source>plan maintenance: enter (take the node out of service) or exit (bring it back); plan replicas: grow, shrink or rebalance.</source>
        <translation>plan maintenance:enter(让节点退出服务)或 exit(恢复服务);plan replicas:grow、shrink 或 rebalance。</translation>
    </message>
    <message>
        <source>plan replicas: one quorum queue, by its exact name (in --vhost, / by default).</source>
        <translation>plan replicas:按确切名称指定一个仲裁队列(位于 --vhost,默认为 /)。</translation>
    </message>
    <message>
        <source>plan replicas: the virtual host of the queue or of the set (default: every vhost).</source>
        <translation>plan replicas:该队列或队列集合所在的虚拟主机(默认:所有虚拟主机)。</translation>
    </message>
    <message>
        <source>plan replicas: the quorum queues whose names match this regular expression.</source>
        <translation>plan replicas:名称匹配此正则表达式的仲裁队列。</translation>
    </message>
    <message>
        <source>usage: warrenctl plan replicas --action grow|shrink --node HOST [--queue NAME | --filter REGEX] [--vhost VHOST]; plan replicas --action rebalance [--queue NAME | --filter REGEX] [--vhost VHOST]</source>
        <translation>用法:warrenctl plan replicas --action grow|shrink --node HOST [--queue NAME | --filter REGEX] [--vhost VHOST];plan replicas --action rebalance [--queue NAME | --filter REGEX] [--vhost VHOST]</translation>
    </message>
</context>
<context>
    <name>ClusterEvent</name>
    <message numerus="yes">
        <source>Watching %1: %n node(s), %2 running</source>
        <comment>RabbitMQ nodes</comment>
        <translation>
            <numerusform>正在监视 %1：%n 个节点，%2 个运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>%1 started</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 已启动</translation>
    </message>
    <message>
        <source>%1 joined the cluster</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 已加入集群</translation>
    </message>
    <message>
        <source>%1 is no longer listed in the cluster</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 已不在集群成员列表中</translation>
    </message>
    <message>
        <source>Memory alarm on %1: publishers are blocked</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 出现内存告警：发布者被阻塞</translation>
    </message>
    <message>
        <source>Memory alarm on %1 cleared</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 的内存告警已解除</translation>
    </message>
    <message>
        <source>Disk alarm on %1: publishers are blocked</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 出现磁盘告警：发布者被阻塞</translation>
    </message>
    <message>
        <source>Disk alarm on %1 cleared</source>
        <comment>a RabbitMQ node</comment>
        <translation>%1 的磁盘告警已解除</translation>
    </message>
    <message>
        <source>[%1]</source>
        <comment>a group of nodes in a partition</comment>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Partition detected between %1</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>检测到 %1 之间的网络分区</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between two partition groups</comment>
        <translation> 与 </translation>
    </message>
    <message>
        <source>Partition healed: every node sees every other</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>网络分区已恢复：所有节点均可互相连通</translation>
    </message>
    <message>
        <source>HAProxy %1 now serving from %2 (backup)</source>
        <comment>listener, server</comment>
        <translation>HAProxy %1 现由 %2（备用）提供服务</translation>
    </message>
    <message>
        <source>HAProxy %1 now serving from %2 (active)</source>
        <comment>listener, server</comment>
        <translation>HAProxy %1 现由 %2（主用）提供服务</translation>
    </message>
    <message>
        <source>HAProxy %1 has no server UP: clients cannot connect</source>
        <comment>listener</comment>
        <translation>HAProxy %1 没有处于 UP 状态的服务器：客户端无法连接</translation>
    </message>
    <message>
        <source>HAProxy server %1/%2: %3 → %4</source>
        <comment>listener/server: old state → new state</comment>
        <translation>HAProxy 服务器 %1/%2：%3 → %4</translation>
    </message>
    <message>
        <source>%1 stopped answering: %2</source>
        <comment>a status source (API on rabbit1, SSH on rabbit2...)</comment>
        <translation>%1 停止应答：%2</translation>
    </message>
    <message>
        <source>%1 answers again</source>
        <comment>a status source (API on rabbit1, SSH on rabbit2...)</comment>
        <translation>%1 已恢复应答</translation>
    </message>
    <message>
        <source>No source answered: the view shows the last data collected</source>
        <translation>没有数据源应答：视图显示的是最后采集到的数据</translation>
    </message>
</context>
<context>
    <name>ConvertSpec</name>
    <message>
        <source>Change Node &amp;Type (disc/ram)…</source>
        <comment>RabbitMQ node type</comment>
        <translation>更改节点类型（磁盘/内存）(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>节点(&amp;N)：</translation>
    </message>
    <message>
        <source>Current type:</source>
        <comment>RabbitMQ node type</comment>
        <translation>当前类型：</translation>
    </message>
    <message>
        <source>New &amp;type:</source>
        <comment>RabbitMQ node type</comment>
        <translation>新类型(&amp;T)：</translation>
    </message>
    <message>
        <source>not known yet (the preflight reads it)</source>
        <comment>RabbitMQ node type</comment>
        <translation>尚不清楚（预检时读取）</translation>
    </message>
</context>
<context>
    <name>DrillSetup</name>
    <message>
        <source>the profile names no HAProxy host (haproxy.host)</source>
        <translation>配置文件未指定 HAProxy 主机（haproxy.host）</translation>
    </message>
    <message>
        <source>no password for %1: %2</source>
        <translation>没有 %1 的密码：%2</translation>
    </message>
    <message>
        <source>HAProxy shows no active AMQP server that is a node of this cluster</source>
        <translation>HAProxy 中没有属于此集群节点的主用 AMQP 服务器</translation>
    </message>
    <message>
        <source>the number of messages must be between %1 and %2</source>
        <translation>消息数必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>the drill&apos;s time limit must be between %1 and %2 seconds</source>
        <translation>演练的时间上限必须在 %1 到 %2 秒之间</translation>
    </message>
</context>
<context>
    <name>FactCollector</name>
    <message>
        <source>its Erlang VM answers but cluster_status needs the RabbitMQ application, which is stopped</source>
        <translation>其 Erlang 虚拟机有应答,但 cluster_status 需要 RabbitMQ 应用运行,而该应用已停止</translation>
    </message>
</context>
<context>
    <name>FailoverDrill</name>
    <message>
        <source>no reply</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>cannot create a socket</source>
        <translation>无法创建套接字</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>无法连接到 %1:%2：%3</translation>
    </message>
    <message>
        <source>the fault could not be injected: %1</source>
        <translation>无法注入故障：%1</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>RabbitMQ 关闭了连接</translation>
    </message>
    <message>
        <source>cannot read the queue back: %1</source>
        <translation>无法回读队列：%1</translation>
    </message>
    <message>
        <source>%1 message(s) were never confirmed within %2 s; last error: %3</source>
        <translation>%1 条消息在 %2 秒内未得到确认；最后一个错误：%3</translation>
    </message>
</context>
<context>
    <name>FixAddressSpec</name>
    <message>
        <source>Fix &amp;Address or Hostname Change…</source>
        <comment>a RabbitMQ host&apos;s IP address or hostname</comment>
        <translation>修复地址或主机名变更(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>节点(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Fix:</source>
        <comment>the fix for an address or hostname change</comment>
        <translation>修复方式(&amp;F):</translation>
    </message>
    <message>
        <source>Repair name resolution (the IP address changed)</source>
        <translation>修复名称解析(IP 地址已变更)</translation>
    </message>
    <message>
        <source>Keep the old node name (the hostname changed)</source>
        <comment>RabbitMQ node name</comment>
        <translation>保留原节点名(主机名已变更)</translation>
    </message>
    <message>
        <source>Rename the node (the hostname changed; RabbitMQ 3.7 to 3.12)</source>
        <comment>RabbitMQ node name</comment>
        <translation>重命名节点(主机名已变更;RabbitMQ 3.7 至 3.12)</translation>
    </message>
    <message>
        <source>Forget the old node and join under the new name (the hostname changed)</source>
        <comment>RabbitMQ node name</comment>
        <translation>移除旧节点并以新名称加入(主机名已变更)</translation>
    </message>
    <message>
        <source>/etc/hosts is corrected (with a backup) on every host that resolves the node&apos;s name to an old address; nothing else changes.</source>
        <translation>在每台把该节点名称解析为旧地址的主机上修正 /etc/hosts（并保留备份）；其他一概不变。</translation>
    </message>
    <message>
        <source>The node keeps its name, data and membership: NODENAME in rabbitmq-env.conf pins it, so its name no longer follows the hostname.</source>
        <comment>RabbitMQ node name</comment>
        <translation>节点保留其名称、数据和集群成员关系：rabbitmq-env.conf 中的 NODENAME 固定了节点名，此后节点名不再随主机名变化。</translation>
    </message>
    <message>
        <source>rename_cluster_node rewrites the node&apos;s own database to the new name. Only for a disc node whose cluster is stopped, and never from RabbitMQ 3.13 on.</source>
        <comment>RabbitMQ node name</comment>
        <translation>rename_cluster_node 会把节点自身的数据库改写为新名称。仅适用于集群已停止的磁盘节点，且从 RabbitMQ 3.13 起不再适用。</translation>
    </message>
    <message>
        <source>The cluster forgets the old node (queues whose only copy lived there are lost) and the node joins again under the new name with empty data.</source>
        <comment>RabbitMQ node name</comment>
        <translation>集群移除旧节点（仅存于该节点上的队列会丢失），该节点以新名称和空数据重新加入。</translation>
    </message>
    <message>
        <source>%1 The preflight shows whether this fix applies; go Back to choose another.</source>
        <comment>%1: what the chosen fix changes, one or two sentences</comment>
        <translation>%1预检会显示此修复方式是否适用；如不适用，请返回上一步另选。</translation>
    </message>
</context>
<context>
    <name>ForgetSpec</name>
    <message>
        <source>&amp;Forget Node…</source>
        <comment>remove a RabbitMQ node from the cluster</comment>
        <translation>移除节点(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Node to forget:</source>
        <comment>RabbitMQ node</comment>
        <translation>要移除的节点(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <comment>the surviving node that runs forget_cluster_node</comment>
        <translation>执行节点(&amp;R)：</translation>
    </message>
    <message>
        <source>any running member (chosen by the preflight)</source>
        <translation>任一运行中的成员（由预检选定）</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration: minutes and seconds</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration: seconds</comment>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>HaproxyConfig</name>
    <message>
        <source>the file is larger than %1 MiB; only the beginning was read</source>
        <translation>文件大于 %1 MiB；只读取了开头部分</translation>
    </message>
    <message>
        <source>more than %1 lines; the rest of the file was not read</source>
        <translation>超过 %1 行；文件其余部分未读取</translation>
    </message>
    <message>
        <source>line is %1 bytes long (HAProxy reads at most a few kB per line); skipped</source>
        <translation>该行长 %1 字节（HAProxy 每行最多读取几 kB）；已跳过</translation>
    </message>
    <message>
        <source>line contains NUL bytes (binary data, not a configuration line); skipped</source>
        <translation>该行包含 NUL 字节（是二进制数据，而非配置行）；已跳过</translation>
    </message>
    <message>
        <source>unclosed quote</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>line is not valid UTF-8 text (binary data?)</source>
        <translation>该行不是有效的 UTF-8 文本（二进制数据？）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; section without a name</source>
        <translation>“%1”段没有名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; outside any section (global, defaults, listen, frontend, backend)</source>
        <translation>“%1”不在任何段内（global、defaults、listen、frontend、backend）</translation>
    </message>
    <message>
        <source>&quot;server&quot; needs a name and an address</source>
        <translation>“server”需要名称和地址</translation>
    </message>
    <message>
        <source>&quot;bind&quot; needs an address</source>
        <translation>“bind”需要地址</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; needs a name and a time such as 5s or 3h</source>
        <translation>“timeout”需要名称和时间值，例如 5s 或 3h</translation>
    </message>
    <message>
        <source>%1 lines hold binary data in all</source>
        <translation>共有 %1 行包含二进制数据</translation>
    </message>
    <message>
        <source>&quot;timeout %1&quot; is longer than HAProxy allows (at most 2147483647 ms, about 24.8 days)</source>
        <translation>“timeout %1”超出了 HAProxy 允许的上限（最多 2147483647 毫秒，约 24.8 天）</translation>
    </message>
</context>
<context>
    <name>HaproxyExport</name>
    <message>
        <source>the cluster has no RabbitMQ nodes to put behind HAProxy</source>
        <translation>集群中没有可放在 HAProxy 之后的 RabbitMQ 节点</translation>
    </message>
    <message>
        <source>node %1 has an address that cannot be written into haproxy.cfg</source>
        <translation>节点 %1 的地址无法写入 haproxy.cfg</translation>
    </message>
    <message>
        <source>the heartbeat must be between 0 and 86400 seconds</source>
        <translation>心跳必须在 0 到 86400 秒之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node of this cluster (nodes: %2)</source>
        <translation>“%1”不是此集群的节点（节点：%2）</translation>
    </message>
    <message>
        <source>unknown balance &quot;%1&quot; (use roundrobin or leastconn)</source>
        <translation>未知的负载均衡算法“%1”（请使用 roundrobin 或 leastconn）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address HAProxy can bind to</source>
        <translation>“%1”不是 HAProxy 可以绑定的地址</translation>
    </message>
    <message>
        <source>the stats socket path &quot;%1&quot; cannot be written into haproxy.cfg</source>
        <translation>统计套接字路径“%1”无法写入 haproxy.cfg</translation>
    </message>
    <message>
        <source>health checks need an interval of 100 ms to 1 h and rise/fall between 1 and 100</source>
        <translation>健康检查间隔须在 100 毫秒到 1 小时之间,rise/fall 须在 1 到 100 之间</translation>
    </message>
    <message>
        <source>maxconn must be between 1 and 10000000</source>
        <translation>maxconn 须在 1 到 10000000 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user or group name HAProxy can switch to</source>
        <translation>&quot;%1&quot; 不是 HAProxy 可以切换到的用户名或组名</translation>
    </message>
    <message>
        <source>the log target &quot;%1&quot; cannot be written into haproxy.cfg</source>
        <translation>日志目标 &quot;%1&quot; 无法写入 haproxy.cfg</translation>
    </message>
</context>
<context>
    <name>HaproxyItem</name>
    <message>
        <source>backup</source>
        <comment>HAProxy server role</comment>
        <translation>备用</translation>
    </message>
    <message>
        <source>active</source>
        <comment>HAProxy server role</comment>
        <translation>主用</translation>
    </message>
    <message>
        <source>serving</source>
        <comment>this HAProxy server takes the client connections now</comment>
        <translation>服务中</translation>
    </message>
    <message>
        <source>No server reported</source>
        <comment>HAProxy stats</comment>
        <translation>未报告任何服务器</translation>
    </message>
    <message>
        <source>listener %1</source>
        <comment>HAProxy listen/backend section</comment>
        <translation>监听器 %1</translation>
    </message>
    <message>
        <source>check %1</source>
        <comment>HAProxy health check result</comment>
        <translation>健康检查 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <comment>HAProxy current sessions</comment>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>time since the last state change</comment>
        <translation>已持续 %1</translation>
    </message>
    <message>
        <source>⚠ %1: no node has this address</source>
        <comment>HAProxy server address</comment>
        <translation>⚠ %1：没有节点使用此地址</translation>
    </message>
</context>
<context>
    <name>HaproxyLint</name>
    <message>
        <source>Check that this is the right file and that it is plain text; HAProxy refuses such lines too.</source>
        <translation>请确认这是正确的文件且为纯文本；HAProxy 同样会拒绝这样的行。</translation>
    </message>
    <message>
        <source>Correct the line; `haproxy -c -f FILE` shows how HAProxy reads it.</source>
        <translation>请修正该行；`haproxy -c -f FILE` 可显示 HAProxy 如何解析它。</translation>
    </message>
    <message>
        <source>The file has no sections at all (global, defaults, listen, frontend, backend).</source>
        <translation>该文件中没有任何段（global、defaults、listen、frontend、backend）。</translation>
    </message>
    <message>
        <source>Start from `warrenctl haproxy export`, which writes a complete configuration for this cluster.</source>
        <translation>可以从 `warrenctl haproxy export` 入手，它会为此集群生成完整的配置。</translation>
    </message>
    <message>
        <source>No listen, frontend or backend handles AMQP (port %1 or %2): clients cannot reach the cluster through this HAProxy.</source>
        <translation>没有任何 listen、frontend 或 backend 处理 AMQP（端口 %1 或 %2）：客户端无法通过此 HAProxy 访问集群。</translation>
    </message>
    <message>
        <source>Add a `listen` section with `bind ADDRESS:5672`, `mode tcp` and one `server` line per node.</source>
        <translation>添加一个 `listen` 段，包含 `bind ADDRESS:5672`、`mode tcp`，并为每个节点写一行 `server`。</translation>
    </message>
    <message>
        <source>Global maxconn is %1. AMQP connections live for hours: each client holds one for its whole life, so a low limit turns a reconnect storm after a failover into refused connections.</source>
        <translation>全局 maxconn 为 %1。AMQP 连接会持续数小时：每个客户端在整个生命周期内都占用一个连接，因此上限过低时，故障切换后的重连风暴会变成大量被拒绝的连接。</translation>
    </message>
    <message>
        <source>Raise maxconn to comfortably above the number of AMQP clients (e.g. 4096) and make sure the file descriptor limit allows it.</source>
        <translation>将 maxconn 提高到明显高于 AMQP 客户端数量的值（例如 4096），并确保文件描述符上限足够。</translation>
    </message>
    <message>
        <source>No `stats socket` in the global section: neither Warren nor an admin can ask HAProxy which node is active, nor put a server into maintenance without a reload.</source>
        <translation>global 段中没有 `stats socket`：Warren 和管理员都无法向 HAProxy 查询哪个节点是主用，也无法在不重新加载的情况下将服务器置于维护状态。</translation>
    </message>
    <message>
        <source>Add `stats socket /run/haproxy/admin.sock mode 660 level admin` to the global section.</source>
        <translation>在 global 段中添加 `stats socket /run/haproxy/admin.sock mode 660 level admin`。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; proxies port %2 (epmd, the Erlang port mapper). epmd is node-to-node traffic: nodes must reach each other&apos;s epmd directly, and a proxy in between makes a node look up its peers on the wrong host.</source>
        <translation>“%1”代理了端口 %2（epmd，Erlang 端口映射器）。epmd 属于节点间流量：节点之间必须直接访问彼此的 epmd，中间加一层代理会使节点到错误的主机上查找对等节点。</translation>
    </message>
    <message>
        <source>Remove this section. Let the nodes reach each other directly on 4369 and 25672; proxy only client ports (5672, 15672).</source>
        <translation>删除此段。让节点之间直接通过 4369 和 25672 端口互访；只代理客户端端口（5672、15672）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; proxies port %2 (Erlang distribution, inter-node traffic). Clustering through a load balancer breaks: nodes connect to whichever node HAProxy picks, not to the one they mean.</source>
        <translation>“%1”代理了端口 %2（Erlang 分布式通信，即节点间流量）。通过负载均衡器组建集群会出错：节点会连到 HAProxy 选中的任意节点，而不是它要连接的那个节点。</translation>
    </message>
    <message>
        <source>Remove this section. Nodes talk to each other directly on 25672; proxy only client ports.</source>
        <translation>删除此段。节点之间直接通过 25672 端口通信；只代理客户端端口。</translation>
    </message>
    <message>
        <source>The management UI (port %1) is offered on every address of the HAProxy host (%2), including public ones: the admin interface of the whole cluster is exposed.</source>
        <translation>管理界面（端口 %1）在 HAProxy 主机的所有地址（%2）上开放，包括公网地址：整个集群的管理接口因此暴露在外。</translation>
    </message>
    <message>
        <source>Bind the management listener to an internal address only, e.g. `bind 10.0.0.10:15672`.</source>
        <translation>将管理界面的监听器只绑定到内网地址，例如 `bind 10.0.0.10:15672`。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries AMQP but runs in `mode http`: HAProxy expects HTTP requests and rejects the AMQP protocol header, so no client can connect.</source>
        <translation>“%1”承载 AMQP 流量，却运行在 `mode http` 下：HAProxy 期待的是 HTTP 请求，会拒绝 AMQP 协议头，因此任何客户端都无法连接。</translation>
    </message>
    <message>
        <source>Use `mode tcp` for AMQP listeners and backends.</source>
        <translation>AMQP 的监听器和 backend 请使用 `mode tcp`。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no `option tcpka`: long idle AMQP connections can be dropped silently by firewalls and NAT between client, HAProxy and node, and dead peers are noticed late.</source>
        <translation>“%1”没有 `option tcpka`：长时间空闲的 AMQP 连接可能被客户端、HAProxy 与节点之间的防火墙和 NAT 悄然断开，对端失效也会较晚才被发现。</translation>
    </message>
    <message>
        <source>Add `option tcpka` to the section (or to defaults).</source>
        <translation>在该段（或 defaults 段）中添加 `option tcpka`。</translation>
    </message>
    <message>
        <source>`retries` without `option redispatch`: every retry goes to the same failed server, so a client connecting while the active node is down waits for all retries and fails.</source>
        <translation>有 `retries` 却没有 `option redispatch`：每次重试都会发往同一台故障服务器，因此在主用节点宕机期间连接的客户端要等完所有重试，最终仍然失败。</translation>
    </message>
    <message>
        <source>Add `option redispatch` next to `retries`, so the last retry goes to another server.</source>
        <translation>在 `retries` 旁添加 `option redispatch`，使最后一次重试发往其他服务器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no `timeout %2`: HAProxy then never closes dead half-open connections, which pile up until maxconn is reached.</source>
        <translation>“%1”没有 `timeout %2`：HAProxy 将永远不会关闭失效的半开连接，这些连接会不断累积，直至达到 maxconn。</translation>
    </message>
    <message>
        <source>Set `timeout %1` well above the AMQP heartbeat, e.g. 3h.</source>
        <translation>将 `timeout %1` 设置为远高于 AMQP 心跳的值，例如 3h。</translation>
    </message>
    <message>
        <source>`timeout %1` is %2 s, at or under the AMQP heartbeat of %3 s: HAProxy closes idle but healthy AMQP connections before a heartbeat can keep them alive, and clients reconnect over and over.</source>
        <translation>`timeout %1` 为 %2 秒，不高于 %3 秒的 AMQP 心跳：HAProxy 会在心跳保活之前关闭空闲但健康的 AMQP 连接，导致客户端反复重连。</translation>
    </message>
    <message>
        <source>Set `timeout client` and `timeout server` well above the heartbeat (e.g. 3h), or lower the heartbeat the clients negotiate.</source>
        <translation>将 `timeout client` 和 `timeout server` 设置为远高于心跳的值（例如 3h），或降低客户端协商的心跳。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no `server` lines: every connection to it fails.</source>
        <translation>“%1”没有 `server` 行：到它的所有连接都会失败。</translation>
    </message>
    <message>
        <source>Add one `server` line per cluster node.</source>
        <translation>为每个集群节点添加一行 `server`。</translation>
    </message>
    <message>
        <source>Server name &quot;%1&quot; is used twice in &quot;%2&quot;: HAProxy refuses the file, and stats could not tell the two apart.</source>
        <translation>服务器名“%1”在“%2”中使用了两次：HAProxy 会拒绝该文件，统计数据也无法区分这两台服务器。</translation>
    </message>
    <message>
        <source>Give every server in a section its own name, e.g. the node&apos;s host name.</source>
        <translation>为段内每台服务器指定唯一的名称，例如节点的主机名。</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no health check: when its node stops, HAProxy keeps sending clients to it.</source>
        <translation>服务器“%1”没有健康检查：其节点停止后，HAProxy 仍会继续把客户端发往该服务器。</translation>
    </message>
    <message>
        <source>Add `check inter 2000 rise 2 fall 3` to the server line.</source>
        <translation>在 server 行中添加 `check inter 2000 rise 2 fall 3`。</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; points at %2, which is no node of this cluster: clients sent there do not reach it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation>服务器“%1”指向 %2，而它不是此集群的节点：发往那里的客户端无法到达本集群。</translation>
    </message>
    <message>
        <source>Use the address of a cluster node, or remove the line.</source>
        <translation>请使用集群节点的地址，或删除该行。</translation>
    </message>
    <message>
        <source>Health checks in &quot;%1&quot; run with HAProxy&apos;s defaults (inter 2s, rise 2, fall 3): that works, but the failover time is then nowhere written down.</source>
        <translation>“%1”中的健康检查使用 HAProxy 的默认值（inter 2s、rise 2、fall 3）：这样可以工作，但故障切换时间就没有在任何地方明确写出。</translation>
    </message>
    <message>
        <source>State `inter`, `rise` and `fall` on the server lines or in a `default-server` line.</source>
        <translation>请在 server 行或 `default-server` 行中明确写出 `inter`、`rise` 和 `fall`。</translation>
    </message>
    <message>
        <source>Every server in &quot;%1&quot; is `backup`: no server takes traffic while all are up.</source>
        <translation>“%1”中的所有服务器都是 `backup`：全部在线时没有任何服务器承载流量。</translation>
    </message>
    <message>
        <source>Remove `backup` from the server that should be active.</source>
        <translation>从应作为主用的服务器上去掉 `backup`。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. With classic mirrored queues, consumers then talk to followers and every message crosses the cluster.</source>
        <comment>followers: mirror replicas of a queue</comment>
        <translation>“%1”有 %2 台主用服务器，既没有 `backup` 也没有 `balance`：客户端会在无意中被轮询分散到各节点。使用经典镜像队列时，消费者因此会连接到镜像所在的节点，每条消息都要在集群内跨节点转发。</translation>
    </message>
    <message>
        <source>Either mark all servers but one `backup` (one active node), or state `balance roundrobin` or `balance leastconn` on purpose.</source>
        <translation>要么将除一台以外的所有服务器标记为 `backup`（只有一个主用节点），要么明确声明 `balance roundrobin` 或 `balance leastconn`。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a single server: when that node stops, clients have nowhere to go.</source>
        <translation>“%1”只有一台服务器：该节点停止后，客户端将无处可连。</translation>
    </message>
    <message>
        <source>Add the other cluster nodes as `backup` servers.</source>
        <translation>将其他集群节点添加为 `backup` 服务器。</translation>
    </message>
    <message>
        <source>Cluster node %1 (%2) is not a server of &quot;%3&quot;: HAProxy cannot fail over to it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation>集群节点 %1（%2）不是“%3”中的服务器：HAProxy 无法故障切换到该节点。</translation>
    </message>
    <message>
        <source>Add `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`.</source>
        <translation>添加 `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`。</translation>
    </message>
    <message>
        <source>The global section has no `user` (or `uid`): when HAProxy is started as root, it keeps root privileges while it handles traffic from every client.</source>
        <translation>global 段中没有 `user`(或 `uid`):以 root 启动的 HAProxy 在处理所有客户端流量时一直保留 root 权限。</translation>
    </message>
    <message>
        <source>Add `user haproxy` and `group haproxy` to the global section; HAProxy binds its ports first and then drops root.</source>
        <translation>在 global 段中加入 `user haproxy` 和 `group haproxy`;HAProxy 先绑定端口,再放弃 root 权限。</translation>
    </message>
    <message>
        <source>The global section sets no `maxconn`: HAProxy derives the limit from the file descriptor limit it starts with, so how many AMQP clients it accepts depends on the service manager, not on this file.</source>
        <translation>global 段中没有设置 `maxconn`:HAProxy 会根据启动时的文件描述符上限推算连接上限,因此能接受多少 AMQP 客户端取决于服务管理器,而不是这个文件。</translation>
    </message>
    <message>
        <source>State `maxconn` in the global section, comfortably above the number of AMQP clients (e.g. 4096).</source>
        <translation>在 global 段中写明 `maxconn`,留出足够余量,高于 AMQP 客户端数量(例如 4096)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no `timeout connect`: a connection to a node that does not answer (powered off, cable pulled) waits for the kernel to give up, minutes instead of seconds, before HAProxy tries another server.</source>
        <translation>&quot;%1&quot; 没有 `timeout connect`:连向无应答节点(已断电、网线被拔)的连接要等内核放弃——几分钟而不是几秒——HAProxy 才会尝试另一台服务器。</translation>
    </message>
    <message>
        <source>Add `timeout connect 5s` to the section or to defaults.</source>
        <translation>在该段或 defaults 中加入 `timeout connect 5s`。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries AMQP but checks its servers with `option httpchk`: the AMQP port does not speak HTTP, so every check fails and HAProxy marks every node DOWN.</source>
        <translation>&quot;%1&quot; 承载 AMQP,却用 `option httpchk` 检查服务器:AMQP 端口不说 HTTP,所有检查都会失败,HAProxy 会把每个节点都标为 DOWN。</translation>
    </message>
    <message>
        <source>Remove `option httpchk` from the AMQP section (a plain `check` tests the TCP port); keep HTTP checks for the management listener.</source>
        <translation>从 AMQP 段中删除 `option httpchk`(普通的 `check` 会检测 TCP 端口);HTTP 检查只留给管理界面监听器。</translation>
    </message>
    <message>
        <source>The stats page of &quot;%1&quot; has `stats admin` but no authentication and listens on %2: anyone who reaches it can put nodes into maintenance or drain them.</source>
        <translation>&quot;%1&quot; 的统计页面启用了 `stats admin`,却没有认证,且监听在 %2:任何能访问它的人都可以把节点置于维护状态或排空它们。</translation>
    </message>
    <message>
        <source>Add `stats auth USER:PASSWORD`, or bind the stats page to 127.0.0.1 only.</source>
        <translation>加入 `stats auth 用户:密码`,或只把统计页面绑定到 127.0.0.1。</translation>
    </message>
    <message>
        <source>The stats page of &quot;%1&quot; has no authentication and listens on every address (%2): the cluster&apos;s layout, addresses and traffic are visible from any network the host is on.</source>
        <translation>&quot;%1&quot; 的统计页面没有认证,且监听在所有地址上(%2):从该主机所在的任何网络都能看到集群的布局、地址和流量。</translation>
    </message>
    <message>
        <source>Bind the stats page to an internal address, or add `stats auth USER:PASSWORD`.</source>
        <translation>把统计页面绑定到内网地址,或加入 `stats auth 用户:密码`。</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is checked every %2 s and marked DOWN after %3 failures: clients keep being sent to a dead node for about %4 s.</source>
        <translation>服务器 &quot;%1&quot; 每 %2 秒检查一次,失败 %3 次后才标为 DOWN:客户端会在约 %4 秒内继续被发往已宕机的节点。</translation>
    </message>
    <message>
        <source>Use e.g. `check inter 2000 rise 2 fall 3` (about 6 s to fail over).</source>
        <translation>例如使用 `check inter 2000 rise 2 fall 3`(约 6 秒完成故障切换)。</translation>
    </message>
    <message>
        <source>Use `cookie NAME insert indirect nocache` with a `cookie` value on each server line, or a stick table (`stick-table` and `stick on`).</source>
        <translation>改用 `cookie 名称 insert indirect nocache`，并在每个 server 行上写 `cookie` 值；或使用粘滞表（`stick-table` 和 `stick on`）。</translation>
    </message>
    <message>
        <source>Use `use_backend BACKEND if { hdr(NAME) -m reg REGEX }`.</source>
        <translation>改用 `use_backend 后端 if { hdr(名称) -m reg 正则 }`。</translation>
    </message>
    <message>
        <source>Use `use_backend BACKEND if { hdr(NAME) -m reg -i REGEX }`.</source>
        <translation>改用 `use_backend 后端 if { hdr(名称) -m reg -i 正则 }`。</translation>
    </message>
    <message>
        <source>Write `timeout connect` with the same time, e.g. `timeout connect 5s`.</source>
        <translation>改写为时间相同的 `timeout connect`，如 `timeout connect 5s`。</translation>
    </message>
    <message>
        <source>Write `timeout client` with the same time, e.g. `timeout client 3h`.</source>
        <translation>改写为时间相同的 `timeout client`，如 `timeout client 3h`。</translation>
    </message>
    <message>
        <source>Write `timeout server` with the same time, e.g. `timeout server 3h`.</source>
        <translation>改写为时间相同的 `timeout server`，如 `timeout server 3h`。</translation>
    </message>
    <message>
        <source>Write `option redispatch`.</source>
        <translation>改写为 `option redispatch`。</translation>
    </message>
    <message>
        <source>Write `http-request deny` with the same condition (`if ...`).</source>
        <translation>改写为条件相同（`if ...`）的 `http-request deny`。</translation>
    </message>
    <message>
        <source>Use `http-request replace-header`, `http-request replace-path` or `http-request replace-uri`.</source>
        <translation>改用 `http-request replace-header`、`http-request replace-path` 或 `http-request replace-uri`。</translation>
    </message>
    <message>
        <source>Use `http-request replace-header NAME REGEX REPLACEMENT`.</source>
        <translation>改用 `http-request replace-header 名称 正则 替换内容`。</translation>
    </message>
    <message>
        <source>Use `http-request del-header NAME`.</source>
        <translation>改用 `http-request del-header 名称`。</translation>
    </message>
    <message>
        <source>Use `http-request deny if { hdr(NAME) -m reg REGEX }`.</source>
        <translation>改用 `http-request deny if { hdr(名称) -m reg 正则 }`。</translation>
    </message>
    <message>
        <source>Use `http-request deny if { hdr(NAME) -m reg -i REGEX }`.</source>
        <translation>改用 `http-request deny if { hdr(名称) -m reg -i 正则 }`。</translation>
    </message>
    <message>
        <source>Remove the line; HAProxy 2.1 and later have no such rule.</source>
        <translation>删除该行；HAProxy 2.1 及以后版本没有这类规则。</translation>
    </message>
    <message>
        <source>Use `http-request allow if { hdr(NAME) -m reg REGEX }`.</source>
        <translation>改用 `http-request allow if { hdr(名称) -m reg 正则 }`。</translation>
    </message>
    <message>
        <source>Use `http-request allow if { hdr(NAME) -m reg -i REGEX }`.</source>
        <translation>改用 `http-request allow if { hdr(名称) -m reg -i 正则 }`。</translation>
    </message>
    <message>
        <source>Use `http-request tarpit if { hdr(NAME) -m reg REGEX }`.</source>
        <translation>改用 `http-request tarpit if { hdr(名称) -m reg 正则 }`。</translation>
    </message>
    <message>
        <source>Use `http-request tarpit if { hdr(NAME) -m reg -i REGEX }`.</source>
        <translation>改用 `http-request tarpit if { hdr(名称) -m reg -i 正则 }`。</translation>
    </message>
    <message>
        <source>Use `http-request add-header NAME VALUE`.</source>
        <translation>改用 `http-request add-header 名称 值`。</translation>
    </message>
    <message>
        <source>Use `http-response replace-header NAME REGEX REPLACEMENT`.</source>
        <translation>改用 `http-response replace-header 名称 正则 替换内容`。</translation>
    </message>
    <message>
        <source>Use `http-response del-header NAME`.</source>
        <translation>改用 `http-response del-header 名称`。</translation>
    </message>
    <message>
        <source>Use `http-response deny if { res.hdr(NAME) -m reg REGEX }`.</source>
        <translation>改用 `http-response deny if { res.hdr(名称) -m reg 正则 }`。</translation>
    </message>
    <message>
        <source>Use `http-response deny if { res.hdr(NAME) -m reg -i REGEX }`.</source>
        <translation>改用 `http-response deny if { res.hdr(名称) -m reg -i 正则 }`。</translation>
    </message>
    <message>
        <source>Use `http-response add-header NAME VALUE`.</source>
        <translation>改用 `http-response add-header 名称 值`。</translation>
    </message>
    <message>
        <source>Remove the line; HAProxy 2.1 and later need it for nothing (HAProxy&apos;s own advice).</source>
        <translation>删除该行；HAProxy 2.1 及以后版本不再需要它（这是 HAProxy 自己的建议）。</translation>
    </message>
    <message>
        <source>Write it as `option independent-streams` (the misspelling is gone).</source>
        <translation>改写为 `option independent-streams`（旧的错误拼写已被删除）。</translation>
    </message>
    <message>
        <source>In a `mode http` section, use `http-request return status 200 if { src NETWORK }`.</source>
        <translation>在 `mode http` 的段中改用 `http-request return status 200 if { src 网段 }`。</translation>
    </message>
    <message>
        <source>Use `mode http` with `http-request return status 200`.</source>
        <translation>改用 `mode http` 加 `http-request return status 200`。</translation>
    </message>
    <message>
        <source>Remove the line: HAProxy 2.5 and later run one process with a thread per CPU (`nbthread` sets another count).</source>
        <translation>删除该行：HAProxy 2.5 及以后版本只运行一个进程，每个 CPU 一个线程（`nbthread` 可设定其他数量）。</translation>
    </message>
    <message>
        <source>Remove the line: health checks use `tune.bufsize`.</source>
        <translation>删除该行：健康检查使用 `tune.bufsize`。</translation>
    </message>
    <message>
        <source>Remove the line, or write `option httpclose` if you really need it.</source>
        <translation>删除该行；确实需要时改写为 `option httpclose`。</translation>
    </message>
    <message>
        <source>Use `http-request set-dst` and `http-request set-uri` (and `http-request do-resolve` for host names).</source>
        <translation>改用 `http-request set-dst` 和 `http-request set-uri`（主机名还需 `http-request do-resolve`）。</translation>
    </message>
    <message>
        <source>Remove the line: HAProxy runs a single process since 2.5, so it has no effect.</source>
        <translation>删除该行：HAProxy 自 2.5 起只运行一个进程，它已不起作用。</translation>
    </message>
    <message>
        <source>`%1` was removed in HAProxy %2: HAProxy %3 refuses to load the file.</source>
        <translation>`%1` 已在 HAProxy %2 中删除：HAProxy %3 会拒绝加载该文件。</translation>
    </message>
    <message>
        <source>`%1` is deprecated since HAProxy %2 and accepts only process 1 there: HAProxy %3 refuses this value, and %4 and later refuse the keyword.</source>
        <translation>`%1` 自 HAProxy %2 起已弃用，且只接受进程 1：HAProxy %3 拒绝这个值，%4 及以后版本拒绝该关键字本身。</translation>
    </message>
    <message>
        <source>`%1` is deprecated since HAProxy %2: HAProxy %3 still loads the file with a warning, but %4 and later refuse it.</source>
        <translation>`%1` 自 HAProxy %2 起已弃用：HAProxy %3 仍会加载该文件但给出警告，%4 及以后版本会拒绝它。</translation>
    </message>
    <message>
        <source>Move the address to a `bind` line in the section: `bind %1`.</source>
        <translation>把地址移到该段中的 `bind` 行：`bind %1`。</translation>
    </message>
    <message>
        <source>Remove `process %1` from the bind line (write `thread N` to pin it to threads).</source>
        <translation>从 bind 行中删除 `process %1`（要绑定到线程请写 `thread N`）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; proxies the stream protocol (port %2 or %3). A stream client asks the node it reached where the stream&apos;s leader and replicas are and then connects to those nodes itself, at the addresses they advertise: behind a proxy it ends up on the wrong node or cannot connect at all.</source>
        <translation>“%1”代理了流协议（端口 %2 或 %3）。流客户端会先向它连上的节点询问该流的领导者和副本在哪里，然后按这些节点通告的地址自行连接过去：经过代理后，它会连到错误的节点，或者根本连不上。</translation>
    </message>
    <message>
        <source>Let stream clients reach the nodes directly (list every node in the client), or set `stream.advertised_host` and `stream.advertised_port` on each node to an address that routes to that node only.</source>
        <translation>让流客户端直接连接各节点（在客户端中列出每个节点），或在每个节点上把 `stream.advertised_host` 和 `stream.advertised_port` 设为只路由到该节点的地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. A client that lands on a node other than its quorum queue&apos;s leader has every message relayed through the leader&apos;s node.</source>
        <translation>“%1”有 %2 个活动服务器，既没有 `backup` 也没有 `balance`：客户端被意外地轮询分散。连到仲裁队列领导者以外节点的客户端，其每条消息都要经由领导者所在节点转发。</translation>
    </message>
</context>
<context>
    <name>HaproxyPush</name>
    <message>
        <source>the profile names no HAProxy host (haproxy.host)</source>
        <translation>配置文件未指定 HAProxy 主机（haproxy.host）</translation>
    </message>
    <message>
        <source>the profile does not say where haproxy.cfg is (haproxy.configPath)</source>
        <translation>配置文件未指定 haproxy.cfg 的位置（haproxy.configPath）</translation>
    </message>
    <message>
        <source>haproxy.configPath must be an absolute path</source>
        <translation>haproxy.configPath 必须是绝对路径</translation>
    </message>
    <message>
        <source>the profile names no HAProxy stats socket (haproxy.statsSocket), so a push cannot be verified</source>
        <translation>配置文件未指定 HAProxy 统计套接字（haproxy.statsSocket），因此无法验证推送结果</translation>
    </message>
    <message>
        <source>upload the new file to a temporary file on %1 and check it: %2</source>
        <translation>将新文件上传到 %1 上的临时文件并检查：%2</translation>
    </message>
    <message>
        <source>back up the current file: %1</source>
        <translation>备份当前文件：%1</translation>
    </message>
    <message>
        <source>write the new file in place: %1</source>
        <translation>将新文件写入原位置：%1</translation>
    </message>
    <message>
        <source>check it where it is: %1</source>
        <translation>在原位置再次检查：%1</translation>
    </message>
    <message>
        <source>reload HAProxy (established connections stay on the old process): %1</source>
        <translation>重新加载 HAProxy（已建立的连接保留在旧进程上）：%1</translation>
    </message>
    <message>
        <source>read `show stat` on %1 until the servers are as the file says; on any failure put the backup back and reload</source>
        <translation>读取 %1 上的 `show stat`，直到服务器状态与文件一致；任何一步失败都会恢复备份并重新加载</translation>
    </message>
    <message>
        <source>ssh to %1: %2</source>
        <translation>SSH 连接 %1：%2</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>退出码 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation>无法读取 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>show stat on %1: %2</source>
        <translation>%1 上的 show stat：%2</translation>
    </message>
    <message>
        <source>unreadable show stat output: %1</source>
        <translation>无法解析 show stat 输出：%1</translation>
    </message>
    <message>
        <source>cannot create a temporary file on %1: %2</source>
        <translation>无法在 %1 上创建临时文件：%2</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>无法写入 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
    <message>
        <source>haproxy -c did not finish within 30 s</source>
        <translation>haproxy -c 未在 30 秒内完成</translation>
    </message>
    <message>
        <source>%1/%2 is not reported</source>
        <translation>统计中没有 %1/%2</translation>
    </message>
    <message>
        <source>%1/%2 is %3, expected %4</source>
        <translation>%1/%2 当前为%3，应为%4</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>主用</translation>
    </message>
    <message>
        <source>%1/%2 points at %3, expected %4</source>
        <translation>%1/%2 指向 %3，应为 %4</translation>
    </message>
    <message>
        <source>%1/%2 is %3, expected UP</source>
        <translation>%1/%2 状态为 %3，应为 UP</translation>
    </message>
    <message>
        <source>%1/%2 is reported but not in the file</source>
        <translation>统计中有 %1/%2，但文件中没有</translation>
    </message>
    <message>
        <source>cannot upload the new file to %1: %2</source>
        <translation>无法将新文件上传到 %1：%2</translation>
    </message>
    <message>
        <source>HAProxy on %1 refuses the new file; nothing was changed: %2</source>
        <translation>%1 上的 HAProxy 拒绝了新文件；未做任何更改：%2</translation>
    </message>
    <message>
        <source>the new file passes haproxy -c on %1</source>
        <translation>新文件在 %1 上通过了 haproxy -c 检查</translation>
    </message>
    <message>
        <source>%1 on %2 already has this content; nothing to do</source>
        <translation>%2 上的 %1 内容已相同；无需操作</translation>
    </message>
    <message>
        <source>cannot back up %1 on %2; nothing was changed: %3</source>
        <translation>无法备份 %2 上的 %1；未做任何更改：%3</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>已将 %1 备份到 %2</translation>
    </message>
    <message>
        <source>%1; restoring the backup FAILED (%2): restore %3 by hand</source>
        <translation>%1；恢复备份失败（%2）：请手动恢复 %3</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>reloaded HAProxy with the restored file</source>
        <translation>已使用恢复的文件重新加载 HAProxy</translation>
    </message>
    <message>
        <source>reloading HAProxy with the restored file failed: %1</source>
        <translation>使用恢复的文件重新加载 HAProxy 失败：%1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>HAProxy refuses %1 where it is: %2</source>
        <translation>HAProxy 拒绝了原位置的 %1：%2</translation>
    </message>
    <message>
        <source>reload failed (%1): %2</source>
        <translation>重新加载失败（%1）：%2</translation>
    </message>
    <message>
        <source>reloaded HAProxy</source>
        <translation>已重新加载 HAProxy</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>after the reload HAProxy does not show the servers as intended within %1 s: %2</source>
        <translation>重新加载后 %1 秒内，HAProxy 显示的服务器状态仍与预期不符：%2</translation>
    </message>
    <message>
        <source>show stat confirms the servers as the file says</source>
        <translation>show stat 确认服务器状态与文件一致</translation>
    </message>
</context>
<context>
    <name>HaproxyRuntime</name>
    <message>
        <source>not listed</source>
        <translation>未列出</translation>
    </message>
</context>
<context>
    <name>HaproxyWorkbench</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>生成的文件</translation>
    </message>
</context>
<context>
    <name>JoinSpec</name>
    <message>
        <source>&amp;Join Node to Cluster…</source>
        <comment>RabbitMQ node</comment>
        <translation>将节点加入集群(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Node to join:</source>
        <comment>RabbitMQ node</comment>
        <translation>要加入的节点(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Cluster of:</source>
        <comment>a member of the cluster to join</comment>
        <translation>加入其集群(&amp;C)：</translation>
    </message>
    <message>
        <source>Node &amp;type:</source>
        <comment>RabbitMQ node type: disc or ram</comment>
        <translation>节点类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Warren: administer RabbitMQ clusters behind HAProxy.</source>
        <translation>Warren：管理位于 HAProxy 之后的 RabbitMQ 集群。</translation>
    </message>
    <message>
        <source>Open the cluster profile &lt;file&gt; (JSON, format warren-cluster-profile/1).</source>
        <translation>打开集群配置文件 &lt;文件&gt;（JSON，格式 warren-cluster-profile/1）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;png&gt; after --screenshot-delay, then quit.</source>
        <translation>等待 --screenshot-delay 后把主窗口保存为图片 &lt;png&gt;，然后退出。</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default: 8000).</source>
        <translation>--screenshot 之前等待的毫秒数（默认：8000）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>--screenshot-delay needs a number of milliseconds</source>
        <translation>--screenshot-delay 需要一个毫秒数</translation>
    </message>
</context>
<context>
    <name>MaintenancePlanner</name>
    <message>
        <source>Put %1 in maintenance and stop it</source>
        <translation>让 %1 进入维护并停止它</translation>
    </message>
    <message>
        <source>Put %1 in maintenance</source>
        <translation>让 %1 进入维护</translation>
    </message>
    <message>
        <source>maintenance mode (rabbitmq-upgrade drain) exists from RabbitMQ 3.8 on; %1 runs %2</source>
        <translation>维护模式（rabbitmq-upgrade drain）从 RabbitMQ 3.8 起才有；%1 运行的是 %2</translation>
    </message>
    <message>
        <source>%1 is stopped and HAProxy sends it no clients</source>
        <translation>%1 已停止，HAProxy 不再向它发送客户端</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 正在运行</translation>
    </message>
    <message>
        <source>the node is not running: there is nothing to drain</source>
        <translation>节点未运行：没有可排空的内容</translation>
    </message>
    <message>
        <source>%1 is in maintenance and HAProxy sends it no clients</source>
        <translation>%1 处于维护中，HAProxy 不再向它发送客户端</translation>
    </message>
    <message>
        <source>Cluster members</source>
        <translation>集群成员</translation>
    </message>
    <message>
        <source>%1&apos;s maintenance state</source>
        <translation>%1 的维护状态</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>in maintenance already</source>
        <translation>已在维护中</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>正在服务</translation>
    </message>
    <message>
        <source>HAProxy forgets runtime states on a reload</source>
        <translation>HAProxy 重载时会丢失运行时状态</translation>
    </message>
    <message>
        <source>a reload or restart of HAProxy during the maintenance puts these servers back to ready, unless haproxy.cfg loads a server-state-file; do not reload HAProxy until the maintenance ends</source>
        <translation>维护期间重载或重启 HAProxy 会把这些服务器恢复为 ready，除非 haproxy.cfg 加载了 server-state-file；维护结束前不要重载 HAProxy</translation>
    </message>
    <message>
        <source>HAProxy: no new clients to %1 (servers to drain: %2)</source>
        <translation>HAProxy：不再向 %1 发送新客户端（服务器置为 drain：%2）</translation>
    </message>
    <message>
        <source>show stat lists the servers as DRAIN</source>
        <translation>show stat 显示这些服务器为 DRAIN</translation>
    </message>
    <message>
        <source>put the servers back to ready</source>
        <translation>把服务器恢复为 ready</translation>
    </message>
    <message>
        <source>HAProxy: close the clients&apos; sessions on %1 (they reconnect to another server)</source>
        <translation>HAProxy：关闭 %1 上的客户端会话（它们会重连到其他服务器）</translation>
    </message>
    <message>
        <source>closed sessions stay closed (their clients have reconnected elsewhere); put the servers back to ready</source>
        <translation>已关闭的会话保持关闭（其客户端已重连到别处）；把服务器恢复为 ready</translation>
    </message>
    <message>
        <source>HAProxy: servers of %1 to maint (no traffic, no health checks)</source>
        <translation>HAProxy：%1 的服务器置为 maint（无流量、无健康检查）</translation>
    </message>
    <message>
        <source>show stat lists the servers as MAINT</source>
        <translation>show stat 显示这些服务器为 MAINT</translation>
    </message>
    <message>
        <source>RabbitMQ: drain %1 (client listeners suspended, connections closed, queue leaders moved to other nodes)</source>
        <translation>RabbitMQ：排空 %1（暂停客户端监听、关闭连接、把队列 leader 移到其他节点）</translation>
    </message>
    <message>
        <source>revive the node (back in service)</source>
        <translation>对节点执行 revive（恢复服务）</translation>
    </message>
    <message>
        <source>HAProxy sends %1 no clients (its servers are MAINT)</source>
        <translation>HAProxy 不向 %1 发送客户端（其服务器为 MAINT）</translation>
    </message>
    <message>
        <source>bring it back with: warrenctl maintenance %1 exit</source>
        <translation>恢复方法：warrenctl maintenance %1 exit</translation>
    </message>
    <message>
        <source>Bring %1 back from maintenance</source>
        <translation>让 %1 结束维护、恢复服务</translation>
    </message>
    <message>
        <source>%1 runs, is not in maintenance and HAProxy sends it clients</source>
        <translation>%1 正在运行、未在维护，HAProxy 向它发送客户端</translation>
    </message>
    <message>
        <source>stopped: it is started first</source>
        <translation>已停止：先启动它</translation>
    </message>
    <message>
        <source>RabbitMQ: revive %1 (client listeners resumed; it may lead queues again)</source>
        <translation>RabbitMQ：对 %1 执行 revive（恢复客户端监听；它可再次担任队列 leader）</translation>
    </message>
    <message>
        <source>every quorum queue has a quorum plus one member online (the node&apos;s members caught up)</source>
        <translation>每个仲裁队列都有多数派加一个成员在线（该节点的成员已追上）</translation>
    </message>
    <message>
        <source>drain the node again</source>
        <translation>再次排空节点</translation>
    </message>
    <message>
        <source>HAProxy: servers of %1 back to ready, and wait until their health checks say UP</source>
        <translation>HAProxy：%1 的服务器恢复为 ready，等待健康检查显示 UP</translation>
    </message>
    <message>
        <source>show stat lists the servers as UP</source>
        <translation>show stat 显示这些服务器为 UP</translation>
    </message>
    <message>
        <source>put the servers back to maint</source>
        <translation>把服务器恢复为 maint</translation>
    </message>
    <message>
        <source>HAProxy sends %1 clients again (its servers are UP)</source>
        <translation>HAProxy 再次向 %1 发送客户端（其服务器为 UP）</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>停止 %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>重启 %1</translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 在运行</translation>
    </message>
    <message>
        <source>HAProxy sends it clients</source>
        <translation>HAProxy 在向它发送客户端</translation>
    </message>
    <message>
        <source>%1 take(s) traffic now: their clients are cut off when the node stops; maintenance (warrenctl maintenance %2 enter) drains them first</source>
        <translation>%1 当前承载流量：节点停止时这些客户端会被断开；维护（warrenctl maintenance %2 enter）会先将它们排空</translation>
    </message>
    <message>
        <source>show stat on %1 (%2): %3</source>
        <translation>%1 上的 show stat（%2）：%3</translation>
    </message>
    <message>
        <source>unreadable show stat output: %1</source>
        <translation>无法解析 show stat 输出：%1</translation>
    </message>
    <message>
        <source>show stat could not be read (exit code %1)</source>
        <translation>无法读取 show stat（退出码 %1）</translation>
    </message>
    <message>
        <source>HAProxy counts no session left on the node&apos;s servers</source>
        <translation>HAProxy 统计该节点的服务器上已无会话</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>无会话</translation>
    </message>
    <message>
        <source>sessions left: %1</source>
        <translation>仍有会话：%1</translation>
    </message>
    <message>
        <source>HAProxy answered: %1</source>
        <translation>HAProxy 回答：%1</translation>
    </message>
    <message>
        <source>%1 reports itself in maintenance mode</source>
        <translation>%1 报告自己处于维护模式</translation>
    </message>
    <message>
        <source>%1 reports itself out of maintenance mode</source>
        <translation>%1 报告自己已退出维护模式</translation>
    </message>
    <message>
        <source>status failed with exit code %1</source>
        <translation>status 失败，退出码 %1</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>not in maintenance</source>
        <translation>未在维护</translation>
    </message>
    <message>
        <source>%1 has no client connection left</source>
        <translation>%1 已无客户端连接</translation>
    </message>
    <message>
        <source>list_connections failed with exit code %1</source>
        <translation>list_connections 失败，退出码 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer answers (its Erlang VM is stopped)</source>
        <translation>%1 不再应答（其 Erlang 虚拟机已停止）</translation>
    </message>
    <message>
        <source>overridden (--force): %1</source>
        <translation>已强制跳过（--force）：%1</translation>
    </message>
    <message>
        <source>the safe-to-stop checks failed and are overridden: %1</source>
        <translation>可安全停止检查未通过，已被强制跳过：%1</translation>
    </message>
    <message>
        <source>Stop %1 (the whole node, through the %2 service)</source>
        <translation>停止 %1（整个节点，通过 %2 服务）</translation>
    </message>
    <message>
        <source>start the node again</source>
        <translation>重新启动节点</translation>
    </message>
    <message>
        <source>Start the RabbitMQ application on %1 (its Erlang VM runs)</source>
        <translation>启动 %1 上的 RabbitMQ 应用（其 Erlang 虚拟机在运行）</translation>
    </message>
    <message>
        <source>stop the application again</source>
        <translation>再次停止应用</translation>
    </message>
    <message>
        <source>Start %1 (through the %2 service) and wait until it runs in the cluster</source>
        <translation>启动 %1（通过 %2 服务），等待它在集群中运行</translation>
    </message>
    <message>
        <source>stop the node again</source>
        <translation>再次停止节点</translation>
    </message>
    <message>
        <source>HAProxy&apos;s servers for %1</source>
        <translation>HAProxy 中 %1 的服务器</translation>
    </message>
    <message>
        <source>the profile names no HAProxy (host and stats socket): only RabbitMQ&apos;s own drain closes the node&apos;s client connections; clients reconnect to the other nodes themselves</source>
        <translation>配置文件未指定 HAProxy（主机和统计套接字）：只有 RabbitMQ 自己的 drain 关闭该节点的客户端连接；客户端自行重连到其他节点</translation>
    </message>
    <message>
        <source>no HAProxy server points at %1</source>
        <translation>没有 HAProxy 服务器指向 %1</translation>
    </message>
    <message>
        <source>HAProxy server &quot;%1&quot; has a name Warren does not send to the Runtime API</source>
        <translation>HAProxy 服务器“%1”的名称 Warren 不会发送给 Runtime API</translation>
    </message>
    <message>
        <source>Proxy %1 keeps a server</source>
        <translation>代理 %1 仍有可用服务器</translation>
    </message>
    <message>
        <source>no other server of proxy %1 is UP: its clients lose service while %2 is out</source>
        <translation>代理 %1 没有其他 UP 的服务器：%2 退出服务期间其客户端将失去服务</translation>
    </message>
</context>
<context>
    <name>MaintenanceSpec</name>
    <message>
        <source>Node &amp;Maintenance…</source>
        <comment>take a RabbitMQ node out of service</comment>
        <translation>节点维护(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>节点(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>enter or leave maintenance</comment>
        <translation>动作(&amp;A)：</translation>
    </message>
    <message>
        <source>Enter maintenance: take it out of service</source>
        <comment>RabbitMQ node</comment>
        <translation>进入维护：让它退出服务</translation>
    </message>
    <message>
        <source>Exit maintenance: bring it back into service</source>
        <comment>RabbitMQ node</comment>
        <translation>结束维护：让它恢复服务</translation>
    </message>
    <message>
        <source>&amp;Stop the node once it is drained (to patch or reboot its host)</source>
        <comment>RabbitMQ node</comment>
        <translation>排空后停止节点(&amp;S)（用于给主机打补丁或重启）</translation>
    </message>
    <message>
        <source>&amp;Override the safe-to-stop checks (queues may lose their quorum or their only synchronised copy)</source>
        <translation>跳过可安全停止检查(&amp;O)（队列可能失去多数派或唯一的已同步副本）</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>disc</source>
        <comment>RabbitMQ node type: stores its metadata on disk</comment>
        <translation>磁盘节点</translation>
    </message>
    <message>
        <source>ram</source>
        <comment>RabbitMQ node type: keeps its metadata in RAM only</comment>
        <translation>内存节点</translation>
    </message>
    <message>
        <source>type?</source>
        <comment>RabbitMQ node type not reported</comment>
        <translation>类型？</translation>
    </message>
    <message>
        <source>running</source>
        <comment>RabbitMQ node state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>RabbitMQ node state</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>RabbitMQ node state: a peer cannot reach it</comment>
        <translation>不可达</translation>
    </message>
    <message>
        <source>memory alarm</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>内存告警</translation>
    </message>
    <message>
        <source>disk alarm</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>磁盘告警</translation>
    </message>
    <message>
        <source>partitioned</source>
        <comment>network partition of the RabbitMQ cluster</comment>
        <translation>已分区</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>node name (disc/ram, running/stopped)</comment>
        <translation>%1（%2，%3）</translation>
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
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>memory used of the high watermark</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>磁盘可用</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <comment>disk free (free disk limit)</comment>
        <translation>%1（下限 %2）</translation>
    </message>
    <message>
        <source>stopped last: start first</source>
        <comment>whole cluster down: this RabbitMQ node must be started first</comment>
        <translation>最后停止:须最先启动</translation>
    </message>
    <message>
        <source>start #%1</source>
        <comment>whole cluster down: position in the start order</comment>
        <translation>第 %1 个启动</translation>
    </message>
    <message>
        <source>unreachable from Warren</source>
        <comment>neither the node&apos;s API nor SSH answer Warren</comment>
        <translation>Warren 无法访问</translation>
    </message>
    <message>
        <source>API not answering</source>
        <comment>the node&apos;s management API</comment>
        <translation>API 无应答</translation>
    </message>
    <message>
        <source>API and cluster_status disagree</source>
        <comment>two sources of RabbitMQ cluster membership</comment>
        <translation>API 与 cluster_status 不一致</translation>
    </message>
    <message>
        <source>safe to stop</source>
        <comment>a RabbitMQ node: stopping it now loses no queue</comment>
        <translation>可安全停止</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum</source>
        <comment>number of quorum queues that would lose their majority</comment>
        <translation>
            <numerusform>%n 个仲裁队列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mirrored</source>
        <comment>number of mirrored queues left without a synchronised mirror</comment>
        <translation>
            <numerusform>%n 个镜像队列</numerusform>
        </translation>
    </message>
    <message>
        <source>not safe: %1</source>
        <comment>why stopping the node now loses queues</comment>
        <translation>不安全:%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Stop now</source>
        <comment>is it safe to stop this RabbitMQ node now</comment>
        <translation>现在停止</translation>
    </message>
    <message>
        <source>Queue leaders</source>
        <comment>queues whose leader (quorum) or master (classic) runs on this node</comment>
        <translation>队列主副本</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>Raft role of a node in the Khepri metadata store</comment>
        <translation>领导者</translation>
    </message>
    <message>
        <source>follower</source>
        <comment>Raft role of a node in the Khepri metadata store</comment>
        <translation>跟随者</translation>
    </message>
    <message>
        <source>candidate</source>
        <comment>Raft role of a node in the Khepri metadata store</comment>
        <translation>候选者</translation>
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
        <translation>内存:已弃用</translation>
    </message>
    <message>
        <source>The metadata store is Khepri: every node is a disc member of its Raft cluster, there are no ram nodes. Metadata changes need a majority of the members running.</source>
        <translation>元数据存储是 Khepri:每个节点都是其 Raft 集群中的磁盘成员,不存在内存节点。元数据变更需要多数成员在运行。</translation>
    </message>
    <message>
        <source>Ram nodes are deprecated in RabbitMQ 4.x and do not exist under Khepri. Change this node to a disc node (rabbitmqctl stop_app; change_cluster_node_type disc; start_app) before enabling khepri_db or upgrading.</source>
        <translation>内存节点在 RabbitMQ 4.x 中已弃用,Khepri 下也不存在。在启用 khepri_db 或升级之前,把此节点改为磁盘节点(rabbitmqctl stop_app;change_cluster_node_type disc;start_app)。</translation>
    </message>
    <message>
        <source>In maintenance mode: it serves no clients and leads no queues (Node Maintenance brings it back).</source>
        <translation>处于维护模式：不服务客户端、不担任队列 leader（“节点维护”可让它恢复）。</translation>
    </message>
    <message>
        <source>maintenance</source>
        <comment>RabbitMQ node state: drained, serves no clients</comment>
        <translation>维护中</translation>
    </message>
</context>
<context>
    <name>OperationPlanner</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>SSH to %1</source>
        <translation>SSH 连接 %1</translation>
    </message>
    <message>
        <source>%1 is not critical for quorum queues or mirrors</source>
        <comment>quorum; mirror: RabbitMQ queue replicas</comment>
        <translation>%1 对仲裁队列和镜像而言不是关键节点</translation>
    </message>
    <message>
        <source>RabbitMQ %1 has no such health checks: check by hand</source>
        <translation>RabbitMQ %1 没有此类健康检查：请手动检查</translation>
    </message>
    <message>
        <source>not checked: the node&apos;s application is not running</source>
        <translation>未检查：该节点的应用未运行</translation>
    </message>
    <message>
        <source>%1 is not critical for the quorum of any quorum queue</source>
        <comment>quorum queue: RabbitMQ queue type</comment>
        <translation>%1 对任何仲裁队列的法定人数（quorum）都不是关键节点</translation>
    </message>
    <message>
        <source>%1 holds no only synchronised mirror of a classic mirrored queue</source>
        <comment>mirror: a replica of a classic queue</comment>
        <translation>%1 上没有任何经典镜像队列的唯一已同步镜像</translation>
    </message>
    <message>
        <source>%1 is not quorum-critical</source>
        <comment>quorum: majority of quorum queue replicas</comment>
        <translation>%1 不是仲裁关键节点（quorum-critical）</translation>
    </message>
    <message>
        <source>%1 is not mirror-sync-critical</source>
        <comment>mirror: replica of a classic mirrored queue</comment>
        <translation>%1 不是镜像同步关键节点（mirror-sync-critical）</translation>
    </message>
    <message>
        <source>the application runs</source>
        <translation>应用正在运行</translation>
    </message>
    <message>
        <source>the application does not run</source>
        <translation>应用未运行</translation>
    </message>
    <message>
        <source>the RabbitMQ application runs on %1</source>
        <translation>%1 上的 RabbitMQ 应用正在运行</translation>
    </message>
    <message>
        <source>the RabbitMQ application is stopped on %1 (the Erlang VM stays up)</source>
        <translation>%1 上的 RabbitMQ 应用已停止（Erlang VM 保持运行）</translation>
    </message>
    <message>
        <source>%1: cannot be reached: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <source>%1: the node does not answer (Erlang VM down?): %2</source>
        <translation>%1：节点无应答（Erlang VM 已停止？）：%2</translation>
    </message>
    <message>
        <source>%1: Erlang VM running; RabbitMQ application %2; members it knows: %3</source>
        <translation>%1：Erlang VM 正在运行；RabbitMQ 应用%2；它已知的成员：%3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>as seen from %1: %2 is a member (%3, %4)</source>
        <translation>从 %1 看：%2 是成员（%3，%4）</translation>
    </message>
    <message>
        <source>as seen from %1: %2 is not a member</source>
        <translation>从 %1 看：%2 不是成员</translation>
    </message>
    <message>
        <source>disc</source>
        <comment>RabbitMQ node type</comment>
        <translation>磁盘节点</translation>
    </message>
    <message>
        <source>ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>内存节点</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>RabbitMQ node type</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>cluster_status on %1 no longer lists %2</source>
        <translation>%1 上的 cluster_status 不再列出 %2</translation>
    </message>
    <message>
        <source>cluster_status on %1 lists %2 as a running member</source>
        <translation>%1 上的 cluster_status 将 %2 列为运行中的成员</translation>
    </message>
    <message>
        <source>cluster_status on %1 lists %2 as a running %3 node</source>
        <translation>%1 上的 cluster_status 将 %2 列为运行中的%3</translation>
    </message>
    <message>
        <source>cluster_status failed with exit code %1</source>
        <translation>cluster_status 失败，退出码 %1</translation>
    </message>
    <message>
        <source>cannot read cluster_status: %1</source>
        <translation>无法解析 cluster_status：%1</translation>
    </message>
    <message>
        <source>%1 is still listed</source>
        <translation>%1 仍在列表中</translation>
    </message>
    <message>
        <source>%1 is not listed</source>
        <translation>%1 不在列表中</translation>
    </message>
    <message>
        <source>%1 is listed as %2, %3</source>
        <translation>%1 列为%2，%3</translation>
    </message>
    <message>
        <source>Join %1 to the cluster of %2 as a %3 node</source>
        <translation>将 %1 作为%3加入 %2 所在的集群</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 正在运行</translation>
    </message>
    <message>
        <source>its RabbitMQ application is not running</source>
        <translation>其 RabbitMQ 应用未运行</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 有应答</translation>
    </message>
    <message>
        <source>the node does not answer (its Erlang VM must run to be joined): %1</source>
        <translation>该节点无应答（加入集群要求其 Erlang VM 正在运行）：%1</translation>
    </message>
    <message>
        <source>%1 is the node on %2</source>
        <comment>node: a RabbitMQ node</comment>
        <translation>%1 是 %2 上的节点</translation>
    </message>
    <message>
        <source>its cluster_status does not list that name (it lists: %1): check the node name in the profile</source>
        <translation>其 cluster_status 中没有该名称（列出的是：%1）：请检查配置文件中的节点名</translation>
    </message>
    <message>
        <source>%1 is already a member of the cluster of %2 (%3, %4)</source>
        <translation>%1 已经是 %2 所在集群的成员（%3，%4）</translation>
    </message>
    <message>
        <source>to make it a %1 node use: warrenctl plan convert --node %2 --type %3</source>
        <translation>如需将其改为%1，请使用：warrenctl plan convert --node %2 --type %3</translation>
    </message>
    <message>
        <source>RabbitMQ versions compatible</source>
        <translation>RabbitMQ 版本兼容</translation>
    </message>
    <message>
        <source>a version is unknown: %1 / %2</source>
        <translation>有版本未知：%1 / %2</translation>
    </message>
    <message>
        <source>%1 runs %2, %3 runs %4: mixed versions need compatible feature flags</source>
        <translation>%1 运行 %2，%3 运行 %4：混合版本需要兼容的特性开关（feature flags）</translation>
    </message>
    <message>
        <source>Erlang versions</source>
        <translation>Erlang 版本</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 resolves %2</source>
        <translation>%1 能解析 %2</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>the name does not resolve on %1 (hosts file or DNS)</source>
        <translation>该名称在 %1 上无法解析（hosts 文件或 DNS）</translation>
    </message>
    <message>
        <source>%1 reaches %2 on port 4369 (epmd)</source>
        <translation>%1 能连通 %2 的 4369 端口（epmd）</translation>
    </message>
    <message>
        <source>connection failed: firewall, or epmd not running</source>
        <translation>连接失败：被防火墙阻挡，或 epmd 未运行</translation>
    </message>
    <message>
        <source>%1 reaches %2 on port 25672 (distribution)</source>
        <translation>%1 能连通 %2 的 25672 端口（Erlang 分布式通信）</translation>
    </message>
    <message>
        <source>connection failed: firewall, or the node is not running</source>
        <translation>连接失败：被防火墙阻挡，或节点未运行</translation>
    </message>
    <message>
        <source>Erlang cookies equal (compared by hash)</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>Erlang Cookie 一致（按哈希比较）</translation>
    </message>
    <message>
        <source>a hash is unknown (rabbitmq-diagnostics erlang_cookie_hash needs 3.8+): compare by hand</source>
        <translation>有哈希未知（rabbitmq-diagnostics erlang_cookie_hash 需要 3.8 及以上版本）：请手动比较</translation>
    </message>
    <message>
        <source>%1 has hash %2, %3 has %4: sync the cookie first (rabbitmq-diagnostics erlang_cookie_sources explains the CLI&apos;s side)</source>
        <comment>cookie</comment>
        <translation>%1 的哈希为 %2，%3 的为 %4：请先同步 Erlang Cookie（rabbitmq-diagnostics erlang_cookie_sources 可说明 CLI 端使用的 Cookie）</translation>
    </message>
    <message numerus="yes">
        <source>reset deletes %1&apos;s queues and messages: %n queue(s)</source>
        <translation>
            <numerusform>reset 会删除 %1 上的队列和消息：%n 个队列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>reset deletes %1&apos;s queues, messages, users, vhosts and policies (not counted: its application is not running)</source>
        <translation>reset 会删除 %1 上的队列、消息、用户、虚拟主机和策略（未统计数量：其应用未运行）</translation>
    </message>
    <message>
        <source>What reset destroys</source>
        <translation>reset 将销毁的内容</translation>
    </message>
    <message>
        <source>%1 leaves its current cluster</source>
        <translation>%1 将离开其当前集群</translation>
    </message>
    <message>
        <source>it is now clustered with: %1</source>
        <translation>它当前与以下节点组成集群：%1</translation>
    </message>
    <message>
        <source>Stop the RabbitMQ application on %1 (the Erlang VM keeps running)</source>
        <translation>停止 %1 上的 RabbitMQ 应用（Erlang VM 保持运行）</translation>
    </message>
    <message>
        <source>start the application again</source>
        <translation>重新启动应用</translation>
    </message>
    <message>
        <source>Reset %1: wipe its data and any cluster membership</source>
        <translation>重置 %1：清除其数据及所有集群成员关系</translation>
    </message>
    <message>
        <source>cannot be undone: the deleted data is gone; start_app brings %1 back as an empty standalone node</source>
        <translation>无法撤销：已删除的数据无法恢复；start_app 会让 %1 作为空的独立节点重新运行</translation>
    </message>
    <message>
        <source>Join %1 to %2 as a %3 node</source>
        <translation>将 %1 作为%3加入 %2</translation>
    </message>
    <message>
        <source>leave the cluster again: reset %1 and start it standalone</source>
        <translation>重新离开集群：重置 %1 并以独立节点启动</translation>
    </message>
    <message>
        <source>Start the RabbitMQ application on %1 and wait until it runs</source>
        <translation>启动 %1 上的 RabbitMQ 应用，并等待其运行</translation>
    </message>
    <message>
        <source>leave the cluster again: stop_app, reset and start_app on %1</source>
        <translation>重新离开集群：在 %1 上执行 stop_app、reset 和 start_app</translation>
    </message>
    <message>
        <source>Convert %1 to a %2 node</source>
        <translation>将 %1 转换为%2</translation>
    </message>
    <message>
        <source>its RabbitMQ application is not running: start it first</source>
        <translation>其 RabbitMQ 应用未运行：请先启动</translation>
    </message>
    <message>
        <source>Cluster members</source>
        <translation>集群成员</translation>
    </message>
    <message>
        <source>%1 does not list itself in its cluster status</source>
        <translation>%1 的集群状态中没有列出它自己</translation>
    </message>
    <message>
        <source>%1 is already a %2 node</source>
        <translation>%1 已经是%2</translation>
    </message>
    <message>
        <source>%1 is the last disc node of its cluster: converting it to ram would leave the cluster without a disc node</source>
        <translation>%1 是其集群中最后一个磁盘节点：将其转换为内存节点会使集群没有磁盘节点</translation>
    </message>
    <message>
        <source>Other disc nodes remain</source>
        <translation>仍有其他磁盘节点</translation>
    </message>
    <message>
        <source>Reset %1 (RabbitMQ 2.x changes a node&apos;s type by clustering it again)</source>
        <translation>重置 %1（RabbitMQ 2.x 通过重新组建集群来更改节点类型）</translation>
    </message>
    <message>
        <source>reset deletes %1&apos;s local data; the cluster keeps the shared definitions</source>
        <translation>reset 会删除 %1 的本地数据；集群保留共享的定义</translation>
    </message>
    <message>
        <source>cluster again with the old type: %1</source>
        <translation>以原类型重新加入集群：%1</translation>
    </message>
    <message>
        <source>Cluster %1 again as a %2 node</source>
        <translation>将 %1 作为%2重新加入集群</translation>
    </message>
    <message>
        <source>Change %1 to a %2 node</source>
        <translation>将 %1 更改为%2</translation>
    </message>
    <message>
        <source>change it back to %1 and start the application</source>
        <translation>改回%1并启动应用</translation>
    </message>
    <message>
        <source>convert it back: run this plan with --type %1</source>
        <translation>转换回去：使用 --type %1 运行此计划</translation>
    </message>
    <message>
        <source>Forget %1 (on %2)</source>
        <translation>从集群中移除 %1（在 %2 上执行）</translation>
    </message>
    <message>
        <source>RabbitMQ %1 has no forget_cluster_node: reset the node itself while the rest of the cluster runs</source>
        <translation>RabbitMQ %1 没有 forget_cluster_node：请在集群其余节点运行时重置该节点本身</translation>
    </message>
    <message>
        <source>%1 cannot forget itself: choose another surviving node with --via</source>
        <translation>%1 不能将自己从集群中移除：请用 --via 选择另一个存活节点</translation>
    </message>
    <message>
        <source>Cluster members as %1 sees them</source>
        <translation>%1 所见的集群成员</translation>
    </message>
    <message>
        <source>%1 is not a member of the cluster of %2</source>
        <translation>%1 不是 %2 所在集群的成员</translation>
    </message>
    <message>
        <source>%1 is running: stop it first (a node must be stopped before the cluster forgets it)</source>
        <translation>%1 正在运行：请先停止它（节点必须先停止，才能从集群中移除）</translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>%1 is the last disc node of the cluster: forgetting it would leave the cluster without a disc node</source>
        <translation>%1 是集群中最后一个磁盘节点：将其移除会使集群没有磁盘节点</translation>
    </message>
    <message>
        <source>forget_cluster_node --offline is not supported under the Khepri metadata store: start %1 first</source>
        <translation>Khepri 元数据存储下不支持 forget_cluster_node --offline：请先启动 %1</translation>
    </message>
    <message>
        <source>%1&apos;s application is stopped</source>
        <translation>%1 的应用已停止</translation>
    </message>
    <message>
        <source>forgetting with --offline</source>
        <translation>将使用 --offline 移除</translation>
    </message>
    <message>
        <source>Remove %1 from the cluster&apos;s membership (run on %2)</source>
        <translation>从集群成员中移除 %1（在 %2 上执行）</translation>
    </message>
    <message>
        <source>%1 leaves the cluster for good: the queues whose leader or only copy lived on it are lost, and it must be reset before it can run or rejoin</source>
        <comment>leader: the quorum queue replica that leads</comment>
        <translation>%1 将永久离开集群：领导者或唯一副本位于该节点上的队列将丢失，且该节点必须先重置才能运行或重新加入</translation>
    </message>
    <message>
        <source>cannot be undone by a command: reset %1 and join it again</source>
        <translation>无法通过命令撤销：请重置 %1 并重新加入集群</translation>
    </message>
    <message>
        <source>Copy the Erlang cookie of %1 to %2</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>将 %1 的 Erlang Cookie 复制到 %2</translation>
    </message>
    <message>
        <source>Cookie hash of %1</source>
        <comment>cookie</comment>
        <translation>%1 的 Cookie 哈希</translation>
    </message>
    <message>
        <source>rabbitmq-diagnostics erlang_cookie_hash gave no answer (the node must run, RabbitMQ 3.8+)</source>
        <translation>rabbitmq-diagnostics erlang_cookie_hash 没有返回结果（节点须在运行，且为 RabbitMQ 3.8 及以上版本）</translation>
    </message>
    <message>
        <source>unknown (the node does not answer): it will be replaced</source>
        <translation>未知（节点无应答）：将被替换</translation>
    </message>
    <message>
        <source>%1: differs, will be replaced</source>
        <translation>%1：不一致，将被替换</translation>
    </message>
    <message>
        <source>%1: equal, left alone</source>
        <translation>%1：一致，保持不变</translation>
    </message>
    <message>
        <source>every target already uses the cookie of %1 (equal hashes)</source>
        <comment>cookie</comment>
        <translation>所有目标已在使用 %1 的 Erlang Cookie（哈希一致）</translation>
    </message>
    <message>
        <source>Stop %1 completely, Erlang VM included (the cookie is read only when the VM starts)</source>
        <comment>cookie</comment>
        <translation>完全停止 %1，包括 Erlang VM（Cookie 只在 VM 启动时读取）</translation>
    </message>
    <message>
        <source>the Erlang VM of %1 no longer answers</source>
        <translation>%1 的 Erlang VM 已不再应答</translation>
    </message>
    <message>
        <source>start the node again</source>
        <translation>重新启动节点</translation>
    </message>
    <message>
        <source>Back up the old cookie of %1 to %2</source>
        <comment>cookie</comment>
        <translation>将 %1 的旧 Cookie 备份到 %2</translation>
    </message>
    <message>
        <source>start the node again (the cookie is unchanged)</source>
        <comment>cookie</comment>
        <translation>重新启动节点（Cookie 未更改）</translation>
    </message>
    <message>
        <source>Write the cookie of %1 on %2 atomically (owner rabbitmq, mode 0400)</source>
        <comment>cookie</comment>
        <translation>在 %2 上以原子方式写入 %1 的 Cookie（属主 rabbitmq，权限 0400）</translation>
    </message>
    <message>
        <source>replaces the Erlang cookie of %1 (the old one is kept in %2)</source>
        <comment>cookie</comment>
        <translation>替换 %1 的 Erlang Cookie（旧 Cookie 保存在 %2）</translation>
    </message>
    <message>
        <source>put the old cookie back from the backup and start the node</source>
        <comment>cookie</comment>
        <translation>从备份恢复旧 Cookie 并启动节点</translation>
    </message>
    <message>
        <source>Start %1 and wait until it runs</source>
        <translation>启动 %1 并等待其运行</translation>
    </message>
    <message>
        <source>put the old cookie back: stop the node, copy %1 over the cookie, start it</source>
        <comment>cookie</comment>
        <translation>恢复旧 Cookie：停止节点，用 %1 覆盖 Cookie，然后启动节点</translation>
    </message>
    <message>
        <source>%1 uses the same cookie as %2 (equal hashes)</source>
        <comment>cookie</comment>
        <translation>%1 与 %2 使用相同的 Cookie（哈希一致）</translation>
    </message>
    <message>
        <source>hash %1, expected %2</source>
        <translation>哈希为 %1，应为 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>从集群中移除 %1</translation>
    </message>
    <message>
        <source>no surviving node to run forget_cluster_node on (use --via HOST)</source>
        <translation>没有可运行 forget_cluster_node 的存活节点（请使用 --via 主机）</translation>
    </message>
    <message>
        <source>%1: Erlang VM running; RabbitMQ application stopped; the members it knows cannot be read while the application is stopped</source>
        <translation>%1:Erlang 虚拟机运行中;RabbitMQ 应用已停止;应用停止期间无法读取它所知的集群成员</translation>
    </message>
    <message>
        <source>ram nodes do not exist under the Khepri metadata store (RabbitMQ %1): every node is a disc node; join as a disc node</source>
        <translation>Khepri 元数据存储下不存在 ram 节点（RabbitMQ %1）：每个节点都是 disc 节点；请以 disc 节点加入</translation>
    </message>
    <message>
        <source>ram nodes are deprecated in RabbitMQ 4.x (RabbitMQ %1; removed in 4.3, where Khepri is the only metadata store): Warren makes no new ram node; use a disc node</source>
        <translation>ram 节点在 RabbitMQ 4.x 中已弃用（RabbitMQ %1；4.3 起移除，Khepri 成为唯一的元数据存储）：Warren 不再创建新的 ram 节点；请使用 disc 节点</translation>
    </message>
    <message>
        <source>%1 runs %2 but %3 runs %4: RabbitMQ clusters nodes of one release series or of two adjacent ones only (a rolling upgrade), never further apart. The supported way: upgrade the older cluster one series at a time (%5), enabling every feature flag before each step, then join; or move to a new cluster of the newer version (blue-green migration)</source>
        <translation>%1 运行 %2，而 %3 运行 %4：RabbitMQ 只能把同一发布系列或相邻两个系列的节点组成集群（滚动升级），相差更远则不行。受支持的做法：将较旧的集群逐个系列升级（%5），每一步之前启用所有特性开关（feature flags），然后再加入；或者迁移到较新版本的新集群（蓝绿迁移）</translation>
    </message>
    <message>
        <source>ram nodes and change_cluster_node_type are not supported under the Khepri metadata store (RabbitMQ %1): every node is a disc node</source>
        <translation>Khepri 元数据存储下不支持 ram 节点和 change_cluster_node_type（RabbitMQ %1）：每个节点都是 disc 节点</translation>
    </message>
    <message>
        <source>Remove %1&apos;s members from every quorum queue (run on %2), before the cluster forgets it: RabbitMQ %3 cannot shrink them after</source>
        <comment>members: quorum queue replicas</comment>
        <translation>从每个仲裁队列中移除 %1 的成员（在 %2 上执行），在集群移除该节点之前进行：RabbitMQ %3 在移除之后无法再收缩它们</translation>
    </message>
    <message>
        <source>the quorum queues keep running on their other members; the copies on %1 are dropped, and a queue whose only member is %1 cannot be shrunk (it is listed as an error)</source>
        <comment>members: quorum queue replicas</comment>
        <translation>仲裁队列在其其余成员上继续运行；%1 上的副本被删除；唯一成员在 %1 上的队列无法收缩（会作为错误列出）</translation>
    </message>
    <message>
        <source>once %1 runs in the cluster again, add its members back</source>
        <translation>待 %1 重新在集群中运行后，把它的成员加回来</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) kept their member on %1: %2. Forgetting %1 would leave them without a leader for good. Start %1 again, or delete those queues (or, losing what the surviving member lacks, run rabbitmq-queues force_shrink_member_to_current_member on it), then run this plan again</source>
        <translation>
            <numerusform>%n 个仲裁队列在 %1 上保留了成员：%2。移除 %1 会使它们永久失去领导者。请重新启动 %1，或删除这些队列（或在存活成员上运行 rabbitmq-queues force_shrink_member_to_current_member，但会丢失该成员缺少的数据），然后重新执行此计划</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationRequest</name>
    <message>
        <source>Join a Node to the Cluster</source>
        <comment>RabbitMQ node</comment>
        <translation>将节点加入集群</translation>
    </message>
    <message>
        <source>Change a Node&apos;s Type</source>
        <comment>RabbitMQ node type: disc or ram</comment>
        <translation>更改节点类型</translation>
    </message>
    <message>
        <source>Forget a Node</source>
        <comment>remove a RabbitMQ node from the cluster</comment>
        <translation>移除节点</translation>
    </message>
    <message>
        <source>Synchronise the Erlang Cookie</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>同步 Erlang Cookie</translation>
    </message>
    <message>
        <source>Fix an Address or Hostname Change</source>
        <comment>a RabbitMQ host&apos;s IP address or hostname</comment>
        <translation>修复地址或主机名变更</translation>
    </message>
    <message>
        <source>The node is stopped, reset (its own queues, messages and definitions are deleted) and joined to the cluster of the chosen member, as a disc or a ram node.</source>
        <comment>RabbitMQ node types</comment>
        <translation>停止该节点并将其重置（删除它自己的队列、消息和定义），然后以磁盘节点或内存节点的身份加入所选成员所在的集群。</translation>
    </message>
    <message>
        <source>The node&apos;s application is stopped, its type changed between disc and ram, and started again. A cluster always keeps at least one disc node.</source>
        <comment>RabbitMQ node types</comment>
        <translation>停止该节点的应用，在磁盘节点与内存节点之间切换其类型，然后重新启动。集群始终至少保留一个磁盘节点。</translation>
    </message>
    <message>
        <source>A node that is gone (stopped, or its host lost) is removed from the cluster&apos;s membership with forget_cluster_node, run on a surviving node. The last disc node is never forgotten.</source>
        <comment>RabbitMQ node</comment>
        <translation>在仍在运行的节点上执行 forget_cluster_node，把已不可用（已停止或主机丢失）的节点从集群成员中移除。最后一个磁盘节点永远不会被移除。</translation>
    </message>
    <message>
        <source>Each chosen node whose cookie differs (compared by hash; the cookie itself is never shown) is stopped completely, its old cookie backed up, the new one written atomically, and started again.</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>所选节点中 Cookie 不同的（按哈希比较；Cookie 本身从不显示）会被完全停止，备份旧 Cookie，原子地写入新 Cookie，然后重新启动。</translation>
    </message>
    <message>
        <source>After a host&apos;s IP address or hostname changed, the preflight reads how every host resolves the node&apos;s name, which node runs on the host and its data directories, and says what changed. The fix you choose is then planned with what it changes and what it loses.</source>
        <comment>RabbitMQ node</comment>
        <translation>主机的 IP 地址或主机名变更后,预检会读取各主机如何解析该节点的名称、该主机上运行的是哪个节点及其数据目录,并指出发生了什么变化。随后按您选择的修复方式制定计划,并说明它会改变什么、丢失什么。</translation>
    </message>
    <message>
        <source>resets the joining node (its own queues and messages)</source>
        <comment>RabbitMQ node</comment>
        <translation>重置要加入的节点（删除其自身的队列和消息）</translation>
    </message>
    <message>
        <source>resets the node on RabbitMQ 2.x only</source>
        <comment>RabbitMQ node</comment>
        <translation>仅在 RabbitMQ 2.x 上重置节点</translation>
    </message>
    <message>
        <source>removes the node from the cluster for good</source>
        <comment>RabbitMQ node</comment>
        <translation>将节点永久移出集群</translation>
    </message>
    <message>
        <source>replaces the cookie of every target that differs (a backup is kept)</source>
        <comment>cookie</comment>
        <translation>替换每个不一致目标节点的 Cookie（保留备份）</translation>
    </message>
    <message>
        <source>the rename and rejoin fixes change or drop the node&apos;s data</source>
        <comment>RabbitMQ node</comment>
        <translation>重命名和重新加入这两种修复会更改或丢弃节点的数据</translation>
    </message>
    <message>
        <source>RabbitMQ 3.0 on; with the surviving node stopped (--offline) not under Khepri</source>
        <comment>RabbitMQ metadata stores</comment>
        <translation>RabbitMQ 3.0 起；存活节点已停止时（--offline）在 Khepri 下不可用</translation>
    </message>
    <message>
        <source>every version; cookies are compared by hash from RabbitMQ 3.8 on</source>
        <comment>cookie</comment>
        <translation>所有版本；从 RabbitMQ 3.8 起按哈希比较 Cookie</translation>
    </message>
    <message>
        <source>every version; the rename fix only from RabbitMQ 3.7 to 3.12 under Mnesia</source>
        <comment>RabbitMQ metadata stores</comment>
        <translation>所有版本；重命名修复仅限 RabbitMQ 3.7 到 3.12 且使用 Mnesia</translation>
    </message>
    <message>
        <source>unknown operation &quot;%1&quot; (%2)</source>
        <translation>未知操作“%1”（%2）</translation>
    </message>
    <message>
        <source>name an operation: %1</source>
        <translation>请指定一个操作：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an option, not a host</source>
        <translation>“%1”看起来是一个选项，而不是主机</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host of profile %2 (give a host name, a node name or an address)</source>
        <translation>“%1”不是配置文件 %2 中的主机（请给出主机名、节点名或地址）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous in profile %2: it names both %3 and %4</source>
        <translation>“%1”在配置文件 %2 中有歧义：它同时指 %3 和 %4</translation>
    </message>
    <message>
        <source>%1 is not a RabbitMQ host of profile %2</source>
        <translation>%1 不是配置文件 %2 中的 RabbitMQ 主机</translation>
    </message>
    <message>
        <source>name the new node type: disc or ram</source>
        <comment>RabbitMQ node type</comment>
        <translation>请指定新的节点类型：disc 或 ram</translation>
    </message>
    <message>
        <source>the node type must be disc or ram, not &quot;%1&quot;</source>
        <comment>RabbitMQ node type</comment>
        <translation>节点类型必须是 disc 或 ram，而不是“%1”</translation>
    </message>
    <message>
        <source>name the node to join: a RabbitMQ host of profile %1</source>
        <translation>请指定要加入的节点：配置文件 %1 中的一台 RabbitMQ 主机</translation>
    </message>
    <message>
        <source>name a member of the cluster to join: a RabbitMQ host of profile %1</source>
        <translation>请指定要加入的集群中的一个成员：配置文件 %1 中的一台 RabbitMQ 主机</translation>
    </message>
    <message>
        <source>%1 cannot join its own cluster: the node to join and the cluster member are the same host</source>
        <translation>%1 不能加入自己的集群：要加入的节点和集群成员是同一台主机</translation>
    </message>
    <message>
        <source>name the node: a RabbitMQ host of profile %1</source>
        <translation>请指定节点：配置文件 %1 中的一台 RabbitMQ 主机</translation>
    </message>
    <message>
        <source>%1 is the last disc node of its cluster: converting it to ram would leave the cluster without a disc node</source>
        <translation>%1 是其集群中最后一个磁盘节点：将其转换为内存节点会使集群没有磁盘节点</translation>
    </message>
    <message>
        <source>name the node to forget: its host or its node name</source>
        <comment>RabbitMQ node</comment>
        <translation>请指定要移除的节点：其主机或节点名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a RabbitMQ node name (NAME@HOST: letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>“%1”不是 RabbitMQ 节点名(NAME@HOST:字母、数字、“_”、“-”、“.”)</translation>
    </message>
    <message>
        <source>%1 cannot forget itself: the node that runs forget_cluster_node must be another member</source>
        <translation>%1 不能移除自己：运行 forget_cluster_node 的节点必须是另一个成员</translation>
    </message>
    <message>
        <source>%1 is the last disc node of the cluster: forgetting it would leave the cluster without a disc node</source>
        <translation>%1 是集群中最后一个磁盘节点：将其移除会使集群没有磁盘节点</translation>
    </message>
    <message>
        <source>name the node whose cookie is copied: a RabbitMQ host of profile %1</source>
        <comment>cookie</comment>
        <translation>请指定复制其 Cookie 的节点：配置文件 %1 中的一台 RabbitMQ 主机</translation>
    </message>
    <message>
        <source>name at least one node to receive the cookie</source>
        <comment>cookie</comment>
        <translation>请至少指定一个接收 Cookie 的节点</translation>
    </message>
    <message>
        <source>the list of nodes that receive the cookie has an empty entry</source>
        <comment>cookie</comment>
        <translation>接收 Cookie 的节点列表中有空项</translation>
    </message>
    <message>
        <source>%1 cannot receive its own cookie: the source node is also a target</source>
        <comment>cookie</comment>
        <translation>%1 不能接收自己的 Cookie：源节点同时也是目标</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; both name %3: name each node that receives the cookie once</source>
        <comment>cookie</comment>
        <translation>“%1”和“%2”都指 %3：每个接收 Cookie 的节点只能指定一次</translation>
    </message>
    <message>
        <source>the fix must be one of %1, not &quot;%2&quot;</source>
        <translation>修复方式必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>every version, into a cluster of the same or an adjacent release series; a ram node only before RabbitMQ 4.0 (deprecated on 4.x, none under Khepri)</source>
        <comment>RabbitMQ metadata stores</comment>
        <translation>所有版本，加入同一或相邻发布系列的集群；内存节点仅限 RabbitMQ 4.0 之前（4.x 中已弃用，Khepri 下不存在）</translation>
    </message>
    <message>
        <source>Mnesia only, and to ram only before RabbitMQ 4.0: under Khepri every node is a disc node</source>
        <comment>RabbitMQ metadata stores</comment>
        <translation>仅限 Mnesia，转为内存节点仅限 RabbitMQ 4.0 之前：Khepri 下每个节点都是磁盘节点</translation>
    </message>
    <message>
        <source>Node Maintenance</source>
        <comment>take a RabbitMQ node out of service and back</comment>
        <translation>节点维护</translation>
    </message>
    <message>
        <source>Stop a Node</source>
        <comment>RabbitMQ node</comment>
        <translation>停止节点</translation>
    </message>
    <message>
        <source>Start a Node</source>
        <comment>RabbitMQ node</comment>
        <translation>启动节点</translation>
    </message>
    <message>
        <source>Restart a Node</source>
        <comment>RabbitMQ node</comment>
        <translation>重启节点</translation>
    </message>
    <message>
        <source>Enter: after the safe-to-stop checks, HAProxy stops sending clients to the node (drain, sessions closed, maint), then RabbitMQ drains it (listeners suspended, queue leaders moved away); optionally the node is stopped. Exit: the node is started if needed, its quorum members catch up, it is revived and HAProxy sends it clients again. Every step is verified.</source>
        <comment>RabbitMQ node; HAProxy server states drain and maint</comment>
        <translation>进入：通过可安全停止检查后，HAProxy 不再向该节点发送客户端（drain、关闭会话、maint），然后 RabbitMQ 排空它（暂停监听、移走队列 leader）；可选择停止节点。结束：需要时启动节点，等其仲裁成员追上，执行 revive，HAProxy 再次向它发送客户端。每一步都会验证。</translation>
    </message>
    <message>
        <source>The whole node (Erlang VM included) is stopped through the profile&apos;s service, after the safe-to-stop checks (quorum queues, synchronised mirrors). Clients HAProxy still sends to it are cut off: maintenance drains them first.</source>
        <comment>RabbitMQ node</comment>
        <translation>通过可安全停止检查（仲裁队列、已同步镜像）后，经配置文件中的服务停止整个节点（含 Erlang 虚拟机）。HAProxy 仍发往它的客户端会被断开：维护会先将它们排空。</translation>
    </message>
    <message>
        <source>The node is started through the profile&apos;s service and verified to run as a member of the cluster.</source>
        <comment>RabbitMQ node</comment>
        <translation>经配置文件中的服务启动节点，并验证它作为集群成员运行。</translation>
    </message>
    <message>
        <source>Stop, after the safe-to-stop checks, then start, verified to run as a member of the cluster again.</source>
        <comment>RabbitMQ node</comment>
        <translation>通过可安全停止检查后停止，再启动，并验证它重新作为集群成员运行。</translation>
    </message>
    <message>
        <source>only with --force, which overrides the safe-to-stop checks (queues may lose their quorum or their only synchronised copy)</source>
        <comment>RabbitMQ node</comment>
        <translation>仅在使用 --force 时：跳过可安全停止检查（队列可能失去多数派或唯一的已同步副本）</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>destroys nothing</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>RabbitMQ 3.8 on (maintenance mode), Mnesia and Khepri alike</source>
        <comment>RabbitMQ metadata stores</comment>
        <translation>RabbitMQ 3.8 起（维护模式），Mnesia 与 Khepri 均适用</translation>
    </message>
    <message>
        <source>every version; the safe-to-stop checks from RabbitMQ 3.8 on</source>
        <comment>RabbitMQ node</comment>
        <translation>所有版本；可安全停止检查从 RabbitMQ 3.8 起</translation>
    </message>
    <message>
        <source>name the maintenance action: enter or exit</source>
        <translation>请指定维护动作：enter 或 exit</translation>
    </message>
    <message>
        <source>the maintenance action must be enter or exit, not &quot;%1&quot;</source>
        <translation>维护动作必须是 enter 或 exit，而不是“%1”</translation>
    </message>
    <message>
        <source>Quorum Queue Replicas</source>
        <comment>grow, shrink, rebalance</comment>
        <translation>仲裁队列副本</translation>
    </message>
    <message>
        <source>Grow: a member on a node for the selected quorum queues that lack one (after a node was reset, replaced or added). Shrink: the node&apos;s members removed (before the node goes away for good), refused where a queue would lose its majority. Rebalance: the leaders spread over the running nodes. One queue, the queues matching a pattern, or all; each queue&apos;s members before and after are shown first.</source>
        <comment>quorum queues</comment>
        <translation>扩展(grow):为所选的、在某节点上缺少成员的仲裁队列在该节点上添加成员(节点被重置、替换或新加入之后)。收缩(shrink):移除该节点上的成员(节点永久下线之前);若某队列会因此失去多数派则拒绝执行。再平衡(rebalance):把领导者分散到正在运行的节点上。可针对一个队列、匹配某模式的队列或全部队列;会先显示每个队列变更前后的成员。</translation>
    </message>
    <message>
        <source>nothing: shrink removes copies only where a majority stays online</source>
        <comment>quorum queues</comment>
        <translation>不会销毁数据:收缩仅在多数派仍然在线时才移除副本</translation>
    </message>
    <message>
        <source>RabbitMQ 3.8 on (quorum queues), Mnesia and Khepri alike</source>
        <comment>quorum queues</comment>
        <translation>RabbitMQ 3.8 及以上(仲裁队列),Mnesia 与 Khepri 均适用</translation>
    </message>
    <message>
        <source>name the replica action: grow, shrink or rebalance</source>
        <comment>quorum queues</comment>
        <translation>请指定副本操作:grow、shrink 或 rebalance</translation>
    </message>
    <message>
        <source>the replica action must be grow, shrink or rebalance, not &quot;%1&quot;</source>
        <comment>quorum queues</comment>
        <translation>副本操作必须是 grow、shrink 或 rebalance,而不是“%1”</translation>
    </message>
    <message>
        <source>name one queue or a pattern (--filter), not both</source>
        <comment>quorum queues</comment>
        <translation>请指定一个队列或一个模式(--filter),不能同时指定</translation>
    </message>
    <message>
        <source>the queue name is empty</source>
        <comment>quorum queues</comment>
        <translation>队列名称为空</translation>
    </message>
    <message>
        <source>rebalance is about every running node: name no node</source>
        <comment>quorum queues</comment>
        <translation>rebalance 针对所有正在运行的节点:请不要指定节点</translation>
    </message>
    <message>
        <source>name the node whose members are added or removed</source>
        <comment>quorum queues</comment>
        <translation>请指定要添加或移除成员的节点</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>unknown version</source>
        <translation>未知版本</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; is not in the cluster profile</source>
        <translation>主机“%1”不在集群配置文件中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>SSH to %1: %2</source>
        <translation>SSH 连接 %1：%2</translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation>步骤 %1（%2）：%3</translation>
    </message>
    <message>
        <source>RabbitMQ %1</source>
        <translation>RabbitMQ %1</translation>
    </message>
    <message>
        <source>Preflight:</source>
        <translation>预检：</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Does not apply: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Nothing to do: %1</source>
        <translation>无需操作：%1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>DESTRUCTIVE: %1</source>
        <translation>破坏性操作：%1</translation>
    </message>
    <message>
        <source>check before: %1 — on %2: %3 (%4)</source>
        <translation>执行前检查：%1 — 在 %2 上：%3（%4）</translation>
    </message>
    <message>
        <source>reads a secret on %1 (never shown or logged): %2 — and writes it to the standard input of command %3</source>
        <translation>在 %1 上读取机密（不会显示或记录）：%2 — 并写入第 %3 条命令的标准输入</translation>
    </message>
    <message>
        <source>verify: %1 — on %2: %3 (%4)</source>
        <translation>验证：%1 — 在 %2 上：%3（%4）</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <source>(a secret: its output is never shown or logged)</source>
        <translation>（机密：其输出不会显示或记录）</translation>
    </message>
    <message>
        <source>(secret, not logged)</source>
        <translation>（机密，未记录）</translation>
    </message>
    <message>
        <source>reading the secret on %1 failed with exit code %2</source>
        <translation>在 %1 上读取机密失败，退出码 %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not run (dry run)</source>
        <translation>未执行（试运行）</translation>
    </message>
    <message>
        <source>dry run: nothing was executed</source>
        <translation>试运行：未执行任何操作</translation>
    </message>
    <message>
        <source>cancelled before step %1 (%2)</source>
        <translation>在步骤 %1（%2）之前已取消</translation>
    </message>
    <message>
        <source>step %1 (%2) not started, check failed: %3</source>
        <translation>步骤 %1（%2）未开始，检查未通过：%3</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>步骤 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3 exited with %4</source>
        <translation>步骤 %1（%2）失败：%3 的退出码为 %4</translation>
    </message>
    <message>
        <source>step %1 (%2) ran but is not verified: %3</source>
        <translation>步骤 %1（%2）已执行，但验证未通过：%3</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>every step ran but the result is not verified: %1</source>
        <translation>所有步骤均已执行，但结果验证未通过：%1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>nothing to undo: no step had completed</source>
        <translation>无可撤销：没有已完成的步骤</translation>
    </message>
    <message>
        <source>undo of step %1 (%2) failed: %3</source>
        <translation>撤销步骤 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Fixes:</source>
        <translation>修复方式:</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>advised</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>does not apply: %1</source>
        <translation>不适用:%1</translation>
    </message>
    <message>
        <source>Choose a fix with --fix KEY to see its steps.</source>
        <translation>用 --fix KEY 选择一种修复方式以查看其步骤。</translation>
    </message>
    <message>
        <source>writes to the standard input of command %1:</source>
        <translation>写入命令 %1 的标准输入:</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>之后:</translation>
    </message>
    <message>
        <source>choose one of the fixes first: %1</source>
        <translation>请先选择一种修复方式:%1</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>input too large: more than %1 MiB</source>
        <translation>输入过大：超过 %1 MiB</translation>
    </message>
    <message>
        <source>HAProxy sent no statistics</source>
        <translation>HAProxy 未返回统计数据</translation>
    </message>
    <message>
        <source>quoted field not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <source>not HAProxy statistics: expected a header line starting with &quot;# pxname&quot;, found &quot;%1&quot;</source>
        <translation>不是 HAProxy 统计数据：应为以“# pxname”开头的表头行，实际为“%1”</translation>
    </message>
    <message>
        <source>the statistics header has no &quot;%1&quot; column</source>
        <translation>统计表头中没有“%1”列</translation>
    </message>
    <message>
        <source>the line has %1 fields but the header names %2</source>
        <translation>该行有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <source>the management API sent an empty answer</source>
        <translation>管理 API 返回了空应答</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>the management API answered with an error: %1</source>
        <translation>管理 API 返回错误：%1</translation>
    </message>
    <message>
        <source>expected a JSON array of nodes from /api/nodes</source>
        <translation>/api/nodes 应返回节点的 JSON 数组</translation>
    </message>
    <message>
        <source>entry %1 of /api/nodes is not a node with a name</source>
        <translation>/api/nodes 的第 %1 项不是带名称的节点</translation>
    </message>
    <message>
        <source>expected a JSON object from /api/overview</source>
        <translation>/api/overview 应返回 JSON 对象</translation>
    </message>
    <message>
        <source>the JSON object is not an /api/overview answer</source>
        <translation>该 JSON 对象不是 /api/overview 的应答</translation>
    </message>
    <message>
        <source>the term is not a cluster status: it has neither &quot;nodes&quot; nor &quot;running_nodes&quot;</source>
        <translation>该项不是集群状态：既没有“nodes”也没有“running_nodes”</translation>
    </message>
    <message>
        <source>rabbitmqctl printed nothing</source>
        <translation>rabbitmqctl 没有输出</translation>
    </message>
    <message>
        <source>this is the text output of RabbitMQ 3.8 or later: run cluster_status with --formatter json</source>
        <translation>这是 RabbitMQ 3.8 及以上版本的文本输出：请使用 --formatter json 运行 cluster_status</translation>
    </message>
    <message>
        <source>no cluster status found in the output: %1</source>
        <translation>输出中未找到集群状态：%1</translation>
    </message>
    <message>
        <source>the JSON object is not a cluster status: it has no disk_nodes or running_nodes</source>
        <translation>该 JSON 对象不是集群状态：没有 disk_nodes 或 running_nodes</translation>
    </message>
    <message>
        <source>no JSON object found in the output: %1</source>
        <translation>输出中未找到 JSON 对象：%1</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>输入意外结束</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>more than %1 terms</source>
        <translation>超过 %1 个项</translation>
    </message>
    <message>
        <source>unexpected end of input: expected a term</source>
        <translation>输入意外结束：应为一个项</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>unsupported term: records, references, ports and funs cannot be read</source>
        <translation>不支持的项：无法读取 record、reference、port 和 fun</translation>
    </message>
    <message>
        <source>unexpected variable name: atoms that start with &apos;%1&apos; need quotes</source>
        <translation>意外的变量名：以“%1”开头的原子需要加引号</translation>
    </message>
    <message>
        <source>unexpected end of input: expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>输入意外结束：应为“,”或“%1”</translation>
    </message>
    <message>
        <source>improper lists ([Head|Tail]) are not supported</source>
        <translation>不支持非正规列表（[Head|Tail]）</translation>
    </message>
    <message>
        <source>the term was cut short (&apos;...&apos;)</source>
        <translation>该项被截断（“...”）</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; but found &apos;%2&apos;</source>
        <translation>应为“,”或“%1”，实际为“%2”</translation>
    </message>
    <message>
        <source>unexpected end of input: expected &apos;=&gt;&apos;</source>
        <translation>输入意外结束：应为“=&gt;”</translation>
    </message>
    <message>
        <source>expected &apos;=&gt;&apos; but found &apos;%1&apos;</source>
        <translation>应为“=&gt;”，实际为“%1”</translation>
    </message>
    <message>
        <source>invalid radix %1: it must be 2 to 36</source>
        <translation>无效的进制 %1：必须在 2 到 36 之间</translation>
    </message>
    <message>
        <source>expected digits of base %1</source>
        <translation>应为 %1 进制的数字</translation>
    </message>
    <message>
        <source>invalid float %1</source>
        <translation>无效的浮点数 %1</translation>
    </message>
    <message>
        <source>unexpected end of input: expected a character</source>
        <translation>输入意外结束：应为一个字符</translation>
    </message>
    <message>
        <source>unexpected end of input in an escape sequence</source>
        <translation>转义序列中输入意外结束</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <source>invalid character code in an escape sequence</source>
        <translation>转义序列中的字符编码无效</translation>
    </message>
    <message>
        <source>quoted atom not closed</source>
        <translation>带引号的原子未闭合</translation>
    </message>
    <message>
        <source>string not closed</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <source>unsupported binary segment type &apos;%1&apos;</source>
        <translation>不支持的二进制段类型“%1”</translation>
    </message>
    <message>
        <source>binary text beyond Latin-1 must be marked /utf8</source>
        <translation>超出 Latin-1 的二进制文本必须标记为 /utf8</translation>
    </message>
    <message>
        <source>binary byte out of range: %1</source>
        <translation>二进制字节超出范围：%1</translation>
    </message>
    <message>
        <source>bit strings are not supported</source>
        <translation>不支持位串</translation>
    </message>
    <message>
        <source>binary not closed</source>
        <translation>二进制未闭合</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;&gt;&gt;&apos; but found &apos;%1&apos;</source>
        <translation>应为“,”或“&gt;&gt;”，实际为“%1”</translation>
    </message>
    <message>
        <source>invalid process id</source>
        <translation>无效的进程 ID</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the term</source>
        <translation>项之后出现意外的“%1”</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the overview is not a JSON object: %1</source>
        <translation>overview 应答不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>more than %1 nodes: not the status of one cluster</source>
        <translation>超过 %1 个节点：这不是单个集群的状态</translation>
    </message>
    <message>
        <source>expected a JSON array from %1</source>
        <translation>%1 应返回 JSON 数组</translation>
    </message>
    <message>
        <source>more than %1 entries in %2: not a broker&apos;s answer</source>
        <translation>%2 中超过 %1 项:不是代理的应答</translation>
    </message>
    <message>
        <source>entry %1 of %2 is not an object with a name</source>
        <translation>%2 的第 %1 项不是带名称的对象</translation>
    </message>
    <message>
        <source>not metadata_store_status output: no table and no JSON rows</source>
        <translation>不是 metadata_store_status 的输出:既没有表格也没有 JSON 行</translation>
    </message>
    <message>
        <source>unknown metadata store &quot;%1&quot;</source>
        <translation>未知的元数据存储 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a metadata_store_status row without &quot;Node Name&quot; and &quot;Raft State&quot;</source>
        <translation>metadata_store_status 的某一行缺少 &quot;Node Name&quot; 和 &quot;Raft State&quot;</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>the profile is not valid JSON: %1</source>
        <translation>配置文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>配置文件必须是 JSON 对象</translation>
    </message>
    <message>
        <source>unsupported profile format &quot;%1&quot; (expected %2)</source>
        <translation>不支持的配置文件格式“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>the profile has no cluster name</source>
        <translation>配置文件中没有集群名称</translation>
    </message>
    <message>
        <source>the profile contains a plain-text API password; remove it (Warren keeps passwords in the keyring or asks for them)</source>
        <translation>配置文件包含明文 API 密码；请将其删除（Warren 将密码保存在密钥环中，或在需要时询问）</translation>
    </message>
    <message>
        <source>host name &quot;%1&quot; is not a valid host name</source>
        <translation>主机名“%1”无效</translation>
    </message>
    <message>
        <source>address &quot;%1&quot; of host %2 is not a valid address</source>
        <translation>主机 %2 的地址“%1”无效</translation>
    </message>
    <message>
        <source>the profile lists no hosts</source>
        <translation>配置文件中没有列出主机</translation>
    </message>
    <message>
        <source>haproxy.reload must be a list of strings (program and arguments)</source>
        <translation>haproxy.reload 必须是字符串列表（程序及其参数）</translation>
    </message>
    <message>
        <source>cannot read profile %1: %2</source>
        <translation>无法读取配置文件 %1：%2</translation>
    </message>
    <message>
        <source>profile %1 is too large</source>
        <translation>配置文件 %1 过大</translation>
    </message>
    <message>
        <source>cannot write profile %1: %2</source>
        <translation>无法写入配置文件 %1：%2</translation>
    </message>
    <message>
        <source>node name &quot;%1&quot; of host %2 is not a RabbitMQ node name (NAME@HOST)</source>
        <translation>主机 %2 的节点名“%1”不是 RabbitMQ 节点名(NAME@HOST)</translation>
    </message>
    <message>
        <source>haproxy.statsSocket &quot;%1&quot; must be an absolute path without &apos;,&apos; or &apos;!&apos;</source>
        <translation>haproxy.statsSocket“%1”必须是绝对路径,且不含“,”或“!”</translation>
    </message>
    <message>
        <source>haproxy.configPath &quot;%1&quot; must be an absolute path</source>
        <translation>haproxy.configPath“%1”必须是绝对路径</translation>
    </message>
    <message>
        <source>haproxy.amqpPort %1 is not a TCP port</source>
        <translation>haproxy.amqpPort %1 不是有效的 TCP 端口</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>显示帮助，包括 Qt 专用选项。</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>未知选项：%1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>“%1”之后缺少值。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>QueueDetailsHtml</name>
    <message>
        <source>Select a queue to see where it lives on each node.</source>
        <translation>选择一个队列，查看它在各节点上的分布。</translation>
    </message>
    <message>
        <source>Vhost</source>
        <comment>RabbitMQ virtual host</comment>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>queue type</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <comment>queue state</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Policy</source>
        <comment>RabbitMQ policy applied to the queue</comment>
        <translation>策略</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(HA)</source>
        <comment>the policy mirrors the queue</comment>
        <translation>（HA）</translation>
    </message>
    <message>
        <source>Messages ready</source>
        <translation>就绪消息</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>On each node</source>
        <translation>各节点上</translation>
    </message>
    <message>
        <source>(down)</source>
        <comment>node is down</comment>
        <translation>（已停止）</translation>
    </message>
    <message>
        <source>a replica is not synchronised</source>
        <translation>有副本未同步</translation>
    </message>
    <message>
        <source>its home node is down</source>
        <translation>其主节点已停止</translation>
    </message>
    <message>
        <source>an HA policy applies but it has no mirror</source>
        <translation>受 HA 策略约束但没有任何镜像</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>需要关注：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>上次刷新：%1</translation>
    </message>
    <message>
        <source>no leader is elected (a majority of its members is not online)</source>
        <translation>没有选出领导者（其多数成员不在线）</translation>
    </message>
    <message>
        <source>fewer members online than its target size</source>
        <translation>在线成员少于其目标规模</translation>
    </message>
    <message>
        <source>a cluster node holds no replica of the stream</source>
        <translation>有集群节点上没有该流的副本</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>unterminated quoted field in CSV</source>
        <translation>CSV 中带引号的字段未闭合</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>无效的正则表达式“%1”：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>API on %1</source>
        <translation>%1 上的 API</translation>
    </message>
    <message>
        <source>unreadable /api/queues answer: %1</source>
        <translation>无法解析 /api/queues 应答：%1</translation>
    </message>
    <message>
        <source>management API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <source>no host in the profile has an API URL</source>
        <translation>配置文件中没有主机设置了 API URL</translation>
    </message>
    <message>
        <source>SSH on %1</source>
        <translation>%1 上的 SSH</translation>
    </message>
    <message>
        <source>rabbitmqctl list_vhosts failed (exit %1): %2</source>
        <translation>rabbitmqctl list_vhosts 失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>rabbitmqctl list_queues -p %1 failed: %2</source>
        <translation>rabbitmqctl list_queues -p %1 失败：%2</translation>
    </message>
    <message>
        <source>unreadable list_queues output: %1</source>
        <translation>无法解析 list_queues 输出：%1</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>意外的字符</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>无效的 \u 转义</translation>
    </message>
    <message>
        <source>invalid escape in string</source>
        <translation>字符串中的转义无效</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>输入意外结束</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>a queue without a name</source>
        <translation>某个队列没有名称</translation>
    </message>
    <message>
        <source>expected a list of queues</source>
        <translation>应为队列列表</translation>
    </message>
    <message>
        <source>the API refused: %1</source>
        <translation>API 拒绝了请求：%1</translation>
    </message>
    <message>
        <source>list_queues columns must start with name</source>
        <translation>list_queues 的列必须以 name 开头</translation>
    </message>
    <message>
        <source>queue &quot;%1&quot;: a counter is not a number</source>
        <translation>队列“%1”：某个计数值不是数字</translation>
    </message>
    <message>
        <source>a row with %1 of %2 columns</source>
        <translation>某行只有 %1 列（应为 %2 列）</translation>
    </message>
    <message>
        <source>a row with too few columns</source>
        <translation>某行的列数过少</translation>
    </message>
    <message>
        <source>no message counters: the request with statistics timed out</source>
        <translation>没有消息计数：带统计信息的请求超时</translation>
    </message>
    <message>
        <source>vhost %1 over SSH on %2</source>
        <translation>通过 %2 上的 SSH 读取虚拟主机 %1</translation>
    </message>
    <message>
        <source>/api/policies did not answer a list</source>
        <translation>/api/policies 的应答不是列表</translation>
    </message>
    <message>
        <source>%1 unreachable from Warren (%2); the cluster-wide queue listing waits for it until the cluster gives up on it (net_ticktime, about a minute): the API on %3 gave no answer within %4 s, and rabbitmqctl list_queues over SSH would wait the same way, so it was not started</source>
        <translation>Warren 无法连接 %1（%2）；集群范围的队列列表会一直等待该节点，直到集群放弃它（net_ticktime，约一分钟）：%3 上的 API 在 %4 秒内没有应答，而通过 SSH 运行的 rabbitmqctl list_queues 也会同样等待，因此未启动</translation>
    </message>
    <message>
        <source>rabbitmqctl list_queues over SSH</source>
        <translation>通过 SSH 运行 rabbitmqctl list_queues</translation>
    </message>
    <message>
        <source>not started: it would wait for %1, as the API did</source>
        <translation>未启动：它会像 API 一样等待 %1</translation>
    </message>
    <message numerus="yes">
        <source>rabbitmqctl gave up after %n queue(s): %1</source>
        <translation>
            <numerusform>rabbitmqctl 在列出 %n 个队列后放弃：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RabbitCommands</name>
    <message>
        <source>the node&apos;s status has no maintenance state</source>
        <translation>节点的 status 中没有维护状态</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>empty command</source>
        <translation>空命令</translation>
    </message>
    <message>
        <source>refused to run %1: the value &quot;%2&quot; starts with &apos;-&apos; and %1 would read it as an option</source>
        <translation>拒绝运行 %1:值“%2”以“-”开头,%1 会把它当作选项</translation>
    </message>
    <message>
        <source>refused to run %1: the value &quot;%2&quot; contains $, a backtick, a backslash or a control character, which the rabbitmqctl wrapper of Debian and Ubuntu packages would hand to a shell</source>
        <translation>拒绝运行 %1:值“%2”含有 $、反引号、反斜杠或控制字符,Debian 和 Ubuntu 软件包中的 rabbitmqctl 包装脚本会把它交给 shell 执行</translation>
    </message>
</context>
<context>
    <name>ReplicaPlanner</name>
    <message>
        <source>%1 (vhost %2)</source>
        <translation>%1(虚拟主机 %2)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no members</comment>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>queues</comment>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) of vhost %1 have a member on %2</source>
        <translation>
            <numerusform>虚拟主机 %1 的 %n 个仲裁队列在 %2 上有成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) of vhost %1 have no member on %2</source>
        <translation>
            <numerusform>虚拟主机 %1 的 %n 个仲裁队列在 %2 上没有成员</numerusform>
        </translation>
    </message>
    <message>
        <source>list_queues failed or was unreadable (exit code %1)</source>
        <translation>list_queues 失败或输出无法读取(退出码 %1)</translation>
    </message>
    <message>
        <source>%1 of %2 as expected</source>
        <translation>%2 个中有 %1 个符合预期</translation>
    </message>
    <message>
        <source>not yet: %1</source>
        <translation>尚未完成:%1</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) of vhost %1 have a leader</source>
        <translation>
            <numerusform>虚拟主机 %1 的 %n 个仲裁队列都有领导者</numerusform>
        </translation>
    </message>
    <message>
        <source>leaders: %1</source>
        <translation>领导者:%1</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a leader</source>
        <translation>
            <numerusform>;%n 个没有领导者</numerusform>
        </translation>
    </message>
    <message>
        <source>quorum queue %1</source>
        <translation>仲裁队列 %1</translation>
    </message>
    <message>
        <source>quorum queues matching %1</source>
        <translation>匹配 %1 的仲裁队列</translation>
    </message>
    <message>
        <source>every quorum queue</source>
        <translation>所有仲裁队列</translation>
    </message>
    <message>
        <source>%1 of vhost %2</source>
        <translation>虚拟主机 %2 中的%1</translation>
    </message>
    <message>
        <source>Grow %1 onto %2</source>
        <translation>将%1扩展到 %2</translation>
    </message>
    <message>
        <source>Shrink %1: remove the members on %2</source>
        <translation>收缩%1:移除 %2 上的成员</translation>
    </message>
    <message>
        <source>Rebalance the leaders of %1</source>
        <translation>再平衡%1的领导者</translation>
    </message>
    <message>
        <source>Quorum queues</source>
        <translation>仲裁队列</translation>
    </message>
    <message>
        <source>quorum queues exist from RabbitMQ 3.8 on; this cluster runs %1</source>
        <translation>仲裁队列从 RabbitMQ 3.8 起才有;此集群运行的是 %1</translation>
    </message>
    <message>
        <source>%1 in vhost %2 is not a quorum queue: only quorum queues have members to grow, shrink or rebalance</source>
        <translation>虚拟主机 %2 中的 %1 不是仲裁队列:只有仲裁队列才有可扩展、收缩或再平衡的成员</translation>
    </message>
    <message>
        <source>there is no queue %1 in vhost %2</source>
        <translation>虚拟主机 %2 中没有队列 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected (read from the management API: a membership change shows there seconds late)</source>
        <comment>quorum queues</comment>
        <translation>
            <numerusform>已选 %n 个(从管理 API 读取:成员变更会延迟数秒才显示)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>quorum queues</comment>
        <translation>
            <numerusform>已选 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>no quorum queue matches: nothing to do</source>
        <translation>没有匹配的仲裁队列:无需操作</translation>
    </message>
    <message>
        <source>Leaders per running node</source>
        <translation>各运行节点上的领导者数</translation>
    </message>
    <message>
        <source>fewer than two nodes run: there is nowhere to move leaders to</source>
        <translation>运行中的节点少于两个:领导者无处可迁</translation>
    </message>
    <message>
        <source>the leaders are balanced already: %1</source>
        <translation>领导者已经均衡:%1</translation>
    </message>
    <message>
        <source>no host of the profile runs a node of the cluster</source>
        <translation>配置文件中没有主机在运行该集群的节点</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>将发生的变化</translation>
    </message>
    <message>
        <source>RabbitMQ moves leaders from the busiest nodes to members on the others, about %1 per node; a queue&apos;s leader only moves to a node that holds one of its members. Clients of a moved queue reconnect to the new leader; no message is lost.</source>
        <translation>RabbitMQ 会把领导者从最繁忙的节点迁到其他节点上的成员,每个节点约 %1 个;队列的领导者只会迁到持有其成员的节点。被迁移队列的客户端会重新连接到新领导者;不会丢失消息。</translation>
    </message>
    <message>
        <source>Rebalance the quorum queue leaders</source>
        <translation>再平衡仲裁队列的领导者</translation>
    </message>
    <message>
        <source>a vhost or queue name with &apos;^&apos; cannot be given to rebalance as an exact pattern: rebalance every quorum queue, or select with --filter</source>
        <translation>含有“^”的虚拟主机或队列名无法作为精确模式传给 rebalance:请再平衡所有仲裁队列,或用 --filter 选择</translation>
    </message>
    <message>
        <source>Nothing to undo: leaders move again at the next failover or rebalance.</source>
        <translation>无需撤销:下次故障转移或再平衡时领导者会再次迁移。</translation>
    </message>
    <message>
        <source>%1 is not running: a member can only be added on a running node of the cluster</source>
        <translation>%1 未运行:只能在集群中正在运行的节点上添加成员</translation>
    </message>
    <message>
        <source>%1 is not a node of this cluster: join it first</source>
        <translation>%1 不是此集群的节点:请先将其加入集群</translation>
    </message>
    <message>
        <source>%1: %2 → + %3</source>
        <translation>%1:%2 → + %3</translation>
    </message>
    <message>
        <source>%1: %2 holds its only member</source>
        <translation>%1:%2 上是它唯一的成员</translation>
    </message>
    <message>
        <source>%1: no leader to commit the change</source>
        <translation>%1:没有领导者来提交此变更</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s) online would be left of %2, a majority needs %3</source>
        <translation>
            <numerusform>%1:%2 个成员中只剩 %n 个在线,多数派需要 %3 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → − %3</source>
        <translation>%1:%2 → − %3</translation>
    </message>
    <message>
        <source>Without a leader</source>
        <translation>没有领导者</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) have no leader and cannot take a member until a majority of their members run:</source>
        <translation>
            <numerusform>%n 个仲裁队列没有领导者,在其多数成员运行之前无法添加成员:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no leader: start a majority of its members first</source>
        <translation>%1 没有领导者:请先启动其多数成员</translation>
    </message>
    <message numerus="yes">
        <source>removing the members on %1 would leave %n quorum queue(s) without a majority (narrow the selection, or start their other members first):</source>
        <translation>
            <numerusform>移除 %1 上的成员会使 %n 个仲裁队列失去多数派(请缩小选择范围,或先启动它们的其他成员):</numerusform>
        </translation>
    </message>
    <message>
        <source>every selected quorum queue has a member on %1</source>
        <translation>所选的每个仲裁队列在 %1 上都有成员</translation>
    </message>
    <message>
        <source>no selected quorum queue has a member on %1</source>
        <translation>所选的仲裁队列在 %1 上都没有成员</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s):</source>
        <translation>
            <numerusform>%n 个仲裁队列:</numerusform>
        </translation>
    </message>
    <message>
        <source>Leaders that move</source>
        <translation>将迁移的领导者</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) led by %1 elect a new leader among their other members (a moment without a leader; no message is lost)</source>
        <translation>
            <numerusform>由 %1 领导的 %n 个队列会在其他成员中选出新领导者(短暂没有领导者;不会丢失消息)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>one %1 per queue, %2 in all, each a second or more: without a selection one command covers every queue</source>
        <translation>每个队列一条 %1,共 %2 条,每条需要一秒或更久:不做选择时一条命令即可覆盖所有队列</translation>
    </message>
    <message numerus="yes">
        <source>Add a member on %1 to %n quorum queue(s)</source>
        <translation>
            <numerusform>在 %1 上为 %n 个仲裁队列添加成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the member on %1 from %n quorum queue(s)</source>
        <translation>
            <numerusform>从 %n 个仲裁队列中移除 %1 上的成员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 在运行</translation>
    </message>
    <message>
        <source>Remove the members on %1 again</source>
        <translation>再次移除 %1 上的成员</translation>
    </message>
    <message>
        <source>Add the members on %1 again (once it runs in the cluster)</source>
        <translation>再次在 %1 上添加成员(待其在集群中运行后)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1;%2</translation>
    </message>
</context>
<context>
    <name>ReplicasSpec</name>
    <message>
        <source>Quorum Queue &amp;Replicas…</source>
        <comment>grow, shrink, rebalance</comment>
        <translation>仲裁队列副本(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>quorum queue replicas</comment>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>节点(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <comment>which quorum queues</comment>
        <translation>队列(&amp;Q):</translation>
    </message>
    <message>
        <source>Name or &amp;pattern:</source>
        <comment>queue name or regular expression</comment>
        <translation>名称或模式(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Vhost:</source>
        <comment>RabbitMQ virtual host</comment>
        <translation>虚拟主机(&amp;V):</translation>
    </message>
    <message>
        <source>Grow: add a member on the node</source>
        <comment>quorum queues</comment>
        <translation>扩展:在该节点上添加成员</translation>
    </message>
    <message>
        <source>Shrink: remove the node&apos;s members</source>
        <comment>quorum queues</comment>
        <translation>收缩:移除该节点上的成员</translation>
    </message>
    <message>
        <source>Rebalance the leaders over the running nodes</source>
        <comment>quorum queues</comment>
        <translation>在运行中的节点间再平衡领导者</translation>
    </message>
    <message>
        <source>Every quorum queue</source>
        <comment>quorum queues</comment>
        <translation>所有仲裁队列</translation>
    </message>
    <message>
        <source>One queue, by its exact name</source>
        <comment>quorum queues</comment>
        <translation>一个队列(按确切名称)</translation>
    </message>
    <message>
        <source>The queues whose names match a regular expression</source>
        <comment>quorum queues</comment>
        <translation>名称匹配正则表达式的队列</translation>
    </message>
    <message>
        <source>every vhost (one queue: /)</source>
        <comment>RabbitMQ virtual host</comment>
        <translation>所有虚拟主机(单个队列时:/)</translation>
    </message>
</context>
<context>
    <name>RollingRestart</name>
    <message>
        <source>the order has an empty entry</source>
        <translation>顺序中有空项</translation>
    </message>
    <message>
        <source>%1 is not a RabbitMQ host of profile %2</source>
        <translation>%1 不是配置文件 %2 中的 RabbitMQ 主机</translation>
    </message>
    <message>
        <source>%1 is named twice in the order</source>
        <translation>%1 在顺序中出现了两次</translation>
    </message>
    <message>
        <source>the client could not start: %1</source>
        <translation>客户端无法启动：%1</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>kept in memory for this session only; Warren asks again next time</source>
        <translation>仅在本次会话中保存在内存里；下次 Warren 会再次询问</translation>
    </message>
    <message>
        <source>secret file %1 is readable by other users; restrict it with chmod 600</source>
        <translation>凭据文件 %1 可被其他用户读取；请用 chmod 600 限制权限</translation>
    </message>
    <message>
        <source>cannot read secret file %1: %2</source>
        <translation>无法读取凭据文件 %1：%2</translation>
    </message>
    <message>
        <source>kept in the desktop keyring</source>
        <translation>保存在桌面密钥环中</translation>
    </message>
</context>
<context>
    <name>ServiceSpec</name>
    <message>
        <source>Sto&amp;p Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>停止节点(&amp;P)…</translation>
    </message>
    <message>
        <source>S&amp;tart Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>启动节点(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Restart Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>重启节点(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>节点(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Override the safe-to-stop checks (queues may lose their quorum or their only synchronised copy)</source>
        <translation>跳过可安全停止检查(&amp;O)（队列可能失去多数派或唯一的已同步副本）</translation>
    </message>
</context>
<context>
    <name>Ssh</name>
    <message>
        <source>cannot create an SSH session</source>
        <translation>无法创建 SSH 会话</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 (%2): no SSH answer within %3 s</source>
        <translation>%1（%2）：%3 秒内没有 SSH 应答</translation>
    </message>
    <message>
        <source>cannot reach %1 (%2) over SSH: %3</source>
        <translation>无法通过 SSH 连接 %1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 没有发送主机密钥</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) has CHANGED (now %3 %4); someone may be intercepting the connection. Warren refuses to connect; if the host was reinstalled, remove its old entry from %5</source>
        <translation>%1（%2）的主机密钥已更改（现在为 %3 %4）；可能有人正在拦截连接。Warren 拒绝连接；如果该主机已重装，请从 %5 中删除其旧条目</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) is not known yet: %3 %4</source>
        <translation>%1（%2）的主机密钥尚未登记：%3 %4</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>无法检查 %1 的主机密钥：%2</translation>
    </message>
    <message>
        <source>cannot record the host key of %1 in %2: %3</source>
        <translation>无法将 %1 的主机密钥记录到 %2：%3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>the host key of %1 is not trusted</source>
        <translation>%1 的主机密钥不受信任</translation>
    </message>
    <message>
        <source>cannot read the private key %1 (missing, unreadable or protected by a passphrase: use ssh-agent for such keys)</source>
        <translation>无法读取私钥 %1（文件缺失、不可读或受密码短语保护：此类密钥请使用 ssh-agent）</translation>
    </message>
    <message>
        <source>%1 refused the login of user &quot;%2&quot; (key or password not accepted)</source>
        <translation>%1 拒绝了用户“%2”的登录（密钥或密码未被接受）</translation>
    </message>
    <message>
        <source>cannot open a channel to %1</source>
        <translation>无法打开到 %1 的通道</translation>
    </message>
    <message>
        <source>%1 did not run the command: %2</source>
        <translation>%1 未执行命令：%2</translation>
    </message>
    <message>
        <source>the connection to %1 broke while sending data</source>
        <translation>发送数据时与 %1 的连接中断</translation>
    </message>
    <message>
        <source>the command on %1 did not finish within %2 s</source>
        <translation>%1 上的命令未在 %2 秒内完成</translation>
    </message>
    <message>
        <source>the connection to %1 broke during the command: %2</source>
        <translation>命令执行期间与 %1 的连接中断：%2</translation>
    </message>
    <message>
        <source>the command on %1 printed more than %2 MiB</source>
        <translation>%1 上的命令输出超过 %2 MiB</translation>
    </message>
    <message>
        <source>%1 did not report the command&apos;s exit status</source>
        <translation>%1 未报告命令的退出状态</translation>
    </message>
    <message>
        <source>%1 (%2): no answer for %3 s, connection given up (is the host down or its network cut?)</source>
        <translation>%1（%2）：%3 秒无应答，已放弃连接（主机是否宕机或网络已断开？）</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>OK (host name %1)</source>
        <translation>正常（主机名 %1）</translation>
    </message>
    <message>
        <source>logged in, but `hostname` failed (exit %1)</source>
        <translation>已登录，但 `hostname` 执行失败（退出码 %1）</translation>
    </message>
    <message>
        <source>OK (RabbitMQ %1 on %2)</source>
        <translation>正常（RabbitMQ %1，节点 %2）</translation>
    </message>
    <message>
        <source>unreadable answer: %1</source>
        <translation>无法解析的应答：%1</translation>
    </message>
    <message>
        <source>%1 now presents key %2, not the %3 you accepted; nothing was recorded</source>
        <translation>%1 现在提供的密钥是 %2，而不是您接受的 %3；未记录任何内容</translation>
    </message>
    <message>
        <source>no API password is known for user &quot;%1&quot; in this session</source>
        <translation>本次会话中没有用户“%1”的 API 密码</translation>
    </message>
    <message>
        <source>API on %1</source>
        <translation>%1 上的 API</translation>
    </message>
    <message>
        <source>unreadable /api/nodes answer: %1</source>
        <translation>无法解析 /api/nodes 应答：%1</translation>
    </message>
    <message>
        <source>management API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <source>no host in the profile has an API URL</source>
        <translation>配置文件中没有主机设置了 API URL</translation>
    </message>
    <message>
        <source>SSH on %1</source>
        <translation>%1 上的 SSH</translation>
    </message>
    <message>
        <source>rabbitmqctl cluster_status failed (exit %1): %2</source>
        <translation>rabbitmqctl cluster_status 失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>unreadable cluster_status output: %1</source>
        <translation>无法解析 cluster_status 输出：%1</translation>
    </message>
    <message>
        <source>HAProxy stats page</source>
        <translation>HAProxy 统计页面</translation>
    </message>
    <message>
        <source>unreadable stats CSV: %1</source>
        <translation>无法解析统计 CSV：%1</translation>
    </message>
    <message>
        <source>HAProxy stats socket on %1</source>
        <translation>%1 上的 HAProxy 统计套接字</translation>
    </message>
    <message>
        <source>socat failed (exit %1): %2</source>
        <translation>socat 失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>safe to stop</source>
        <comment>a RabbitMQ node: stopping it now loses no queue</comment>
        <translation>可安全停止</translation>
    </message>
    <message numerus="yes">
        <source>%n quorum queue(s) would lose their majority</source>
        <comment>quorum queue: RabbitMQ replicated queue type</comment>
        <translation>
            <numerusform>%n 个仲裁队列将失去多数派</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mirrored queue(s) would have no synchronised mirror</source>
        <comment>mirror: a replica of a classic mirrored queue</comment>
        <translation>
            <numerusform>%n 个镜像队列将没有已同步的镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>not safe to stop: %1</source>
        <comment>list of reasons</comment>
        <translation>不能安全停止:%1</translation>
    </message>
    <message>
        <source>expected a JSON array of queues</source>
        <translation>应为队列的 JSON 数组</translation>
    </message>
    <message>
        <source>running</source>
        <comment>RabbitMQ node state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>not running</source>
        <comment>RabbitMQ node state</comment>
        <translation>未运行</translation>
    </message>
    <message>
        <source>%1, disc</source>
        <comment>node state, node type</comment>
        <translation>%1,磁盘节点</translation>
    </message>
    <message>
        <source>%1, ram</source>
        <comment>node state, node type</comment>
        <translation>%1,内存节点</translation>
    </message>
    <message>
        <source>not a member</source>
        <comment>the source does not list this node</comment>
        <translation>不是成员</translation>
    </message>
    <message>
        <source>expected a list of nodes</source>
        <translation>应为节点列表</translation>
    </message>
    <message>
        <source>expected {AllNodes, DiscNodes}</source>
        <translation>应为 {AllNodes, DiscNodes}</translation>
    </message>
    <message>
        <source>no node&apos;s shutdown record could be read</source>
        <translation>无法读取任何节点的停止记录</translation>
    </message>
    <message>
        <source>The whole cluster is down; which node stopped last is unknown: %1</source>
        <translation>整个集群已停止;无法确定哪个节点最后停止:%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The whole cluster is down. %1 stopped last: start it first. Start order: %2.</source>
        <translation>整个集群已停止。%1 最后停止:请最先启动它。启动顺序:%2。</translation>
    </message>
    <message>
        <source>The whole cluster is down. %1 stopped together, last: start one of them first. Start order: %2.</source>
        <translation>整个集群已停止。%1 同时最后停止:请先启动其中一个。启动顺序:%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no management API answers (%1); membership and running state come from SSH cluster_status, figures are missing</source>
        <translation>没有任何管理 API 应答(%1);成员关系和运行状态来自 SSH cluster_status,缺少各项指标</translation>
    </message>
    <message>
        <source>cluster_status on %1 (cross-check)</source>
        <translation>%1 上的 cluster_status(交叉核对)</translation>
    </message>
    <message>
        <source>queue leaders from the API</source>
        <translation>来自 API 的队列主副本统计</translation>
    </message>
    <message>
        <source>Mnesia directories over SSH</source>
        <translation>通过 SSH 读取的 Mnesia 目录</translation>
    </message>
    <message>
        <source>%1: connection refused (is HAProxy running, with its stats page on that port?)</source>
        <translation>%1:连接被拒绝(HAProxy 是否在运行,统计页面是否在该端口上?)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <source>SSH does not accept a connection: %1</source>
        <translation>SSH 不接受连接:%1</translation>
    </message>
    <message>
        <source>neither its API nor SSH accept a connection: %1; %2</source>
        <translation>其 API 和 SSH 都不接受连接:%1;%2</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>端口 %1:%2</translation>
    </message>
    <message>
        <source>connection to %1</source>
        <translation>到 %1 的连接</translation>
    </message>
    <message>
        <source>cluster_status over SSH</source>
        <translation>通过 SSH 运行 cluster_status</translation>
    </message>
    <message>
        <source>not asked: the API on %1 accepts connections but does not answer; its cluster queries wait, as cluster_status would, for %2, which Warren cannot reach either</source>
        <translation>未询问:%1 上的 API 接受连接但不应答;它的集群查询(cluster_status 也一样)在等待 %2,而 Warren 也无法访问该节点</translation>
    </message>
    <message>
        <source>unknown store</source>
        <comment>metadata store not known</comment>
        <translation>未知存储</translation>
    </message>
    <message>
        <source>RAM nodes are deprecated and do not exist under Khepri: change each to a disc node (stop_app, change_cluster_node_type disc, start_app) before enabling khepri_db or upgrading.</source>
        <translation>内存节点已弃用,Khepri 下也不存在:在启用 khepri_db 或升级之前,把每个内存节点改为磁盘节点(stop_app、change_cluster_node_type disc、start_app)。</translation>
    </message>
    <message>
        <source>Classic queue mirroring (ha-* policies) is removed in 4.0: move those queues to quorum queues or streams and delete the ha-* policies before upgrading.</source>
        <translation>经典队列镜像(ha-* 策略)在 4.0 中已移除:升级前把这些队列迁移为仲裁队列或流,并删除 ha-* 策略。</translation>
    </message>
    <message>
        <source>Transient non-exclusive queues are deprecated: declare them durable, or exclusive.</source>
        <translation>非排他的临时队列已弃用:请将其声明为持久队列或排他队列。</translation>
    </message>
    <message>
        <source>Global QoS (basic.qos with global=true) is deprecated: clients should set a per-consumer prefetch.</source>
        <translation>全局 QoS(global=true 的 basic.qos)已弃用:客户端应为每个消费者设置预取数。</translation>
    </message>
    <message>
        <source>Management-plugin metrics are deprecated: use the Prometheus plugin for metrics.</source>
        <translation>管理插件的指标收集已弃用:请使用 Prometheus 插件获取指标。</translation>
    </message>
    <message>
        <source>The queue-master-locator argument and policy key are deprecated: use queue-leader-locator.</source>
        <translation>queue-master-locator 参数和策略键已弃用:请使用 queue-leader-locator。</translation>
    </message>
    <message>
        <source>AMQP 1.0 address format v1 is deprecated: clients should use the v2 address format.</source>
        <translation>AMQP 1.0 地址格式 v1 已弃用:客户端应使用 v2 地址格式。</translation>
    </message>
    <message>
        <source>Deprecated: a future RabbitMQ release may refuse or remove it; see the broker&apos;s documentation link.</source>
        <translation>已弃用:未来的 RabbitMQ 版本可能拒绝或移除它;请参阅代理给出的文档链接。</translation>
    </message>
    <message>
        <source>unreadable /api/feature-flags answer: %1</source>
        <translation>无法读取 /api/feature-flags 的应答:%1</translation>
    </message>
    <message>
        <source>/api/feature-flags: %1</source>
        <translation>/api/feature-flags:%1</translation>
    </message>
    <message>
        <source>unreadable /api/deprecated-features answer: %1</source>
        <translation>无法读取 /api/deprecated-features 的应答:%1</translation>
    </message>
    <message>
        <source>/api/deprecated-features/used: %1</source>
        <translation>/api/deprecated-features/used:%1</translation>
    </message>
    <message>
        <source>/api/policies: %1</source>
        <translation>/api/policies:%1</translation>
    </message>
    <message>
        <source>broker facts from the API</source>
        <translation>通过 API 读取的代理信息</translation>
    </message>
    <message>
        <source>no running node to ask for metadata_store_status</source>
        <translation>没有正在运行的节点可用于查询 metadata_store_status</translation>
    </message>
    <message>
        <source>metadata_store_status over SSH: %1</source>
        <translation>通过 SSH 执行 metadata_store_status:%1</translation>
    </message>
</context>
<context>
    <name>SyncCookieSpec</name>
    <message>
        <source>Sync Erlang &amp;Cookie…</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>同步 Erlang Cookie(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy the cookie &amp;of:</source>
        <comment>cookie</comment>
        <translation>复制其 Cookie(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>the nodes that receive the cookie</comment>
        <translation>复制到(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>warren::ClusterDialog</name>
    <message>
        <source>Edit Cluster %1</source>
        <translation>编辑集群 %1</translation>
    </message>
    <message>
        <source>Add Cluster</source>
        <translation>添加集群</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add at least one host.</source>
        <translation>请至少添加一台主机。</translation>
    </message>
</context>
<context>
    <name>warren::ClusterGraphPanel</name>
    <message>
        <source>No data: %1</source>
        <comment>why the graph is empty</comment>
        <translation>无数据：%1</translation>
    </message>
    <message>
        <source>Stale since %1 — %2</source>
        <comment>time of the last good data — why the sources stopped answering</comment>
        <translation>自 %1 起数据过期 — %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <comment>time of the last snapshot</comment>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>zoom the graph to fit the view</comment>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the whole graph in the view</source>
        <translation>缩放以在视图中显示整个拓扑图</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>缩放级别</translation>
    </message>
    <message>
        <source>Drag to pan · right-click a node for actions</source>
        <comment>graph usage hint</comment>
        <translation>拖动可平移 · 右键单击节点可执行操作</translation>
    </message>
    <message>
        <source>start first: it stopped last</source>
        <comment>whole RabbitMQ cluster down</comment>
        <translation>最先启动:它最后停止</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>position in the start order</comment>
        <translation>第 %1 个,共 %2 个</translation>
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
        <translation>网络分区：%1</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <comment>of a RabbitMQ node</comment>
        <translation>显示详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy Node Name</source>
        <comment>RabbitMQ node</comment>
        <translation>复制节点名(&amp;C)</translation>
    </message>
    <message>
        <source>Change Node Type (disc/ram)…</source>
        <comment>RabbitMQ node type</comment>
        <translation>更改节点类型（磁盘/内存）…</translation>
    </message>
    <message>
        <source>Remove Node from Cluster…</source>
        <comment>RabbitMQ node</comment>
        <translation>从集群中移除节点…</translation>
    </message>
    <message>
        <source>&amp;Copy Server Name</source>
        <comment>HAProxy server</comment>
        <translation>复制服务器名(&amp;C)</translation>
    </message>
    <message>
        <source>Sync Erlang Cookie to This Node…</source>
        <comment>cookie: the Erlang shared secret</comment>
        <translation>将 Erlang Cookie 同步到此节点…</translation>
    </message>
    <message>
        <source>HAProxy &amp;Configuration…</source>
        <comment>export, lint, push haproxy.cfg; failover drill</comment>
        <translation>HAProxy 配置(&amp;C)…</translation>
    </message>
    <message>
        <source>Fix Address or Hostname Change…</source>
        <comment>a RabbitMQ host&apos;s IP address or hostname</comment>
        <translation>修复地址或主机名变更…</translation>
    </message>
    <message>
        <source>Exit Maintenance…</source>
        <comment>bring a RabbitMQ node back into service</comment>
        <translation>结束维护…</translation>
    </message>
    <message>
        <source>Enter Maintenance…</source>
        <comment>take a RabbitMQ node out of service without dropping clients</comment>
        <translation>进入维护…</translation>
    </message>
    <message>
        <source>Stop Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>停止节点…</translation>
    </message>
    <message>
        <source>Start Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>启动节点…</translation>
    </message>
    <message>
        <source>Restart Node…</source>
        <comment>RabbitMQ node</comment>
        <translation>重启节点…</translation>
    </message>
</context>
<context>
    <name>warren::ClusterListPanel</name>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Saved clusters; double-click to edit</source>
        <translation>已保存的集群；双击可编辑</translation>
    </message>
    <message>
        <source>%1
Cannot be loaded: %2</source>
        <translation>%1
无法加载：%2</translation>
    </message>
</context>
<context>
    <name>warren::ClusterPoller</name>
    <message>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No source answered</source>
        <translation>没有数据源应答</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n second(s)</source>
        <translation>
            <numerusform>%n 秒无应答</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::ConnectionTestPanel</name>
    <message>
        <source>Connection Test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Log in over SSH and to the management API on every host</source>
        <translation>在每台主机上登录 SSH 和管理 API</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
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
        <translation>测试中…</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not tested (no API URL)</source>
        <translation>未测试（无 API URL）</translation>
    </message>
    <message>
        <source>Checks SSH login and the management API of every host.</source>
        <translation>检查每台主机的 SSH 登录和管理 API。</translation>
    </message>
    <message numerus="yes">
        <source>Testing %n host(s)…</source>
        <translation>
            <numerusform>正在测试 %n 台主机…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Done: SSH OK on %1 of %2, API OK on %3 of %4.</source>
        <translation>完成：SSH 正常 %1/%2，API 正常 %3/%4。</translation>
    </message>
</context>
<context>
    <name>warren::DrillWidget</name>
    <message>
        <source>Publishing through HAProxy; the fault hits %1 (%2) after a fifth of the messages.</source>
        <translation>正在通过 HAProxy 发布;五分之一的消息之后将对 %1(%2)注入故障。</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>发布中</translation>
    </message>
    <message>
        <source>fault injected, publishing through the backup</source>
        <translation>已注入故障,正通过备用节点发布</translation>
    </message>
    <message>
        <source>reading the queue back</source>
        <translation>正在读回队列</translation>
    </message>
    <message>
        <source>%1: %2 of %3 confirmed, %4 reconnect(s), %5 s</source>
        <translation>%1:已确认 %2 / %3,重新连接 %4 次,%5 秒</translation>
    </message>
    <message>
        <source>Publishes a bounded stream of persistent messages with publisher confirms through HAProxy to a mirrored queue, kills or stops the active node after a fifth of them, keeps publishing through the backup, then reads the queue back. The node stays down afterwards.</source>
        <translation>通过 HAProxy 向镜像队列发布有限数量的持久化消息(使用发布确认),在五分之一之后强杀或停止主用节点,继续通过备用节点发布,最后读回队列。演练后该节点保持停止状态。</translation>
    </message>
    <message>
        <source>Kill the active node (no shutdown)</source>
        <translation>强杀主用节点(不做正常关闭)</translation>
    </message>
    <message>
        <source>Stop the active node (rabbitmqctl stop)</source>
        <translation>停止主用节点(rabbitmqctl stop)</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>故障:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>消息数:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时间上限:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Allow the drill on %1, which is not the lab: it takes a production node down</source>
        <translation>允许在 %1 上演练——它不是实验集群:演练会让一个生产节点宕机</translation>
    </message>
    <message>
        <source>&amp;Start Drill…</source>
        <translation>开始演练(&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel Drill</source>
        <translation>取消演练</translation>
    </message>
    <message>
        <source>Seconds until HAProxy switched</source>
        <translation>HAProxy 完成切换所用秒数</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Lost (confirmed, not in the queue)</source>
        <translation>丢失(已确认但不在队列中)</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Published (with retries)</source>
        <translation>已发布(含重发)</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>重新连接次数</translation>
    </message>
    <message>
        <source>The drill runs on the lab only, unless you allow it on this cluster.</source>
        <translation>演练只在实验集群上运行,除非你允许在此集群上运行。</translation>
    </message>
    <message>
        <source>Kill the node HAProxy sends clients to now, on cluster %1, while %2 messages are published through HAProxy?</source>
        <translation>在通过 HAProxy 发布 %2 条消息期间,强杀集群 %1 中 HAProxy 当前向其发送客户端的节点吗?</translation>
    </message>
    <message>
        <source>Stop the node HAProxy sends clients to now, on cluster %1, while %2 messages are published through HAProxy?</source>
        <translation>在通过 HAProxy 发布 %2 条消息期间,停止集群 %1 中 HAProxy 当前向其发送客户端的节点吗?</translation>
    </message>
    <message>
        <source>The node stays down afterwards; start it again when you have read the figures.</source>
        <translation>演练后该节点保持停止状态;看完结果后请重新启动它。</translation>
    </message>
    <message>
        <source>%1 is not the lab: clients of this cluster lose their connections and reconnect.</source>
        <translation>%1 不是实验集群:该集群的客户端会断开连接并重新连接。</translation>
    </message>
    <message>
        <source>Failover Drill</source>
        <translation>故障切换演练</translation>
    </message>
    <message>
        <source>Kill and Measure</source>
        <translation>强杀并测量</translation>
    </message>
    <message>
        <source>Stop and Measure</source>
        <translation>停止并测量</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Asking HAProxy which node is active…</source>
        <translation>正在询问 HAProxy 哪个节点是主用节点…</translation>
    </message>
    <message>
        <source>Cancelling: the messages sent so far are read back and the drill&apos;s queue is deleted…</source>
        <translation>正在取消:已发送的消息会被读回,演练队列随后删除…</translation>
    </message>
    <message>
        <source>Drill finished.</source>
        <translation>演练完成。</translation>
    </message>
    <message>
        <source>Drill failed: %1</source>
        <translation>演练失败:%1</translation>
    </message>
    <message>
        <source>%1 is down now; start it again when you are done.</source>
        <translation>%1 现已停止;完成后请重新启动它。</translation>
    </message>
</context>
<context>
    <name>warren::EventLogModel</name>
    <message>
        <source>Time</source>
        <comment>when an event happened</comment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a change seen in the cluster</comment>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyDialog</name>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The generated file is valid (haproxy -c on %1).</source>
        <translation>生成的文件有效(在 %1 上运行 haproxy -c)。</translation>
    </message>
    <message>
        <source>HAProxy on %1 refuses the generated file: %2</source>
        <translation>%1 上的 HAProxy 拒绝了生成的文件:%2</translation>
    </message>
    <message>
        <source>HAProxy Configuration — %1</source>
        <comment>window title; %1: cluster name</comment>
        <translation>HAProxy 配置 — %1</translation>
    </message>
    <message>
        <source>Generated haproxy.cfg</source>
        <translation>生成的 haproxy.cfg</translation>
    </message>
    <message>
        <source>Current File and Lint</source>
        <translation>当前文件与检查</translation>
    </message>
    <message>
        <source>Diff</source>
        <comment>changes between two files</comment>
        <translation>差异</translation>
    </message>
    <message>
        <source>Push Log</source>
        <translation>推送日志</translation>
    </message>
    <message>
        <source>Failover Drill</source>
        <translation>故障切换演练</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>Check the generated file with haproxy -c (here when installed, else on the HAProxy host)</source>
        <translation>用 haproxy -c 检查生成的文件(本机已安装时在本机,否则在 HAProxy 主机上)</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>推送(&amp;P)…</translation>
    </message>
    <message>
        <source>Replace haproxy.cfg on the HAProxy host and reload it</source>
        <translation>替换 HAProxy 主机上的 haproxy.cfg 并重新加载</translation>
    </message>
    <message>
        <source>The current file and the generated one are the same.</source>
        <translation>当前文件与生成的文件相同。</translation>
    </message>
    <message>
        <source>Open haproxy.cfg</source>
        <translation>打开 haproxy.cfg</translation>
    </message>
    <message>
        <source>HAProxy configuration (*.cfg);;All files (*)</source>
        <translation>HAProxy 配置 (*.cfg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save haproxy.cfg</source>
        <translation>保存 haproxy.cfg</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1:%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The push to %1 goes on and is logged in the operation log; Warren restores the backup if it fails.</source>
        <translation>向 %1 的推送仍在继续，并记录在操作日志中；如果失败，Warren 会恢复备份。</translation>
    </message>
    <message>
        <source>The failover drill is cancelled: in the background, Warren reads back the messages sent so far, deletes the drill&apos;s queue and stops its clients; the outcome is logged in the operation log. A node the drill already took down stays down: start it again.</source>
        <translation>故障切换演练已取消：Warren 在后台读回已发送的消息，删除演练的队列并停止其客户端；结果记录在操作日志中。演练已停掉的节点仍保持停止状态：请重新启动它。</translation>
    </message>
    <message>
        <source>Still Running</source>
        <translation>仍在运行</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyExportPage</name>
    <message>
        <source>Export Options</source>
        <translation>导出选项</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局:</translation>
    </message>
    <message>
        <source>Active-backup</source>
        <translation>主备</translation>
    </message>
    <message>
        <source>One node takes all clients; the others are backup servers</source>
        <translation>一个节点承接所有客户端;其余节点为备用服务器</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Clients are spread over all nodes</source>
        <translation>客户端分散到所有节点</translation>
    </message>
    <message>
        <source>Active node:</source>
        <comment>the RabbitMQ node HAProxy sends clients to</comment>
        <translation>主用节点:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>均衡算法:</translation>
    </message>
    <message>
        <source>AMQP heartbeat:</source>
        <translation>AMQP 心跳:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The heartbeat clients negotiate; client/server timeouts are set well above it.</source>
        <translation>客户端协商的心跳;客户端/服务端超时会设置得远高于它。</translation>
    </message>
    <message>
        <source>Management UI:</source>
        <translation>管理界面:</translation>
    </message>
    <message>
        <source>Also proxy port 15672</source>
        <translation>同时代理 15672 端口</translation>
    </message>
    <message>
        <source>Bind address:</source>
        <translation>绑定地址:</translation>
    </message>
    <message>
        <source>%1 (the HAProxy host)</source>
        <translation>%1(HAProxy 主机)</translation>
    </message>
    <message>
        <source>Check interval:</source>
        <translation>检查间隔:</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds</comment>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Rise (checks to come UP):</source>
        <translation>Rise(恢复为 UP 所需检查次数):</translation>
    </message>
    <message>
        <source>Fall (checks to go DOWN):</source>
        <translation>Fall(判为 DOWN 所需检查次数):</translation>
    </message>
    <message>
        <source>Max. connections:</source>
        <translation>最大连接数:</translation>
    </message>
    <message>
        <source>Run as user:</source>
        <translation>运行用户:</translation>
    </message>
    <message>
        <source>Run as group:</source>
        <translation>运行用户组:</translation>
    </message>
    <message>
        <source>(root: not recommended)</source>
        <translation>(root:不推荐)</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>日志:</translation>
    </message>
    <message>
        <source>/dev/log local0 (Debian)</source>
        <translation>/dev/log local0(Debian)</translation>
    </message>
    <message>
        <source>No logging</source>
        <translation>不记录日志</translation>
    </message>
    <message>
        <source>Another target…</source>
        <translation>其他目标…</translation>
    </message>
    <message>
        <source>Log target:</source>
        <translation>日志目标:</translation>
    </message>
    <message>
        <source>What follows `log` in the global section, e.g. 127.0.0.1:514 local0 or stdout format raw local0</source>
        <translation>global 段中 `log` 后面的内容,例如 127.0.0.1:514 local0 或 stdout format raw local0</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyLintPage</name>
    <message>
        <source>Error</source>
        <comment>lint finding severity</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>lint finding severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>lint finding severity</comment>
        <translation>提示</translation>
    </message>
    <message numerus="yes">
        <source> … (%n more character(s) not shown)</source>
        <translation>
            <numerusform> …(另有 %n 个字符未显示)</numerusform>
        </translation>
    </message>
    <message>
        <source>… (the rest of the file is not shown)</source>
        <translation>…(文件其余部分未显示)</translation>
    </message>
    <message>
        <source>&amp;Fetch from %1</source>
        <translation>从 %1 读取(&amp;F)</translation>
    </message>
    <message>
        <source>HAProxy Host</source>
        <translation>HAProxy 主机</translation>
    </message>
    <message>
        <source>The profile does not say where haproxy.cfg is</source>
        <translation>集群配置中没有写明 haproxy.cfg 的位置</translation>
    </message>
    <message>
        <source>Read %1 over SSH</source>
        <translation>通过 SSH 读取 %1</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复建议</translation>
    </message>
    <message>
        <source>No current file yet: fetch it from the HAProxy host or open one.</source>
        <translation>还没有当前文件:请从 HAProxy 主机读取,或打开一个文件。</translation>
    </message>
    <message>
        <source>Current: %1 (%2 bytes)</source>
        <translation>当前:%1(%2 字节)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1, line %2: %3
Fix: %4</source>
        <translation>%1,第 %2 行:%3
修复:%4</translation>
    </message>
    <message>
        <source>Lint of the current file: %1 error(s), %2 warning(s), %3 note(s). Click a row to see its line.</source>
        <translation>当前文件的检查结果:%1 个错误,%2 个警告,%3 条提示。单击一行可查看对应的行。</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyPushPage</name>
    <message>
        <source>Push haproxy.cfg to %1</source>
        <translation>将 haproxy.cfg 推送到 %1</translation>
    </message>
    <message>
        <source>This replaces %1 with the generated file. The current file is backed up first (%2.warren-backup-…); the new one is checked with haproxy -c before and after it is in place. HAProxy then reloads hitlessly: established AMQP connections stay on the old process until they end. Warren reads the stats socket until the servers are as the file says; on any failure the backup is put back and HAProxy reloads again.</source>
        <translation>这会用生成的文件替换 %1。当前文件会先被备份(%2.warren-backup-…);新文件在就位之前和之后都会用 haproxy -c 检查。随后 HAProxy 无中断地重新加载:已建立的 AMQP 连接留在旧进程上,直到它们结束。Warren 会读取统计套接字,直到服务器与文件所写一致;任何一步失败都会恢复备份并再次重新加载 HAProxy。</translation>
    </message>
    <message>
        <source>(The current file was not read yet: fetch it to see the changes.)</source>
        <translation>(尚未读取当前文件:读取后即可看到变更。)</translation>
    </message>
    <message>
        <source>(No changes: the file on the host is the same.)</source>
        <translation>(没有变更:主机上的文件与之相同。)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back Up, Write and Reload</source>
        <translation>备份、写入并重新加载</translation>
    </message>
    <message>
        <source>Pushing to %1 …</source>
        <translation>正在推送到 %1 …</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>主用</translation>
    </message>
    <message>
        <source>Pushed and verified: HAProxy runs the new file.</source>
        <translation>已推送并验证:HAProxy 正在使用新文件。</translation>
    </message>
    <message>
        <source>Pushed and verified. Backup: %1</source>
        <translation>已推送并验证。备份:%1</translation>
    </message>
    <message>
        <source>Push failed; the previous file was restored: %1</source>
        <translation>推送失败,已恢复原文件:%1</translation>
    </message>
    <message>
        <source>Push failed: %1</source>
        <translation>推送失败:%1</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyServerModel</name>
    <message>
        <source>Proxy</source>
        <comment>HAProxy frontend/backend (listen section) name</comment>
        <translation>代理</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>HAProxy backend server</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>HAProxy server role: active or backup</comment>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last check</source>
        <comment>result of HAProxy&apos;s last health check</comment>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>time since the server&apos;s status last changed</comment>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Sessions</source>
        <comment>current HAProxy sessions to this server</comment>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Active servers take traffic; backup servers only when no active server is up.</source>
        <translation>主用服务器承载流量；仅当没有主用服务器在线时才使用备用服务器。</translation>
    </message>
    <message>
        <source>Result of the last health check (L4OK: TCP connect worked)</source>
        <translation>最近一次健康检查的结果（L4OK：TCP 连接成功）</translation>
    </message>
    <message>
        <source>Time since the status last changed</source>
        <translation>自上次状态变化以来的时间</translation>
    </message>
    <message>
        <source>Current sessions (client connections) to this server</source>
        <translation>到此服务器的当前会话（客户端连接）</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1，已持续 %2</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>HAProxy backup server</comment>
        <translation>备用</translation>
    </message>
    <message>
        <source>active</source>
        <comment>HAProxy active server</comment>
        <translation>主用</translation>
    </message>
</context>
<context>
    <name>warren::HostKeyDialog</name>
    <message>
        <source>Unknown SSH host key</source>
        <translation>未知的 SSH 主机密钥</translation>
    </message>
    <message>
        <source>The authenticity of host &quot;%1 (%2)&quot; can&apos;t be established.</source>
        <translation>无法确认主机“%1 (%2)”的真实性。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>SSH 端口：</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>%1 key fingerprint:</source>
        <translation>%1 密钥指纹：</translation>
    </message>
    <message>
        <source>the known_hosts file</source>
        <translation>known_hosts 文件</translation>
    </message>
    <message>
        <source>No known_hosts entry vouches for this key. Compare the fingerprint with the one the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host). Trusting it adds the key to %1.</source>
        <translation>没有任何 known_hosts 条目能证明此密钥。请将指纹与服务器管理员提供的指纹进行比对（在该主机上运行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）。信任后，该密钥将添加到 %1。</translation>
    </message>
    <message>
        <source>Are you sure you want to trust it and continue connecting?</source>
        <translation>确定要信任它并继续连接吗？</translation>
    </message>
    <message>
        <source>Saving host key…</source>
        <translation>正在保存主机密钥…</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>信任并连接</translation>
    </message>
    <message>
        <source>Record this key in known_hosts and connect</source>
        <translation>将此密钥记录到 known_hosts 并连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The host key was not saved: %1</source>
        <translation>主机密钥未保存：%1</translation>
    </message>
</context>
<context>
    <name>warren::LiveChartsPanel</name>
    <message>
        <source>Memory used (MiB; dashed: high watermark)</source>
        <comment>RabbitMQ memory high watermark</comment>
        <translation>已用内存（MiB；虚线：高水位线）</translation>
    </message>
    <message>
        <source>File descriptors</source>
        <translation>文件描述符</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>Erlang processes</source>
        <translation>Erlang 进程</translation>
    </message>
    <message>
        <source>Cluster message rates (per second)</source>
        <translation>集群消息速率（每秒）</translation>
    </message>
    <message>
        <source>Cluster messages ready / unacknowledged</source>
        <translation>集群消息：就绪 / 未确认</translation>
    </message>
    <message>
        <source>Time window</source>
        <comment>how much history the charts show</comment>
        <translation>时间范围</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>How far back the charts go (kept in memory while the window is open)</source>
        <translation>图表显示的历史时长（窗口打开期间保存在内存中）</translation>
    </message>
    <message>
        <source>Node charts: one line per node; gaps where a node was down or did not report.</source>
        <comment>RabbitMQ nodes</comment>
        <translation>节点图表：每个节点一条曲线；节点宕机或未上报数据时曲线会中断。</translation>
    </message>
    <message>
        <source>publish</source>
        <comment>message rate</comment>
        <translation>发布</translation>
    </message>
    <message>
        <source>deliver / get</source>
        <comment>message rate</comment>
        <translation>投递 / 获取</translation>
    </message>
    <message>
        <source>ack</source>
        <comment>message rate: acknowledgements</comment>
        <translation>确认</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>messages ready for delivery</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>unacknowledged</source>
        <comment>messages delivered, not yet acknowledged</comment>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>warren::MainWindow</name>
    <message>
        <source>&amp;Cluster</source>
        <comment>menu: RabbitMQ cluster</comment>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>添加集群(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a RabbitMQ cluster to Warren</source>
        <translation>向 Warren 添加一个 RabbitMQ 集群</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected cluster&apos;s hosts and credentials</source>
        <translation>编辑所选集群的主机和凭据</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected cluster from Warren (the cluster itself is not touched)</source>
        <translation>从 Warren 中移除所选集群（不会改动集群本身）</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>立即刷新(&amp;N)</translation>
    </message>
    <message>
        <source>Collect the cluster status now</source>
        <translation>立即采集集群状态</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Warren</source>
        <translation>退出 Warren</translation>
    </message>
    <message>
        <source>&amp;About Warren</source>
        <translation>关于 Warren(&amp;A)</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Graph</source>
        <comment>the cluster drawn as nodes and links</comment>
        <translation>拓扑图</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>nodes and HAProxy servers as tables</comment>
        <translation>表格</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>changes seen in the cluster</comment>
        <translation>事件</translation>
    </message>
    <message>
        <source>Charts</source>
        <comment>live charts of node figures</comment>
        <translation>图表</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>queues compared across nodes</comment>
        <translation>队列</translation>
    </message>
    <message>
        <source>Every queue and its role on each node: home, mirrors in sync or behind</source>
        <translation>每个队列及其在各节点上的角色：主节点、已同步或落后的镜像</translation>
    </message>
    <message>
        <source>Memory, file descriptors, sockets and Erlang processes per node over time</source>
        <translation>各节点的内存、文件描述符、套接字和 Erlang 进程随时间的变化</translation>
    </message>
    <message>
        <source>Nodes, cluster links and HAProxy as a live graph</source>
        <translation>以实时拓扑图显示节点、集群连接和 HAProxy</translation>
    </message>
    <message>
        <source>Nodes, HAProxy servers and sources as tables</source>
        <translation>以表格显示节点、HAProxy 服务器和数据源</translation>
    </message>
    <message>
        <source>What changed between refreshes while this window was open</source>
        <translation>本窗口打开期间，各次刷新之间发生的变化</translation>
    </message>
    <message>
        <source>Resume &amp;Polling</source>
        <translation>恢复轮询(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause Polling</source>
        <translation>暂停轮询(&amp;P)</translation>
    </message>
    <message>
        <source>Resume collecting the cluster status</source>
        <translation>恢复采集集群状态</translation>
    </message>
    <message>
        <source>Stop collecting the cluster status until resumed</source>
        <translation>停止采集集群状态，直到恢复</translation>
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
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No source answered</source>
        <translation>没有数据源应答</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>最后更新 %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>数据过期：%1</translation>
    </message>
    <message>
        <source>The tables show the last data collected; the sources stopped answering.</source>
        <translation>表格显示的是最后采集到的数据；数据源已停止应答。</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) not answering</source>
        <translation>
            <numerusform>%n 个数据源无应答</numerusform>
        </translation>
    </message>
    <message>
        <source>See Sources for the errors</source>
        <translation>错误详情见“数据源”</translation>
    </message>
    <message>
        <source>Polling off</source>
        <translation>轮询已关闭</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>轮询已暂停</translation>
    </message>
    <message numerus="yes">
        <source>Polling every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒轮询一次</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster was not saved: %1</source>
        <translation>集群未保存：%1</translation>
    </message>
    <message>
        <source>Cluster %1 added.</source>
        <translation>已添加集群 %1。</translation>
    </message>
    <message>
        <source>The translation for %1 could not be loaded.</source>
        <translation>无法加载 %1 的翻译。</translation>
    </message>
    <message>
        <source>SSH does not know the host key of %1 yet. Warren will not log in over SSH to an unverified host.</source>
        <translation>SSH 尚不认识 %1 的主机密钥。Warren 不会通过 SSH 登录未经验证的主机。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Review Host Key…</source>
        <translation>查看主机密钥…</translation>
    </message>
    <message>
        <source>The host key of %1 was saved.</source>
        <translation>%1 的主机密钥已保存。</translation>
    </message>
    <message>
        <source>About Warren</source>
        <translation>关于 Warren</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Administers RabbitMQ clusters behind HAProxy: status, nodes, HAProxy servers.&lt;/p&gt;&lt;p&gt;Passwords stay in memory; host keys are checked like OpenSSH does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;管理位于 HAProxy 之后的 RabbitMQ 集群：状态、节点、HAProxy 服务器。&lt;/p&gt;&lt;p&gt;密码只保存在内存中；主机密钥按 OpenSSH 的方式进行核对。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <comment>menu: cluster operations</comment>
        <translation>操作(&amp;O)</translation>
    </message>
    <message>
        <source>Operation &amp;Log…</source>
        <translation>操作日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Every command the operations ran, with its exit code and output</source>
        <translation>各项操作执行过的每条命令，以及退出码和输出</translation>
    </message>
    <message>
        <source>&amp;HAProxy Configuration…</source>
        <comment>export, lint, push haproxy.cfg; failover drill</comment>
        <translation>HAProxy 配置(&amp;H)…</translation>
    </message>
    <message>
        <source>Export, lint, validate and push haproxy.cfg, and run a failover drill</source>
        <translation>导出、检查、校验和推送 haproxy.cfg,并运行故障切换演练</translation>
    </message>
    <message>
        <source>How often Warren collects the cluster status: not below the broker&apos;s statistics interval (%1 s), polling faster only repeats its figures</source>
        <translation>Warren 收集集群状态的频率:不低于 broker 的统计间隔(%1 秒),更快的轮询只会重复同样的数字</translation>
    </message>
    <message>
        <source>How often Warren collects the cluster status: not below the broker&apos;s statistics interval (%1 s by default) until the broker tells its own</source>
        <translation>Warren 收集集群状态的频率:在 broker 告知其统计间隔之前,不低于默认的统计间隔(%1 秒)</translation>
    </message>
    <message>
        <source>Choose a cluster first: the operations run on the selected cluster&apos;s hosts.</source>
        <translation>请先选择一个集群：操作会在所选集群的主机上执行。</translation>
    </message>
</context>
<context>
    <name>warren::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>warren::NodeDetailsPanel</name>
    <message>
        <source>Node Details</source>
        <comment>RabbitMQ node</comment>
        <translation>节点详情</translation>
    </message>
    <message>
        <source>Select a node in the graph to see its file descriptors, sockets, Erlang processes, memory and disk against their watermarks.</source>
        <comment>RabbitMQ node</comment>
        <translation>在拓扑图中选择一个节点，即可查看其文件描述符、套接字、Erlang 进程、内存和磁盘相对于各自水位线的情况。</translation>
    </message>
    <message>
        <source>Last known values: the sources stopped answering.</source>
        <translation>最后已知的值：数据源已停止应答。</translation>
    </message>
    <message>
        <source>Node</source>
        <comment>RabbitMQ node</comment>
        <translation>节点</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>RabbitMQ node type: disc or ram</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>used of the high watermark</comment>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk free</source>
        <comment>against the free disk limit (low watermark)</comment>
        <translation>磁盘可用</translation>
    </message>
    <message>
        <source>File descriptors</source>
        <translation>文件描述符</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>Erlang processes</source>
        <translation>Erlang 进程</translation>
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
        <translation>告警</translation>
    </message>
    <message>
        <source>Cannot reach</source>
        <comment>peers this node reports as unreachable (partition)</comment>
        <translation>无法连通</translation>
    </message>
    <message>
        <source>%1 of %2 high watermark (%3)</source>
        <comment>memory used of the limit (percent)</comment>
        <translation>已用 %1，高水位线 %2（%3）</translation>
    </message>
    <message>
        <source>%1 free, limit %2</source>
        <comment>disk free, free disk limit</comment>
        <translation>可用 %1，下限 %2</translation>
    </message>
    <message>
        <source>memory</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>内存</translation>
    </message>
    <message>
        <source>disk</source>
        <comment>RabbitMQ resource alarm</comment>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no alarms</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no unreachable peers</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Safe to stop</source>
        <comment>RabbitMQ node: stopping it now loses no queue</comment>
        <translation>可安全停止</translation>
    </message>
    <message>
        <source>Queue leaders</source>
        <comment>queues whose leader (quorum) or master (classic) runs on this node</comment>
        <translation>队列主副本</translation>
    </message>
    <message>
        <source>API vs cluster_status</source>
        <comment>do the two sources agree about this node</comment>
        <translation>API 与 cluster_status</translation>
    </message>
    <message>
        <source>Reachable from Warren</source>
        <translation>Warren 可访问</translation>
    </message>
    <message>
        <source>Start order</source>
        <comment>when the whole cluster is down</comment>
        <translation>启动顺序</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <comment>why the check gave no answer</comment>
        <translation>未知:%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>verdict (the broker&apos;s reason)</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>agree</source>
        <comment>the API and cluster_status say the same about this node</comment>
        <translation>一致</translation>
    </message>
    <message>
        <source>they disagree: the API says %1; cluster_status says %2</source>
        <translation>两者不一致:API 显示 %1;cluster_status 显示 %2</translation>
    </message>
    <message>
        <source>no: %1</source>
        <comment>not reachable from Warren: reason</comment>
        <translation>否:%1</translation>
    </message>
    <message>
        <source>over SSH only; its API does not answer: %1</source>
        <translation>仅可通过 SSH 访问;其 API 无应答:%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Metadata store</source>
        <comment>Mnesia or Khepri, the cluster&apos;s</comment>
        <translation>元数据存储</translation>
    </message>
    <message>
        <source>Feature flags off</source>
        <comment>the cluster&apos;s disabled feature flags</comment>
        <translation>未启用的特性标志</translation>
    </message>
    <message>
        <source>Deprecated in use</source>
        <comment>deprecated RabbitMQ features the cluster uses</comment>
        <translation>在用的已弃用特性</translation>
    </message>
    <message>
        <source>not read yet</source>
        <comment>read once a minute</comment>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>no leader known</source>
        <comment>Khepri Raft leader</comment>
        <translation>领导者未知</translation>
    </message>
    <message>
        <source>leader %1</source>
        <comment>Khepri Raft leader</comment>
        <translation>领导者 %1</translation>
    </message>
    <message>
        <source>%1 of %2 members running</source>
        <comment>Khepri Raft members</comment>
        <translation>%2 个成员中 %1 个在运行</translation>
    </message>
    <message>
        <source>no majority: metadata changes (queues, users, policies...) are refused</source>
        <translation>没有多数成员:元数据变更(队列、用户、策略等)会被拒绝</translation>
    </message>
    <message>
        <source>roles unknown: %1</source>
        <translation>角色未知:%1</translation>
    </message>
    <message>
        <source>none: every feature flag is enabled</source>
        <translation>无:所有特性标志均已启用</translation>
    </message>
    <message>
        <source>Enable before upgrading: %1 (rabbitmqctl enable_feature_flag all; experimental flags such as khepri_db stay opt-in)</source>
        <translation>升级前需启用:%1(rabbitmqctl enable_feature_flag all;khepri_db 等实验性标志仍需显式选择启用)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>deprecated feature: what to do</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(reported by the broker; ram nodes checked by Warren)</source>
        <translation>(由代理报告;内存节点由 Warren 检查)</translation>
    </message>
    <message>
        <source>(found by Warren: ram nodes, ha-* policies)</source>
        <translation>(由 Warren 检查:内存节点、ha-* 策略)</translation>
    </message>
    <message>
        <source>none %1</source>
        <comment>no deprecated features in use (how this was found)</comment>
        <translation>无 %1</translation>
    </message>
</context>
<context>
    <name>warren::NodeTableModel</name>
    <message>
        <source>Node</source>
        <comment>RabbitMQ node (an Erlang VM running RabbitMQ)</comment>
        <translation>节点</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>RabbitMQ node type: disc or RAM</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Alarms</source>
        <comment>RabbitMQ resource alarms (memory, disk)</comment>
        <translation>告警</translation>
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
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>磁盘可用</translation>
    </message>
    <message>
        <source>File descriptors</source>
        <translation>文件描述符</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>Erlang processes</source>
        <translation>Erlang 进程</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Partitions</source>
        <comment>network partitions: nodes this node cannot reach</comment>
        <translation>网络分区</translation>
    </message>
    <message>
        <source>Disc nodes keep the cluster metadata on disk; RAM nodes keep it in memory only.</source>
        <translation>磁盘节点将集群元数据保存在磁盘上；内存节点只保存在内存中。</translation>
    </message>
    <message>
        <source>RabbitMQ version</source>
        <translation>RabbitMQ 版本</translation>
    </message>
    <message>
        <source>Erlang/OTP version</source>
        <translation>Erlang/OTP 版本</translation>
    </message>
    <message>
        <source>Memory used / memory high watermark (publishers are blocked above it)</source>
        <translation>已用内存 / 内存高水位线（超过后发布者会被阻塞）</translation>
    </message>
    <message>
        <source>Free disk space and the free disk limit (publishers are blocked below it)</source>
        <translation>可用磁盘空间及磁盘可用空间下限（低于下限时发布者会被阻塞）</translation>
    </message>
    <message>
        <source>File descriptors used / available</source>
        <translation>已用 / 可用文件描述符</translation>
    </message>
    <message>
        <source>Sockets used / available</source>
        <translation>已用 / 可用套接字</translation>
    </message>
    <message>
        <source>Erlang processes used / limit</source>
        <translation>已用 Erlang 进程 / 上限</translation>
    </message>
    <message>
        <source>Nodes this node cannot reach (network partition)</source>
        <translation>此节点无法连通的节点（网络分区）</translation>
    </message>
    <message>
        <source>disc</source>
        <comment>RabbitMQ node type: stores metadata on disk</comment>
        <translation>磁盘节点</translation>
    </message>
    <message>
        <source>ram</source>
        <comment>RabbitMQ node type: keeps metadata in memory only</comment>
        <translation>内存节点</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>RabbitMQ node type not reported</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>running</source>
        <comment>RabbitMQ node state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>RabbitMQ node state</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <source>memory</source>
        <comment>RabbitMQ memory alarm</comment>
        <translation>内存</translation>
    </message>
    <message>
        <source>disk</source>
        <comment>RabbitMQ free disk space alarm</comment>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <comment>free disk space, then the configured free disk limit</comment>
        <translation>%1（下限 %2）</translation>
    </message>
    <message>
        <source>Disc node: keeps the cluster metadata (queues, exchanges, users) on disk.</source>
        <translation>磁盘节点：将集群元数据（队列、交换器、用户）保存在磁盘上。</translation>
    </message>
    <message>
        <source>RAM node: keeps the cluster metadata in memory only; the cluster needs at least one disc node.</source>
        <translation>内存节点：只在内存中保存集群元数据；集群至少需要一个磁盘节点。</translation>
    </message>
    <message>
        <source>The node is running.</source>
        <translation>节点正在运行。</translation>
    </message>
    <message>
        <source>The node is not running or cannot be reached.</source>
        <translation>节点未运行或无法连接。</translation>
    </message>
    <message>
        <source>Memory and disk alarms: publishers on the whole cluster are blocked.</source>
        <translation>内存和磁盘告警：整个集群的发布者都被阻塞。</translation>
    </message>
    <message>
        <source>Memory alarm: publishers on the whole cluster are blocked.</source>
        <translation>内存告警：整个集群的发布者都被阻塞。</translation>
    </message>
    <message>
        <source>Disk alarm: publishers on the whole cluster are blocked.</source>
        <translation>磁盘告警：整个集群的发布者都被阻塞。</translation>
    </message>
    <message>
        <source>%1 used of the %2 high watermark (%3)</source>
        <translation>已用 %1，高水位线 %2（%3）</translation>
    </message>
    <message>
        <source>%1 free; publishers are blocked below %2</source>
        <translation>可用 %1；低于 %2 时发布者会被阻塞</translation>
    </message>
    <message>
        <source>%1 of %2 in use (%3)</source>
        <translation>已用 %1 / 共 %2（%3）</translation>
    </message>
    <message>
        <source>This node cannot reach: %1</source>
        <translation>此节点无法连通：%1</translation>
    </message>
</context>
<context>
    <name>warren::OperationLogDialog</name>
    <message>
        <source>Operation Log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Every command Warren&apos;s operations ran, newest first: %1</source>
        <translation>Warren 的操作执行过的每条命令，最新的在前：%1</translation>
    </message>
    <message>
        <source>Search commands and output</source>
        <translation>搜索命令和输出</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <comment>RabbitMQ cluster</comment>
        <translation>集群：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>复制为 JSON(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected entries (or every shown entry) as JSON lines</source>
        <translation>将选中的条目（未选中时为全部显示的条目）复制为 JSON 行</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 entries</source>
        <translation>显示：%1 条，共 %2 条</translation>
    </message>
</context>
<context>
    <name>warren::OperationLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cluster</source>
        <comment>RabbitMQ cluster</comment>
        <translation>集群</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>exit code of a command</comment>
        <translation>退出码</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>interrupted: started, no result recorded</source>
        <translation>已中断：已开始，但没有记录结果</translation>
    </message>
</context>
<context>
    <name>warren::OperationWizard</name>
    <message>
        <source>pass</source>
        <comment>a preflight check passed</comment>
        <translation>通过</translation>
    </message>
    <message>
        <source>info</source>
        <comment>a preflight fact, not a check</comment>
        <translation>提示</translation>
    </message>
    <message>
        <source>warn</source>
        <comment>a preflight check warns</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>a preflight check failed</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>wizard page: the operation&apos;s arguments</comment>
        <translation>选择</translation>
    </message>
    <message>
        <source>Cluster: %1 (profile %2)</source>
        <comment>RabbitMQ cluster</comment>
        <translation>集群：%1（配置文件 %2）</translation>
    </message>
    <message>
        <source>Preflight</source>
        <comment>wizard page: checks before anything runs</comment>
        <translation>预检</translation>
    </message>
    <message>
        <source>Warren reads each host&apos;s state over SSH. Nothing is changed yet.</source>
        <translation>Warren 通过 SSH 读取每台主机的状态。此时尚未做任何更改。</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>of a preflight check</comment>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reading the facts from the hosts…</source>
        <translation>正在从各主机读取信息…</translation>
    </message>
    <message>
        <source>%1 — RabbitMQ %2</source>
        <translation>%1 — RabbitMQ %2</translation>
    </message>
    <message>
        <source>This operation does not apply here: %1</source>
        <translation>此操作在这里不适用：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: fix them and check again; nothing was changed.</source>
        <translation>
            <numerusform>%n 项检查失败：请修复后重新检查；尚未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: %1</source>
        <translation>无需操作：%1</translation>
    </message>
    <message numerus="yes">
        <source>Every required check passed; %n warning(s) to read before going on.</source>
        <translation>
            <numerusform>所有必需的检查均已通过；继续之前请阅读 %n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>wizard page: the steps that will run</comment>
        <translation>计划</translation>
    </message>
    <message>
        <source>Every command exactly as it will run, the checks around it, and what undoing each step means.</source>
        <translation>每条命令都与实际执行时完全一致，并列出其前后的检查，以及撤销每一步意味着什么。</translation>
    </message>
    <message>
        <source>&amp;Copy Plan</source>
        <translation>复制计划(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the whole plan as text, commands included</source>
        <translation>将整个计划（包括命令）复制为文本</translation>
    </message>
    <message numerus="yes">
        <source>%1 — RabbitMQ %2, %n step(s)</source>
        <translation>
            <numerusform>%1 — RabbitMQ %2，共 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>Destructive: %1</source>
        <translation>破坏性操作：%1</translation>
    </message>
    <message>
        <source>Check before: %1 (on %2)</source>
        <translation>执行前检查：%1（在 %2 上）</translation>
    </message>
    <message>
        <source>Reads a secret on %1 (never shown or logged) and passes it on standard input: %2</source>
        <translation>在 %1 上读取一个机密（从不显示或记录），并通过标准输入传递：%2</translation>
    </message>
    <message>
        <source>Verify: %1 (on %2)</source>
        <translation>验证：%1（在 %2 上）</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Verification after the last step</source>
        <translation>最后一步之后的验证</translation>
    </message>
    <message>
        <source>Confirm</source>
        <comment>wizard page: last look before running</comment>
        <translation>确认</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>run the plan</comment>
        <translation>运行(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will run on %1.</source>
        <translation>
            <numerusform>将在 %1 上执行 %n 个步骤。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them destroys data.</source>
        <translation>其中没有会销毁数据的步骤。</translation>
    </message>
    <message numerus="yes">
        <source>%n destructive step(s), deleting what no undo brings back:</source>
        <translation>
            <numerusform>%n 个破坏性步骤，删除的内容无法通过撤销恢复：</numerusform>
        </translation>
    </message>
    <message>
        <source>I have read the plan: run it</source>
        <translation>我已阅读此计划：运行</translation>
    </message>
    <message>
        <source>I understand what the destructive steps delete: run the plan</source>
        <translation>我了解破坏性步骤会删除什么：运行此计划</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <comment>the host name the destructive steps run on</comment>
        <translation>输入 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>wizard page: the plan running</comment>
        <translation>运行</translation>
    </message>
    <message>
        <source>Each step runs after its checks and is verified before the next one; every command is logged.</source>
        <translation>每一步在其检查通过后执行，并在下一步之前完成验证；每条命令都会记入日志。</translation>
    </message>
    <message>
        <source>Show &amp;Result</source>
        <translation>查看结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop After This Step</source>
        <translation>本步完成后停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stopping after this step…</source>
        <translation>将在本步完成后停止…</translation>
    </message>
    <message>
        <source>A step that has started always finishes; the run stops before the next one</source>
        <translation>已开始的步骤总会执行完；运行会在下一步之前停止</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <comment>of a step</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verifying the result…</source>
        <translation>正在验证结果…</translation>
    </message>
    <message>
        <source>verifying the result</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已结束：%1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>retry from step %1</source>
        <translation>从第 %1 步重试</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>wizard page: the verified outcome</comment>
        <translation>结果</translation>
    </message>
    <message>
        <source>What the hosts report now, read back after the run.</source>
        <translation>运行结束后重新读取的各主机当前状态。</translation>
    </message>
    <message>
        <source>Done and verified: %1</source>
        <translation>已完成并已验证：%1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Stopped before step %1: %2</source>
        <translation>在第 %1 步之前停止：%2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Verified state now:</source>
        <comment>of the node, read back after the failure</comment>
        <translation>当前经验证的状态：</translation>
    </message>
    <message>
        <source>What is left to do:</source>
        <translation>接下来可以：</translation>
    </message>
    <message>
        <source>Retry the &amp;Undo</source>
        <translation>重试撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Resume from Step %1</source>
        <translation>从第 %1 步继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Retry Step %1</source>
        <translation>重试第 %1 步(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo Step %1</source>
        <translation>撤销第 %1 步(&amp;U)</translation>
    </message>
    <message>
        <source>Or abort: close the wizard and leave the node as it is now (every command is in the operation log).</source>
        <translation>或者放弃：关闭向导，让节点保持现状（每条命令都已记入操作日志）。</translation>
    </message>
    <message>
        <source>chosen</source>
        <comment>the fix the user chose</comment>
        <translation>已选</translation>
    </message>
    <message>
        <source>does not apply: %1</source>
        <translation>不适用:%1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1:%2</translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1(%2):%3</translation>
    </message>
</context>
<context>
    <name>warren::OverviewHeader</name>
    <message>
        <source>Overall state: nodes running, alarms, partitions, HAProxy servers, sources</source>
        <translation>总体状态：节点运行情况、告警、网络分区、HAProxy 服务器、数据源</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>未选择集群</translation>
    </message>
    <message>
        <source>Add a cluster with Cluster &gt; Add Cluster…, or start Warren with --cluster PROFILE.json.</source>
        <translation>通过“集群 &gt; 添加集群…”添加一个集群，或使用 --cluster PROFILE.json 启动 Warren。</translation>
    </message>
    <message>
        <source>Select a cluster on the left.</source>
        <translation>请在左侧选择一个集群。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>No status collected yet</source>
        <translation>尚未采集到状态</translation>
    </message>
    <message>
        <source>RabbitMQ cluster name %1</source>
        <comment>RabbitMQ&apos;s own cluster_name setting</comment>
        <translation>RabbitMQ 集群名 %1</translation>
    </message>
    <message>
        <source>via the management API</source>
        <translation>通过管理 API</translation>
    </message>
    <message>
        <source>via SSH (rabbitmqctl)</source>
        <translation>通过 SSH（rabbitmqctl）</translation>
    </message>
    <message>
        <source>RabbitMQ %1</source>
        <translation>RabbitMQ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), %1 running</source>
        <comment>RabbitMQ nodes</comment>
        <translation>
            <numerusform>%n 个节点，%1 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HAProxy: %1 of %n server(s) up</source>
        <translation>
            <numerusform>HAProxy：%n 台服务器中 %1 台在线</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale</source>
        <comment>the data shown is old</comment>
        <translation>数据过期</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>no leader known</source>
        <comment>Khepri Raft leader</comment>
        <translation>领导者未知</translation>
    </message>
    <message>
        <source>leader %1</source>
        <comment>Khepri Raft leader</comment>
        <translation>领导者 %1</translation>
    </message>
    <message>
        <source>%1/%2 members</source>
        <comment>Khepri Raft members running/all</comment>
        <translation>%1/%2 个成员</translation>
    </message>
</context>
<context>
    <name>warren::ProfileForm</name>
    <message>
        <source>Cluster</source>
        <comment>a RabbitMQ cluster</comment>
        <translation>集群</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>How Warren lists this cluster</source>
        <translation>Warren 中显示的集群名称</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Login user on every host</source>
        <translation>每台主机上的登录用户</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <source>Empty: use ssh-agent</source>
        <translation>留空：使用 ssh-agent</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>选择私钥文件</translation>
    </message>
    <message>
        <source>known_hosts file:</source>
        <translation>known_hosts 文件：</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>Choose the known_hosts file Warren checks host keys against</source>
        <translation>选择 Warren 用于核对主机密钥的 known_hosts 文件</translation>
    </message>
    <message>
        <source>Run privileged commands through sudo -n</source>
        <translation>通过 sudo -n 运行特权命令</translation>
    </message>
    <message>
        <source>rabbitmqctl and service commands run as &quot;sudo -n …&quot;: the user needs passwordless sudo for them</source>
        <translation>rabbitmqctl 和服务命令以“sudo -n …”运行：该用户需要对这些命令有免密码 sudo 权限</translation>
    </message>
    <message>
        <source>Management API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <source>A user with the monitoring or administrator tag</source>
        <translation>具有 monitoring 或 administrator 标签的用户</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Not saved to disk</source>
        <translation>不会保存到磁盘</translation>
    </message>
    <message>
        <source>The password is %1. It is never written to the profile or the settings.</source>
        <translation>密码%1。它绝不会写入配置文件或设置。</translation>
    </message>
    <message>
        <source>When empty, it is read from %1.</source>
        <translation>留空时从 %1 读取。</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>验证 TLS 证书</translation>
    </message>
    <message>
        <source>Check the API&apos;s certificate against the system&apos;s trusted authorities</source>
        <translation>用系统信任的证书颁发机构验证 API 的证书</translation>
    </message>
    <message>
        <source>Certificates are not verified: anyone on the network path can pose as the API and read the password.</source>
        <translation>不验证证书：网络路径上的任何人都可以冒充 API 并读取密码。</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>Stats host:</source>
        <translation>统计主机：</translation>
    </message>
    <message>
        <source>Host name from the list, reached over SSH</source>
        <translation>主机列表中的主机名，通过 SSH 访问</translation>
    </message>
    <message>
        <source>Stats socket:</source>
        <translation>统计套接字：</translation>
    </message>
    <message>
        <source>Stats URL:</source>
        <translation>统计 URL：</translation>
    </message>
    <message>
        <source>HAProxy&apos;s CSV stats page; used instead of the socket when set</source>
        <translation>HAProxy 的 CSV 统计页面；设置后代替套接字使用</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>host name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Node name</source>
        <comment>RabbitMQ node name, e.g. rabbit@host</comment>
        <translation>节点名</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>host roles</comment>
        <translation>角色</translation>
    </message>
    <message>
        <source>Empty: rabbit@ followed by the host name</source>
        <translation>留空：rabbit@ 加主机名</translation>
    </message>
    <message>
        <source>Management API base URL, e.g. %1</source>
        <translation>管理 API 的基础 URL，例如 %1</translation>
    </message>
    <message>
        <source>Comma-separated: rabbitmq (runs a RabbitMQ node), haproxy (runs HAProxy)</source>
        <translation>以逗号分隔：rabbitmq（运行 RabbitMQ 节点）、haproxy（运行 HAProxy）</translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation>添加主机</translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation>移除主机</translation>
    </message>
    <message>
        <source>Enter a name for the cluster.</source>
        <translation>请输入集群名称。</translation>
    </message>
    <message>
        <source>Add at least one host.</source>
        <translation>请至少添加一台主机。</translation>
    </message>
    <message>
        <source>Host %1 in the list needs a name and an address.</source>
        <translation>列表中的第 %1 台主机需要名称和地址。</translation>
    </message>
    <message>
        <source>The host name %1 appears twice.</source>
        <translation>主机名 %1 重复出现。</translation>
    </message>
    <message>
        <source>The API URL of %1 must start with http:// or https://.</source>
        <translation>%1 的 API URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The HAProxy stats host %1 is not in the host list.</source>
        <translation>HAProxy 统计主机 %1 不在主机列表中。</translation>
    </message>
    <message>
        <source>The HAProxy stats URL is not a valid URL.</source>
        <translation>HAProxy 统计 URL 无效。</translation>
    </message>
    <message>
        <source>Choose Private Key</source>
        <translation>选择私钥</translation>
    </message>
    <message>
        <source>Choose known_hosts File</source>
        <translation>选择 known_hosts 文件</translation>
    </message>
</context>
<context>
    <name>warren::ProfileRemoval</name>
    <message>
        <source>Remove Cluster</source>
        <translation>移除集群</translation>
    </message>
    <message>
        <source>Remove %1 from Warren? The RabbitMQ cluster itself is not changed.</source>
        <translation>要从 Warren 中移除 %1 吗？RabbitMQ 集群本身不会被改动。</translation>
    </message>
    <message>
        <source>The profile file %1 is deleted.</source>
        <translation>配置文件 %1 将被删除。</translation>
    </message>
    <message>
        <source>The profile file %1 is kept.</source>
        <translation>配置文件 %1 将保留。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>warren::QueueChangeListModel</name>
    <message numerus="yes">
        <source>… and %n more (export the view for the full list)</source>
        <translation>
            <numerusform>…… 另有 %n 项（导出视图可得完整列表）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in vhost %2</source>
        <translation>虚拟主机 %2 中的 %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>warren::QueueFilterBar</name>
    <message>
        <source>all</source>
        <comment>vhost filter: every vhost</comment>
        <translation>全部</translation>
    </message>
    <message>
        <source>all</source>
        <comment>node filter: every node</comment>
        <translation>全部</translation>
    </message>
    <message>
        <source>all</source>
        <comment>queue type filter: every type</comment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Filter by queue name, e.g. _fanout_ or ^amq\.gen-</source>
        <translation>按队列名称筛选，例如 _fanout_ 或 ^amq\.gen-</translation>
    </message>
    <message>
        <source>Regex</source>
        <comment>treat the filter as a regular expression</comment>
        <translation>正则</translation>
    </message>
    <message>
        <source>Match the name against a regular expression instead of a substring</source>
        <translation>用正则表达式而非子串匹配名称</translation>
    </message>
    <message>
        <source>Vhost:</source>
        <comment>RabbitMQ virtual host</comment>
        <translation>虚拟主机：</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>queue type</comment>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Node:</source>
        <comment>RabbitMQ node</comment>
        <translation>节点：</translation>
    </message>
    <message>
        <source>Only queues with a replica (any role) on this node</source>
        <translation>只显示在此节点上有副本（任意角色）的队列</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>仅显示问题</translation>
    </message>
    <message>
        <source>Not fully synchronised, home node down, or no mirror under an HA policy</source>
        <translation>未完全同步、主节点已停止，或受 HA 策略约束却没有镜像</translation>
    </message>
    <message>
        <source>Quorum queues without a leader, below their target size or with a member not online; streams without a replica on a node; queues on a node that is down</source>
        <translation>没有领导者、低于目标规模或有成员不在线的仲裁队列；某个节点上没有副本的流；位于已停止节点上的队列</translation>
    </message>
</context>
<context>
    <name>warren::QueueMatrixModel</name>
    <message>
        <source>classic</source>
        <comment>queue type: a classic queue without mirrors</comment>
        <translation>经典</translation>
    </message>
    <message>
        <source>mirrored</source>
        <comment>queue type: a classic queue mirrored by an HA policy</comment>
        <translation>镜像</translation>
    </message>
    <message>
        <source>quorum</source>
        <comment>queue type: quorum queue</comment>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>stream</source>
        <comment>queue type: stream</comment>
        <translation>流</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>queue type not reported</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>quorum queue: this node&apos;s member is the leader</comment>
        <translation>领导者</translation>
    </message>
    <message>
        <source>home</source>
        <comment>classic queue: this node holds the master</comment>
        <translation>主节点</translation>
    </message>
    <message>
        <source>in sync</source>
        <comment>quorum queue: an online member that follows the leader</comment>
        <translation>已同步</translation>
    </message>
    <message>
        <source>mirror in sync</source>
        <comment>classic queue: a synchronised mirror on this node</comment>
        <translation>镜像已同步</translation>
    </message>
    <message>
        <source>lagging</source>
        <comment>quorum queue: a member that is not online</comment>
        <translation>落后</translation>
    </message>
    <message>
        <source>mirror behind</source>
        <comment>classic queue: an unsynchronised mirror on this node</comment>
        <translation>镜像未同步</translation>
    </message>
    <message>
        <source>%1 (node down)</source>
        <comment>queue role on a node that is down</comment>
        <translation>%1（节点已停止）</translation>
    </message>
    <message>
        <source>appeared</source>
        <comment>a queue that was not there before</comment>
        <translation>新出现</translation>
    </message>
    <message>
        <source>vanished</source>
        <comment>a queue that is no longer listed</comment>
        <translation>已消失</translation>
    </message>
    <message>
        <source>home moved from %1 to %2</source>
        <comment>queue master/leader moved between nodes</comment>
        <translation>主节点从 %1 移至 %2</translation>
    </message>
    <message>
        <source>lost sync on %1</source>
        <comment>a mirror or member fell behind or went away on these nodes</comment>
        <translation>在 %1 上失去同步</translation>
    </message>
    <message>
        <source>back in sync on %1</source>
        <comment>a mirror or member caught up on these nodes</comment>
        <translation>在 %1 上恢复同步</translation>
    </message>
    <message>
        <source>%1 (down): this node&apos;s role for each queue</source>
        <translation>%1（已停止）：此节点在各队列中的角色</translation>
    </message>
    <message>
        <source>%1: this node&apos;s role for each queue</source>
        <translation>%1：此节点在各队列中的角色</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Vhost</source>
        <comment>RabbitMQ virtual host</comment>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>queue type: classic, mirrored, quorum</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>messages ready for delivery</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Unacked</source>
        <comment>messages delivered, not yet acknowledged</comment>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>State</source>
        <comment>queue state: running, down, syncing…</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Messages ready for delivery</source>
        <translation>等待投递的消息</translation>
    </message>
    <message>
        <source>Messages delivered to consumers and not yet acknowledged</source>
        <translation>已投递给消费者但尚未确认的消息</translation>
    </message>
    <message>
        <source>classic: no mirrors; mirrored: classic queue under an HA policy; quorum: Raft replicated</source>
        <translation>经典：无镜像；镜像：受 HA 策略镜像的经典队列；仲裁：基于 Raft 复制</translation>
    </message>
    <message>
        <source>%1 holds no replica of %2</source>
        <translation>%1 上没有 %2 的副本</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上：%1</translation>
    </message>
    <message>
        <source>%1
policy: %2</source>
        <translation>%1
策略：%2</translation>
    </message>
    <message>
        <source>no leader</source>
        <comment>quorum queue: this node&apos;s member was the last leader; none is elected now</comment>
        <translation>无领导者</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>stream: this node holds the stream&apos;s leader (writer)</comment>
        <translation>领导者</translation>
    </message>
    <message>
        <source>replica</source>
        <comment>stream: an online replica on this node</comment>
        <translation>副本</translation>
    </message>
    <message>
        <source>follower</source>
        <comment>quorum queue (RabbitMQ 4.x): an online member that follows the leader</comment>
        <translation>跟随者</translation>
    </message>
    <message>
        <source>replica not online</source>
        <comment>stream: a replica on this node that is not online</comment>
        <translation>副本不在线</translation>
    </message>
    <message>
        <source>follower not online</source>
        <comment>quorum queue (RabbitMQ 4.x): a member that is not online</comment>
        <translation>跟随者不在线</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>stream: this cluster node holds no replica of the stream</comment>
        <translation>缺失</translation>
    </message>
    <message>
        <source>classic: on one node (RabbitMQ 4.x replicates only quorum queues and streams); quorum: Raft replicated, a leader and followers; stream: a replicated log, a leader and replicas</source>
        <translation>经典：位于单个节点（RabbitMQ 4.x 只复制仲裁队列和流）；仲裁：Raft 复制，一个领导者和若干跟随者；流：复制的日志，一个领导者和若干副本</translation>
    </message>
    <message>
        <source>%1 holds no replica of stream %2: a cluster node without one</source>
        <translation>%1 上没有流 %2 的副本：这个集群节点缺少副本</translation>
    </message>
</context>
<context>
    <name>warren::QueueSincePinView</name>
    <message>
        <source>Pin a snapshot to compare the queues against it later (e.g. before an upgrade).</source>
        <translation>固定一个快照，之后可将队列与其比较（例如升级之前）。</translation>
    </message>
    <message>
        <source>No change since the pinned snapshot of %1</source>
        <translation>自 %1 固定的快照以来没有变化</translation>
    </message>
</context>
<context>
    <name>warren::QueueVanishedList</name>
    <message>
        <source>No queue has vanished while this tab was open.</source>
        <translation>此标签页打开期间没有队列消失。</translation>
    </message>
    <message>
        <source>%1 in vhost %2</source>
        <translation>虚拟主机 %2 中的 %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Gone at</source>
        <comment>time a queue was seen gone</comment>
        <translation>消失时间</translation>
    </message>
</context>
<context>
    <name>warren::QueuesPanel</name>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>No queues collected yet</source>
        <translation>尚未获取队列</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>未选择集群</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n queue(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个队列&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fully synchronised</source>
        <comment>replicated queues with every replica in sync</comment>
        <translation>
            <numerusform>%n 个完全同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a mirror out of sync</source>
        <comment>replicated queues with a replica behind</comment>
        <translation>
            <numerusform>%n 个有镜像未同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on a node that is down</source>
        <comment>queues whose home node is down</comment>
        <translation>
            <numerusform>%n 个位于已停止的节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without mirrors</source>
        <comment>classic queues with no mirror</comment>
        <translation>
            <numerusform>%n 个无镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>显示 %2 个中的 %1 个</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新……</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>上次刷新失败：%1</translation>
    </message>
    <message>
        <source>via SSH (rabbitmqctl)</source>
        <translation>通过 SSH（rabbitmqctl）</translation>
    </message>
    <message>
        <source>via the management API</source>
        <translation>通过管理 API</translation>
    </message>
    <message>
        <source>Queues as of %1 %2</source>
        <translation>队列数据时间 %1 %2</translation>
    </message>
    <message>
        <source>fetched in %1 ms, compared in %2 ms</source>
        <translation>获取耗时 %1 毫秒，比较耗时 %2 毫秒</translation>
    </message>
    <message>
        <source>Queue polling runs while this tab is shown</source>
        <translation>仅在显示此标签页时轮询队列</translation>
    </message>
    <message numerus="yes">
        <source>Polling queues every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒轮询一次队列</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Queues as CSV</source>
        <translation>将队列导出为 CSV</translation>
    </message>
    <message>
        <source>Export Queues as JSON</source>
        <translation>将队列导出为 JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n queue(s)…</source>
        <translation>
            <numerusform>正在导出 %n 个队列……</numerusform>
        </translation>
    </message>
    <message>
        <source>Every</source>
        <comment>poll queues every N seconds</comment>
        <translation>间隔</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often Warren lists the queues (this costs the broker more than the node status)</source>
        <translation>Warren 列出队列的频率（这比节点状态更耗费代理资源）</translation>
    </message>
    <message>
        <source>List the queues now</source>
        <translation>立即列出队列</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>stop comparing against the pinned snapshot</comment>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Pin</source>
        <comment>keep this snapshot to compare later ones against</comment>
        <translation>固定</translation>
    </message>
    <message>
        <source>Stop comparing against the pinned snapshot</source>
        <translation>停止与固定的快照比较</translation>
    </message>
    <message>
        <source>Keep the current queues and list what changes from now on</source>
        <translation>保留当前队列，并列出此后的变化</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export the filtered queue table</comment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the rows shown, in this order, as CSV or JSON</source>
        <translation>按当前顺序将显示的行保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV……</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON……</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>details of the selected queue</comment>
        <translation>详情</translation>
    </message>
    <message>
        <source>Since pin</source>
        <comment>changes since the pinned snapshot</comment>
        <translation>固定以来</translation>
    </message>
    <message>
        <source>Vanished</source>
        <comment>queues that disappeared</comment>
        <translation>已消失</translation>
    </message>
    <message>
        <source>placement only: no message counters</source>
        <translation>仅看分布：不含消息计数</translation>
    </message>
    <message>
        <source>Placement only</source>
        <comment>list queues without message counters</comment>
        <translation>仅看分布</translation>
    </message>
    <message>
        <source>List the queues without statistics: home node, mirrors and members and whether they are in sync, no message counters. Several times cheaper for the broker at tens of thousands of queues.</source>
        <translation>不带统计信息列出队列：只含主节点、镜像和成员及其是否同步，不含消息计数。队列数以万计时，代理端开销小几倍。</translation>
    </message>
    <message>
        <source>message counters paused until %1: the request with statistics timed out (the broker formats every queue&apos;s statistics before it answers, minutes at this many queues); placement only until then</source>
        <translation>消息计数已暂停至 %1：带统计信息的请求超时（代理在应答前要整理每个队列的统计信息，队列这么多时需数分钟）；在此之前仅看分布</translation>
    </message>
    <message numerus="yes">
        <source>%n with every member online</source>
        <comment>quorum queues (RabbitMQ 4.x) with every member online</comment>
        <translation>
            <numerusform>%n 个所有成员在线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a member not online</source>
        <comment>quorum queues (RabbitMQ 4.x) with a member not online</comment>
        <translation>
            <numerusform>%n 个有成员不在线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classic (one node each)</source>
        <comment>classic queues on RabbitMQ 4.x, which has no mirrors</comment>
        <translation>
            <numerusform>%n 个经典队列（各在一个节点）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a leader</source>
        <comment>quorum queues with no elected leader</comment>
        <translation>
            <numerusform>%n 个没有领导者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) missing a replica</source>
        <comment>streams with no replica on a cluster node</comment>
        <translation>
            <numerusform>%n 个流缺少副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Member on %1…</source>
        <comment>quorum queue</comment>
        <translation>在 %1 上添加成员…</translation>
    </message>
    <message>
        <source>Remove the Member on %1…</source>
        <comment>quorum queue</comment>
        <translation>移除 %1 上的成员…</translation>
    </message>
    <message>
        <source>Rebalance Quorum Queue Leaders…</source>
        <translation>再平衡仲裁队列领导者…</translation>
    </message>
</context>
<context>
    <name>warren::TablesTab</name>
    <message>
        <source>Nodes</source>
        <comment>RabbitMQ nodes</comment>
        <translation>节点</translation>
    </message>
    <message>
        <source>HAProxy Servers</source>
        <translation>HAProxy 服务器</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>where the status came from</comment>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No status collected yet</source>
        <translation>尚未采集到状态</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>未选择集群</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已应答</translation>
    </message>
</context>
</TS>
