#include "ParseError.h"

#include <QCoreApplication>

#include <climits>

namespace warren {

QString ParseError::toString() const
{
    if (line > 0 && column > 0)
        return QCoreApplication::translate("Parser", "line %1, column %2: %3").arg(line).arg(column).arg(message);
    if (line > 0)
        return QCoreApplication::translate("Parser", "line %1: %2").arg(line).arg(message);
    return message;
}

std::pair<int, int> lineColumnAt(QStringView text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else if (c.isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()) {
            // The second half of a character outside the BMP: columns count characters.
        } else {
            ++column;
        }
    }
    return { int(qMin<qsizetype>(line, INT_MAX)), int(qMin<qsizetype>(column, INT_MAX)) };
}

std::pair<int, int> lineColumnAtUtf8(QByteArrayView utf8, qsizetype byteOffset)
{
    byteOffset = qBound(qsizetype(0), byteOffset, utf8.size());
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < byteOffset; ++i) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b == '\n') {
            ++line;
            column = 1;
        } else if ((b & 0xC0) != 0x80) {
            // Continuation bytes belong to the character their lead byte started.
            ++column;
        }
    }
    return { int(qMin<qsizetype>(line, INT_MAX)), int(qMin<qsizetype>(column, INT_MAX)) };
}

ParseError parseErrorAt(QStringView text, qsizetype offset, QString message)
{
    const auto [line, column] = lineColumnAt(text, offset);
    return ParseError { std::move(message), line, column };
}

ParseError parseErrorAtUtf8(QByteArrayView utf8, qsizetype byteOffset, QString message)
{
    const auto [line, column] = lineColumnAtUtf8(utf8, byteOffset);
    return ParseError { std::move(message), line, column };
}

} // namespace warren
