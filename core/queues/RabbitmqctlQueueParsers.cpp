#include "RabbitmqctlQueueParsers.h"

#include "QueueParseSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace warren {

namespace {

    using queueparse::normalState;
    using queueparse::StringPool;

    constexpr qsizetype kMaxQueueNameBytes = 255;

    QString stripAnsi(const QString& line)
    {
        if (!line.contains(QChar(0x1b)))
            return line;
        static const QRegularExpression re(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]"));
        QString s = line;
        s.remove(re);
        return s;
    }

    bool isNoiseLine(const QString& line, const QStringList& columns)
    {
        const QString t = line.trimmed();
        if (t.isEmpty())
            return true;
        if (t.startsWith(QLatin1String("Timeout:")) && t.endsWith(QLatin1String("...")))
            return true;
        if (t.startsWith(QLatin1String("Listing queues")) && t.endsWith(QLatin1String("...")))
            return true;
        if (t == QLatin1String("...done."))
            return true;
        // the header row of 3.7+ (no -q / --no-table-headers)
        if (t == columns.join(QLatin1Char('\t')))
            return true;
        return false;
    }

    // Legacy rows whose tabs became blanks: peel "[...]" groups from the right, the rest is the name.
    QStringList legacyFields(const QString& line, int columnCount)
    {
        QString rest = line;
        while (rest.endsWith(QLatin1Char(' ')) || rest.endsWith(QLatin1Char('\t')))
            rest.chop(1);
        QStringList tail;
        while (rest.endsWith(QLatin1Char(']'))) {
            const qsizetype open = rest.lastIndexOf(QLatin1Char('['));
            if (open < 0)
                break;
            tail.prepend(rest.mid(open));
            rest.truncate(open);
            while (rest.endsWith(QLatin1Char(' ')))
                rest.chop(1);
        }
        QStringList fields { rest };
        fields += tail;
        while (fields.size() < columnCount)
            fields.append(QString());
        return fields;
    }

} // namespace

QStringList listQueuesColumns()
{
    return { QStringLiteral("name"), QStringLiteral("pid"), QStringLiteral("slave_pids"),
        QStringLiteral("synchronised_slave_pids"), QStringLiteral("leader"), QStringLiteral("members"),
        QStringLiteral("online"), QStringLiteral("messages_ready"), QStringLiteral("messages_unacknowledged"),
        QStringLiteral("consumers"), QStringLiteral("state"), QStringLiteral("type"), QStringLiteral("policy") };
}

QStringList listQueuesColumns4x()
{
    return { QStringLiteral("name"), QStringLiteral("pid"), QStringLiteral("leader"), QStringLiteral("members"),
        QStringLiteral("online"), QStringLiteral("messages_ready"), QStringLiteral("messages_unacknowledged"),
        QStringLiteral("consumers"), QStringLiteral("state"), QStringLiteral("type"), QStringLiteral("policy"),
        QStringLiteral("arguments") };
}

QStringList listQueuesColumnsFor(const RabbitVersion& version)
{
    if (!version.isKnown())
        return listQueuesColumns();
    if (version.major >= 4)
        return listQueuesColumns4x();
    if (version.atLeast(3, 8))
        return listQueuesColumns();
    return legacyListQueuesColumns();
}

QStringList legacyListQueuesColumns()
{
    return { QStringLiteral("name"), QStringLiteral("pid"), QStringLiteral("slave_pids"),
        QStringLiteral("synchronised_slave_pids"), QStringLiteral("messages_ready"),
        QStringLiteral("messages_unacknowledged"), QStringLiteral("consumers"), QStringLiteral("policy") };
}

QString nodeOfPid(QStringView pid)
{
    QStringView s = pid.trimmed();
    if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}'))) {
        // a Ra server id, {RaName, Node}: a quorum queue's pid (its recorded leader)
        s = s.mid(s.lastIndexOf(QLatin1Char(',')) + 1);
        s.chop(1);
        s = s.trimmed();
        if (s.size() >= 2 && s.startsWith(QLatin1Char('\'')) && s.endsWith(QLatin1Char('\'')))
            s = s.mid(1, s.size() - 2);
        return s.contains(QLatin1Char('@')) ? s.toString() : QString();
    }
    if (s.startsWith(QLatin1Char('<')))
        s = s.mid(1);
    if (s.endsWith(QLatin1Char('>')))
        s.chop(1);
    // <node.A.B.C>: the node name is everything before the last three numeric parts.
    for (int i = 0; i < 3; ++i) {
        const qsizetype dot = s.lastIndexOf(QLatin1Char('.'));
        if (dot < 0)
            return {};
        s = s.left(dot);
    }
    return s.toString();
}

