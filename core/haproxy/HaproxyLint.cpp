#include "HaproxyLint.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace warren {

namespace {

    constexpr int kAmqpPort = 5672;
    constexpr int kAmqpsPort = 5671;
    constexpr int kManagementPort = 15672;
    constexpr int kManagementTlsPort = 15671;
    constexpr int kEpmdPort = 4369;
    constexpr int kDistributionPort = 25672;
    constexpr int kStreamPort = 5552; // RabbitMQ stream protocol (rabbitmq_stream plugin, 3.9+)
    constexpr int kStreamTlsPort = 5551;
    constexpr int kLowMaxconn = 2000;
    constexpr qint64 kSlowFailoverMs = 30000;

    // Keywords HAProxy dropped between 1.4 and 3.0, read from its parser's alerts (src/cfgparse*.c,
    // proxy.c, listener.c, cli.c of each release) and doc/configuration.txt. `removedIn` is the first
    // release that refuses the line; `deprecatedIn` the first that warns about it (0: none worth
    // naming). Versions are major * 100 + minor.
    struct RemovedKeyword
    {
        const char* keyword; // the directive (lower case)
        const char* arg; // its first word, for `option X`, `mode X`, `stats X`; nullptr: any
        bool global; // in the global section (else in defaults/listen/frontend/backend)
        int deprecatedIn;
        int removedIn;
        const char* fix; // translated through "HaproxyLint"
    };

