<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../app/ctl/StatusCommand.cpp" line="49"/>
        <source>STATE</source>
        <translation>STATE</translation>
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
        <location filename="../app/ctl/StatusCommand.cpp" line="78"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
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
    <name>Main</name>
    <message>
        <location filename="../app/warren_main.cpp" line="24"/>
        <source>Warren: administer RabbitMQ clusters behind HAProxy.</source>
        <translation>Warren: administer RabbitMQ clusters behind HAProxy.</translation>
    </message>
    <message>
        <location filename="../app/warren_main.cpp" line="28"/>
        <source>Open the cluster profile &lt;file&gt; (JSON, format warren-cluster-profile/1).</source>
        <translation>Open the cluster profile &lt;file&gt; (JSON, format warren-cluster-profile/1).</translation>
    </message>
    <message>
        <location filename="../app/warren_main.cpp" line="29"/>
        <source>file</source>
        <translation>file</translation>
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
        <location filename="../core/status/StatusCollector.cpp" line="60"/>
        <source>no API password is known for user &quot;%1&quot; in this session</source>
        <translation>no API password is known for user &quot;%1&quot; in this session</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="88"/>
        <source>API on %1</source>
        <translation>API on %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="103"/>
        <source>unreadable /api/nodes answer: %1</source>
        <translation>unreadable /api/nodes answer: %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="126"/>
        <source>management API</source>
        <translation>management API</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="126"/>
        <source>no host in the profile has an API URL</source>
        <translation>no host in the profile has an API URL</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="135"/>
        <source>SSH on %1</source>
        <translation>SSH on %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="160"/>
        <source>rabbitmqctl cluster_status failed (exit %1): %2</source>
        <translation>rabbitmqctl cluster_status failed (exit %1): %2</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="165"/>
        <source>unreadable cluster_status output: %1</source>
        <translation>unreadable cluster_status output: %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="190"/>
        <location filename="../core/status/StatusCollector.cpp" line="193"/>
        <location filename="../core/status/StatusCollector.cpp" line="195"/>
        <source>HAProxy stats page</source>
        <translation>HAProxy stats page</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="193"/>
        <location filename="../core/status/StatusCollector.cpp" line="219"/>
        <source>unreadable stats CSV: %1</source>
        <translation>unreadable stats CSV: %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="201"/>
        <source>HAProxy stats socket on %1</source>
        <translation>HAProxy stats socket on %1</translation>
    </message>
    <message>
        <location filename="../core/status/StatusCollector.cpp" line="214"/>
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
    <name>warren::ClusterProfile</name>
    <message>
        <location filename="../core/profile/ClusterProfile.cpp" line="199"/>
        <location filename="../core/profile/ClusterProfile.cpp" line="202"/>
        <source>haproxy.reload must be a list of strings (program and arguments)</source>
        <translation>haproxy.reload must be a list of strings (program and arguments)</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyConfig</name>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="172"/>
        <source>the file is larger than %1 MiB; only the beginning was read</source>
        <translation>the file is larger than %1 MiB; only the beginning was read</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="188"/>
        <source>more than %1 lines; the rest of the file was not read</source>
        <translation>more than %1 lines; the rest of the file was not read</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="193"/>
        <source>line is %1 bytes long (HAProxy reads at most a few kB per line); skipped</source>
        <translation>line is %1 bytes long (HAProxy reads at most a few kB per line); skipped</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="200"/>
        <source>line contains NUL bytes (binary data, not a configuration line); skipped</source>
        <translation>line contains NUL bytes (binary data, not a configuration line); skipped</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="206"/>
        <source>unclosed quote</source>
        <translation>unclosed quote</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="212"/>
        <source>line is not valid UTF-8 text (binary data?)</source>
        <translation>line is not valid UTF-8 text (binary data?)</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="230"/>
        <source>&quot;%1&quot; section without a name</source>
        <translation>&quot;%1&quot; section without a name</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="237"/>
        <source>&quot;%1&quot; outside any section (global, defaults, listen, frontend, backend)</source>
        <translation>&quot;%1&quot; outside any section (global, defaults, listen, frontend, backend)</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="245"/>
        <source>&quot;server&quot; needs a name and an address</source>
        <translation>&quot;server&quot; needs a name and an address</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="247"/>
        <source>&quot;bind&quot; needs an address</source>
        <translation>&quot;bind&quot; needs an address</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="251"/>
        <source>&quot;timeout&quot; needs a name and a time such as 5s or 3h</source>
        <translation>&quot;timeout&quot; needs a name and a time such as 5s or 3h</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyConfig.cpp" line="257"/>
        <source>%1 lines hold binary data in all</source>
        <translation>%1 lines hold binary data in all</translation>
    </message>
