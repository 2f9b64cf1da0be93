#include "HaproxyConfig.h"

#include <QCoreApplication>
#include <QHash>

namespace warren {

namespace {

    const QStringList kSectionKeywords = { QStringLiteral("global"), QStringLiteral("defaults"),
        QStringLiteral("listen"), QStringLiteral("frontend"), QStringLiteral("backend"), QStringLiteral("userlist"),
        QStringLiteral("peers"), QStringLiteral("resolvers"), QStringLiteral("mailers"), QStringLiteral("program"),
        QStringLiteral("http-errors"), QStringLiteral("ring"), QStringLiteral("cache"), QStringLiteral("log-forward") };

    HaproxySection::Kind kindOf(const QString& keyword)
    {
        if (keyword == QLatin1String("global"))
            return HaproxySection::Kind::Global;
        if (keyword == QLatin1String("defaults"))
            return HaproxySection::Kind::Defaults;
        if (keyword == QLatin1String("listen"))
            return HaproxySection::Kind::Listen;
        if (keyword == QLatin1String("frontend"))
            return HaproxySection::Kind::Frontend;
        if (keyword == QLatin1String("backend"))
            return HaproxySection::Kind::Backend;
        return HaproxySection::Kind::Other;
    }

    // HAProxy's word splitting: blanks separate words, '#' starts a comment, backslash escapes the
    // next character, single quotes are literal, double quotes group. Returns false on an unclosed
    // quote (the words read so far are kept).
    bool splitWords(QStringView line, QStringList& words)
    {
        QString word;
        bool inWord = false;
        QChar quote;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (!quote.isNull()) {
                if (c == quote) {
                    quote = QChar();
                } else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < line.size()) {
                    word += line[++i];
                } else {
                    word += c;
                }
                continue;
            }
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\f')
                || c == QLatin1Char('\v')) {
                if (inWord) {
                    words << word;
                    word.clear();
                    inWord = false;
                }
                continue;
            }
            if (c == QLatin1Char('#'))
                break;
            inWord = true;
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                word += line[++i];
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else {
                word += c;
            }
            if (words.size() >= HaproxyConfig::kMaxWords)
                break;
        }
        if (inWord)
            words << word;
        return quote.isNull();
    }

    int toInt(const QString& s, int fallback)
    {
        bool ok = false;
        const int v = s.toInt(&ok);
        return ok ? v : fallback;
    }

} // namespace

bool HaproxyAddress::anyHost() const
{
    return host.isEmpty() || host == QLatin1String("*") || host == QLatin1String("0.0.0.0")
        || host == QLatin1String("::") || host == QLatin1String("::0");
}

QString HaproxyAddress::toString() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port < 0)
        return h;
    if (portEnd > port)
        return QStringLiteral("%1:%2-%3").arg(h).arg(port).arg(portEnd);
    return QStringLiteral("%1:%2").arg(h).arg(port);
}

const HaproxyDirective* HaproxySection::find(const QString& keyword, const QString& firstArg) const
{
    for (qsizetype i = directives.size() - 1; i >= 0; --i) {
        const auto& d = directives[i];
        if (d.keyword == keyword && (firstArg.isEmpty() || d.arg(0).toLower() == firstArg))
            return &d;
    }
    return nullptr;
}

