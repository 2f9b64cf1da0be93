#include "QueueParsers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstring>

namespace warren {

namespace {

    // Shares the storage of strings that repeat across rows (node names, vhosts, states, policies).
    class StringPool
    {
    public:
        QString get(QByteArrayView raw)
        {
            auto it = m_pool.constFind(raw);
            if (it != m_pool.cend())
                return it.value();
            QByteArray key = raw.toByteArray();
            QString value = QString::fromUtf8(key);
            m_keys.append(key); // keeps the view's bytes alive
            m_pool.insert(QByteArrayView(m_keys.last()), value);
            return value;
        }
        QString get(const QString& s)
        {
            const QByteArray utf8 = s.toUtf8();
            return get(QByteArrayView(utf8));
        }

    private:
        QList<QByteArray> m_keys;
        QHash<QByteArrayView, QString> m_pool;
    };

    constexpr qsizetype kMaxQueueNameBytes = 255;

    QString normalState(const QString& state)
    {
        // disable_stats answers carry the raw amqqueue state; the statistics path and rabbitmqctl
        // call the same state "running".
        return state == QLatin1String("live") ? QStringLiteral("running") : state;
    }

    // The reader for /api/queues. Positions are byte offsets into the body for error messages.
    class QueuesJsonReader
    {
    public:
        explicit QueuesJsonReader(QByteArrayView json)
            : m_json(json)
            , m_p(json.data())
            , m_end(json.data() + json.size())
        {
        }

        Parsed<QList<QueueInfo>> read();

    private:
        struct Raw
        {
            QueueInfo q;
            QString typeKey;
            QString argType;
            QString leader;
            QStringList mirrors;
            QStringList syncMirrors;
            QStringList members;
            QStringList online;
            QString node;
        };

        void ws()
        {
            while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
                ++m_p;
        }
        bool fail(const QString& message)
        {
            if (m_error.message.isEmpty())
                m_error = parseErrorAtUtf8(m_json, m_p - m_json.data(), message);
            return false;
        }
        bool expect(char c)
        {
            ws();
            if (m_p < m_end && *m_p == c) {
                ++m_p;
                return true;
            }
            return fail(QCoreApplication::translate("Queues", "expected '%1'").arg(QLatin1Char(c)));
        }
        bool peek(char c)
        {
            ws();
            return m_p < m_end && *m_p == c;
        }
        // A string's raw bytes when it has no escapes (the common case), else decoded into *decoded.
        bool string(QByteArrayView* raw, QString* decoded, bool* escaped);
        bool stringValue(QString* out, bool pooled);
        bool literal(const char* word)
        {
            const size_t n = std::strlen(word);
            if (size_t(m_end - m_p) >= n && std::memcmp(m_p, word, n) == 0) {
                m_p += n;
                return true;
            }
            return fail(QCoreApplication::translate("Queues", "unexpected character"));
        }
        bool skipValue(int depth = 0);
        bool integer(qint64* out); // null -> -1
        bool stringList(QStringList* out);
        bool objectFindString(const char* key, QString* out); // {"key": "value", ...}
        bool queue(QueueInfo* out);

        QByteArrayView m_json;
        const char* m_p;
        const char* m_end;
        ParseError m_error;
        StringPool m_pool;
    };

