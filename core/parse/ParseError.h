#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <utility>

namespace warren {

// Where and why outside input could not be read. Positions are 1-based; 0 means unknown.
struct ParseError
{
    QString message; // translated
    int line = 0;
    int column = 0;

    QString toString() const; // "line 3, column 14: expected ',' or ']'" (translated)
};

template <typename T> class Parsed
{
public:
    Parsed(T value)
        : m_value(std::move(value))
    {
    }
    Parsed(ParseError error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const ParseError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    ParseError m_error;
};

// Line and column of a character offset in text, for error messages.
std::pair<int, int> lineColumnAt(QStringView text, qsizetype offset);
// The same for a byte offset into UTF-8 (QJsonParseError::offset); columns count characters.
std::pair<int, int> lineColumnAtUtf8(QByteArrayView utf8, qsizetype byteOffset);
// A ParseError whose position is the given offset.
ParseError parseErrorAt(QStringView text, qsizetype offset, QString message);
ParseError parseErrorAtUtf8(QByteArrayView utf8, qsizetype byteOffset, QString message);

} // namespace warren
