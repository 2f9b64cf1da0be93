#include "StatCsv.h"

#include <QCoreApplication>
#include <QHash>

namespace warren {

namespace {

    constexpr qsizetype kMaxCsvBytes = 64 * 1024 * 1024;

    struct CsvRecord
    {
        QStringList fields;
        qsizetype offset = 0; // of the record's first character
        bool blank() const { return fields.size() == 1 && fields.first().trimmed().isEmpty(); }
    };

    // RFC 4180-style reader: HAProxy quotes a field (doubling inner quotes) when it holds a comma or a
    // quote, as check_desc often does ("Layer4 connection problem, info: \"Connection refused\"").
    class CsvReader
    {
    public:
        explicit CsvReader(QStringView text)
            : m_text(text)
        {
        }

        bool atEnd() const { return m_pos >= m_text.size(); }

        // False with errorOffset set on a quote that never closes.
        bool next(CsvRecord& record, qsizetype& errorOffset)
        {
            record.fields.clear();
            record.offset = m_pos;
            QString field;
            for (;;) {
                if (m_pos >= m_text.size()) {
                    record.fields.append(field);
                    return true;
                }
                const QChar c = m_text[m_pos];
                if (c == QLatin1Char('\n')) {
                    ++m_pos;
                    if (field.endsWith(QLatin1Char('\r')))
                        field.chop(1);
                    record.fields.append(field);
                    return true;
                }
                if (c == QLatin1Char(',')) {
                    ++m_pos;
                    record.fields.append(field);
                    field.clear();
                    continue;
                }
                if (c == QLatin1Char('"') && field.isEmpty()) {
                    const qsizetype quote = m_pos++;
                    bool closed = false;
                    while (m_pos < m_text.size()) {
                        const QChar q = m_text[m_pos++];
                        if (q == QLatin1Char('"')) {
                            if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('"')) {
                                field += q;
                                ++m_pos;
                                continue;
                            }
                            closed = true;
                            break;
                        }
                        field += q;
                    }
                    if (!closed) {
                        errorOffset = quote;
                        return false;
                    }
                    continue;
                }
                field += c;
                ++m_pos;
            }
        }

    private:
        QStringView m_text;
        qsizetype m_pos = 0;
    };

    qint64 number(const QString& s, qint64 fallback)
    {
        bool ok = false;
        const qint64 v = s.trimmed().toLongLong(&ok);
        return ok ? v : fallback;
    }

} // namespace

Parsed<QList<HaproxyServer>> parseHaproxyStatCsv(const QByteArray& csv)
{
    if (csv.size() > kMaxCsvBytes)
        return ParseError { QCoreApplication::translate("Parser", "input too large: more than %1 MiB")
                                .arg(kMaxCsvBytes / (1024 * 1024)),
            1, 1 };
    const QString text = QString::fromUtf8(csv);
    if (text.trimmed().isEmpty())
        return ParseError { QCoreApplication::translate("Parser", "HAProxy sent no statistics"), 1, 1 };

    CsvReader reader(text);
    CsvRecord record;
    qsizetype errorOffset = 0;
    const auto unclosedQuote = [&] {
        return parseErrorAt(text, errorOffset, QCoreApplication::translate("Parser", "quoted field not closed"));
    };

    // The header names the columns; their set and order change between HAProxy versions.
    QHash<QString, qsizetype> columns;
    qsizetype headerOffset = 0;
    while (!reader.atEnd()) {
        if (!reader.next(record, errorOffset))
            return unclosedQuote();
        if (record.blank())
            continue;
        headerOffset = record.offset;
        QString first = record.fields.first().trimmed();
        if (!first.startsWith(QLatin1Char('#'))) {
            QString line = text.mid(record.offset, 80).section(QLatin1Char('\n'), 0, 0).trimmed();
            for (QChar& c : line) {
                if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                    c = QChar::ReplacementCharacter; // a message is no place for control characters
            }
            return parseErrorAt(text, record.offset,
                QCoreApplication::translate(
                    "Parser", "not HAProxy statistics: expected a header line starting with \"# pxname\", found \"%1\"")
                    .arg(line));
        }
        record.fields.first() = first.mid(1).trimmed();
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            const QString name = record.fields.at(i).trimmed();
            if (!name.isEmpty() && !columns.contains(name))
                columns.insert(name, i);
        }
        break;
    }
    if (columns.isEmpty())
        return ParseError { QCoreApplication::translate("Parser", "HAProxy sent no statistics"), 1, 1 };
    for (const char* required : { "pxname", "svname", "status" }) {
        if (!columns.contains(QLatin1String(required)))
            return parseErrorAt(text, headerOffset,
                QCoreApplication::translate("Parser", "the statistics header has no \"%1\" column")
                    .arg(QLatin1String(required)));
    }

    const qsizetype pxname = columns.value(QStringLiteral("pxname"));
    const qsizetype svname = columns.value(QStringLiteral("svname"));
    const qsizetype status = columns.value(QStringLiteral("status"));
    const qsizetype needed = qMax(pxname, qMax(svname, status)) + 1;
    const auto column = [&](const char* name) { return columns.value(QLatin1String(name), -1); };
    const qsizetype type = column("type");
    const qsizetype scur = column("scur");
    const qsizetype bck = column("bck");
    const qsizetype addr = column("addr");
    const qsizetype checkStatus = column("check_status");
    const qsizetype lastchg = column("lastchg");
    const qsizetype chkfail = column("chkfail");
    const qsizetype chkdown = column("chkdown");

    QList<HaproxyServer> servers;
    while (!reader.atEnd()) {
        if (!reader.next(record, errorOffset))
            return unclosedQuote();
        if (record.blank())
            continue;
        const QStringList& f = record.fields;
        if (f.size() < needed)
            return parseErrorAt(text, record.offset,
                QCoreApplication::translate("Parser", "the line has %1 fields but the header names %2")
                    .arg(f.size())
                    .arg(columns.size()));
        const auto field = [&f](qsizetype i) { return i >= 0 && i < f.size() ? f.at(i).trimmed() : QString(); };

        // type: 0 frontend, 1 backend, 2 server, 3 listener. Old versions lack it: use svname.
        const QString kind = field(type);
        const QString name = field(svname);
        if (!kind.isEmpty() ? kind != QLatin1String("2")
                            : (name == QLatin1String("FRONTEND") || name == QLatin1String("BACKEND")))
            continue;

        HaproxyServer server;
        server.proxy = field(pxname);
        server.name = name;
        server.address = field(addr);
        server.backup = number(field(bck), 0) != 0;
        server.status = field(status);
        server.checkStatus = field(checkStatus);
        server.currentSessions = number(field(scur), 0);
        server.lastChangeSeconds = number(field(lastchg), -1);
        server.checkFailures = number(field(chkfail), -1);
        server.checkDowns = number(field(chkdown), -1);
        servers.append(server);
    }
    return servers;
}

} // namespace warren