    bool QueuesJsonReader::string(QByteArrayView* raw, QString* decoded, bool* escaped)
    {
        ws();
        if (m_p >= m_end || *m_p != '"')
            return fail(QCoreApplication::translate("Queues", "expected a string"));
        ++m_p;
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\')
            ++m_p;
        if (m_p < m_end && *m_p == '"') {
            *raw = QByteArrayView(start, m_p - start);
            *escaped = false;
            ++m_p;
            return true;
        }
        // Escapes: decode the rest into UTF-8 bytes first.
        QByteArray bytes(start, m_p - start);
        while (m_p < m_end && *m_p != '"') {
            if (*m_p != '\\') {
                bytes += *m_p++;
                continue;
            }
            if (++m_p >= m_end)
                break;
            const char e = *m_p++;
            switch (e) {
            case '"':
                bytes += '"';
                break;
            case '\\':
                bytes += '\\';
                break;
            case '/':
                bytes += '/';
                break;
            case 'b':
                bytes += '\b';
                break;
            case 'f':
                bytes += '\f';
                break;
            case 'n':
                bytes += '\n';
                break;
            case 'r':
                bytes += '\r';
                break;
            case 't':
                bytes += '\t';
                break;
            case 'u': {
                auto hex4 = [&](char32_t* v) {
                    if (m_end - m_p < 4)
                        return false;
                    *v = 0;
                    for (int i = 0; i < 4; ++i) {
                        const char h = *m_p++;
                        *v <<= 4;
                        if (h >= '0' && h <= '9')
                            *v |= char32_t(h - '0');
                        else if (h >= 'a' && h <= 'f')
                            *v |= char32_t(h - 'a' + 10);
                        else if (h >= 'A' && h <= 'F')
                            *v |= char32_t(h - 'A' + 10);
                        else
                            return false;
                    }
                    return true;
                };
                char32_t cp = 0;
                if (!hex4(&cp))
                    return fail(QCoreApplication::translate("Queues", "invalid \\u escape"));
                if (cp >= 0xD800 && cp <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    const char* next = m_p;
                    m_p += 2;
                    char32_t low = 0;
                    if (!hex4(&low))
                        return fail(QCoreApplication::translate("Queues", "invalid \\u escape"));
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else {
                        // A lone high surrogate: U+FFFD for it alone; the next escape is read on its own.
                        cp = 0xFFFD;
                        m_p = next;
                    }
                } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                bytes += QString::fromUcs4(&cp, 1).toUtf8();
                break;
            }
            default:
                return fail(QCoreApplication::translate("Queues", "invalid escape in string"));
            }
        }
        if (m_p >= m_end)
            return fail(QCoreApplication::translate("Queues", "unterminated string"));
        ++m_p;
        *decoded = QString::fromUtf8(bytes);
        *escaped = true;
        return true;
    }

    bool QueuesJsonReader::stringValue(QString* out, bool pooled)
    {
        ws();
        if (m_p < m_end && *m_p == 'n') {
            out->clear();
            return literal("null");
        }
        QByteArrayView raw;
        QString decoded;
        bool escaped = false;
        if (!string(&raw, &decoded, &escaped))
            return false;
        if (escaped)
            *out = pooled ? m_pool.get(decoded) : decoded;
        else
            *out = pooled ? m_pool.get(raw) : QString::fromUtf8(raw);
        return true;
    }

    bool QueuesJsonReader::skipValue(int depth)
    {
        if (depth > 64)
            return fail(QCoreApplication::translate("Queues", "nested too deeply"));
        ws();
        if (m_p >= m_end)
            return fail(QCoreApplication::translate("Queues", "unexpected end of input"));
        switch (*m_p) {
        case '"': {
            QByteArrayView raw;
            QString decoded;
            bool escaped = false;
            return string(&raw, &decoded, &escaped);
        }
        case '{':
        case '[': {
            const char close = *m_p == '{' ? '}' : ']';
            const bool object = *m_p == '{';
            ++m_p;
            if (peek(close)) {
                ++m_p;
                return true;
            }
            for (;;) {
                if (object) {
                    QString key;
                    if (!stringValue(&key, false) || !expect(':'))
                        return false;
                }
                if (!skipValue(depth + 1))
                    return false;
                if (peek(',')) {
                    ++m_p;
                    continue;
                }
                return expect(close);
            }
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            break;
        }
        if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) {
            ++m_p;
            while (m_p < m_end
                && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '+'
                    || *m_p == '-'))
                ++m_p;
            return true;
        }
        return fail(QCoreApplication::translate("Queues", "unexpected character"));
    }