    const RemovedKeyword kRemovedKeywords[] = {
        { "appsession", nullptr, false, 0, 106,
            QT_TRANSLATE_NOOP("HaproxyLint",
                "Use `cookie NAME insert indirect nocache` with a `cookie` value on each server line, or a stick "
                "table (`stick-table` and `stick on`).") },
        { "reqsetbe", nullptr, false, 0, 106,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `use_backend BACKEND if { hdr(NAME) -m reg REGEX }`.") },
        { "reqisetbe", nullptr, false, 0, 106,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `use_backend BACKEND if { hdr(NAME) -m reg -i REGEX }`.") },
        { "contimeout", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP(
                "HaproxyLint", "Write `timeout connect` with the same time, e.g. `timeout connect 5s`.") },
        { "clitimeout", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Write `timeout client` with the same time, e.g. `timeout client 3h`.") },
        { "srvtimeout", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Write `timeout server` with the same time, e.g. `timeout server 3h`.") },
        { "redispatch", nullptr, false, 0, 201, QT_TRANSLATE_NOOP("HaproxyLint", "Write `option redispatch`.") },
        { "redisp", nullptr, false, 0, 201, QT_TRANSLATE_NOOP("HaproxyLint", "Write `option redispatch`.") },
        { "block", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Write `http-request deny` with the same condition (`if ...`).") },
        { "reqrep", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint",
                "Use `http-request replace-header`, `http-request replace-path` or `http-request replace-uri`.") },
        { "cliexp", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint",
                "Use `http-request replace-header`, `http-request replace-path` or `http-request replace-uri`.") },
        { "reqirep", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-request replace-header NAME REGEX REPLACEMENT`.") },
        { "reqdel", nullptr, false, 0, 201, QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-request del-header NAME`.") },
        { "reqidel", nullptr, false, 0, 201, QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-request del-header NAME`.") },
        { "reqdeny", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-request deny if { hdr(NAME) -m reg REGEX }`.") },
        { "reqideny", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-request deny if { hdr(NAME) -m reg -i REGEX }`.") },
        { "reqpass", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Remove the line; HAProxy 2.1 and later have no such rule.") },
        { "reqipass", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Remove the line; HAProxy 2.1 and later have no such rule.") },
        { "reqallow", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-request allow if { hdr(NAME) -m reg REGEX }`.") },
        { "reqiallow", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-request allow if { hdr(NAME) -m reg -i REGEX }`.") },
        { "reqtarpit", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-request tarpit if { hdr(NAME) -m reg REGEX }`.") },
        { "reqitarpit", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-request tarpit if { hdr(NAME) -m reg -i REGEX }`.") },
        { "reqadd", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-request add-header NAME VALUE`.") },
        { "rsprep", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-response replace-header NAME REGEX REPLACEMENT`.") },
        { "srvexp", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-response replace-header NAME REGEX REPLACEMENT`.") },
        { "rspirep", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-response replace-header NAME REGEX REPLACEMENT`.") },
        { "rspdel", nullptr, false, 0, 201, QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-response del-header NAME`.") },
        { "rspidel", nullptr, false, 0, 201, QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-response del-header NAME`.") },
        { "rspdeny", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-response deny if { res.hdr(NAME) -m reg REGEX }`.") },
        { "rspideny", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-response deny if { res.hdr(NAME) -m reg -i REGEX }`.") },
        { "rspadd", nullptr, false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `http-response add-header NAME VALUE`.") },
        { "option", "http-tunnel", false, 0, 201,
            QT_TRANSLATE_NOOP(
                "HaproxyLint", "Remove the line; HAProxy 2.1 and later need it for nothing (HAProxy's own advice).") },
        { "option", "independant-streams", false, 0, 201,
            QT_TRANSLATE_NOOP("HaproxyLint", "Write it as `option independent-streams` (the misspelling is gone).") },
        { "monitor-net", nullptr, false, 0, 203,
            QT_TRANSLATE_NOOP(
                "HaproxyLint", "In a `mode http` section, use `http-request return status 200 if { src NETWORK }`.") },
        { "mode", "health", false, 0, 203,
            QT_TRANSLATE_NOOP("HaproxyLint", "Use `mode http` with `http-request return status 200`.") },
        { "nbproc", nullptr, true, 0, 205,
            QT_TRANSLATE_NOOP("HaproxyLint",
                "Remove the line: HAProxy 2.5 and later run one process with a thread per CPU (`nbthread` sets "
                "another count).") },
        { "tune.chksize", nullptr, true, 0, 205,
            QT_TRANSLATE_NOOP("HaproxyLint", "Remove the line: health checks use `tune.bufsize`.") },
        { "option", "forceclose", false, 200, 205,
            QT_TRANSLATE_NOOP("HaproxyLint", "Remove the line, or write `option httpclose` if you really need it.") },
        { "option", "http_proxy", false, 0, 205,
            QT_TRANSLATE_NOOP("HaproxyLint",
                "Use `http-request set-dst` and `http-request set-uri` (and `http-request do-resolve` for host "
                "names).") },
        { "bind-process", nullptr, false, 205, 207,
            QT_TRANSLATE_NOOP(
                "HaproxyLint", "Remove the line: HAProxy runs a single process since 2.5, so it has no effect.") },
        { "stats", "bind-process", true, 205, 207,
            QT_TRANSLATE_NOOP(
                "HaproxyLint", "Remove the line: HAProxy runs a single process since 2.5, so it has no effect.") },
    };

    // `process N` on bind lines went with bind-process: a warning in 2.5 and 2.6, refused by 2.7.
    constexpr int kBindProcessDeprecatedIn = 205;
    constexpr int kBindProcessRemovedIn = 207;
    // The address on the `listen NAME ADDR:PORT` line: refused since 1.6.
    constexpr int kListenAddressRemovedIn = 106;
    // 2.5 and 2.6 accept the process keywords only when they name the one process there is.
    bool namesTheOnlyProcess(const QString& value)
    {
        const QString v = value.section(QLatin1Char('/'), 0, 0).toLower();
        return v == QLatin1String("1") || v == QLatin1String("all") || v == QLatin1String("odd")
            || v == QLatin1String("1-1");
    }

    bool isLoopback(const HaproxyAddress& a)
    {
        return a.host.startsWith(QLatin1String("127.")) || a.host == QLatin1String("::1")
            || a.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    }

    struct ClusterNode
    {
        QString name; // host name (rabbit1)
        QString address; // what the profile connects to
    };

    class Linter
    {
    public:
        Linter(const HaproxyConfig& config, const HaproxyLintContext& context)
            : m_cfg(config)
            , m_ctx(context)
        {
            collectNodes();
            collectFrontendBinds();
        }

        QList<HaproxyFinding> run();

    private:
        void add(const QString& code, HaproxyFinding::Severity severity, int line, const QString& message,
            const QString& fix)
        {
            const QString key = QStringLiteral("%1/%2/%3").arg(code).arg(line).arg(message);
            if (m_seen.contains(key))
                return;
            m_seen.insert(key);
            m_findings << HaproxyFinding { code, severity, line, message, fix };
        }
        void collectNodes();
        QList<int> portsOf(int index, int* line, bool includeServers) const;
        bool covers(const QList<HaproxyAddress>& addrs, int port, int* line) const;
        void lintGlobal();
        void lintRemovedKeywords();
        void removed(const QString& what, int line, int deprecatedIn, int removedIn, const QString& fix,
            bool refusedNow = false);
        void lintProxy(int index);
        void lintTimeouts(int index, const HaproxySection& s);
        void lintServers(int index, const HaproxySection& s, bool amqp);
        void lintStatsPage(const HaproxySection& s);
        bool isNodeAddress(const QString& host) const;
        int brokerMajor() const; // the RabbitMQ major version the snapshot saw, -1 unknown
        void collectFrontendBinds();
        QList<HaproxyAddress> frontendBindsFor(const QString& backend) const { return m_frontendBinds.value(backend); }

        const HaproxyConfig& m_cfg;
        const HaproxyLintContext& m_ctx;
        QList<ClusterNode> m_nodes;
        // backend name -> binds of the frontends/listens that route to it: one pass over the file,
        // not one per backend (thousands of sections made linting quadratic).
        QHash<QString, QList<HaproxyAddress>> m_frontendBinds;
        QList<HaproxyFinding> m_findings;
        QSet<QString> m_seen;
        bool m_sawAmqp = false;
    };

    int Linter::brokerMajor() const
    {
        if (!m_ctx.snapshot)
            return -1;
        QString text = m_ctx.snapshot->rabbitVersion;
        for (const auto& n : m_ctx.snapshot->nodes) {
            if (text.isEmpty())
                text = n.rabbitVersion;
        }
        bool ok = false;
        const int major = text.section(QLatin1Char('.'), 0, 0).toInt(&ok);
        return ok ? major : -1;
    }

    void Linter::collectNodes()
    {
        if (m_ctx.profile) {
            for (const auto& h : m_ctx.profile->rabbitHosts())
                m_nodes << ClusterNode { h.name, h.address };
        }
        if (m_ctx.snapshot) {
            for (const auto& n : m_ctx.snapshot->nodes) {
                const QString host = hostOfNode(n.name);
                bool known = false;
                for (const auto& c : std::as_const(m_nodes))
                    known = known || c.name.compare(host, Qt::CaseInsensitive) == 0;
                if (!known) {
                    const HostProfile* hp = m_ctx.profile ? m_ctx.profile->host(host) : nullptr;
                    m_nodes << ClusterNode { host, hp ? hp->address : host };
                }
            }
        }
    }

    bool Linter::isNodeAddress(const QString& host) const
    {
        for (const auto& n : m_nodes) {
            if (n.name.compare(host, Qt::CaseInsensitive) == 0 || n.address.compare(host, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    void Linter::collectFrontendBinds()
    {
        for (const auto& s : m_cfg.sections()) {
            if (!s.acceptsTraffic())
                continue;
            QList<HaproxyAddress> binds;
            bool haveBinds = false;
            for (const auto& d : s.directives) {
                if (d.keyword == QLatin1String("default_backend") || d.keyword == QLatin1String("use_backend")) {
                    if (!haveBinds) {
                        binds = s.binds();
                        haveBinds = true;
                    }
                    m_frontendBinds[d.arg(0)] << binds;
                }
            }
        }
    }

    bool Linter::covers(const QList<HaproxyAddress>& addrs, int port, int* line) const
    {
        for (const auto& a : addrs) {
            if (a.coversPort(port)) {
                if (line)
                    *line = a.line;
                return true;
            }
        }
        return false;
    }

    QList<HaproxyFinding> Linter::run()
    {
        for (const auto& issue : m_cfg.issues()) {
            if (issue.kind == HaproxyParseIssue::Kind::Unreadable)
                add(QStringLiteral("E-UNREADABLE"), HaproxyFinding::Severity::Error, issue.line, issue.message,
                    QCoreApplication::translate("HaproxyLint",
                        "Check that this is the right file and that it is plain text; HAProxy refuses such lines "
                        "too."));
            else
                // Every line the reader cannot make sense of (a time over HAProxy's limit, a server
                // without an address, an unclosed quote, words outside a section) HAProxy refuses too.
                add(QStringLiteral("E-SYNTAX"), HaproxyFinding::Severity::Error, issue.line, issue.message,
                    QCoreApplication::translate(
                        "HaproxyLint", "Correct the line; `haproxy -c -f FILE` shows how HAProxy reads it."));
        }
        if (m_cfg.isEmpty()) {
            add(QStringLiteral("E-EMPTY"), HaproxyFinding::Severity::Error, 0,
                QCoreApplication::translate(
                    "HaproxyLint", "The file has no sections at all (global, defaults, listen, frontend, backend)."),
                QCoreApplication::translate("HaproxyLint",
                    "Start from `warrenctl haproxy export`, which writes a complete configuration for this cluster."));
            return m_findings;
        }
        lintGlobal();
        lintRemovedKeywords();
        for (int i = 0; i < m_cfg.sections().size(); ++i) {
            if (m_cfg.sections()[i].isProxy())
                lintProxy(i);
        }
        if (!m_sawAmqp)
            add(QStringLiteral("W-NO-AMQP-PROXY"), HaproxyFinding::Severity::Warning, 0,
                QCoreApplication::translate("HaproxyLint",
                    "No listen, frontend or backend handles AMQP (port %1 or %2): clients cannot reach the cluster "
                    "through this HAProxy.")
                    .arg(kAmqpPort)
                    .arg(kAmqpsPort),
                QCoreApplication::translate("HaproxyLint",
                    "Add a `listen` section with `bind ADDRESS:5672`, `mode tcp` and one `server` line per node."));
        return m_findings;
    }

    void Linter::lintGlobal()
    {
        const HaproxySection* g = m_cfg.global();
        bool socket = false;
        if (g) {
            for (const auto& d : g->directives) {
                if (d.keyword == QLatin1String("stats") && d.arg(0).toLower() == QLatin1String("socket"))
                    socket = true;
            }
            if (!g->find(QStringLiteral("user")) && !g->find(QStringLiteral("uid")))
                add(QStringLiteral("W-RUNS-AS-ROOT"), HaproxyFinding::Severity::Warning, g->line,
                    QCoreApplication::translate("HaproxyLint",
                        "The global section has no `user` (or `uid`): when HAProxy is started as root, "
                        "it keeps root privileges while it handles traffic from every client."),
                    QCoreApplication::translate("HaproxyLint",
                        "Add `user haproxy` and `group haproxy` to the global section; HAProxy binds its ports "
                        "first and then drops root."));
            if (!g->find(QStringLiteral("maxconn")))
                add(QStringLiteral("I-MAXCONN-MISSING"), HaproxyFinding::Severity::Info, g->line,
                    QCoreApplication::translate("HaproxyLint",
                        "The global section sets no `maxconn`: HAProxy derives the limit from the file "
                        "descriptor limit it starts with, so how many AMQP clients it accepts depends on the service "
                        "manager, "
                        "not on this file."),
                    QCoreApplication::translate("HaproxyLint",
                        "State `maxconn` in the global section, comfortably above the number of AMQP clients "
                        "(e.g. 4096)."));
            if (const auto* m = g->find(QStringLiteral("maxconn"))) {
                bool ok = false;
                const int v = m->arg(0).toInt(&ok);
                if (ok && v < kLowMaxconn)
                    add(QStringLiteral("I-MAXCONN-LOW"), HaproxyFinding::Severity::Info, m->line,
                        QCoreApplication::translate("HaproxyLint",
                            "Global maxconn is %1. AMQP connections live for hours: each client holds one for its "
                            "whole "
                            "life, so a low limit turns a reconnect storm after a failover into refused connections.")
                            .arg(v),
                        QCoreApplication::translate("HaproxyLint",
                            "Raise maxconn to comfortably above the number of AMQP clients (e.g. 4096) and make sure "
                            "the "
                            "file descriptor limit allows it."));
            }
        }
        if (!socket)
            add(QStringLiteral("W-NO-STATS-SOCKET"), HaproxyFinding::Severity::Warning, g ? g->line : 0,
                QCoreApplication::translate("HaproxyLint",
                    "No `stats socket` in the global section: neither Warren nor an admin can ask HAProxy which node "
                    "is "
                    "active, nor put a server into maintenance without a reload."),
                QCoreApplication::translate("HaproxyLint",
                    "Add `stats socket /run/haproxy/admin.sock mode 660 level admin` to the global section."));
    }

    // One finding for a keyword HAProxy dropped: an error when the target refuses it (removed in it
    // or before, or `refusedNow`), a warning when the target still loads it but a later release
    // refuses it, nothing for a target older than the deprecation.
    void Linter::removed(
        const QString& what, int line, int deprecatedIn, int removedIn, const QString& fix, bool refusedNow)
    {
        const int target = m_ctx.haproxyVersion;
        if (target >= removedIn || refusedNow)
            add(QStringLiteral("E-REMOVED-KEYWORD"), HaproxyFinding::Severity::Error, line,
                target >= removedIn
                    ? QCoreApplication::translate(
                        "HaproxyLint", "`%1` was removed in HAProxy %2: HAProxy %3 refuses to load the file.")
                          .arg(what, HaproxyLint::versionText(removedIn), HaproxyLint::versionText(target))
                    : QCoreApplication::translate("HaproxyLint",
                        "`%1` is deprecated since HAProxy %2 and accepts only process 1 there: "
                        "HAProxy %3 refuses this value, and %4 and later refuse the keyword.")
                          .arg(what, HaproxyLint::versionText(deprecatedIn), HaproxyLint::versionText(target),
                              HaproxyLint::versionText(removedIn)),
                fix);
        else if (deprecatedIn > 0 && target >= deprecatedIn)
            add(QStringLiteral("W-DEPRECATED-KEYWORD"), HaproxyFinding::Severity::Warning, line,
                QCoreApplication::translate("HaproxyLint",
                    "`%1` is deprecated since HAProxy %2: HAProxy %3 still loads the file with a warning, but %4 and "
                    "later refuse it.")
                    .arg(what, HaproxyLint::versionText(deprecatedIn), HaproxyLint::versionText(target),
                        HaproxyLint::versionText(removedIn)),
                fix);
    }

    void Linter::lintRemovedKeywords()
    {
        const int target = m_ctx.haproxyVersion;
        for (const auto& s : m_cfg.sections()) {
            const bool global = s.kind == HaproxySection::Kind::Global;
            if (!global && !s.isProxy() && s.kind != HaproxySection::Kind::Defaults)
                continue; // userlist, peers, resolvers ...: other keywords
            if (!s.headerBinds.isEmpty()) {
                QStringList addrs;
                for (const auto& a : s.headerBinds)
                    addrs << a.toString();
                removed(QStringLiteral("%1 %2 %3").arg(s.keyword, s.name, addrs.join(QLatin1Char(','))), s.line, 0,
                    kListenAddressRemovedIn,
                    QCoreApplication::translate(
                        "HaproxyLint", "Move the address to a `bind` line in the section: `bind %1`.")
                        .arg(addrs.join(QLatin1Char(','))));
            }
            for (const auto& d : s.directives) {
                // `no option X` and `default option X` name the same option.
                QString keyword = d.keyword;
                QStringList args = d.args;
                if ((keyword == QLatin1String("no") || keyword == QLatin1String("default"))
                    && d.arg(0).toLower() == QLatin1String("option")) {
                    keyword = QStringLiteral("option");
                    args = d.args.mid(1);
                }
                const QString first = args.value(0).toLower();
                for (const auto& r : kRemovedKeywords) {
                    if (r.global != global || keyword != QLatin1String(r.keyword)
                        || (r.arg && first != QLatin1String(r.arg)))
                        continue;
                    const QString what = r.arg ? QStringLiteral("%1 %2").arg(keyword, first) : keyword;
                    // 2.5 and 2.6 still take the process keywords, but only for process 1.
                    const QStringList values = args.mid(r.arg ? 1 : 0);
                    bool onlyProcessOne = true;
                    for (const auto& v : values)
                        onlyProcessOne = onlyProcessOne && namesTheOnlyProcess(v);
                    const bool refusedNow
                        = r.deprecatedIn == kBindProcessDeprecatedIn && target >= r.deprecatedIn && !onlyProcessOne;
                    removed(what, d.line, r.deprecatedIn, r.removedIn,
                        QCoreApplication::translate("HaproxyLint", r.fix), refusedNow);
                }
                if (keyword == QLatin1String("bind")) {
                    for (int i = 1; i + 1 < d.args.size(); ++i) {
                        if (d.args[i].toLower() != QLatin1String("process"))
                            continue;
                        removed(QStringLiteral("bind ... process %1").arg(d.args[i + 1]), d.line,
                            kBindProcessDeprecatedIn, kBindProcessRemovedIn,
                            QCoreApplication::translate("HaproxyLint",
                                "Remove `process %1` from the bind line (write `thread N` to pin it to threads).")
                                .arg(d.args[i + 1]),
                            target >= kBindProcessDeprecatedIn && !namesTheOnlyProcess(d.args[i + 1]));
                    }
                }
            }
        }
    }

    void Linter::lintProxy(int index)
    {
        const HaproxySection& s = m_cfg.sections()[index];
        QList<HaproxyAddress> binds = s.binds();
        if (s.kind == HaproxySection::Kind::Backend)
            binds << frontendBindsFor(s.name);
        QList<HaproxyAddress> serverAddrs;
        const auto servers = s.servers();
        for (const auto& sv : servers)
            serverAddrs << sv.address;

        int line = 0;
        if (covers(binds, kEpmdPort, &line) || covers(serverAddrs, kEpmdPort, &line))
            add(QStringLiteral("E-EPMD-PROXIED"), HaproxyFinding::Severity::Error, line,
                QCoreApplication::translate("HaproxyLint",
                    "\"%1\" proxies port %2 (epmd, the Erlang port mapper). epmd is node-to-node traffic: nodes must "
                    "reach "
                    "each other's epmd directly, and a proxy in between makes a node look up its peers on the wrong "
                    "host.")
                    .arg(s.name)
                    .arg(kEpmdPort),
                QCoreApplication::translate("HaproxyLint",
                    "Remove this section. Let the nodes reach each other directly on 4369 and 25672; proxy only client "
                    "ports (5672, 15672)."));
        if (covers(binds, kDistributionPort, &line) || covers(serverAddrs, kDistributionPort, &line))
            add(QStringLiteral("E-DIST-PROXIED"), HaproxyFinding::Severity::Error, line,
                QCoreApplication::translate("HaproxyLint",
                    "\"%1\" proxies port %2 (Erlang distribution, inter-node traffic). Clustering through a load "
                    "balancer "
                    "breaks: nodes connect to whichever node HAProxy picks, not to the one they mean.")
                    .arg(s.name)
                    .arg(kDistributionPort),
                QCoreApplication::translate("HaproxyLint",
                    "Remove this section. Nodes talk to each other directly on 25672; proxy only client ports."));

        if (covers(binds, kStreamPort, &line) || covers(binds, kStreamTlsPort, &line)
            || covers(serverAddrs, kStreamPort, &line) || covers(serverAddrs, kStreamTlsPort, &line))
            add(QStringLiteral("W-STREAM-PROXIED"), HaproxyFinding::Severity::Warning, line,
                QCoreApplication::translate("HaproxyLint",
                    "\"%1\" proxies the stream protocol (port %2 or %3). A stream client asks the node it reached "
                    "where the stream's leader and replicas are and then connects to those nodes itself, at the "
                    "addresses they advertise: behind a proxy it ends up on the wrong node or cannot connect at all.")
                    .arg(s.name)
                    .arg(kStreamPort)
                    .arg(kStreamTlsPort),
                QCoreApplication::translate("HaproxyLint",
                    "Let stream clients reach the nodes directly (list every node in the client), or set "
                    "`stream.advertised_host` and `stream.advertised_port` on each node to an address that routes to "
                    "that node only."));

        const bool amqp = covers(binds, kAmqpPort, nullptr) || covers(binds, kAmqpsPort, nullptr)
            || covers(serverAddrs, kAmqpPort, nullptr) || covers(serverAddrs, kAmqpsPort, nullptr);
        const bool management = covers(binds, kManagementPort, nullptr) || covers(binds, kManagementTlsPort, nullptr)
            || covers(serverAddrs, kManagementPort, nullptr);

        if (management && s.acceptsTraffic()) {
            for (const auto& b : s.binds()) {
                if ((b.coversPort(kManagementPort) || b.coversPort(kManagementTlsPort)) && b.anyHost())
                    add(QStringLiteral("W-MGMT-ANY-ADDRESS"), HaproxyFinding::Severity::Warning, b.line,
                        QCoreApplication::translate("HaproxyLint",
                            "The management UI (port %1) is offered on every address of the HAProxy host (%2), "
                            "including public ones: the admin interface of the whole cluster is exposed.")
                            .arg(b.port)
                            .arg(b.toString()),
                        QCoreApplication::translate("HaproxyLint",
                            "Bind the management listener to an internal address only, e.g. `bind 10.0.0.10:15672`."));
            }
        }

        lintStatsPage(s);
        if ((amqp || management) && s.hasServers() && m_cfg.effectiveTimeoutMs(index, QStringLiteral("connect")) < 0)
            add(QStringLiteral("W-TIMEOUT-CONNECT-MISSING"), HaproxyFinding::Severity::Warning, s.line,
                QCoreApplication::translate("HaproxyLint",
                    "\"%1\" has no `timeout connect`: a connection to a node that does not answer (powered "
                    "off, cable pulled) waits for the kernel to give up, minutes instead of seconds, before HAProxy "
                    "tries "
                    "another server.")
                    .arg(s.name),
                QCoreApplication::translate("HaproxyLint", "Add `timeout connect 5s` to the section or to defaults."));
        if (amqp) {
            m_sawAmqp = true;
            if (const auto* chk = m_cfg.effective(index, QStringLiteral("option"), QStringLiteral("httpchk"));
                chk && s.hasServers())
                add(QStringLiteral("E-AMQP-HTTPCHK"), HaproxyFinding::Severity::Error, chk->line,
                    QCoreApplication::translate("HaproxyLint",
                        "\"%1\" carries AMQP but checks its servers with `option httpchk`: the AMQP port "
                        "does not speak HTTP, so every check fails and HAProxy marks every node DOWN.")
                        .arg(s.name),
                    QCoreApplication::translate("HaproxyLint",
                        "Remove `option httpchk` from the AMQP section (a plain `check` tests the TCP port); "
                        "keep HTTP checks for the management listener."));
            if (const auto* mode = m_cfg.effective(index, QStringLiteral("mode"));
                mode && mode->arg(0).toLower() == QLatin1String("http"))
                add(QStringLiteral("E-AMQP-HTTP-MODE"), HaproxyFinding::Severity::Error, mode->line,
                    QCoreApplication::translate("HaproxyLint",
                        "\"%1\" carries AMQP but runs in `mode http`: HAProxy expects HTTP requests and rejects the "
                        "AMQP "
                        "protocol header, so no client can connect.")
                        .arg(s.name),
                    QCoreApplication::translate("HaproxyLint", "Use `mode tcp` for AMQP listeners and backends."));
            const bool tcpka = m_cfg.effective(index, QStringLiteral("option"), QStringLiteral("tcpka"))
                || (m_cfg.effective(index, QStringLiteral("option"), QStringLiteral("clitcpka"))
                    && m_cfg.effective(index, QStringLiteral("option"), QStringLiteral("srvtcpka")));
            if (!tcpka)
                add(QStringLiteral("W-NO-TCPKA"), HaproxyFinding::Severity::Warning, s.line,
                    QCoreApplication::translate("HaproxyLint",
                        "\"%1\" has no `option tcpka`: long idle AMQP connections can be dropped silently by firewalls "
                        "and "
                        "NAT between client, HAProxy and node, and dead peers are noticed late.")
                        .arg(s.name),
                    QCoreApplication::translate("HaproxyLint", "Add `option tcpka` to the section (or to defaults)."));
            lintTimeouts(index, s);
            if (const auto* retries = m_cfg.effective(index, QStringLiteral("retries")); retries && s.hasServers()
                && !m_cfg.effective(index, QStringLiteral("option"), QStringLiteral("redispatch")))
                add(QStringLiteral("W-RETRIES-NO-REDISPATCH"), HaproxyFinding::Severity::Warning, retries->line,
                    QCoreApplication::translate("HaproxyLint",
                        "`retries` without `option redispatch`: every retry goes to the same failed server, so a "
                        "client "
                        "connecting while the active node is down waits for all retries and fails."),
                    QCoreApplication::translate("HaproxyLint",
                        "Add `option redispatch` next to `retries`, so the last retry goes to another server."));
        }
        if (s.hasServers() && (amqp || management))
            lintServers(index, s, amqp);
    }

    void Linter::lintStatsPage(const HaproxySection& s)
    {
        const HaproxyDirective* page = nullptr;
        const HaproxyDirective* admin = nullptr;
        bool auth = false;
        for (const auto& d : s.directives) {
            const QString what = d.arg(0).toLower();
            if (d.keyword == QLatin1String("stats")
                && (what == QLatin1String("enable") || what == QLatin1String("uri")))
                page = page ? page : &d;
            else if (d.keyword == QLatin1String("stats") && what == QLatin1String("admin"))
                admin = &d;
            else if ((d.keyword == QLatin1String("stats")
                         && (what == QLatin1String("auth") || what == QLatin1String("http-request")))
                || (d.keyword == QLatin1String("http-request")
                    && (what == QLatin1String("auth") || what == QLatin1String("deny"))))
                auth = true; // credentials, or access limited by an ACL
        }
        if (!page || auth || !s.acceptsTraffic())
            return;
        const auto binds = s.binds();
        for (const auto& b : binds) {
            if (admin && !isLoopback(b)) {
                add(QStringLiteral("E-STATS-ADMIN-OPEN"), HaproxyFinding::Severity::Error, admin->line,
                    QCoreApplication::translate("HaproxyLint",
                        "The stats page of \"%1\" has `stats admin` but no authentication and listens on %2: "
                        "anyone who reaches it can put nodes into maintenance or drain them.")
                        .arg(s.name, b.toString()),
                    QCoreApplication::translate(
                        "HaproxyLint", "Add `stats auth USER:PASSWORD`, or bind the stats page to 127.0.0.1 only."));
                return;
            }
            if (b.anyHost()) {
                add(QStringLiteral("W-STATS-OPEN"), HaproxyFinding::Severity::Warning, page->line,
                    QCoreApplication::translate("HaproxyLint",
                        "The stats page of \"%1\" has no authentication and listens on every address (%2): "
                        "the cluster's layout, addresses and traffic are visible from any network the host is on.")
                        .arg(s.name, b.toString()),
                    QCoreApplication::translate("HaproxyLint",
                        "Bind the stats page to an internal address, or add `stats auth USER:PASSWORD`."));
                return;
            }
        }
    }

    void Linter::lintTimeouts(int index, const HaproxySection& s)
    {
        const qint64 heartbeatMs = qint64(m_ctx.heartbeatSeconds) * 1000;
        const qint64 tunnel = m_cfg.effectiveTimeoutMs(index, QStringLiteral("tunnel"));
        if (tunnel > heartbeatMs)
            return; // in TCP mode the tunnel timeout replaces client/server once the connection is up
        QStringList which;
        if (s.acceptsTraffic())
            which << QStringLiteral("client");
        if (s.hasServers())
            which << QStringLiteral("server");
        for (const auto& w : which) {
            int line = 0;
            const qint64 ms = m_cfg.effectiveTimeoutMs(index, w, &line);
            if (ms < 0) {
                add(QStringLiteral("W-TIMEOUT-MISSING"), HaproxyFinding::Severity::Warning, s.line,
                    QCoreApplication::translate("HaproxyLint",
                        "\"%1\" has no `timeout %2`: HAProxy then never closes dead half-open connections, which pile "
                        "up "
                        "until maxconn is reached.")
                        .arg(s.name, w),
                    QCoreApplication::translate(
                        "HaproxyLint", "Set `timeout %1` well above the AMQP heartbeat, e.g. 3h.")
                        .arg(w));
            } else if (ms <= heartbeatMs) {
                add(QStringLiteral("E-TIMEOUT-HEARTBEAT"), HaproxyFinding::Severity::Error, line,
                    QCoreApplication::translate("HaproxyLint",
                        "`timeout %1` is %2 s, at or under the AMQP heartbeat of %3 s: HAProxy closes idle but healthy "
                        "AMQP connections before a heartbeat can keep them alive, and clients reconnect over and over.")
                        .arg(w)
                        .arg(double(ms) / 1000.0)
                        .arg(m_ctx.heartbeatSeconds),
                    QCoreApplication::translate("HaproxyLint",
                        "Set `timeout client` and `timeout server` well above the heartbeat (e.g. 3h), or lower the "
                        "heartbeat the clients negotiate."));
            }
        }
    }

    void Linter::lintServers(int index, const HaproxySection& s, bool amqp)
    {
        const auto servers = s.servers();
        if (servers.isEmpty()) {
            add(QStringLiteral("W-NO-SERVERS"), HaproxyFinding::Severity::Warning, s.line,
                QCoreApplication::translate(
                    "HaproxyLint", "\"%1\" has no `server` lines: every connection to it fails.")
                    .arg(s.name),
                QCoreApplication::translate("HaproxyLint", "Add one `server` line per cluster node."));
            return;
        }
        QSet<QString> names;
        int active = 0;
        int backups = 0;
        bool checkWithoutTuning = false;
        int firstCheckLine = 0;
        const bool defaultServer = m_cfg.effective(index, QStringLiteral("default-server")) != nullptr;
        for (const auto& sv : servers) {
            if (names.contains(sv.name))
                add(QStringLiteral("E-DUPLICATE-SERVER"), HaproxyFinding::Severity::Error, sv.line,
                    QCoreApplication::translate("HaproxyLint",
                        "Server name \"%1\" is used twice in \"%2\": HAProxy refuses the file, and stats could not "
                        "tell "
                        "the two apart.")
                        .arg(sv.name, s.name),
                    QCoreApplication::translate(
                        "HaproxyLint", "Give every server in a section its own name, e.g. the node's host name."));
            names.insert(sv.name);
            if (sv.backup)
                ++backups;
            else if (!sv.disabled)
                ++active;
            if (!sv.check) {
                add(QStringLiteral("W-NO-HEALTH-CHECK"), HaproxyFinding::Severity::Warning, sv.line,
                    QCoreApplication::translate("HaproxyLint",
                        "Server \"%1\" has no health check: when its node stops, HAProxy keeps sending clients to it.")
                        .arg(sv.name),
                    QCoreApplication::translate(
                        "HaproxyLint", "Add `check inter 2000 rise 2 fall 3` to the server line."));
            } else if (sv.interMs < 0 && sv.rise < 0 && sv.fall < 0 && !defaultServer && !checkWithoutTuning) {
                checkWithoutTuning = true;
                firstCheckLine = sv.line;
            }
            if (amqp && sv.check && sv.interMs > 0 && sv.fall > 0 && sv.interMs * sv.fall > kSlowFailoverMs)
                add(QStringLiteral("I-FAILOVER-SLOW"), HaproxyFinding::Severity::Info, sv.line,
                    QCoreApplication::translate("HaproxyLint",
                        "Server \"%1\" is checked every %2 s and marked DOWN after %3 failures: clients "
                        "keep being sent to a dead node for about %4 s.")
                        .arg(sv.name)
                        .arg(double(sv.interMs) / 1000.0)
                        .arg(sv.fall)
                        .arg(double(sv.interMs * sv.fall) / 1000.0),
                    QCoreApplication::translate(
                        "HaproxyLint", "Use e.g. `check inter 2000 rise 2 fall 3` (about 6 s to fail over)."));
            if (!m_nodes.isEmpty() && !sv.address.host.isEmpty() && !isNodeAddress(sv.address.host))
                add(QStringLiteral("E-SERVER-NOT-NODE"), HaproxyFinding::Severity::Error, sv.line,
                    QCoreApplication::translate("HaproxyLint",
                        "Server \"%1\" points at %2, which is no node of this cluster: clients sent there do not reach "
                        "it.",
                        "node: a RabbitMQ cluster member")
                        .arg(sv.name, sv.address.host),
                    QCoreApplication::translate(
                        "HaproxyLint", "Use the address of a cluster node, or remove the line."));
        }
        if (checkWithoutTuning)
            add(QStringLiteral("I-CHECK-DEFAULTS"), HaproxyFinding::Severity::Info, firstCheckLine,
                QCoreApplication::translate("HaproxyLint",
                    "Health checks in \"%1\" run with HAProxy's defaults (inter 2s, rise 2, fall 3): that works, but "
                    "the "
                    "failover time is then nowhere written down.")
                    .arg(s.name),
                QCoreApplication::translate("HaproxyLint",
                    "State `inter`, `rise` and `fall` on the server lines or in a `default-server` line."));
        if (active == 0 && backups > 0)
            add(QStringLiteral("E-NO-ACTIVE-SERVER"), HaproxyFinding::Severity::Error, s.line,
                QCoreApplication::translate(
                    "HaproxyLint", "Every server in \"%1\" is `backup`: no server takes traffic while all are up.")
                    .arg(s.name),
                QCoreApplication::translate("HaproxyLint", "Remove `backup` from the server that should be active."));
        if (amqp && active > 1 && backups == 0 && !m_cfg.effective(index, QStringLiteral("balance")))
            add(QStringLiteral("W-NO-LAYOUT"), HaproxyFinding::Severity::Warning, s.line,
                (brokerMajor() >= 4 ? QCoreApplication::translate("HaproxyLint",
                     "\"%1\" has %2 active servers, no `backup` and no `balance`: clients are spread round-robin by "
                     "accident. A client that lands on a node other than its quorum queue's leader has every "
                     "message relayed through the leader's node.")
                                    : QCoreApplication::translate("HaproxyLint",
                                        "\"%1\" has %2 active servers, no `backup` and no `balance`: clients are "
                                        "spread round-robin by "
                                        "accident. With classic mirrored queues, consumers then talk to followers and "
                                        "every message "
                                        "crosses "
                                        "the cluster.",
                                        "followers: mirror replicas of a queue"))
                    .arg(s.name)
                    .arg(active),
                QCoreApplication::translate("HaproxyLint",
                    "Either mark all servers but one `backup` (one active node), or state `balance roundrobin` or "
                    "`balance leastconn` on purpose."));
        if (amqp && servers.size() == 1)
            add(QStringLiteral("W-SINGLE-SERVER"), HaproxyFinding::Severity::Warning, servers.first().line,
                QCoreApplication::translate(
                    "HaproxyLint", "\"%1\" has a single server: when that node stops, clients have nowhere to go.")
                    .arg(s.name),
                QCoreApplication::translate("HaproxyLint", "Add the other cluster nodes as `backup` servers."));
        for (const auto& n : m_nodes) {
            bool present = false;
            for (const auto& sv : servers) {
                present = present || sv.address.host.compare(n.address, Qt::CaseInsensitive) == 0
                    || sv.address.host.compare(n.name, Qt::CaseInsensitive) == 0;
            }
            if (!present)
                add(QStringLiteral("W-NODE-NOT-SERVER"), HaproxyFinding::Severity::Warning, s.line,
                    QCoreApplication::translate("HaproxyLint",
                        "Cluster node %1 (%2) is not a server of \"%3\": HAProxy cannot fail over to it.",
                        "node: a RabbitMQ cluster member")
                        .arg(n.name, n.address, s.name),
                    QCoreApplication::translate(
                        "HaproxyLint", "Add `server %1 %2:%3 check inter 2000 rise 2 fall 3 backup`.")
                        .arg(n.name, n.address)
                        .arg(amqp ? kAmqpPort : kManagementPort));
        }
    }

} // namespace

QString HaproxyFinding::severityKey(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QJsonObject HaproxyFinding::toJson() const
{
    return QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("severity"), severityKey(severity) },
        { QStringLiteral("line"), line }, { QStringLiteral("message"), message }, { QStringLiteral("fix"), fix } };
}

QList<HaproxyFinding> HaproxyLint::lint(const HaproxyConfig& config, const HaproxyLintContext& context)
{
    Linter linter(config, context);
    auto findings = linter.run();
    std::stable_sort(findings.begin(), findings.end(),
        [](const HaproxyFinding& a, const HaproxyFinding& b) { return a.line < b.line; });
    return findings;
}

int HaproxyLint::versionFromText(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts[0].toInt(&okMajor);
    const int minor = parts[1].toInt(&okMinor);
    if (!okMajor || !okMinor || minor < 0 || minor > 99 || major * 100 + minor < 104 || major > 9)
        return -1;
    return major * 100 + minor;
}

QString HaproxyLint::versionText(int version)
{
    return QStringLiteral("%1.%2").arg(version / 100).arg(version % 100);
}

bool HaproxyLint::hasErrors(const QList<HaproxyFinding>& findings)
{
    for (const auto& f : findings) {
        if (f.severity == HaproxyFinding::Severity::Error)
            return true;
    }
    return false;
}

} // namespace warren