QList<HaproxyAddress> HaproxySection::binds() const
{
    QList<HaproxyAddress> out = headerBinds;
    for (const auto& d : directives) {
        if (d.keyword != QLatin1String("bind") || d.args.isEmpty())
            continue;
        for (const auto& part : d.args.first().split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << HaproxyConfig::parseAddress(part, d.line);
    }
    return out;
}

QList<HaproxyServerLine> HaproxySection::servers() const
{
    QList<HaproxyServerLine> out;
    for (const auto& d : directives) {
        if (d.keyword != QLatin1String("server") || d.args.size() < 2)
            continue;
        HaproxyServerLine s;
        s.line = d.line;
        s.name = d.args[0];
        s.address = HaproxyConfig::parseAddress(d.args[1], d.line);
        s.options = d.args.mid(2);
        for (qsizetype i = 2; i < d.args.size(); ++i) {
            const QString o = d.args[i].toLower();
            const QString next = i + 1 < d.args.size() ? d.args[i + 1] : QString();
            if (o == QLatin1String("check"))
                s.check = true;
            else if (o == QLatin1String("no-check"))
                s.check = false;
            else if (o == QLatin1String("backup"))
                s.backup = true;
            else if (o == QLatin1String("disabled"))
                s.disabled = true;
            else if (o == QLatin1String("inter") && !next.isEmpty())
                s.interMs = HaproxyConfig::parseTimeMs(d.args[++i]);
            else if (o == QLatin1String("rise") && !next.isEmpty())
                s.rise = toInt(d.args[++i], -1);
            else if (o == QLatin1String("fall") && !next.isEmpty())
                s.fall = toInt(d.args[++i], -1);
            else if (o == QLatin1String("weight") && !next.isEmpty())
                s.weight = toInt(d.args[++i], -1);
        }
        out << s;
    }
    return out;
}

HaproxyConfig HaproxyConfig::parse(const QByteArray& input)
{
    HaproxyConfig cfg;
    QByteArray data = input;
    if (data.size() > kMaxBytes) {
        cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Unreadable, 0,
            QCoreApplication::translate("HaproxyConfig", "the file is larger than %1 MiB; only the beginning was read")
                .arg(kMaxBytes / (1024 * 1024)) };
        data.truncate(kMaxBytes);
    }
    qsizetype pos = 0;
    int lineNo = 0;
    int binaryLines = 0;
    HaproxySection* current = nullptr;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        ++lineNo;
        const QByteArrayView raw(data.constData() + pos, end - pos);
        pos = end + 1;
        if (lineNo > kMaxLines) {
            cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Unreadable, lineNo,
                QCoreApplication::translate("HaproxyConfig", "more than %1 lines; the rest of the file was not read")
                    .arg(kMaxLines) };
            break;
        }
        if (raw.size() > kMaxLineChars) {
            cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Unreadable, lineNo,
                QCoreApplication::translate(
                    "HaproxyConfig", "line is %1 bytes long (HAProxy reads at most a few kB per line); skipped")
                    .arg(raw.size()) };
            continue;
        }
        if (raw.contains('\0')) {
            // Report the first few binary lines; a binary file would otherwise drown the list.
            if (++binaryLines <= 5)
                cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Unreadable, lineNo,
                    QCoreApplication::translate(
                        "HaproxyConfig", "line contains NUL bytes (binary data, not a configuration line); skipped") };
            continue;
        }
        const QString line = QString::fromUtf8(raw);
        QStringList words;
        if (!splitWords(line, words))
            cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Syntax, lineNo,
                QCoreApplication::translate("HaproxyConfig", "unclosed quote") };
        if (words.isEmpty())
            continue;
        if (line.contains(QChar::ReplacementCharacter)) {
            if (++binaryLines <= 5)
                cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Unreadable, lineNo,
                    QCoreApplication::translate("HaproxyConfig", "line is not valid UTF-8 text (binary data?)") };
        }
        const QString keyword = words.first().toLower();
        if (kSectionKeywords.contains(keyword)) {
            HaproxySection s;
            s.kind = kindOf(keyword);
            s.keyword = keyword;
            s.line = lineNo;
            s.name = words.value(1);
            if (s.kind == HaproxySection::Kind::Global)
                s.name.clear();
            // The 1.4 form: `listen NAME ADDR:PORT[,ADDR:PORT...]`.
            if ((s.kind == HaproxySection::Kind::Listen || s.kind == HaproxySection::Kind::Frontend)
                && words.size() > 2) {
                for (const auto& part : words[2].split(QLatin1Char(','), Qt::SkipEmptyParts))
                    s.headerBinds << parseAddress(part, lineNo);
            }
            if (s.isProxy() && s.name.isEmpty())
                cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Syntax, lineNo,
                    QCoreApplication::translate("HaproxyConfig", "\"%1\" section without a name").arg(keyword) };
            cfg.m_sections << s;
            current = &cfg.m_sections.last();
            continue;
        }
        if (!current) {
            cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Syntax, lineNo,
                QCoreApplication::translate(
                    "HaproxyConfig", "\"%1\" outside any section (global, defaults, listen, frontend, backend)")
                    .arg(words.first().left(80)) };
            continue;
        }
        HaproxyDirective d;
        d.line = lineNo;
        d.keyword = keyword;
        d.args = words.mid(1);
        if (keyword == QLatin1String("server") && d.args.size() < 2)
            cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Syntax, lineNo,
                QCoreApplication::translate("HaproxyConfig", "\"server\" needs a name and an address") };
        if (keyword == QLatin1String("bind") && d.args.isEmpty())
            cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Syntax, lineNo,
                QCoreApplication::translate("HaproxyConfig", "\"bind\" needs an address") };
        if (keyword == QLatin1String("timeout")) {
            bool tooLong = false;
            if (d.args.size() < 2 || parseTimeMs(d.args[1], &tooLong) < 0)
                cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Syntax, lineNo,
                    tooLong ? QCoreApplication::translate("HaproxyConfig",
                        "\"timeout %1\" is longer than HAProxy allows (at most 2147483647 ms, about 24.8 days)")
                                  .arg(d.args[0])
                            : QCoreApplication::translate(
                                "HaproxyConfig", "\"timeout\" needs a name and a time such as 5s or 3h") };
        }
        current->directives << d;
    }
    if (binaryLines > 5)
        cfg.m_issues << HaproxyParseIssue { HaproxyParseIssue::Kind::Unreadable, 0,
            QCoreApplication::translate("HaproxyConfig", "%1 lines hold binary data in all").arg(binaryLines) };
    cfg.m_lineCount = lineNo;
    int lastDefaults = -1;
    cfg.m_defaultsBefore.reserve(cfg.m_sections.size());
    for (int i = 0; i < int(cfg.m_sections.size()); ++i) {
        cfg.m_defaultsBefore << lastDefaults;
        if (cfg.m_sections[i].kind == HaproxySection::Kind::Defaults)
            lastDefaults = i;
    }
    return cfg;
}