    bool QueuesJsonReader::integer(qint64* out)
    {
        ws();
        if (m_p < m_end && *m_p == 'n') {
            *out = -1;
            return literal("null");
        }
        const char* start = m_p;
        bool neg = false;
        if (m_p < m_end && *m_p == '-') {
            neg = true;
            ++m_p;
        }
        qint64 v = 0;
        const char* digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (v > (std::numeric_limits<qint64>::max() - 9) / 10)
                return fail(QCoreApplication::translate("Queues", "number out of range"));
            v = v * 10 + (*m_p - '0');
            ++m_p;
        }
        if (m_p == digits) {
            m_p = start;
            return fail(QCoreApplication::translate("Queues", "expected a number"));
        }
        // Counters are integers; a fraction or exponent is read and truncated.
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E')) {
            m_p = start;
            if (!skipValue())
                return false;
            bool ok = false;
            const double d = QByteArrayView(start, m_p - start).toDouble(&ok);
            // Converting a double outside qint64's range (1e308) is undefined behaviour.
            if (!ok || !(d > -0x1p63 && d < 0x1p63)) {
                m_p = start;
                return fail(ok ? QCoreApplication::translate("Queues", "number out of range")
                               : QCoreApplication::translate("Queues", "expected a number"));
            }
            *out = qint64(d);
            return true;
        }
        *out = neg ? -v : v;
        return true;
    }

    bool QueuesJsonReader::stringList(QStringList* out)
    {
        out->clear();
        ws();
        if (m_p < m_end && *m_p == 'n')
            return literal("null");
        // 3.10's rabbitmqctl JSON has "" for an empty list; the API could too.
        if (m_p < m_end && *m_p == '"') {
            QString s;
            if (!stringValue(&s, true))
                return false;
            if (!s.isEmpty())
                out->append(s);
            return true;
        }
        if (!expect('['))
            return false;
        if (peek(']')) {
            ++m_p;
            return true;
        }
        for (;;) {
            QString s;
            if (!stringValue(&s, true))
                return false;
            out->append(s);
            if (peek(',')) {
                ++m_p;
                continue;
            }
            return expect(']');
        }
    }

    bool QueuesJsonReader::objectFindString(const char* key, QString* out)
    {
        ws();
        if (m_p < m_end && *m_p != '{')
            return skipValue();
        ++m_p;
        if (peek('}')) {
            ++m_p;
            return true;
        }
        const QByteArrayView wanted(key);
        for (;;) {
            QByteArrayView raw;
            QString decoded;
            bool escaped = false;
            if (!string(&raw, &decoded, &escaped) || !expect(':'))
                return false;
            ws();
            if (!escaped && raw == wanted && m_p < m_end && *m_p == '"') {
                if (!stringValue(out, true))
                    return false;
            } else if (!skipValue(1)) {
                return false;
            }
            if (peek(',')) {
                ++m_p;
                continue;
            }
            return expect('}');
        }
    }

    bool QueuesJsonReader::queue(QueueInfo* out)
    {
        if (!expect('{'))
            return false;
        Raw r;
        bool haveLeader = false;
        QString haMode;
        if (peek('}')) {
            ++m_p;
        } else {
            for (;;) {
                QByteArrayView key;
                QString decodedKey;
                bool escaped = false;
                if (!string(&key, &decodedKey, &escaped) || !expect(':'))
                    return false;
                if (escaped) {
                    if (!skipValue())
                        return false;
                } else if (key == "name") {
                    if (!stringValue(&r.q.name, false))
                        return false;
                } else if (key == "vhost") {
                    if (!stringValue(&r.q.vhost, true))
                        return false;
                } else if (key == "type") {
                    if (!stringValue(&r.typeKey, true))
                        return false;
                } else if (key == "node") {
                    if (!stringValue(&r.node, true))
                        return false;
                } else if (key == "slave_nodes") {
                    if (!stringList(&r.mirrors))
                        return false;
                } else if (key == "synchronised_slave_nodes") {
                    if (!stringList(&r.syncMirrors))
                        return false;
                } else if (key == "leader") {
                    if (!stringValue(&r.leader, true))
                        return false;
                    haveLeader = true;
                } else if (key == "members") {
                    if (!stringList(&r.members))
                        return false;
                } else if (key == "online") {
                    if (!stringList(&r.online))
                        return false;
                } else if (key == "messages_ready") {
                    if (!integer(&r.q.messagesReady))
                        return false;
                } else if (key == "messages_unacknowledged") {
                    if (!integer(&r.q.messagesUnacknowledged))
                        return false;
                } else if (key == "consumers") {
                    if (!integer(&r.q.consumers))
                        return false;
                } else if (key == "state") {
                    if (!stringValue(&r.q.state, true))
                        return false;
                } else if (key == "policy") {
                    if (!stringValue(&r.q.policy, true))
                        return false;
                } else if (key == "effective_policy_definition") {
                    if (!objectFindString("ha-mode", &haMode))
                        return false;
                } else if (key == "arguments") {
                    if (!objectFindString("x-queue-type", &r.argType))
                        return false;
                } else if (!skipValue()) {
                    return false;
                }
                if (peek(',')) {
                    ++m_p;
                    continue;
                }
                if (!expect('}'))
                    return false;
                break;
            }
        }
        QueueInfo& q = r.q;
        if (q.name.isNull())
            return fail(QCoreApplication::translate("Queues", "a queue without a name"));
        q.state = normalState(q.state);
        q.haPolicy = !haMode.isEmpty();
        const QString& type = r.typeKey.isEmpty() ? r.argType : r.typeKey;
        if (type == QLatin1String("quorum") || type == QLatin1String("stream")) {
            // A stopped leader's queue has no "leader"; "node" then names where it was.
            assignQuorumReplicas(q, haveLeader && !r.leader.isEmpty() ? r.leader : r.node, r.members, r.online);
            if (type == QLatin1String("stream"))
                q.type = QueueType::Stream;
        } else {
            q.homeNode = r.node;
            q.type = type.isEmpty() || type == QLatin1String("classic") ? QueueType::Classic : QueueType::Unknown;
            if (q.type == QueueType::Classic)
                assignClassicReplicas(q, r.mirrors, r.syncMirrors);
            else
                q.homeNode = r.node;
        }
        *out = std::move(q);
        return true;
    }

    Parsed<QList<QueueInfo>> QueuesJsonReader::read()
    {
        QList<QueueInfo> queues;
        ws();
        if (m_p < m_end && *m_p == '{') {
            // A paged answer ({"items": [...], ...}) or an error ({"error": ..., "reason": ...}).
            ++m_p;
            bool found = false;
            QString reason;
            if (!peek('}')) {
                for (;;) {
                    QByteArrayView key;
                    QString dk;
                    bool escaped = false;
                    if (!string(&key, &dk, &escaped) || !expect(':'))
                        return m_error;
                    if (!escaped && key == "items") {
                        auto inner = read();
                        if (!inner.ok())
                            return inner;
                        queues = std::move(inner.value());
                        found = true;
                    } else if (!escaped && key == "reason" && peek('"')) {
                        if (!stringValue(&reason, false))
                            return m_error;
                    } else if (!skipValue()) {
                        return m_error;
                    }
                    if (peek(',')) {
                        ++m_p;
                        continue;
                    }
                    if (!expect('}'))
                        return m_error;
                    break;
                }
            } else {
                ++m_p;
            }
            if (!found)
                return ParseError { reason.isEmpty()
                        ? QCoreApplication::translate("Queues", "expected a list of queues")
                        : QCoreApplication::translate("Queues", "the API refused: %1").arg(reason) };
            return queues;
        }
        if (!expect('['))
            return m_error;
        // A queue takes ~150–400 bytes of JSON with Warren's columns.
        queues.reserve(m_json.size() / 200 + 1);
        if (peek(']')) {
            ++m_p;
            return queues;
        }
        for (;;) {
            QueueInfo q;
            if (!queue(&q))
                return m_error;
            queues.append(std::move(q));
            if (peek(',')) {
                ++m_p;
                continue;
            }
            if (!expect(']'))
                return m_error;
            break;
        }
        queues.squeeze();
        return queues;
    }

    // ---- rabbitmqctl list_queues ----

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

