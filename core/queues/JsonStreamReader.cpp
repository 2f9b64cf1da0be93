#include "JsonStreamReader.h"

#include <limits>

namespace warren {

bool JsonStreamReader::string(QByteArrayView* raw, QString* decoded, bool* escaped)
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

bool JsonStreamReader::stringValue(QString* out, bool pooled)
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

bool JsonStreamReader::skipValue(int depth)
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

bool JsonStreamReader::integer(qint64* out)
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

bool JsonStreamReader::stringList(QStringList* out)
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

bool JsonStreamReader::objectFindString(const char* key, QString* out)
{
    return objectFind({ Field { key, out, nullptr } });
}

bool JsonStreamReader::objectFind(std::initializer_list<Field> fields)
{
    ws();
    if (m_p < m_end && *m_p != '{')
        return skipValue();
    ++m_p;
    if (peek('}')) {
        ++m_p;
        return true;
    }
    for (;;) {
        QByteArrayView raw;
        QString decoded;
        bool escaped = false;
        if (!string(&raw, &decoded, &escaped) || !expect(':'))
            return false;
        ws();
        const Field* match = nullptr;
        if (!escaped) {
            for (const Field& f : fields) {
                if (raw == QByteArrayView(f.key)) {
                    match = &f;
                    break;
                }
            }
        }
        const char c = m_p < m_end ? *m_p : '\0';
        if (match && match->str && c == '"') {
            if (!stringValue(match->str, true))
                return false;
        } else if (match && match->num && (c == '-' || (c >= '0' && c <= '9'))) {
            if (!integer(match->num))
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

} // namespace warren
