#include "FuzzEntries.h"

#include "haproxy/ConfigDiff.h"
#include "haproxy/HaproxyConfig.h"
#include "haproxy/HaproxyLint.h"
#include "haproxy/StatCsv.h"
#include "model/MessageRates.h"
#include "ops/HostFiles.h"
#include "ops/RabbitVersion.h"
#include "parse/ApiParsers.h"
#include "parse/BrokerParsers.h"
#include "parse/ClusterStatusParser.h"
#include "parse/ErlangTerm.h"
#include "parse/FactParsers.h"
#include "profile/ClusterProfile.h"
#include "queues/QueueFilter.h"
#include "queues/QueueParsers.h"
#include "status/LiveChecks.h"
#include "util/ShellQuote.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <libssh/libssh.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>

namespace warren::fuzz {

namespace {

// A promise of the parser that the input broke: abort, so libFuzzer keeps the input and the
// regression driver fails on it.
#define WARREN_FUZZ_CHECK(cond)                                                                                        \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #cond);                         \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

    QByteArray bytes(const uint8_t* data, size_t size)
    {
        return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
    }

    void checkError(const ParseError& e)
    {
        WARREN_FUZZ_CHECK(!e.message.isEmpty());
        WARREN_FUZZ_CHECK(e.line >= 0 && e.column >= 0);
        (void)e.toString();
    }

    template <typename T> void checkParsed(const Parsed<T>& p)
    {
        if (!p.ok())
            checkError(p.error());
    }

    void checkNode(const NodeInfo& n)
    {
        (void)n.alarms();
        if (!n.rabbitVersion.isEmpty()) {
            const auto v = RabbitVersion::parse(n.rabbitVersion);
            (void)v.display();
        }
    }

    void checkClusterStatus(const Parsed<ClusterStatus>& s)
    {
        checkParsed(s);
        if (!s.ok())
            return;
        for (const auto& n : s->nodes)
            checkNode(n);
        // A partition group is never empty.
        for (const auto& group : s->partitions)
            WARREN_FUZZ_CHECK(!group.isEmpty());
    }

    void checkQueues(const Parsed<QList<QueueInfo>>& queues)
    {
        checkParsed(queues);
        if (!queues.ok())
            return;
        for (const auto& q : queues.value()) {
            // QueueInfo promises sorted node lists.
            WARREN_FUZZ_CHECK(std::is_sorted(q.synchronisedNodes.begin(), q.synchronisedNodes.end()));
            WARREN_FUZZ_CHECK(std::is_sorted(q.unsynchronisedNodes.begin(), q.unsynchronisedNodes.end()));
            const QStringList nodes = q.nodes();
            WARREN_FUZZ_CHECK(std::adjacent_find(nodes.begin(), nodes.end()) == nodes.end());
            (void)queueTypeKey(q.type);
            for (const auto& n : nodes)
                (void)roleOn(q, n);
            // a target size is a plausible count or unset; leaderless is only said of quorum queues
            WARREN_FUZZ_CHECK(q.targetSize == -1 || (q.targetSize > 0 && q.targetSize < 1000));
            WARREN_FUZZ_CHECK(!q.leaderless || q.type == QueueType::Quorum);
        }
        // the problems a snapshot of them names (4.x: no leader, below target, stream replica missing)
        const QueueSnapshot snap(queues.value());
        for (const auto& q : snap.queues())
            (void)problemKeys(problemsOf(q, snap));
    }

    // The lab's profile: lint compares servers with these nodes.
    const ClusterProfile& labProfile()
    {
        static const ClusterProfile profile = [] {
            const auto p = ClusterProfile::fromJson(R"({
  "format": "warren-cluster-profile/1", "name": "lab",
  "ssh": {"user": "warren"}, "api": {"user": "warren-admin"},
  "hosts": [
    {"name": "rabbit1", "address": "10.213.77.11", "node": "rabbit@rabbit1", "apiUrl": "http://10.213.77.11:15672"},
    {"name": "rabbit2", "address": "10.213.77.12", "node": "rabbit@rabbit2", "apiUrl": "http://10.213.77.12:15672"},
    {"name": "rabbit3", "address": "10.213.77.13", "node": "rabbit@rabbit3", "apiUrl": "http://10.213.77.13:15672"},
    {"name": "haproxy", "address": "10.213.77.10", "roles": ["haproxy"]}
  ],
  "haproxy": {"host": "haproxy", "statsSocket": "/run/haproxy/admin.sock"}
})");
            if (!p.ok())
                std::abort();
            return p.value();
        }();
        return profile;
    }

} // namespace

