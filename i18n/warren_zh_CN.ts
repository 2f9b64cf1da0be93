<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>STATE</source>
        <translation>状态</translation>
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
        <location filename="../app/ctl/StatusCommand.cpp" line="78"/>
        <source>backup</source>
        <translation>备用</translation>
    </message>
    <message>
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
    <name>Main</name>
    <message>
        <location filename="../app/warren_main.cpp" line="24"/>
        <source>Warren: administer RabbitMQ clusters behind HAProxy.</source>
        <translation>Warren：管理位于 HAProxy 之后的 RabbitMQ 集群。</translation>
    </message>
    <message>
        <location filename="../app/warren_main.cpp" line="28"/>
        <source>Open the cluster profile &lt;file&gt; (JSON, format warren-cluster-profile/1).</source>
        <translation>打开集群配置文件 &lt;文件&gt;（JSON，格式 warren-cluster-profile/1）。</translation>
    </message>
    <message>
        <location filename="../app/warren_main.cpp" line="29"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../core/ops/RabbitVersion.cpp" line="31"/>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="23"/>
        <source>host &quot;%1&quot; is not in the cluster profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="29"/>
        <source>SSH to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="40"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/ops/SshExecutor.cpp" line="51"/>
        <source>SSH to %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/queues/QueueFilter.cpp" line="39"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
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
        <location filename="../core/status/StatusCollector.cpp" line="60"/>
        <source>no API password is known for user &quot;%1&quot; in this session</source>
        <translation>本次会话中没有用户“%1”的 API 密码</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="88"/>
        <source>API on %1</source>
        <translation>%1 上的 API</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="103"/>
        <source>unreadable /api/nodes answer: %1</source>
        <translation>无法解析 /api/nodes 应答：%1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="126"/>
        <source>management API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="126"/>
        <source>no host in the profile has an API URL</source>
        <translation>配置文件中没有主机设置了 API URL</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="135"/>
        <source>SSH on %1</source>
        <translation>%1 上的 SSH</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="160"/>
        <source>rabbitmqctl cluster_status failed (exit %1): %2</source>
        <translation>rabbitmqctl cluster_status 失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="165"/>
        <source>unreadable cluster_status output: %1</source>
        <translation>无法解析 cluster_status 输出：%1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="190"/>
        <location filename="../core/status/StatusCollector.cpp" line="193"/>
        <location filename="../core/status/StatusCollector.cpp" line="195"/>
        <source>HAProxy stats page</source>
        <translation>HAProxy 统计页面</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="193"/>
        <location filename="../core/status/StatusCollector.cpp" line="219"/>
        <source>unreadable stats CSV: %1</source>
        <translation>无法解析统计 CSV：%1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="201"/>
        <source>HAProxy stats socket on %1</source>
        <translation>%1 上的 HAProxy 统计套接字</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="214"/>
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
    <name>warren::ClusterProfile</name>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="199"/>
        <location filename="../core/profile/ClusterProfile.cpp" line="202"/>
        <source>haproxy.reload must be a list of strings (program and arguments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::HaproxyConfig</name>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="172"/>
        <source>the file is larger than %1 MiB; only the beginning was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="188"/>
        <source>more than %1 lines; the rest of the file was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="193"/>
        <source>line is %1 bytes long (HAProxy reads at most a few kB per line); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="200"/>
        <source>line contains NUL bytes (binary data, not a configuration line); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="206"/>
        <source>unclosed quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="212"/>
        <source>line is not valid UTF-8 text (binary data?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="230"/>
        <source>&quot;%1&quot; section without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="237"/>
        <source>&quot;%1&quot; outside any section (global, defaults, listen, frontend, backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="245"/>
        <source>&quot;server&quot; needs a name and an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="247"/>
        <source>&quot;bind&quot; needs an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="251"/>
        <source>&quot;timeout&quot; needs a name and a time such as 5s or 3h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="257"/>
        <source>%1 lines hold binary data in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::HaproxyExport</name>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="75"/>
        <source>the cluster has no RabbitMQ nodes to put behind HAProxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="78"/>
        <source>node %1 has an address that cannot be written into haproxy.cfg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="81"/>
        <source>the heartbeat must be between 0 and 86400 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="93"/>
        <source>&quot;%1&quot; is not a node of this cluster (nodes: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="97"/>
        <source>unknown balance &quot;%1&quot; (use roundrobin or leastconn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="105"/>
        <source>&quot;%1&quot; is not an address HAProxy can bind to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="109"/>
        <source>the stats socket path &quot;%1&quot; cannot be written into haproxy.cfg</source>
        <translation type="unfinished"></translation>
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
    <name>warren::Linter</name>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="129"/>
        <source>Check that this is the right file and that it is plain text; HAProxy refuses such lines too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="132"/>
        <source>Correct the line; `haproxy -c -f FILE` shows how HAProxy reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="136"/>
        <source>The file has no sections at all (global, defaults, listen, frontend, backend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="137"/>
        <source>Start from `warrenctl haproxy export`, which writes a complete configuration for this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="147"/>
        <source>No listen, frontend or backend handles AMQP (port %1 or %2): clients cannot reach the cluster through this HAProxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="149"/>
        <source>Add a `listen` section with `bind ADDRESS:5672`, `mode tcp` and one `server` line per node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="167"/>
        <source>Global maxconn is %1. AMQP connections live for hours: each client holds one for its whole life, so a low limit turns a reconnect storm after a failover into refused connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="170"/>
        <source>Raise maxconn to comfortably above the number of AMQP clients (e.g. 4096) and make sure the file descriptor limit allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="176"/>
        <source>No `stats socket` in the global section: neither Warren nor an admin can ask HAProxy which node is active, nor put a server into maintenance without a reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="178"/>
        <source>Add `stats socket /run/haproxy/admin.sock mode 660 level admin` to the global section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="195"/>
        <source>&quot;%1&quot; proxies port %2 (epmd, the Erlang port mapper). epmd is node-to-node traffic: nodes must reach each other&apos;s epmd directly, and a proxy in between makes a node look up its peers on the wrong host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="198"/>
        <source>Remove this section. Let the nodes reach each other directly on 4369 and 25672; proxy only client ports (5672, 15672).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="202"/>
        <source>&quot;%1&quot; proxies port %2 (Erlang distribution, inter-node traffic). Clustering through a load balancer breaks: nodes connect to whichever node HAProxy picks, not to the one they mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="205"/>
        <source>Remove this section. Nodes talk to each other directly on 25672; proxy only client ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="216"/>
        <source>The management UI (port %1) is offered on every address of the HAProxy host (%2), including public ones: the admin interface of the whole cluster is exposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="220"/>
        <source>Bind the management listener to an internal address only, e.g. `bind 10.0.0.10:15672`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="229"/>
        <source>&quot;%1&quot; carries AMQP but runs in `mode http`: HAProxy expects HTTP requests and rejects the AMQP protocol header, so no client can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="232"/>
        <source>Use `mode tcp` for AMQP listeners and backends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="238"/>
        <source>&quot;%1&quot; has no `option tcpka`: long idle AMQP connections can be dropped silently by firewalls and NAT between client, HAProxy and node, and dead peers are noticed late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="241"/>
        <source>Add `option tcpka` to the section (or to defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="246"/>
        <source>`retries` without `option redispatch`: every retry goes to the same failed server, so a client connecting while the active node is down waits for all retries and fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="248"/>
        <source>Add `option redispatch` next to `retries`, so the last retry goes to another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="270"/>
        <source>&quot;%1&quot; has no `timeout %2`: HAProxy then never closes dead half-open connections, which pile up until maxconn is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="273"/>
        <source>Set `timeout %1` well above the AMQP heartbeat, e.g. 3h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="276"/>
        <source>`timeout %1` is %2 s, at or under the AMQP heartbeat of %3 s: HAProxy closes idle but healthy AMQP connections before a heartbeat can keep them alive, and clients reconnect over and over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="281"/>
        <source>Set `timeout client` and `timeout server` well above the heartbeat (e.g. 3h), or lower the heartbeat the clients negotiate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="292"/>
        <source>&quot;%1&quot; has no `server` lines: every connection to it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="293"/>
        <source>Add one `server` line per cluster node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="305"/>
        <source>Server name &quot;%1&quot; is used twice in &quot;%2&quot;: HAProxy refuses the file, and stats could not tell the two apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="308"/>
        <source>Give every server in a section its own name, e.g. the node&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="316"/>
        <source>Server &quot;%1&quot; has no health check: when its node stops, HAProxy keeps sending clients to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="318"/>
        <source>Add `check inter 2000 rise 2 fall 3` to the server line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="325"/>
        <source>Server &quot;%1&quot; points at %2, which is no node of this cluster: clients sent there do not reach it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="328"/>
        <source>Use the address of a cluster node, or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="332"/>
        <source>Health checks in &quot;%1&quot; run with HAProxy&apos;s defaults (inter 2s, rise 2, fall 3): that works, but the failover time is then nowhere written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="335"/>
        <source>State `inter`, `rise` and `fall` on the server lines or in a `default-server` line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="338"/>
        <source>Every server in &quot;%1&quot; is `backup`: no server takes traffic while all are up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="339"/>
        <source>Remove `backup` from the server that should be active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="342"/>
        <source>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. With classic mirrored queues, consumers then talk to followers and every message crosses the cluster.</source>
        <comment>followers: mirror replicas of a queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="348"/>
        <source>Either mark all servers but one `backup` (one active node), or state `balance roundrobin` or `balance leastconn` on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="352"/>
        <source>&quot;%1&quot; has a single server: when that node stops, clients have nowhere to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="353"/>
        <source>Add the other cluster nodes as `backup` servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="362"/>
        <source>Cluster node %1 (%2) is not a server of &quot;%3&quot;: HAProxy cannot fail over to it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="365"/>
        <source>Add `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="437"/>
        <source>&amp;Cluster</source>
        <comment>menu: RabbitMQ cluster</comment>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="438"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="439"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="440"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="442"/>
        <source>&amp;Add Cluster…</source>
        <translation>添加集群(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="443"/>
        <source>Add a RabbitMQ cluster to Warren</source>
        <translation>向 Warren 添加一个 RabbitMQ 集群</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="444"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="445"/>
        <source>Edit the selected cluster&apos;s hosts and credentials</source>
        <translation>编辑所选集群的主机和凭据</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="446"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="447"/>
        <source>Remove the selected cluster from Warren (the cluster itself is not touched)</source>
        <translation>从 Warren 中移除所选集群（不会改动集群本身）</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="448"/>
        <source>Refresh &amp;Now</source>
        <translation>立即刷新(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="449"/>
        <source>Collect the cluster status now</source>
        <translation>立即采集集群状态</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="450"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="451"/>
        <source>Quit Warren</source>
        <translation>退出 Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="452"/>
        <source>&amp;About Warren</source>
        <translation>关于 Warren(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="453"/>
        <source>Version and license</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="457"/>
        <source>Poll every</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="458"/>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="459"/>
        <source>How often Warren collects the cluster status</source>
        <translation>Warren 采集集群状态的频率</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="461"/>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="462"/>
        <source>Saved clusters; double-click to edit</source>
        <translation>已保存的集群；双击可编辑</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="463"/>
        <source>Nodes</source>
        <comment>RabbitMQ nodes</comment>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="464"/>
        <source>HAProxy Servers</source>
        <translation>HAProxy 服务器</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="465"/>
        <source>Sources</source>
        <comment>where the status came from</comment>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="466"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="466"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="467"/>
        <source>Overall state: nodes running, alarms, partitions, HAProxy servers, sources</source>
        <translation>总体状态：节点运行情况、告警、网络分区、HAProxy 服务器、数据源</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="474"/>
        <source>%1
Cannot be loaded: %2</source>
        <translation>%1
无法加载：%2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="496"/>
        <source>Resume &amp;Polling</source>
        <translation>恢复轮询(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="496"/>
        <source>&amp;Pause Polling</source>
        <translation>暂停轮询(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="497"/>
        <source>Resume collecting the cluster status</source>
        <translation>恢复采集集群状态</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="498"/>
        <source>Stop collecting the cluster status until resumed</source>
        <translation>停止采集集群状态，直到恢复</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="501"/>
        <source>%1 — Warren</source>
        <comment>window title: cluster name</comment>
        <translation>%1 — Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="502"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="543"/>
        <location filename="../widgets/MainWindow.cpp" line="595"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="622"/>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="626"/>
        <source>No source answered</source>
        <translation>没有数据源应答</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="644"/>
        <location filename="../widgets/MainWindow.cpp" line="713"/>
        <source>No cluster selected</source>
        <translation>未选择集群</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="646"/>
        <source>Add a cluster with Cluster &gt; Add Cluster…, or start Warren with --cluster PROFILE.json.</source>
        <translation>通过“集群 &gt; 添加集群…”添加一个集群，或使用 --cluster PROFILE.json 启动 Warren。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="647"/>
        <source>Select a cluster on the left.</source>
        <translation>请在左侧选择一个集群。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="655"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="655"/>
        <location filename="../widgets/MainWindow.cpp" line="713"/>
        <source>No status collected yet</source>
        <translation>尚未采集到状态</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="658"/>
        <source>RabbitMQ cluster name %1</source>
        <comment>RabbitMQ&apos;s own cluster_name setting</comment>
        <translation>RabbitMQ 集群名 %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="660"/>
        <source>via the management API</source>
        <translation>通过管理 API</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="662"/>
        <source>via SSH (rabbitmqctl)</source>
        <translation>通过 SSH（rabbitmqctl）</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="664"/>
        <source>RabbitMQ %1</source>
        <translation>RabbitMQ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="666"/>
        <source>%n node(s), %1 running</source>
        <comment>RabbitMQ nodes</comment>
        <translation>
            <numerusform>%n 个节点，%1 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="668"/>
        <source>HAProxy: %1 of %n server(s) up</source>
        <translation>
            <numerusform>HAProxy：%n 台服务器中 %1 台在线</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="677"/>
        <source>Stale</source>
        <comment>the data shown is old</comment>
        <translation>数据过期</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="680"/>
        <location filename="../widgets/MainWindow.cpp" line="697"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="685"/>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="689"/>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="693"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="723"/>
        <source>answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="733"/>
        <source>Last updated %1</source>
        <translation>最后更新 %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="736"/>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="742"/>
        <source>Stale: %1</source>
        <translation>数据过期：%1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="744"/>
        <source>The tables show the last data collected; the sources stopped answering.</source>
        <translation>表格显示的是最后采集到的数据；数据源已停止应答。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="747"/>
        <source>%n source(s) not answering</source>
        <translation>
            <numerusform>%n 个数据源无应答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="749"/>
        <source>See Sources for the errors</source>
        <translation>错误详情见“数据源”</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="756"/>
        <source>Polling off</source>
        <translation>轮询已关闭</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="758"/>
        <source>Polling paused</source>
        <translation>轮询已暂停</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="760"/>
        <source>Polling every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒轮询一次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="778"/>
        <location filename="../widgets/MainWindow.cpp" line="805"/>
        <source>The cluster was not saved: %1</source>
        <translation>集群未保存：%1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="785"/>
        <source>Cluster %1 added.</source>
        <translation>已添加集群 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="823"/>
        <source>Remove Cluster</source>
        <translation>移除集群</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="824"/>
        <source>Remove %1 from Warren? The RabbitMQ cluster itself is not changed.</source>
        <translation>要从 Warren 中移除 %1 吗？RabbitMQ 集群本身不会被改动。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="826"/>
        <source>The profile file %1 is deleted.</source>
        <translation>配置文件 %1 将被删除。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="827"/>
        <source>The profile file %1 is kept.</source>
        <translation>配置文件 %1 将保留。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="828"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="830"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="852"/>
        <source>The translation for %1 could not be loaded.</source>
        <translation>无法加载 %1 的翻译。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="873"/>
        <source>SSH does not know the host key of %1 yet. Warren will not log in over SSH to an unverified host.</source>
        <translation>SSH 尚不认识 %1 的主机密钥。Warren 不会通过 SSH 登录未经验证的主机。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="875"/>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="878"/>
        <source>Review Host Key…</source>
        <translation>查看主机密钥…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="899"/>
        <source>The host key of %1 was saved.</source>
        <translation>%1 的主机密钥已保存。</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="915"/>
        <source>About Warren</source>
        <translation>关于 Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="918"/>
        <source>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Administers RabbitMQ clusters behind HAProxy: status, nodes, HAProxy servers.&lt;/p&gt;&lt;p&gt;Passwords stay in memory; host keys are checked like OpenSSH does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;管理位于 HAProxy 之后的 RabbitMQ 集群：状态、节点、HAProxy 服务器。&lt;/p&gt;&lt;p&gt;密码只保存在内存中；主机密钥按 OpenSSH 的方式进行核对。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="921"/>
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