QStringList nodesOfList(QStringView list)
{
    QStringView s = list.trimmed();
    if (s.startsWith(QLatin1Char('[')))
        s = s.mid(1);
    if (s.endsWith(QLatin1Char(']')))
        s.chop(1);
    QStringList nodes;
    for (QStringView part : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (part.startsWith(QLatin1Char('<'))) {
            const QString n = nodeOfPid(part);
            if (!n.isEmpty())
                nodes.append(n);
        } else {
            // atoms may come quoted: 'rabbit@my-host'
            if (part.size() >= 2 && part.startsWith(QLatin1Char('\'')) && part.endsWith(QLatin1Char('\'')))
                part = part.mid(1, part.size() - 2);
            nodes.append(part.toString());
        }
    }
    return nodes;
}

Parsed<QList<QueueInfo>> parseListQueues(
    const QByteArray& output, const QStringList& columns, const QString& vhost, const QSet<QString>& haPolicies)
{
    const int nameCol = int(columns.indexOf(QStringLiteral("name")));
    if (nameCol != 0)
        return ParseError { QCoreApplication::translate("Queues", "list_queues columns must start with name") };
    const int n = int(columns.size());
    auto col = [&](const char* name) { return int(columns.indexOf(QLatin1String(name))); };
    const int cPid = col("pid"), cSlaves = col("slave_pids"), cSync = col("synchronised_slave_pids"),
              cLeader = col("leader"), cMembers = col("members"), cOnline = col("online"),
              cReady = col("messages_ready"), cUnacked = col("messages_unacknowledged"), cConsumers = col("consumers"),
              cState = col("state"), cType = col("type"), cPolicy = col("policy"), cArgs = col("arguments");

    const QString text = QString::fromUtf8(output);
    QList<QueueInfo> queues;
    StringPool pool;
    QString pending; // a row cut by a line break inside the name
    int pendingLine = 0;
    int lineNo = 0;
    qsizetype pos = 0;
    auto toInt = [](const QString& s, bool* ok) -> qint64 {
        if (s.isEmpty()) {
            *ok = true;
            return -1;
        }
        return s.toLongLong(ok);
    };
    auto build = [&](QStringList fields, int at) -> std::optional<ParseError> {
        // Extra fields are tabs inside the name: only the name is free text.
        if (fields.size() > n) {
            const qsizetype extra = fields.size() - n;
            QStringList nameParts = fields.mid(0, extra + 1);
            fields = QStringList { nameParts.join(QLatin1Char('\t')) } + fields.mid(extra + 1);
        }
        auto f = [&](int c) { return c >= 0 && c < fields.size() ? fields[c] : QString(); };
        QueueInfo q;
        q.vhost = pool.get(vhost);
        q.name = fields[0];
        q.policy = pool.get(f(cPolicy));
        q.haPolicy = !q.policy.isEmpty() && haPolicies.contains(q.policy);
        q.state = normalState(pool.get(f(cState)));
        bool ok = true;
        q.messagesReady = toInt(f(cReady), &ok);
        if (ok)
            q.messagesUnacknowledged = toInt(f(cUnacked), &ok);
        if (ok)
            q.consumers = toInt(f(cConsumers), &ok);
        if (!ok)
            return ParseError {
                QCoreApplication::translate("Queues", "queue \"%1\": a counter is not a number").arg(q.name), at, 0
            };
        const QString type = f(cType);
        QStringList interned;
        auto internAll = [&](QStringList list) {
            for (auto& s : list)
                s = pool.get(s);
            return list;
        };
        if (type == QLatin1String("quorum") || type == QLatin1String("stream")) {
            QString leader = f(cLeader).trimmed();
            const bool leaderEmpty = cLeader >= 0 && leader.isEmpty();
            if (leader.isEmpty() && cPid >= 0)
                leader = nodeOfPid(f(cPid));
            const QStringList members = internAll(nodesOfList(f(cMembers)));
            const QStringList online = internAll(nodesOfList(f(cOnline)));
            assignQuorumReplicas(q, pool.get(leader), members, online);
            if (type == QLatin1String("stream"))
                q.type = QueueType::Stream;
            markQuorumLeadership(q, leaderEmpty, members.size(), online.size());
            if (cArgs >= 0) {
                const int size = integerAfterKey(
                    f(cArgs), q.type == QueueType::Stream ? u"x-initial-cluster-size" : u"x-quorum-initial-group-size");
                q.targetSize = size > 0 && size < 1000 ? size : -1;
            }
        } else {
            q.homeNode = cPid >= 0 ? pool.get(nodeOfPid(f(cPid))) : QString();
            q.type = QueueType::Classic;
            assignClassicReplicas(q, internAll(nodesOfList(f(cSlaves))), internAll(nodesOfList(f(cSync))));
        }
        queues.append(std::move(q));
        return std::nullopt;
    };

    // Tab-separated output has a tab on every row when more than one column was asked; without
    // any tab it is a legacy listing whose tabs became blanks (pasted from a terminal).
    const bool tabbed = n == 1 || text.contains(QLatin1Char('\t'));
    while (pos <= text.size()) {
        qsizetype eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = text.size();
        QString line = text.mid(pos, eol - pos);
        pos = eol + 1;
        ++lineNo;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        line = stripAnsi(line);
        if (pending.isEmpty() && isNoiseLine(line, columns)) {
            if (pos > text.size())
                break;
            continue;
        }
        if (pending.isEmpty()
            && (line.startsWith(QLatin1String("{:badrpc,")) || line.startsWith(QLatin1String("{badrpc,")))) {
            // The CLI's own give-up after the rows it got (3.10 at 100,000 queues: 66,509 rows,
            // then {:badrpc, {:timeout, 60.0, "Some queue(s) are unresponsive, ..."}}, exit 0).
            return ParseError { QCoreApplication::translate(
                                    "Queues", "rabbitmqctl gave up after %n queue(s): %1", nullptr, int(queues.size()))
                                    .arg(line.trimmed().left(300)),
                lineNo, 0 };
        }
        QString row = pending.isEmpty() ? line : pending + QLatin1Char('\n') + line;
        const int at = pending.isEmpty() ? lineNo : pendingLine;
        QStringList fields = row.split(QLatin1Char('\t'));
        if (!tabbed) {
            fields = legacyFields(row, n);
        } else if (fields.size() < n) {
            if (pending.isEmpty())
                pendingLine = lineNo;
            pending = row;
            // A short row is the start of a name holding a line break, and a queue name has at
            // most 255 bytes (AMQP shortstr): anything longer is broken output, refused here
            // rather than glued to every following line (quadratic time and memory).
            if (pos > text.size() || row.size() > kMaxQueueNameBytes)
                return ParseError {
                    QCoreApplication::translate("Queues", "a row with %1 of %2 columns").arg(fields.size()).arg(n),
                    pendingLine, 0
                };
            continue;
        }
        pending.clear();
        if (auto err = build(fields, at))
            return *err;
        if (pos > text.size())
            break;
    }
    if (!pending.isEmpty())
        return ParseError { QCoreApplication::translate("Queues", "a row with too few columns"), pendingLine, 0 };
    return queues;
}

QSet<QString> haPolicyNames(const QByteArray& output)
{
    QSet<QString> names;
    const QString text = QString::fromUtf8(output);
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QStringList f = line.split(QLatin1Char('\t'));
        // vhost, name, pattern, apply-to, definition, priority
        if (f.size() >= 5 && f[4].contains(QLatin1String("ha-mode")))
            names.insert(f[1]);
    }
    return names;
}

QStringList parseListVhosts(const QByteArray& output)
{
    QStringList vhosts;
    QSet<QString> seen;
    for (QString line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // -q still prints the header "name" on 3.7+; legacy prints "Listing vhosts ..." / "...done."
        if (line.isEmpty() || line == QLatin1String("name") || line == QLatin1String("...done.")
            || (line.startsWith(QLatin1String("Listing vhosts")) && line.endsWith(QLatin1String("..."))))
            continue;
        if (!seen.contains(line)) {
            seen.insert(line);
            vhosts << line;
        }
    }
    return vhosts;
}

} // namespace warren