int erlangTerm(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    checkParsed(parseErlangTerm(text));
    qsizetype end = -1;
    const auto prefix = parseErlangTermPrefix(text, 0, &end);
    checkParsed(prefix);
    if (prefix.ok())
        WARREN_FUZZ_CHECK(end > 0 && end <= text.size());
    return 0;
}

int clusterStatusLegacy(const uint8_t* data, size_t size)
{
    const QByteArray in = bytes(data, size);
    checkClusterStatus(parseClusterStatusLegacy(QString::fromUtf8(in)));
    checkClusterStatus(parseClusterStatus(in)); // the format sniffing in front of both parsers
    return 0;
}

int clusterStatusJson(const uint8_t* data, size_t size)
{
    const QByteArray in = bytes(data, size);
    checkClusterStatus(parseClusterStatusJson(in));
    checkClusterStatus(parseClusterStatus(in));
    return 0;
}

namespace {
    int listQueuesWith(const uint8_t* data, size_t size, const QStringList& columns)
    {
        const QByteArray in = bytes(data, size);
        static const QSet<QString> ha { QStringLiteral("ha-all"), QStringLiteral("ha-two") };
        checkQueues(parseListQueues(in, columns, QStringLiteral("/"), ha));
        // The policies listing of the same vhost comes from the same kind of source.
        (void)haPolicyNames(in);
        return 0;
    }
} // namespace

int listQueues(const uint8_t* data, size_t size)
{
    return listQueuesWith(data, size, listQueuesColumns());
}

int listQueuesLegacy(const uint8_t* data, size_t size)
{
    return listQueuesWith(data, size, legacyListQueuesColumns());
}

int listQueues4x(const uint8_t* data, size_t size)
{
    return listQueuesWith(data, size, listQueuesColumns4x());
}

int apiNodes(const uint8_t* data, size_t size)
{
    const auto nodes = parseApiNodes(bytes(data, size));
    checkParsed(nodes);
    if (nodes.ok())
        for (const auto& n : nodes.value())
            checkNode(n);
    return 0;
}

int apiQueues(const uint8_t* data, size_t size)
{
    checkQueues(parseApiQueues(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size))));
    return 0;
}

int apiOverview(const uint8_t* data, size_t size)
{
    const QByteArray in = bytes(data, size);
    const auto overview = parseApiOverview(in);
    checkParsed(overview);
    if (overview.ok())
        (void)RabbitVersion::parse(overview->rabbitVersion).display();
    checkParsed(MessageRates::fromOverviewJson(in));
    return 0;
}

int apiPolicies(const uint8_t* data, size_t size)
{
    // GET /api/policies beside a listing without statistics (QueueCollector): a queue under a
    // policy that sets ha-mode is marked as such and a classic one becomes mirrored; nothing else
    // changes, and no queue without a policy is ever marked.
    const QByteArray in = bytes(data, size);
    const auto ha = parseApiHaPolicies(in);
    checkParsed(ha);
    if (!ha.ok())
        return 0;
    QList<QueueInfo> queues;
    auto add = [&queues](const QString& vhost, const QString& policy, QueueType type) {
        QueueInfo q;
        q.vhost = vhost;
        q.name = QStringLiteral("q%1").arg(queues.size());
        q.type = type;
        q.policy = policy;
        q.homeNode = QStringLiteral("rabbit@rabbit1");
        q.synchronisedNodes = { QStringLiteral("rabbit@rabbit2") };
        queues << q;
    };
    for (const QueueType type : { QueueType::Classic, QueueType::Quorum, QueueType::Stream }) {
        add(QStringLiteral("/"), QStringLiteral("ha-all"), type);
        add(QStringLiteral("/"), QString(), type);
        int n = 0;
        for (const QueueKey& key : ha.value()) {
            if (++n > 64)
                break;
            add(key.vhost, key.name, type); // QueueKey's name is the policy's
            add(key.vhost + QLatin1Char('x'), key.name, type);
        }
    }
    QList<QueueInfo> marked = queues;
    applyHaPolicies(marked, ha.value());
    WARREN_FUZZ_CHECK(marked.size() == queues.size());
    for (qsizetype i = 0; i < queues.size(); ++i) {
        const QueueInfo& before = queues[i];
        const QueueInfo& after = marked[i];
        const bool underHa = !before.policy.isEmpty() && ha->contains({ before.vhost, before.policy });
        WARREN_FUZZ_CHECK(after.haPolicy == underHa);
        WARREN_FUZZ_CHECK(
            after.type == (underHa && before.type == QueueType::Classic ? QueueType::Mirrored : before.type));
        WARREN_FUZZ_CHECK(
            after.key() == before.key() && after.policy == before.policy && after.nodes() == before.nodes());
    }
    checkQueues(Parsed<QList<QueueInfo>>(marked));
    return 0;
}