</context>
<context>
    <name>warren::HaproxyExport</name>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="75"/>
        <source>the cluster has no RabbitMQ nodes to put behind HAProxy</source>
        <translation>the cluster has no RabbitMQ nodes to put behind HAProxy</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="78"/>
        <source>node %1 has an address that cannot be written into haproxy.cfg</source>
        <translation>node %1 has an address that cannot be written into haproxy.cfg</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="81"/>
        <source>the heartbeat must be between 0 and 86400 seconds</source>
        <translation>the heartbeat must be between 0 and 86400 seconds</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="93"/>
        <source>&quot;%1&quot; is not a node of this cluster (nodes: %2)</source>
        <translation>&quot;%1&quot; is not a node of this cluster (nodes: %2)</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="97"/>
        <source>unknown balance &quot;%1&quot; (use roundrobin or leastconn)</source>
        <translation>unknown balance &quot;%1&quot; (use roundrobin or leastconn)</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="105"/>
        <source>&quot;%1&quot; is not an address HAProxy can bind to</source>
        <translation>&quot;%1&quot; is not an address HAProxy can bind to</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyExport.cpp" line="109"/>
        <source>the stats socket path &quot;%1&quot; cannot be written into haproxy.cfg</source>
        <translation>the stats socket path &quot;%1&quot; cannot be written into haproxy.cfg</translation>
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
    <name>warren::Linter</name>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="129"/>
        <source>Check that this is the right file and that it is plain text; HAProxy refuses such lines too.</source>
        <translation>Check that this is the right file and that it is plain text; HAProxy refuses such lines too.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="132"/>
        <source>Correct the line; `haproxy -c -f FILE` shows how HAProxy reads it.</source>
        <translation>Correct the line; `haproxy -c -f FILE` shows how HAProxy reads it.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="136"/>
        <source>The file has no sections at all (global, defaults, listen, frontend, backend).</source>
        <translation>The file has no sections at all (global, defaults, listen, frontend, backend).</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="137"/>
        <source>Start from `warrenctl haproxy export`, which writes a complete configuration for this cluster.</source>
        <translation>Start from `warrenctl haproxy export`, which writes a complete configuration for this cluster.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="147"/>
        <source>No listen, frontend or backend handles AMQP (port %1 or %2): clients cannot reach the cluster through this HAProxy.</source>
        <translation>No listen, frontend or backend handles AMQP (port %1 or %2): clients cannot reach the cluster through this HAProxy.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="149"/>
        <source>Add a `listen` section with `bind ADDRESS:5672`, `mode tcp` and one `server` line per node.</source>
        <translation>Add a `listen` section with `bind ADDRESS:5672`, `mode tcp` and one `server` line per node.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="167"/>
        <source>Global maxconn is %1. AMQP connections live for hours: each client holds one for its whole life, so a low limit turns a reconnect storm after a failover into refused connections.</source>
        <translation>Global maxconn is %1. AMQP connections live for hours: each client holds one for its whole life, so a low limit turns a reconnect storm after a failover into refused connections.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="170"/>
        <source>Raise maxconn to comfortably above the number of AMQP clients (e.g. 4096) and make sure the file descriptor limit allows it.</source>
        <translation>Raise maxconn to comfortably above the number of AMQP clients (e.g. 4096) and make sure the file descriptor limit allows it.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="176"/>
        <source>No `stats socket` in the global section: neither Warren nor an admin can ask HAProxy which node is active, nor put a server into maintenance without a reload.</source>
        <translation>No `stats socket` in the global section: neither Warren nor an admin can ask HAProxy which node is active, nor put a server into maintenance without a reload.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="178"/>
        <source>Add `stats socket /run/haproxy/admin.sock mode 660 level admin` to the global section.</source>
        <translation>Add `stats socket /run/haproxy/admin.sock mode 660 level admin` to the global section.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="195"/>
        <source>&quot;%1&quot; proxies port %2 (epmd, the Erlang port mapper). epmd is node-to-node traffic: nodes must reach each other&apos;s epmd directly, and a proxy in between makes a node look up its peers on the wrong host.</source>
        <translation>&quot;%1&quot; proxies port %2 (epmd, the Erlang port mapper). epmd is node-to-node traffic: nodes must reach each other&apos;s epmd directly, and a proxy in between makes a node look up its peers on the wrong host.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="198"/>
        <source>Remove this section. Let the nodes reach each other directly on 4369 and 25672; proxy only client ports (5672, 15672).</source>
        <translation>Remove this section. Let the nodes reach each other directly on 4369 and 25672; proxy only client ports (5672, 15672).</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="202"/>
        <source>&quot;%1&quot; proxies port %2 (Erlang distribution, inter-node traffic). Clustering through a load balancer breaks: nodes connect to whichever node HAProxy picks, not to the one they mean.</source>
        <translation>&quot;%1&quot; proxies port %2 (Erlang distribution, inter-node traffic). Clustering through a load balancer breaks: nodes connect to whichever node HAProxy picks, not to the one they mean.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="205"/>
        <source>Remove this section. Nodes talk to each other directly on 25672; proxy only client ports.</source>
        <translation>Remove this section. Nodes talk to each other directly on 25672; proxy only client ports.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="216"/>
        <source>The management UI (port %1) is offered on every address of the HAProxy host (%2), including public ones: the admin interface of the whole cluster is exposed.</source>
        <translation>The management UI (port %1) is offered on every address of the HAProxy host (%2), including public ones: the admin interface of the whole cluster is exposed.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="220"/>
        <source>Bind the management listener to an internal address only, e.g. `bind 10.0.0.10:15672`.</source>
        <translation>Bind the management listener to an internal address only, e.g. `bind 10.0.0.10:15672`.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="229"/>
        <source>&quot;%1&quot; carries AMQP but runs in `mode http`: HAProxy expects HTTP requests and rejects the AMQP protocol header, so no client can connect.</source>
        <translation>&quot;%1&quot; carries AMQP but runs in `mode http`: HAProxy expects HTTP requests and rejects the AMQP protocol header, so no client can connect.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="232"/>
        <source>Use `mode tcp` for AMQP listeners and backends.</source>
        <translation>Use `mode tcp` for AMQP listeners and backends.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="238"/>
        <source>&quot;%1&quot; has no `option tcpka`: long idle AMQP connections can be dropped silently by firewalls and NAT between client, HAProxy and node, and dead peers are noticed late.</source>
        <translation>&quot;%1&quot; has no `option tcpka`: long idle AMQP connections can be dropped silently by firewalls and NAT between client, HAProxy and node, and dead peers are noticed late.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="241"/>
        <source>Add `option tcpka` to the section (or to defaults).</source>
        <translation>Add `option tcpka` to the section (or to defaults).</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="246"/>
        <source>`retries` without `option redispatch`: every retry goes to the same failed server, so a client connecting while the active node is down waits for all retries and fails.</source>
        <translation>`retries` without `option redispatch`: every retry goes to the same failed server, so a client connecting while the active node is down waits for all retries and fails.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="248"/>
        <source>Add `option redispatch` next to `retries`, so the last retry goes to another server.</source>
        <translation>Add `option redispatch` next to `retries`, so the last retry goes to another server.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="270"/>
        <source>&quot;%1&quot; has no `timeout %2`: HAProxy then never closes dead half-open connections, which pile up until maxconn is reached.</source>
        <translation>&quot;%1&quot; has no `timeout %2`: HAProxy then never closes dead half-open connections, which pile up until maxconn is reached.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="273"/>
        <source>Set `timeout %1` well above the AMQP heartbeat, e.g. 3h.</source>
        <translation>Set `timeout %1` well above the AMQP heartbeat, e.g. 3h.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="276"/>
        <source>`timeout %1` is %2 s, at or under the AMQP heartbeat of %3 s: HAProxy closes idle but healthy AMQP connections before a heartbeat can keep them alive, and clients reconnect over and over.</source>
        <translation>`timeout %1` is %2 s, at or under the AMQP heartbeat of %3 s: HAProxy closes idle but healthy AMQP connections before a heartbeat can keep them alive, and clients reconnect over and over.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="281"/>
        <source>Set `timeout client` and `timeout server` well above the heartbeat (e.g. 3h), or lower the heartbeat the clients negotiate.</source>
        <translation>Set `timeout client` and `timeout server` well above the heartbeat (e.g. 3h), or lower the heartbeat the clients negotiate.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="292"/>
        <source>&quot;%1&quot; has no `server` lines: every connection to it fails.</source>
        <translation>&quot;%1&quot; has no `server` lines: every connection to it fails.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="293"/>
        <source>Add one `server` line per cluster node.</source>
        <translation>Add one `server` line per cluster node.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="305"/>
        <source>Server name &quot;%1&quot; is used twice in &quot;%2&quot;: HAProxy refuses the file, and stats could not tell the two apart.</source>
        <translation>Server name &quot;%1&quot; is used twice in &quot;%2&quot;: HAProxy refuses the file, and stats could not tell the two apart.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="308"/>
        <source>Give every server in a section its own name, e.g. the node&apos;s host name.</source>
        <translation>Give every server in a section its own name, e.g. the node&apos;s host name.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="316"/>
        <source>Server &quot;%1&quot; has no health check: when its node stops, HAProxy keeps sending clients to it.</source>
        <translation>Server &quot;%1&quot; has no health check: when its node stops, HAProxy keeps sending clients to it.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="318"/>
        <source>Add `check inter 2000 rise 2 fall 3` to the server line.</source>
        <translation>Add `check inter 2000 rise 2 fall 3` to the server line.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="325"/>
        <source>Server &quot;%1&quot; points at %2, which is no node of this cluster: clients sent there do not reach it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation>Server &quot;%1&quot; points at %2, which is no node of this cluster: clients sent there do not reach it.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="328"/>
        <source>Use the address of a cluster node, or remove the line.</source>
        <translation>Use the address of a cluster node, or remove the line.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="332"/>
        <source>Health checks in &quot;%1&quot; run with HAProxy&apos;s defaults (inter 2s, rise 2, fall 3): that works, but the failover time is then nowhere written down.</source>
        <translation>Health checks in &quot;%1&quot; run with HAProxy&apos;s defaults (inter 2s, rise 2, fall 3): that works, but the failover time is then nowhere written down.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="335"/>
        <source>State `inter`, `rise` and `fall` on the server lines or in a `default-server` line.</source>
        <translation>State `inter`, `rise` and `fall` on the server lines or in a `default-server` line.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="338"/>
        <source>Every server in &quot;%1&quot; is `backup`: no server takes traffic while all are up.</source>
        <translation>Every server in &quot;%1&quot; is `backup`: no server takes traffic while all are up.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="339"/>
        <source>Remove `backup` from the server that should be active.</source>
        <translation>Remove `backup` from the server that should be active.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="342"/>
        <source>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. With classic mirrored queues, consumers then talk to followers and every message crosses the cluster.</source>
        <comment>followers: mirror replicas of a queue</comment>
        <translation>&quot;%1&quot; has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by accident. With classic mirrored queues, consumers then talk to followers and every message crosses the cluster.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="348"/>
        <source>Either mark all servers but one `backup` (one active node), or state `balance roundrobin` or `balance leastconn` on purpose.</source>
        <translation>Either mark all servers but one `backup` (one active node), or state `balance roundrobin` or `balance leastconn` on purpose.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="352"/>
        <source>&quot;%1&quot; has a single server: when that node stops, clients have nowhere to go.</source>
        <translation>&quot;%1&quot; has a single server: when that node stops, clients have nowhere to go.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="353"/>
        <source>Add the other cluster nodes as `backup` servers.</source>
        <translation>Add the other cluster nodes as `backup` servers.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="362"/>
        <source>Cluster node %1 (%2) is not a server of &quot;%3&quot;: HAProxy cannot fail over to it.</source>
        <comment>node: a RabbitMQ cluster member</comment>
        <translation>Cluster node %1 (%2) is not a server of &quot;%3&quot;: HAProxy cannot fail over to it.</translation>
    </message>
    <message>
        <location filename="../core/haproxy/HaproxyLint.cpp" line="365"/>
        <source>Add `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`.</source>
        <translation>Add `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`.</translation>
    </message>