const HaproxySection* HaproxyConfig::global() const
{
    for (const auto& s : m_sections) {
        if (s.kind == HaproxySection::Kind::Global)
            return &s;
    }
    return nullptr;
}

const HaproxySection* HaproxyConfig::defaultsFor(int sectionIndex) const
{
    if (sectionIndex < 0 || m_sections.isEmpty())
        return nullptr;
    if (sectionIndex >= m_sections.size()) // after the last section: the last defaults, if any
        return m_sections.last().kind == HaproxySection::Kind::Defaults ? &m_sections.last()
                                                                        : defaultsFor(int(m_sections.size()) - 1);
    const int i = m_defaultsBefore.value(sectionIndex, -1);
    return i >= 0 ? &m_sections[i] : nullptr;
}

const HaproxyDirective* HaproxyConfig::effective(
    int sectionIndex, const QString& keyword, const QString& firstArg) const
{
    if (sectionIndex < 0 || sectionIndex >= m_sections.size())
        return nullptr;
    if (const auto* d = m_sections[sectionIndex].find(keyword, firstArg))
        return d;
    if (const auto* def = defaultsFor(sectionIndex))
        return def->find(keyword, firstArg);
    return nullptr;
}

qint64 HaproxyConfig::effectiveTimeoutMs(int sectionIndex, const QString& which, int* line) const
{
    // The legacy 1.4 names count as the modern ones; the later line in a section wins.
    static const QHash<QString, QString> legacy = { { QStringLiteral("client"), QStringLiteral("clitimeout") },
        { QStringLiteral("server"), QStringLiteral("srvtimeout") },
        { QStringLiteral("connect"), QStringLiteral("contimeout") } };
    auto lookIn = [&](const HaproxySection* s) -> const HaproxyDirective* {
        if (!s)
            return nullptr;
        const HaproxyDirective* modern = s->find(QStringLiteral("timeout"), which);
        const HaproxyDirective* old = legacy.contains(which) ? s->find(legacy.value(which)) : nullptr;
        if (modern && old)
            return modern->line > old->line ? modern : old;
        return modern ? modern : old;
    };
    if (sectionIndex < 0 || sectionIndex >= m_sections.size())
        return -1;
    const HaproxyDirective* d = lookIn(&m_sections[sectionIndex]);
    if (!d)
        d = lookIn(defaultsFor(sectionIndex));
    if (!d)
        return -1;
    if (line)
        *line = d->line;
    return parseTimeMs(d->keyword == QLatin1String("timeout") ? d->arg(1) : d->arg(0));
}

