#pragma once

#include "QueueParseSupport.h"
#include "parse/ParseError.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstring>
#include <initializer_list>

namespace warren {

// A hand-written single-pass JSON reader over a byte buffer, no DOM: at 100k queues a
// /api/queues body is tens of MB and a QJsonDocument would hold several copies of it. Each call
// reads one value at the current position and returns false on the first error, kept in error()
// with its line and column (positions are byte offsets into the body). Strings without escapes
// come back as views of the buffer; repeated ones can be shared through a string pool.
// ApiQueueParsers.cpp builds the /api/queues reader on it.
class JsonStreamReader
{
public:
    explicit JsonStreamReader(QByteArrayView json)
        : m_json(json)
        , m_p(json.data())
        , m_end(json.data() + json.size())
    {
    }

    const ParseError& error() const { return m_error; }

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
    // A string or null (-> a null QString); pooled: shared with equal strings read before.
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
    bool integer(qint64* out); // null -> -1; a fraction or exponent is truncated
    bool stringList(QStringList* out); // [..], null or "" (-> empty), "x" (-> one element)
    bool objectFindString(const char* key, QString* out); // {"key": "value", ...}
    // {"key": value, ...}: each wanted key's string (into str) or integer (into num); a value of
    // another kind, and every other key, is skipped. Not an object: skipped.
    struct Field
    {
        const char* key;
        QString* str = nullptr;
        qint64* num = nullptr;
    };
    bool objectFind(std::initializer_list<Field> fields);

protected:
    QByteArrayView m_json;
    const char* m_p;
    const char* m_end;
    ParseError m_error;
    queueparse::StringPool m_pool;
};

} // namespace warren