</context>
<context>
    <name>warren::MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="437"/>
        <source>&amp;Cluster</source>
        <comment>menu: RabbitMQ cluster</comment>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="438"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="439"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="440"/>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="442"/>
        <source>&amp;Add Cluster…</source>
        <translation>&amp;Add Cluster…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="443"/>
        <source>Add a RabbitMQ cluster to Warren</source>
        <translation>Add a RabbitMQ cluster to Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="444"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="445"/>
        <source>Edit the selected cluster&apos;s hosts and credentials</source>
        <translation>Edit the selected cluster&apos;s hosts and credentials</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="446"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="447"/>
        <source>Remove the selected cluster from Warren (the cluster itself is not touched)</source>
        <translation>Remove the selected cluster from Warren (the cluster itself is not touched)</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="448"/>
        <source>Refresh &amp;Now</source>
        <translation>Refresh &amp;Now</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="449"/>
        <source>Collect the cluster status now</source>
        <translation>Collect the cluster status now</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="450"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="451"/>
        <source>Quit Warren</source>
        <translation>Quit Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="452"/>
        <source>&amp;About Warren</source>
        <translation>&amp;About Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="453"/>
        <source>Version and license</source>
        <translation>Version and license</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="457"/>
        <source>Poll every</source>
        <translation>Poll every</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="458"/>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="459"/>
        <source>How often Warren collects the cluster status</source>
        <translation>How often Warren collects the cluster status</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="461"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="462"/>
        <source>Saved clusters; double-click to edit</source>
        <translation>Saved clusters; double-click to edit</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="463"/>
        <source>Nodes</source>
        <comment>RabbitMQ nodes</comment>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="464"/>
        <source>HAProxy Servers</source>
        <translation>HAProxy Servers</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="465"/>
        <source>Sources</source>
        <comment>where the status came from</comment>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="466"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="466"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="467"/>
        <source>Overall state: nodes running, alarms, partitions, HAProxy servers, sources</source>
        <translation>Overall state: nodes running, alarms, partitions, HAProxy servers, sources</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="474"/>
        <source>%1