int haproxyCfg(const uint8_t* data, size_t size)
{
    const HaproxyConfig cfg = HaproxyConfig::parse(bytes(data, size));
    for (const auto& issue : cfg.issues())
        WARREN_FUZZ_CHECK(issue.line >= 0 && issue.line <= cfg.lineCount() + 1 && !issue.message.isEmpty());
    for (int i = 0; i < int(cfg.sections().size()); ++i) {
        const auto& s = cfg.sections().at(i);
        WARREN_FUZZ_CHECK(s.line >= 1 && s.line <= cfg.lineCount());
        for (const auto& a : s.binds()) {
            WARREN_FUZZ_CHECK(a.port < 0 || a.port <= a.portEnd);
            (void)a.toString();
        }
        for (const auto& srv : s.servers())
            WARREN_FUZZ_CHECK(srv.address.port < 0 || srv.address.port <= srv.address.portEnd);
        for (const char* which : { "client", "server", "connect", "check", "tunnel" })
            (void)cfg.effectiveTimeoutMs(i, QLatin1String(which));
    }
    const auto findings = HaproxyLint::lint(cfg);
    HaproxyLintContext context;
    context.profile = labProfile();
    const auto withProfile = HaproxyLint::lint(cfg, context);
    for (const auto& list : { findings, withProfile })
        for (const auto& f : list) {
            WARREN_FUZZ_CHECK(!f.code.isEmpty() && f.line >= 0);
            (void)f.toJson();
        }
    return 0;
}

int haproxyStat(const uint8_t* data, size_t size)
{
    const auto servers = parseHaproxyStatCsv(bytes(data, size));
    checkParsed(servers);
    if (servers.ok())
        for (const auto& s : servers.value())
            (void)s.isUp();
    return 0;
}

namespace {
    // Applies a unified diff that unifiedDiff wrote to the old lines; nullopt when it does not apply.
    std::optional<QStringList> applyUnifiedDiff(const QStringList& old, const QString& diff)
    {
        static const QRegularExpression hunk(QStringLiteral("^@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@$"));
        QStringList lines = diff.split(QLatin1Char('\n'));
        if (lines.size() < 3 || !lines[0].startsWith(QLatin1String("--- "))
            || !lines[1].startsWith(QLatin1String("+++ ")))
            return std::nullopt;
        lines.removeLast(); // after the final '\n'
        // "\ No newline at end of file" belongs to the line before it (see linesOf).
        for (qsizetype i = lines.size() - 1; i > 0; --i) {
            if (lines[i].startsWith(QLatin1Char('\\'))) {
                lines[i - 1] += QLatin1Char('\n') + lines[i];
                lines.removeAt(i);
            }
        }
        QStringList out;
        qsizetype next = 0; // next old line to copy
        qsizetype k = 2;
        while (k < lines.size()) {
            const auto m = hunk.match(lines[k++]);
            if (!m.hasMatch())
                return std::nullopt;
            const qsizetype oldCount = m.captured(2).toLongLong();
            const qsizetype oldStart = oldCount ? m.captured(1).toLongLong() - 1 : m.captured(1).toLongLong();
            if (oldStart < next || oldStart > old.size())
                return std::nullopt;
            out += old.mid(next, oldStart - next);
            next = oldStart;
            while (k < lines.size() && !lines[k].startsWith(QLatin1String("@@ "))) {
                const QString& l = lines[k++];
                if (l.isEmpty())
                    return std::nullopt;
                const QString text = l.mid(1);
                if (l[0] == QLatin1Char('+')) {
                    out << text;
                    continue;
                }
                if (next >= old.size() || old[next] != text || (l[0] != QLatin1Char(' ') && l[0] != QLatin1Char('-')))
                    return std::nullopt;
                if (l[0] == QLatin1Char(' '))
                    out << text;
                ++next;
            }
        }
        out += old.mid(next);
        return out;
    }

