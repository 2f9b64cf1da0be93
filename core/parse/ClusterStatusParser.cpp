#include "ClusterStatusParser.h"

#include "ErlangTerm.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace warren {

namespace {

    constexpr qsizetype kMaxOutput = kErlangTermMaxInput;
    // Log noise before the JSON rarely starts with '{'; these bound the work on hostile input.
    constexpr int kMaxJsonAttempts = 32;
    constexpr qsizetype kMaxJsonBytesTried = 2 * kMaxOutput;

    int codeOf(QChar c)
    {
        return c.unicode();
    }
    int codeOf(char c)
    {
        return static_cast<unsigned char>(c);
    }

    // rabbitmqctl colours its text even when piped. Removes CSI (ESC [ ... final), OSC (ESC ] ... BEL
    // or ESC \) and two-character escapes; never a line break, so line numbers stay right.
    template <typename Str> Str stripAnsi(const Str& in)
    {
        Str out;
        out.reserve(in.size());
        const qsizetype n = in.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (codeOf(in[i]) != 0x1B) {
                out += in[i];
                continue;
            }
            if (i + 1 >= n)
                break;
            const int next = codeOf(in[i + 1]);
            qsizetype j = i + 2;
            if (next == '[') {
                while (j < n && codeOf(in[j]) >= 0x30 && codeOf(in[j]) <= 0x3F)
                    ++j;
                while (j < n && codeOf(in[j]) >= 0x20 && codeOf(in[j]) <= 0x2F)
                    ++j;
                if (j < n && codeOf(in[j]) >= 0x40 && codeOf(in[j]) <= 0x7E)
                    ++j;
            } else if (next == ']') {
                while (j < n && codeOf(in[j]) != 0x07 && codeOf(in[j]) != '\n'
                    && !(codeOf(in[j]) == 0x1B && j + 1 < n && codeOf(in[j + 1]) == '\\'))
                    ++j;
                if (j < n && codeOf(in[j]) == 0x07)
                    ++j;
                else if (j < n && codeOf(in[j]) == 0x1B)
                    j += 2;
            } else if (next >= 0x40 && next <= 0x5F) {
                // two-character escape: j already past it
            } else {
                j = i + 1; // a lone ESC
            }
            i = j - 1;
        }
        return out;
    }

    // The first non-blank line, shortened for a message, and where it starts.
    std::pair<QString, qsizetype> firstLine(const QString& text, qsizetype maxChars = 120)
    {
        qsizetype lineStart = 0;
        while (lineStart < text.size()) {
            qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
            if (lineEnd < 0)
                lineEnd = text.size();
            const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
            const QStringView t = line.trimmed();
            if (!t.isEmpty()) {
                QString shown = t.left(maxChars).toString();
                for (QChar& c : shown) {
                    if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                        c = QChar::ReplacementCharacter; // a message is no place for control characters
                }
                if (t.size() > maxChars)
                    shown += QStringLiteral("…");
                return { shown, lineStart + (t.data() - line.data()) };
            }
            lineStart = lineEnd + 1;
        }
        return { QString(), 0 };
    }

    // "Cluster status of node 'rabbit@rabbitmq-02' ..." (2.x/3.x quote the atom) or, from 3.7 on,
    // "Cluster status of node rabbit@rabbit1 ...".
    QString reportingNodeFrom(QStringView line)
    {
        static const QRegularExpression header(
            QStringLiteral("^\\s*Cluster status of node\\s+(\\S+?)\\s*(\\.\\.\\.)?\\s*$"));
        const auto m = header.match(line.toString());
        if (!m.hasMatch())
            return {};
        QString node = m.captured(1);
        if (node.startsWith(QLatin1Char('\''))) {
            const auto atom = parseErlangTerm(node);
            if (!atom || atom->kind != ErlTerm::Kind::Atom)
                return {};
            node = atom->text;
        }
        return normalizeNodeName(node);
    }

    bool looksLikeModernText(QStringView text)
    {
        for (const QStringView line : text.split(QLatin1Char('\n'))) {
            const QStringView t = line.trimmed();
            if (t == QLatin1String("Disk Nodes") || t == QLatin1String("Running Nodes") || t == QLatin1String("Basics"))
                return true;
        }
        return false;
    }

    // Collects nodes in the order the output names them and derives what follows from them.
    class StatusBuilder
    {
    public:
        NodeInfo& node(const QString& rawName)
        {
            const QString name = normalizeNodeName(rawName);
            if (const auto it = m_index.constFind(name); it != m_index.cend())
                return m_status.nodes[it.value()];
            if (m_status.nodes.size() >= kMaxClusterNodes) {
                m_tooMany = true;
                m_discard = NodeInfo {};
                return m_discard;
            }
            NodeInfo n;
            n.name = name;
            m_index.insert(name, m_status.nodes.size());
            m_status.nodes.append(n);
            return m_status.nodes.last();
        }

        void addTyped(const QString& name, NodeType type)
        {
            if (name.trimmed().isEmpty())
                return;
            NodeInfo& n = node(name);
            if (n.type == NodeType::Unknown)
                n.type = type;
        }

        void addRunning(const QString& name)
        {
            if (!name.trimmed().isEmpty())
                node(name).running = true;
        }

        void addAlarm(const QString& nodeName, const QString& resource)
        {
            if (resource.isEmpty())
                return;
            const QString name = normalizeNodeName(nodeName);
            const QString description = name.isEmpty() ? resource : QStringLiteral("%1: %2").arg(name, resource);
            if (!m_status.alarmsText.contains(description))
                m_status.alarmsText.append(description);
            if (name.isEmpty())
                return;
            if (resource == QLatin1String("memory"))
                node(name).memoryAlarm = true;
            else if (resource == QLatin1String("disk"))
                node(name).diskAlarm = true;
        }

        void addPartition(const QString& nodeName, const QStringList& unreachable)
        {
            if (nodeName.trimmed().isEmpty())
                return;
            NodeInfo& n = node(nodeName);
            for (const QString& other : unreachable) {
                const QString name = normalizeNodeName(other);
                if (!name.isEmpty() && !n.partitions.contains(name))
                    n.partitions.append(name);
            }
        }

        void addVersions(const QString& nodeName, const QString& rabbit, const QString& erlang)
        {
            if (nodeName.trimmed().isEmpty())
                return;
            NodeInfo& n = node(nodeName);
            if (!rabbit.isEmpty())
                n.rabbitVersion = rabbit;
            if (!erlang.isEmpty())
                n.erlangVersion = erlang;
        }

        void setMaintenance(const QString& nodeName, bool under)
        {
            if (!nodeName.trimmed().isEmpty())
                node(nodeName).underMaintenance = under;
        }

        ClusterStatus& status() { return m_status; }

        Parsed<ClusterStatus> finish()
        {
            if (m_tooMany)
                return ParseError { QCoreApplication::translate(
                    "Parser", "more than %1 nodes: not the status of one cluster")
                                        .arg(kMaxClusterNodes) };
            m_status.partitions = partitionGroups(m_status.nodes);
            return m_status;
        }

    private:
        ClusterStatus m_status;
        QHash<QString, qsizetype> m_index; // name -> position in m_status.nodes
        NodeInfo m_discard; // what node() hands out past kMaxClusterNodes
        bool m_tooMany = false;
    };

    // ---- legacy Erlang terms -------------------------------------------------------------------------

    QStringList termNames(const ErlTerm* list)
    {
        QStringList names;
        if (!list || !list->isList())
            return names;
        for (const ErlTerm& item : list->items) {
            if (item.kind == ErlTerm::Kind::Atom || item.kind == ErlTerm::Kind::String
                || item.kind == ErlTerm::Kind::Binary)
                names.append(item.text);
        }
        return names;
    }

    bool isNameTerm(const ErlTerm& t)
    {
        return t.kind == ErlTerm::Kind::Atom || t.kind == ErlTerm::Kind::String || t.kind == ErlTerm::Kind::Binary;
    }

    // An alarm as 2.x-3.x printed it: `memory`, `{resource_limit,memory,Node}` or
    // `{{resource_limit,memory,Node},[]}`; `file_descriptor_limit` is local to its node.
    void addLegacyAlarm(StatusBuilder& builder, const QString& keyNode, const ErlTerm& alarm)
    {
        if (alarm.kind == ErlTerm::Kind::Atom) {
            builder.addAlarm(keyNode, alarm.text);
            return;
        }
        if (!alarm.isTuple())
            return;
        if (alarm.items.size() == 2 && alarm.items.first().isTuple()) {
            addLegacyAlarm(builder, keyNode, alarm.items.first());
            return;
        }
        if (alarm.items.size() == 3 && alarm.items.at(0).isAtom(u"resource_limit") && isNameTerm(alarm.items.at(1))) {
            const QString node = isNameTerm(alarm.items.at(2)) ? alarm.items.at(2).text : keyNode;
            builder.addAlarm(node, alarm.items.at(1).text);
        }
    }

    void readLegacyAlarms(StatusBuilder& builder, const ErlTerm* alarms)
    {
        if (!alarms || !alarms->isList())
            return;
        for (const ErlTerm& item : alarms->items) {
            // Per node: {Node, [Alarm]}; otherwise a bare alarm.
            if (item.isTuple() && item.items.size() == 2 && isNameTerm(item.items.first())
                && item.items.at(1).isList()) {
                for (const ErlTerm& alarm : item.items.at(1).items)
                    addLegacyAlarm(builder, item.items.first().text, alarm);
            } else {
                addLegacyAlarm(builder, QString(), item);
            }
        }
    }

    QString versionText(const ErlTerm* t)
    {
        return t && isNameTerm(*t) ? t->text : QString();
    }

    Parsed<ClusterStatus> statusFromTerm(
        const QString& text, qsizetype termStart, const ErlTerm& term, const QString& reportingNode)
    {
        const ErlTerm* nodes = term.lookup(u"nodes");
        const ErlTerm* running = term.lookup(u"running_nodes");
        if (!term.isList() || (!nodes && !running))
            return parseErrorAt(text, termStart,
                QCoreApplication::translate(
                    "Parser", "the term is not a cluster status: it has neither \"nodes\" nor \"running_nodes\""));

        StatusBuilder builder;
        builder.status().reportingNode = reportingNode;
        if (nodes && nodes->isList()) {
            for (const ErlTerm& group : nodes->items) {
                if (!group.isTuple() || group.items.size() != 2 || group.items.first().kind != ErlTerm::Kind::Atom)
                    continue;
                const NodeType type = nodeTypeFromKey(group.items.first().text);
                for (const QString& name : termNames(&group.items.at(1)))
                    builder.addTyped(name, type);
            }
        }
        for (const QString& name : termNames(running))
            builder.addRunning(name);

        if (const ErlTerm* name = term.lookup(u"cluster_name"); name && isNameTerm(*name))
            builder.status().clusterName = name->text;

        if (const ErlTerm* partitions = term.lookup(u"partitions"); partitions && partitions->isList()) {
            for (const ErlTerm& p : partitions->items) {
                if (p.isTuple() && p.items.size() == 2 && isNameTerm(p.items.first()))
                    builder.addPartition(p.items.first().text, termNames(&p.items.at(1)));
            }
        }
        readLegacyAlarms(builder, term.lookup(u"alarms"));

        // `--formatter erlang` on 3.8+: {versions, [{Node, #{rabbitmq_version => <<"3.10.8">>, ...}}]}
        if (const ErlTerm* versions = term.lookup(u"versions"); versions && versions->isList()) {
            for (const ErlTerm& v : versions->items) {
                if (v.isTuple() && v.items.size() == 2 && isNameTerm(v.items.first()))
                    builder.addVersions(v.items.first().text, versionText(v.items.at(1).lookup(u"rabbitmq_version")),
                        versionText(v.items.at(1).lookup(u"erlang_version")));
            }
        }
        return builder.finish();
    }

    // ---- JSON --------------------------------------------------------------------------------------

    QStringList jsonNames(const QJsonValue& v)
    {
        QStringList names;
        for (const QJsonValue item : v.toArray()) {
            if (item.isString() && !item.toString().isEmpty())
                names.append(item.toString());
        }
        return names;
    }

    bool isClusterStatusObject(const QJsonObject& o)
    {
        return o.value(QLatin1String("disk_nodes")).isArray() || o.value(QLatin1String("ram_nodes")).isArray()
            || o.value(QLatin1String("running_nodes")).isArray();
    }

    Parsed<ClusterStatus> statusFromJson(const QJsonObject& o, const QString& reportingNode)
    {
        StatusBuilder builder;
        builder.status().reportingNode = reportingNode;
        builder.status().clusterName = o.value(QLatin1String("cluster_name")).toString();
        for (const QString& name : jsonNames(o.value(QLatin1String("disk_nodes"))))
            builder.addTyped(name, NodeType::Disc);
        for (const QString& name : jsonNames(o.value(QLatin1String("ram_nodes"))))
            builder.addTyped(name, NodeType::Ram);
        for (const QString& name : jsonNames(o.value(QLatin1String("running_nodes"))))
            builder.addRunning(name);

        // 3.8+: [{"node": "rabbit@x", "resource": "memory", "type": "resource_limit"}]
        for (const QJsonValue a : o.value(QLatin1String("alarms")).toArray()) {
            if (a.isObject()) {
                const QJsonObject alarm = a.toObject();
                builder.addAlarm(
                    alarm.value(QLatin1String("node")).toString(), alarm.value(QLatin1String("resource")).toString());
            } else if (a.isString()) {
                builder.addAlarm(QString(), a.toString());
            }
        }

        for (const char* key : { "partitions", "network_partitions" }) {
            const QJsonObject partitions = o.value(QLatin1String(key)).toObject();
            for (auto it = partitions.begin(); it != partitions.end(); ++it)
                builder.addPartition(it.key(), jsonNames(it.value()));
        }

        // 3.8+: {"rabbit@x": "not under maintenance" | "marked for maintenance"}, in colour on some
        // releases (3.10 prints ANSI escapes inside the JSON string).
        const QJsonObject maintenance = o.value(QLatin1String("maintenance_status")).toObject();
        for (auto it = maintenance.begin(); it != maintenance.end(); ++it) {
            const QString state = it.value().toString();
            builder.setMaintenance(
                it.key(), state.contains(QLatin1String("maintenance")) && !state.contains(QLatin1String("not under")));
        }

        const QJsonObject versions = o.value(QLatin1String("versions")).toObject();
        for (auto it = versions.begin(); it != versions.end(); ++it) {
            const QJsonObject v = it.value().toObject();
            builder.addVersions(it.key(), v.value(QLatin1String("rabbitmq_version")).toString(),
                v.value(QLatin1String("erlang_version")).toString());
        }
        return builder.finish();
    }

    ParseError tooLarge()
    {
        return ParseError {
            QCoreApplication::translate("Parser", "input too large: more than %1 MiB").arg(kMaxOutput / (1024 * 1024)),
            1, 1
        };
    }

    ParseError printedNothing()
    {
        return ParseError { QCoreApplication::translate("Parser", "rabbitmqctl printed nothing"), 1, 1 };
    }

} // namespace