qint64 HaproxyConfig::parseTimeMs(const QString& text, bool* tooLong)
{
    if (tooLong)
        *tooLong = false;
    const QString t = text.trimmed().toLower();
    qsizetype digits = 0;
    while (digits < t.size() && t[digits] >= QLatin1Char('0') && t[digits] <= QLatin1Char('9'))
        ++digits;
    if (digits == 0 || digits > 12)
        return -1;
    const qint64 value = t.left(digits).toLongLong();
    const QString unit = t.mid(digits);
    qint64 factor = 0;
    if (unit.isEmpty() || unit == QLatin1String("ms"))
        factor = 1;
    else if (unit == QLatin1String("us"))
        return value / 1000;
    else if (unit == QLatin1String("s"))
        factor = 1000;
    else if (unit == QLatin1String("m"))
        factor = 60 * 1000;
    else if (unit == QLatin1String("h"))
        factor = 3600 * 1000;
    else if (unit == QLatin1String("d"))
        factor = 24 * 3600 * 1000;
    else
        return -1;
    // Twelve digits of days do not fit in 64 bits of milliseconds.
    qint64 ms = 0;
    if (__builtin_mul_overflow(value, factor, &ms) || ms > MaxTimeMs) {
        if (tooLong)
            *tooLong = true;
        return -1;
    }
    return ms;
}

HaproxyAddress HaproxyConfig::parseAddress(const QString& textIn, int line)
{
    HaproxyAddress a;
    a.line = line;
    QString text = textIn.trimmed();
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at >= 0 && at < 8)
        text = text.mid(at + 1); // ipv4@, ipv6@, unix@, fd@ ...
    QString portPart;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        a.host = text.mid(1, close < 0 ? -1 : close - 1);
        if (close >= 0 && text.mid(close + 1).startsWith(QLatin1Char(':')))
            portPart = text.mid(close + 2);
    } else if (text.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        a.host = text.left(colon);
        portPart = text.mid(colon + 1);
    } else if (text.count(QLatin1Char(':')) > 1) {
        // "::1:5672" is ambiguous; HAProxy takes the part after the last colon as the port.
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        a.host = text.left(colon);
        portPart = text.mid(colon + 1);
    } else {
        a.host = text;
    }
    if (!portPart.isEmpty()) {
        const auto range = portPart.split(QLatin1Char('-'));
        bool ok1 = false;
        bool ok2 = true;
        const int first = range.value(0).toInt(&ok1);
        int last = first;
        if (range.size() == 2)
            last = range[1].toInt(&ok2);
        if (ok1 && ok2 && first >= 0 && first <= 65535 && last >= first && last <= 65535) {
            a.port = first;
            a.portEnd = last;
        }
    }
    return a;
}

} // namespace warren
