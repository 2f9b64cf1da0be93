#include "BrokerParsers.h"

#include "ApiParsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace warren {

namespace {

    // More entries than any release has flags or deprecated features: hostile or broken input.
    constexpr qsizetype kMaxEntries = 10000;
    constexpr qsizetype kMaxOutputBytes = 4 * 1024 * 1024;

    QString textOf(const QJsonObject& o, QLatin1String key)
    {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return {};
    }

    qint64 numberOf(const QString& text)
    {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        return ok && n >= 0 ? n : -1;
    }

    // An array of objects with a "name", from a management API list endpoint.
    Parsed<QJsonArray> namedEntries(const QByteArray& json, const QString& what)
    {
        auto doc = readApiJson(json);
        if (!doc)
            return doc.error();
        if (!doc.value().isArray())
            return apiWrongShape(
                json, doc.value(), QCoreApplication::translate("Parser", "expected a JSON array from %1").arg(what));
        const QJsonArray array = doc.value().array();
        if (array.size() > kMaxEntries)
            return ParseError { QCoreApplication::translate(
                "Parser", "more than %1 entries in %2: not a broker's answer")
                                    .arg(kMaxEntries)
                                    .arg(what) };
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject() || textOf(array.at(i).toObject(), QLatin1String("name")).isEmpty())
                return ParseError { QCoreApplication::translate("Parser", "entry %1 of %2 is not an object with a name")
                                        .arg(i + 1)
                                        .arg(what),
                    1, 1 };
        }
        return array;
    }

    // One row of metadata_store_status, by column title.
    using Row = QList<std::pair<QString, QString>>;

    QString cell(const Row& row, QLatin1String title)
    {
        for (const auto& [k, v] : row) {
            if (k.compare(title, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }

    bool hasCell(const Row& row, QLatin1String title)
    {
        for (const auto& kv : row) {
            if (kv.first.compare(title, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    QString jsonCell(const QJsonValue& v)
    {
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(qint64(v.toDouble()));
        if (v.isNull() || v.isUndefined())
            return {};
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return QStringLiteral("?"); // a nested error term
    }

    // JSON: an array of objects, or of [[key, value], ...] lists (how a proplist may come out).
    std::optional<QList<Row>> jsonRows(const QByteArray& output)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(output.trimmed(), &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        QJsonArray array;
        if (doc.isArray())
            array = doc.array();
        else if (doc.isObject())
            array.append(doc.object());
        else
            return std::nullopt;
        QList<Row> rows;
        for (const QJsonValue entry : std::as_const(array)) {
            Row row;
            if (entry.isObject()) {
                const QJsonObject o = entry.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    row.append({ it.key(), jsonCell(it.value()) });
            } else if (entry.isArray()) {
                for (const QJsonValue pair : entry.toArray()) {
                    const QJsonArray kv = pair.toArray();
                    if (kv.size() == 2 && kv.at(0).isString())
                        row.append({ kv.at(0).toString(), jsonCell(kv.at(1)) });
                }
            }
            if (row.isEmpty())
                return std::nullopt;
            rows.append(row);
        }
        return rows;
    }

    // The default (pretty table) output: rows between '│' (or '|') separators, titles first.
    QList<Row> tableRows(const QString& text)
    {
        QList<Row> rows;
        QStringList titles;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString& raw : lines) {
            QString line = raw.trimmed();
            const QChar bar = line.contains(QChar(0x2502)) ? QChar(0x2502) : QLatin1Char('|');
            if (!line.startsWith(bar))
                continue;
            QStringList cells = line.split(bar);
            if (cells.size() < 3)
                continue;
            cells.removeFirst();
            cells.removeLast();
            for (QString& c : cells)
                c = c.trimmed();
            if (titles.isEmpty()) {
                titles = cells;
                continue;
            }
            Row row;
            for (qsizetype i = 0; i < cells.size() && i < titles.size(); ++i)
                row.append({ titles.at(i), cells.at(i) });
            rows.append(row);
        }
        return rows;
    }

    // Terminal escapes, which rabbitmqctl prints even when piped: colours (ESC [ ... m) are dropped;
    // the table borders come in the DEC line-drawing set (ESC ( 0 ... ESC ( B), where 'x' is a
    // vertical bar: made a real one, the rest of the border a horizontal line.
    QString plainText(const QString& text)
    {
        QString out;
        out.reserve(text.size());
        bool lineDrawing = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QChar(0x1b) && i + 1 < text.size()) {
                const QChar next = text.at(i + 1);
                if (next == QLatin1Char('[')) {
                    i += 2;
                    while (i < text.size() && !text.at(i).isLetter())
                        ++i;
                    continue;
                }
                if (next == QLatin1Char('(') && i + 2 < text.size()) {
                    lineDrawing = text.at(i + 2) == QLatin1Char('0');
                    i += 2;
                    continue;
                }
            }
            if (lineDrawing && c != QLatin1Char('\n'))
                out.append(c == QLatin1Char('x') ? QChar(0x2502) : QChar(0x2500));
            else
                out.append(c);
        }
        return out;
    }

} // namespace

Parsed<QList<FeatureFlag>> parseFeatureFlags(const QByteArray& json)
{
    const auto entries = namedEntries(json, QStringLiteral("/api/feature-flags"));
    if (!entries)
        return entries.error();
    QList<FeatureFlag> flags;
    for (const QJsonValue v : entries.value()) {
        const QJsonObject o = v.toObject();
        FeatureFlag f;
        f.name = textOf(o, QLatin1String("name"));
        f.state = textOf(o, QLatin1String("state"));
        f.stability = textOf(o, QLatin1String("stability"));
        f.description = textOf(o, QLatin1String("desc"));
        f.docUrl = textOf(o, QLatin1String("doc_url"));
        flags.append(f);
    }
    return flags;
}

Parsed<QList<DeprecatedFeature>> parseDeprecatedFeatures(const QByteArray& json)
{
    const auto entries = namedEntries(json, QStringLiteral("/api/deprecated-features"));
    if (!entries)
        return entries.error();
    QList<DeprecatedFeature> features;
    for (const QJsonValue v : entries.value()) {
        const QJsonObject o = v.toObject();
        DeprecatedFeature d;
        d.name = textOf(o, QLatin1String("name"));
        d.phase = textOf(o, QLatin1String("deprecation_phase"));
        d.description = textOf(o, QLatin1String("desc"));
        d.docUrl = textOf(o, QLatin1String("doc_url"));
        d.foundBy = QStringLiteral("api");
        features.append(d);
    }
    return features;
}

Parsed<MetadataStoreStatus> parseMetadataStoreStatus(const QByteArray& output)
{
    if (output.size() > kMaxOutputBytes)
        return ParseError { QCoreApplication::translate("Parser", "input too large: more than %1 MiB")
                                .arg(kMaxOutputBytes / (1024 * 1024)),
            1, 1 };
    const QString text = plainText(QString::fromUtf8(output));
    // The JSON formatter may still print a banner line first: start at the first '[' or '{'.
    QList<Row> rows;
    const qsizetype start = [&text] {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('[') || text.at(i) == QLatin1Char('{'))
                return i;
        }
        return qsizetype(-1);
    }();
    if (const auto json = start >= 0 ? jsonRows(text.mid(start).toUtf8()) : std::nullopt)
        rows = *json;
    else
        rows = tableRows(text);
    if (rows.isEmpty())
        return ParseError {
            QCoreApplication::translate("Parser", "not metadata_store_status output: no table and no JSON rows"), 1, 1
        };
    if (rows.size() > kMaxClusterNodes)
        return ParseError { QCoreApplication::translate("Parser", "more than %1 nodes: not the status of one cluster")
                                .arg(kMaxClusterNodes) };
    MetadataStoreStatus status;
    status.foundBy = QStringLiteral("metadata_store_status");
    if (rows.size() == 1 && hasCell(rows.first(), QLatin1String("Metadata Store"))) {
        const QString store = cell(rows.first(), QLatin1String("Metadata Store")).toLower();
        if (store == QLatin1String("mnesia"))
            status.store = MetadataStore::Mnesia;
        else if (store == QLatin1String("khepri"))
            status.store = MetadataStore::Khepri;
        else
            return ParseError { QCoreApplication::translate("Parser", "unknown metadata store \"%1\"").arg(store), 1,
                1 };
        return status;
    }
    status.store = MetadataStore::Khepri;
    QSet<QString> seen;
    for (const Row& row : std::as_const(rows)) {
        KhepriMember m;
        m.node = normalizeNodeName(cell(row, QLatin1String("Node Name")));
        if (m.node.isEmpty() || !hasCell(row, QLatin1String("Raft State")))
            return ParseError { QCoreApplication::translate(
                                    "Parser", "a metadata_store_status row without \"Node Name\" and \"Raft State\""),
                1, 1 };
        if (seen.contains(m.node))
            continue;
        seen.insert(m.node);
        m.raftState = cell(row, QLatin1String("Raft State"));
        m.membership = cell(row, QLatin1String("Membership"));
        m.term = numberOf(cell(row, QLatin1String("Term")));
        m.commitIndex = numberOf(cell(row, QLatin1String("Commit Index")));
        if (m.raftState == QLatin1String("leader") && status.leader.isEmpty())
            status.leader = m.node;
        status.raft.append(m);
    }
    return status;
}

MetadataStore storeFromFeatureFlags(const QList<FeatureFlag>& flags)
{
    for (const FeatureFlag& f : flags) {
        if (f.name == QLatin1String("khepri_db"))
            return f.enabled() ? MetadataStore::Khepri : MetadataStore::Mnesia;
    }
    return MetadataStore::Mnesia;
}

QList<DeprecatedFeature> deprecatedFeaturesFromChecks(const QList<NodeInfo>& nodes, const QStringList& haPolicies)
{
    QList<DeprecatedFeature> out;
    QStringList ram;
    for (const NodeInfo& n : nodes) {
        if (n.type == NodeType::Ram)
            ram << n.name;
    }
    if (!ram.isEmpty()) {
        DeprecatedFeature d;
        d.name = QStringLiteral("ram_node_type");
        d.where = ram;
        d.foundBy = QStringLiteral("checks");
        out << d;
    }
    if (!haPolicies.isEmpty()) {
        DeprecatedFeature d;
        d.name = QStringLiteral("classic_queue_mirroring");
        d.where = haPolicies;
        d.foundBy = QStringLiteral("checks");
        out << d;
    }
    return out;
}

Parsed<QStringList> parseHaPolicies(const QByteArray& json)
{
    auto doc = readApiJson(json);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return apiWrongShape(json, doc.value(),
            QCoreApplication::translate("Parser", "expected a JSON array from %1")
                .arg(QStringLiteral("/api/policies")));
    QStringList out;
    for (const QJsonValue v : doc.value().array()) {
        const QJsonObject o = v.toObject();
        const QJsonObject def = o.value(QLatin1String("definition")).toObject();
        bool ha = false;
        for (auto it = def.begin(); it != def.end(); ++it)
            ha = ha || it.key().startsWith(QLatin1String("ha-"));
        if (ha)
            out << QStringLiteral("%1 (%2)").arg(textOf(o, QLatin1String("name")), textOf(o, QLatin1String("vhost")));
        if (out.size() > kMaxEntries)
            break;
    }
    return out;
}

QString deprecatedFeatureAdvice(const QString& name)
{
    if (name == QLatin1String("ram_node_type"))
        return QCoreApplication::translate("Status",
            "RAM nodes are deprecated and do not exist under Khepri: change each to a disc node "
            "(stop_app, change_cluster_node_type disc, start_app) before enabling khepri_db or upgrading.");
    if (name == QLatin1String("classic_queue_mirroring"))
        return QCoreApplication::translate("Status",
            "Classic queue mirroring (ha-* policies) is removed in 4.0: move those queues to quorum queues "
            "or streams and delete the ha-* policies before upgrading.");
    if (name == QLatin1String("transient_nonexcl_queues"))
        return QCoreApplication::translate(
            "Status", "Transient non-exclusive queues are deprecated: declare them durable, or exclusive.");
    if (name == QLatin1String("global_qos"))
        return QCoreApplication::translate("Status",
            "Global QoS (basic.qos with global=true) is deprecated: clients should set a per-consumer prefetch.");
    if (name == QLatin1String("management_metrics_collection"))
        return QCoreApplication::translate(
            "Status", "Management-plugin metrics are deprecated: use the Prometheus plugin for metrics.");
    if (name == QLatin1String("queue_master_locator"))
        return QCoreApplication::translate(
            "Status", "The queue-master-locator argument and policy key are deprecated: use queue-leader-locator.");
    if (name == QLatin1String("amqp_address_v1"))
        return QCoreApplication::translate(
            "Status", "AMQP 1.0 address format v1 is deprecated: clients should use the v2 address format.");
    return QCoreApplication::translate("Status",
        "Deprecated: a future RabbitMQ release may refuse or remove it; see the broker's documentation link.");
}

} // namespace warren