Parsed<ClusterStatus> parseClusterStatusLegacy(const QString& output)
{
    if (output.size() > kMaxOutput)
        return tooLarge();
    const QString text = stripAnsi(output);
    if (text.trimmed().isEmpty())
        return printedNothing();

    // Header and log lines come before the term; "...done." after it.
    QString reportingNode;
    qsizetype termStart = -1;
    qsizetype lineStart = 0;
    while (lineStart <= text.size() && termStart < 0) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('{')))
            termStart = lineStart + (trimmed.data() - line.data());
        else if (reportingNode.isEmpty())
            reportingNode = reportingNodeFrom(line);
        lineStart = lineEnd + 1;
    }
    if (termStart < 0) {
        if (looksLikeModernText(text))
            return ParseError { QCoreApplication::translate("Parser",
                                    "this is the text output of RabbitMQ 3.8 or later: run cluster_status with "
                                    "--formatter json"),
                1, 1 };
        const auto [first, at] = firstLine(text);
        return parseErrorAt(
            text, at, QCoreApplication::translate("Parser", "no cluster status found in the output: %1").arg(first));
    }

    auto term = parseErlangTermPrefix(text, termStart);
    if (!term)
        return term.error();
    return statusFromTerm(text, termStart, term.value(), reportingNode);
}