    // The lines of a text; a last line without a line break carries diff -u's marker, as in the diff.
    QStringList linesOf(const QString& text)
    {
        QStringList lines = text.split(QLatin1Char('\n'));
        if (text.isEmpty() || text.endsWith(QLatin1Char('\n')))
            lines.removeLast();
        else
            lines.last() += QStringLiteral("\n\\ No newline at end of file");
        return lines;
    }
} // namespace

int haproxyDiff(const uint8_t* data, size_t size)
{
    // The host's current haproxy.cfg and the one to push, split at the first NUL byte (or in the
    // middle): the push preview is a diff of a file read from the host.
    const QByteArray in = bytes(data, size);
    qsizetype cut = in.indexOf('\0');
    const QByteArray second = cut >= 0 ? in.mid(cut + 1) : in.mid(in.size() / 2);
    if (cut < 0)
        cut = in.size() / 2;
    const QString oldText = QString::fromUtf8(in.left(cut));
    const QString newText = QString::fromUtf8(second);
    const QString diff = unifiedDiff(oldText, newText, QStringLiteral("host"), QStringLiteral("new"));
    WARREN_FUZZ_CHECK(diff.isEmpty() == (oldText == newText));
    if (diff.isEmpty())
        return 0;
    // What the admin reads is exactly the change: applied to the host's file it gives the new one.
    const auto patched = applyUnifiedDiff(linesOf(oldText), diff);
    WARREN_FUZZ_CHECK(patched.has_value());
    WARREN_FUZZ_CHECK(*patched == linesOf(newText));
    return 0;
}

int knownHosts(const uint8_t* data, size_t size)
{
    // Warren hands its known_hosts file to libssh (core/ssh/SshSession), which reads it line by
    // line with this function, for the host names Warren connects to (a plain address, or
    // "[address]:port" off port 22).
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
    std::string line(reinterpret_cast<const char*>(data), size);
    line = line.substr(0, line.find('\0'));
    for (const char* host : { "10.213.77.11", "[10.213.77.11]:2222", "rabbit1" }) {
        ssh_knownhosts_entry* entry = nullptr;
        const int rc = ssh_known_hosts_parse_line(host, line.c_str(), &entry);
        if (rc == SSH_OK) {
            WARREN_FUZZ_CHECK(entry != nullptr && entry->hostname != nullptr);
            if (entry->publickey)
                (void)ssh_key_type(entry->publickey);
        }
        ssh_knownhosts_entry_free(entry);
    }
    return 0;
}

int clusterProfile(const uint8_t* data, size_t size)
{
    const auto profile = ClusterProfile::fromJson(bytes(data, size));
    checkParsed(profile);
    if (!profile.ok())
        return 0;
    // What Warren saves it can load again, and saving that gives the same file.
    const QByteArray saved = QJsonDocument(profile->toJson()).toJson();
    const auto again = ClusterProfile::fromJson(saved);
    WARREN_FUZZ_CHECK(again.ok());
    WARREN_FUZZ_CHECK(QJsonDocument(again->toJson()).toJson() == saved);
    (void)profile->rabbitHosts();
    (void)profile->secretKey();
    return 0;
}