Cannot be loaded: %2</source>
        <translation>%1
Cannot be loaded: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="496"/>
        <source>Resume &amp;Polling</source>
        <translation>Resume &amp;Polling</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="496"/>
        <source>&amp;Pause Polling</source>
        <translation>&amp;Pause Polling</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="497"/>
        <source>Resume collecting the cluster status</source>
        <translation>Resume collecting the cluster status</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="498"/>
        <source>Stop collecting the cluster status until resumed</source>
        <translation>Stop collecting the cluster status until resumed</translation>
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
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="622"/>
        <source>%1: %2</source>
        <comment>source name: error message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="626"/>
        <source>No source answered</source>
        <translation>No source answered</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="644"/>
        <location filename="../widgets/MainWindow.cpp" line="713"/>
        <source>No cluster selected</source>
        <translation>No cluster selected</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="646"/>
        <source>Add a cluster with Cluster &gt; Add Cluster…, or start Warren with --cluster PROFILE.json.</source>
        <translation>Add a cluster with Cluster &gt; Add Cluster…, or start Warren with --cluster PROFILE.json.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="647"/>
        <source>Select a cluster on the left.</source>
        <translation>Select a cluster on the left.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="655"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="655"/>
        <location filename="../widgets/MainWindow.cpp" line="713"/>
        <source>No status collected yet</source>
        <translation>No status collected yet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="658"/>
        <source>RabbitMQ cluster name %1</source>
        <comment>RabbitMQ&apos;s own cluster_name setting</comment>
        <translation>RabbitMQ cluster name %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="660"/>
        <source>via the management API</source>
        <translation>via the management API</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="662"/>
        <source>via SSH (rabbitmqctl)</source>
        <translation>via SSH (rabbitmqctl)</translation>
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
            <numerusform>%n node, %1 running</numerusform>
            <numerusform>%n nodes, %1 running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="668"/>
        <source>HAProxy: %1 of %n server(s) up</source>
        <translation>
            <numerusform>HAProxy: %1 of %n server up</numerusform>
            <numerusform>HAProxy: %1 of %n servers up</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="677"/>
        <source>Stale</source>
        <comment>the data shown is old</comment>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="680"/>
        <location filename="../widgets/MainWindow.cpp" line="697"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="685"/>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="689"/>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="693"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="723"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="733"/>
        <source>Last updated %1</source>
        <translation>Last updated %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="736"/>
        <source>Not updated yet</source>
        <translation>Not updated yet</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="742"/>
        <source>Stale: %1</source>
        <translation>Stale: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="744"/>
        <source>The tables show the last data collected; the sources stopped answering.</source>
        <translation>The tables show the last data collected; the sources stopped answering.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="747"/>
        <source>%n source(s) not answering</source>
        <translation>
            <numerusform>%n source not answering</numerusform>
            <numerusform>%n sources not answering</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="749"/>
        <source>See Sources for the errors</source>
        <translation>See Sources for the errors</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="756"/>
        <source>Polling off</source>
        <translation>Polling off</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="758"/>
        <source>Polling paused</source>
        <translation>Polling paused</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MainWindow.cpp" line="760"/>
        <source>Polling every %n second(s)</source>
        <translation>
            <numerusform>Polling every %n second</numerusform>
            <numerusform>Polling every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="778"/>
        <location filename="../widgets/MainWindow.cpp" line="805"/>
        <source>The cluster was not saved: %1</source>
        <translation>The cluster was not saved: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="785"/>
        <source>Cluster %1 added.</source>
        <translation>Cluster %1 added.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="823"/>
        <source>Remove Cluster</source>
        <translation>Remove Cluster</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="824"/>
        <source>Remove %1 from Warren? The RabbitMQ cluster itself is not changed.</source>
        <translation>Remove %1 from Warren? The RabbitMQ cluster itself is not changed.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="826"/>
        <source>The profile file %1 is deleted.</source>
        <translation>The profile file %1 is deleted.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="827"/>
        <source>The profile file %1 is kept.</source>
        <translation>The profile file %1 is kept.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="828"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="830"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="852"/>
        <source>The translation for %1 could not be loaded.</source>
        <translation>The translation for %1 could not be loaded.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="873"/>
        <source>SSH does not know the host key of %1 yet. Warren will not log in over SSH to an unverified host.</source>
        <translation>SSH does not know the host key of %1 yet. Warren will not log in over SSH to an unverified host.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="875"/>
        <source>, </source>
        <comment>separator between list items</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="878"/>
        <source>Review Host Key…</source>
        <translation>Review Host Key…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="899"/>
        <source>The host key of %1 was saved.</source>
        <translation>The host key of %1 was saved.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="915"/>
        <source>About Warren</source>
        <translation>About Warren</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="918"/>
        <source>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Administers RabbitMQ clusters behind HAProxy: status, nodes, HAProxy servers.&lt;/p&gt;&lt;p&gt;Passwords stay in memory; host keys are checked like OpenSSH does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Administers RabbitMQ clusters behind HAProxy: status, nodes, HAProxy servers.&lt;/p&gt;&lt;p&gt;Passwords stay in memory; host keys are checked like OpenSSH does.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="921"/>
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