Parsed<QList<QueueInfo>> parseApiQueues(QByteArrayView json)
{
    QueuesJsonReader reader(json);
    return reader.read();
}

QStringList listQueuesColumns()
{
    return { QStringLiteral("name"), QStringLiteral("pid"), QStringLiteral("slave_pids"),
        QStringLiteral("synchronised_slave_pids"), QStringLiteral("leader"), QStringLiteral("members"),
        QStringLiteral("online"), QStringLiteral("messages_ready"), QStringLiteral("messages_unacknowledged"),
        QStringLiteral("consumers"), QStringLiteral("state"), QStringLiteral("type"), QStringLiteral("policy") };
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
              cState = col("state"), cType = col("type"), cPolicy = col("policy");

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
            if (leader.isEmpty() && cPid >= 0)
                leader = nodeOfPid(f(cPid));
            assignQuorumReplicas(
                q, pool.get(leader), internAll(nodesOfList(f(cMembers))), internAll(nodesOfList(f(cOnline))));
            if (type == QLatin1String("stream"))
                q.type = QueueType::Stream;
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

Parsed<QSet<QueueKey>> parseApiHaPolicies(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return parseErrorAtUtf8(json, error.offset, error.errorString());
    if (!doc.isArray())
        return ParseError { QCoreApplication::translate("Queues", "/api/policies did not answer a list"), 0, 0 };
    QSet<QueueKey> ha;
    for (const auto& v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("definition")).toObject().contains(QLatin1String("ha-mode")))
            ha.insert({ o.value(QLatin1String("vhost")).toString(), o.value(QLatin1String("name")).toString() });
    }
    return ha;
}

void applyHaPolicies(QList<QueueInfo>& queues, const QSet<QueueKey>& haPolicies)
{
    if (haPolicies.isEmpty())
        return;
    for (QueueInfo& q : queues) {
        if (q.policy.isEmpty() || q.haPolicy || !haPolicies.contains({ q.vhost, q.policy }))
            continue;
        q.haPolicy = true;
        if (q.type == QueueType::Classic)
            q.type = QueueType::Mirrored;
    }
}

} // namespace warren