int listVhosts(const uint8_t* data, size_t size)
{
    // `rabbitmqctl -q list_vhosts name` over SSH (QueueCollector): every name then goes into a
    // list_queues command as a value, refused or quoted.
    const QStringList vhosts = parseListVhosts(bytes(data, size));
    QSet<QString> seen;
    for (const auto& v : vhosts) {
        // One CR of a CRLF line end is dropped; a name may still hold (or end in) another, which
        // RemoteCommand refuses like every control character.
        WARREN_FUZZ_CHECK(!v.isEmpty() && !v.contains(QLatin1Char('\n')));
        WARREN_FUZZ_CHECK(v != QLatin1String("name") && v != QLatin1String("...done."));
        WARREN_FUZZ_CHECK(!seen.contains(v));
        seen.insert(v);
        RemoteCommand c { { QStringLiteral("rabbitmqctl"), QStringLiteral("-q"), QStringLiteral("list_queues"),
                              QStringLiteral("-p") },
            true };
        c.value(v);
        const QString refused = c.refusal();
        const QString shell = c.toShell(true);
        // A value with a line break or a leading dash never reaches the remote command line.
        if (v.startsWith(QLatin1Char('-')) || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('$'))
            || v.contains(QLatin1Char('`')) || v.contains(QLatin1Char('\\')))
            WARREN_FUZZ_CHECK(!refused.isEmpty());
        WARREN_FUZZ_CHECK(!shell.isEmpty());
    }
    return 0;
}

int nodeFacts(const uint8_t* data, size_t size)
{
    // What FactCollector reads from a node before planning: version, status, feature flags,
    // local queues, the last line of a check's answer.
    const QByteArray in = bytes(data, size);
    const QString last = lastOutputLine(in);
    WARREN_FUZZ_CHECK(!last.contains(QLatin1Char('\n')) && last == last.trimmed());
    (void)RabbitVersion::parse(last).display();
    (void)jsonAfterNoise(in);
    const LegacyStatusVersions v = parseLegacyStatusVersions(in);
    for (const QChar c : v.rabbit)
        WARREN_FUZZ_CHECK(c == QLatin1Char('.') || (c >= QLatin1Char('0') && c <= QLatin1Char('9')));
    WARREN_FUZZ_CHECK(v.erlang == v.erlang.trimmed());
    if (!v.rabbit.isEmpty())
        (void)RabbitVersion::parse(v.rabbit).display();
    const int khepri = khepriFlagState(in);
    WARREN_FUZZ_CHECK(khepri >= -1 && khepri <= 1);
    for (const bool json : { true, false }) {
        const LocalQueueCount c = countLocalQueues(in, json);
        WARREN_FUZZ_CHECK(c.queues >= 0 && c.messages >= 0);
        WARREN_FUZZ_CHECK(c.queues > 0 || c.messages == 0);
    }
    return 0;
}

int hostIdentity(const uint8_t* data, size_t size)
{
    // fix-address reads a host's identity probe, `getent hosts`, /etc/hosts and
    // rabbitmq-env.conf; it rewrites the last two and must read back what it wrote.
    const QByteArray in = bytes(data, size);
    const IdentityProbe id = parseIdentityProbe(in);
    WARREN_FUZZ_CHECK(!id.hostname.contains(QLatin1Char('.')) && !id.hostname.contains(QLatin1Char('\n')));
    for (const auto& d : id.dataDirs)
        WARREN_FUZZ_CHECK(d.contains(QLatin1Char('@')) && id.dataEntries.contains(d));
    for (const auto& a : id.addresses)
        WARREN_FUZZ_CHECK(!a.isEmpty() && !a.contains(QLatin1Char(' ')));
    const QString address = firstResolvedAddress(in);
    WARREN_FUZZ_CHECK(!address.contains(QLatin1Char(' ')) && !address.contains(QLatin1Char('\n')));

    const QString name = QStringLiteral("rabbit3");
    (void)HostFiles::addressesOf(QString::fromUtf8(in), name);
    const QByteArray hosts = HostFiles::withAddress(in, name, QStringLiteral("10.9.8.7"));
    WARREN_FUZZ_CHECK(
        HostFiles::addressesOf(QString::fromUtf8(hosts), name) == QStringList { QStringLiteral("10.9.8.7") });
    (void)HostFiles::nodeNameOf(QString::fromUtf8(in));
    const QByteArray env = HostFiles::withNodeName(in, QStringLiteral("rabbit@rabbit3"));
    WARREN_FUZZ_CHECK(HostFiles::nodeNameOf(QString::fromUtf8(env)) == QLatin1String("rabbit@rabbit3"));
    WARREN_FUZZ_CHECK(HostFiles::nodeNameOf(QString::fromUtf8(HostFiles::withNodeName(in, QString()))).isEmpty());
    return 0;
}