Parsed<ClusterStatus> parseClusterStatusJson(const QByteArray& output)
{
    if (output.size() > kMaxOutput)
        return tooLarge();
    const QByteArray bytes = stripAnsi(output);
    if (bytes.trimmed().isEmpty())
        return printedNothing();

    QString reportingNode;
    std::optional<ParseError> firstError;
    int attempts = 0;
    qsizetype bytesTried = 0;
    qsizetype lineStart = 0;
    while (lineStart < bytes.size() && attempts < kMaxJsonAttempts && bytesTried < kMaxJsonBytesTried) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        qsizetype start = lineStart;
        while (start < lineEnd && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\r'))
            ++start;
        if (start < lineEnd && bytes[start] == '{') {
            ++attempts;
            QJsonParseError error;
            QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(start), &error);
            bytesTried += error.error == QJsonParseError::NoError ? bytes.size() - start : error.offset;
            if (error.error == QJsonParseError::GarbageAtEnd) // log lines after the JSON
                doc = QJsonDocument::fromJson(bytes.mid(start, error.offset), &error);
            if (error.error != QJsonParseError::NoError) {
                if (!firstError)
                    firstError = parseErrorAtUtf8(bytes, start + error.offset,
                        QCoreApplication::translate("Parser", "invalid JSON: %1").arg(error.errorString()));
            } else if (doc.isObject() && isClusterStatusObject(doc.object())) {
                return statusFromJson(doc.object(), reportingNode);
            } else if (!firstError) {
                firstError = parseErrorAtUtf8(bytes, start,
                    QCoreApplication::translate(
                        "Parser", "the JSON object is not a cluster status: it has no disk_nodes or running_nodes"));
            }
        } else if (reportingNode.isEmpty()) {
            reportingNode = reportingNodeFrom(QString::fromUtf8(bytes.constData() + lineStart, lineEnd - lineStart));
        }
        lineStart = lineEnd + 1;
    }
    if (firstError)
        return *firstError;
    const QString text = QString::fromUtf8(bytes);
    const auto [first, at] = firstLine(text);
    return parseErrorAt(
        text, at, QCoreApplication::translate("Parser", "no JSON object found in the output: %1").arg(first));
}

Parsed<ClusterStatus> parseClusterStatus(const QByteArray& output)
{
    if (output.size() > kMaxOutput)
        return tooLarge();
    // The first line that opens a term or an object tells: Erlang terms start with '[' (or '{' and
    // an atom, as in {badrpc,nodedown}), JSON with '{' and a key. Log lines start with a
    // timestamp, the header with "Cluster".
    const QByteArray bytes = stripAnsi(output);
    qsizetype lineStart = 0;
    while (lineStart < bytes.size()) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        const QByteArrayView t = QByteArrayView(bytes).sliced(lineStart, lineEnd - lineStart).trimmed();
        if (t.startsWith('{')) {
            const QByteArrayView inside = t.sliced(1).trimmed();
            if (inside.isEmpty() || inside.startsWith('"') || inside.startsWith('}'))
                return parseClusterStatusJson(output);
            break;
        }
        if (t.startsWith('['))
            break;
        lineStart = lineEnd + 1;
    }
    return parseClusterStatusLegacy(QString::fromUtf8(output));
}

} // namespace warren