int liveChecks(const uint8_t* data, size_t size)
{
    // The live view's slower checks: health check answers, queue leaders from /api/queues, the
    // nodes files read over SSH after a full stop, the statistics interval from `eval`.
    const QByteArray in = bytes(data, size);
    for (const int status : { 200, 503, 500 }) {
        const HealthCheckAnswer a = parseHealthCheck(status, in);
        WARREN_FUZZ_CHECK(a.answered || !a.ok);
        WARREN_FUZZ_CHECK(a.queues >= -1);
        (void)stopSafetyText(stopSafetyFrom(a, a));
    }
    const auto leaders = countQueueLeaders(in);
    checkParsed(leaders);
    if (leaders.ok())
        for (auto it = leaders->cbegin(); it != leaders->cend(); ++it)
            WARREN_FUZZ_CHECK(it.value() > 0);
    const QString text = QString::fromUtf8(in);
    const auto list = parseNodeListFile(text);
    checkParsed(list);
    if (list.ok()) {
        QMap<QString, QStringList> running { { QStringLiteral("rabbit@a"), list.value() },
            { QStringLiteral("rabbit@b"), {} } };
        (void)shutdownOrderText(shutdownOrderFrom(running));
    }
    checkParsed(parseClusterNodesFile(text));
    WARREN_FUZZ_CHECK(parseStatisticsInterval(text) >= -1);
    return 0;
}

int brokerFacts(const uint8_t* data, size_t size)
{
    // What the broker is (4.x): /api/feature-flags, /api/deprecated-features/used, /api/policies and
    // metadata_store_status (JSON or the table with terminal escapes): an error or a value, and a
    // Khepri leader is one of its members.
    const QByteArray in = bytes(data, size);
    const auto flags = parseFeatureFlags(in);
    checkParsed(flags);
    if (flags.ok()) {
        for (const FeatureFlag& f : flags.value())
            WARREN_FUZZ_CHECK(!f.name.isEmpty());
        (void)storeFromFeatureFlags(flags.value());
    }
    const auto used = parseDeprecatedFeatures(in);
    checkParsed(used);
    if (used.ok()) {
        for (const DeprecatedFeature& d : used.value())
            WARREN_FUZZ_CHECK(!d.name.isEmpty() && !deprecatedFeatureAdvice(d.name).isEmpty());
    }
    checkParsed(parseHaPolicies(in));
    const auto store = parseMetadataStoreStatus(in);
    checkParsed(store);
    if (store.ok()) {
        WARREN_FUZZ_CHECK(store->store != MetadataStore::Unknown);
        WARREN_FUZZ_CHECK(store->leader.isEmpty() || store->member(store->leader));
        WARREN_FUZZ_CHECK(store->raft.size() <= kMaxClusterNodes);
    }
    return 0;
}

std::span<const Target> targets()
{
    static constexpr std::array<Target, 20> all { {
        { "erlang_term", erlangTerm },
        { "cluster_status_legacy", clusterStatusLegacy },
        { "cluster_status_json", clusterStatusJson },
        { "list_queues", listQueues },
        { "list_queues_legacy", listQueuesLegacy },
        { "list_queues_4x", listQueues4x },
        { "api_nodes", apiNodes },
        { "api_queues", apiQueues },
        { "api_overview", apiOverview },
        { "api_policies", apiPolicies },
        { "haproxy_cfg", haproxyCfg },
        { "haproxy_stat", haproxyStat },
        { "haproxy_diff", haproxyDiff },
        { "known_hosts", knownHosts },
        { "cluster_profile", clusterProfile },
        { "list_vhosts", listVhosts },
        { "node_facts", nodeFacts },
        { "host_identity", hostIdentity },
        { "live_checks", liveChecks },
        { "broker_facts", brokerFacts },
    } };
    return all;
}

} // namespace warren::fuzz
