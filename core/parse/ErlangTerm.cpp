#include "ErlangTerm.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cmath>
#include <limits>

namespace warren {

const ErlTerm* ErlTerm::lookup(QStringView key) const
{
    if (kind != Kind::List && kind != Kind::Map)
        return nullptr;
    for (const ErlTerm& item : items) {
        if (item.kind != Kind::Tuple || item.items.size() != 2)
            continue;
        const ErlTerm& k = item.items.first();
        if ((k.kind == Kind::Atom || k.kind == Kind::String || k.kind == Kind::Binary) && k.text == key)
            return &item.items.at(1);
    }
    return nullptr;
}

namespace {

    bool isDigit(QChar c)
    {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    }

    // Erlang's atom characters: lower-case start, then letters, digits, '_' and '@' (Latin-1 letters
    // included, as the Erlang scanner does).
    bool isAtomStart(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= 0xDF && u <= 0xFF && u != 0xF7);
    }

    bool isAtomChar(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'@' || (u >= 0xC0 && u <= 0xFF && u != 0xD7 && u != 0xF7);
    }

    int digitValue(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'z')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'Z')
            return u - u'A' + 10;
        return 99;
    }

    // A character as shown in an error message: printable ones as themselves, others as U+XXXX.
    QString shown(QChar c)
    {
        if (c.isPrint() && !c.isSpace())
            return QString(c);
        return QStringLiteral("U+%1").arg(
            QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }

    class TermParser
    {
    public:
        TermParser(QStringView text, qsizetype pos)
            : m_text(text)
            , m_pos(pos)
        {
        }

        bool parse(ErlTerm& out) { return parseTerm(out, 0); }
        qsizetype pos() const { return m_pos; }
        void skipSpace();
        bool atEnd() const { return m_pos >= m_text.size(); }
        QChar peek(qsizetype ahead = 0) const
        {
            const qsizetype i = m_pos + ahead;
            return i < m_text.size() ? m_text[i] : QChar();
        }
        void advance(qsizetype n = 1) { m_pos = qMin(m_pos + n, m_text.size()); }
        void setPos(qsizetype pos) { m_pos = pos; }
        ParseError error() const { return parseErrorAt(m_text, m_errorPos, m_errorMessage); }
        bool fail(qsizetype at, QString message)
        {
            if (m_errorPos < 0) {
                m_errorPos = at;
                m_errorMessage = std::move(message);
            }
            return false;
        }
        bool failUnexpected(qsizetype at);

    private:
        bool parseTerm(ErlTerm& out, int depth);
        bool parseSequence(ErlTerm& out, int depth, QChar closer);
        bool parseMap(ErlTerm& out, int depth);
        bool parseNumber(ErlTerm& out);
        bool parseChar(ErlTerm& out);
        bool parseQuoted(QChar quote, QString& out);
        bool parseEscape(char32_t& cp);
        bool parseBinary(ErlTerm& out);
        bool parsePid(ErlTerm& out);
        bool countTerm(qsizetype at);

        QStringView m_text;
        qsizetype m_pos = 0;
        qsizetype m_terms = 0;
        qsizetype m_errorPos = -1;
        QString m_errorMessage;
    };

    void TermParser::skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('%')) {
                while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char('\n'))
                    ++m_pos;
            } else if (c.isSpace()) {
                ++m_pos;
            } else {
                break;
            }
        }
    }

    bool TermParser::failUnexpected(qsizetype at)
    {
        if (at >= m_text.size())
            return fail(at, QCoreApplication::translate("Parser", "unexpected end of input"));
        return fail(at, QCoreApplication::translate("Parser", "unexpected character '%1'").arg(shown(m_text[at])));
    }

    bool TermParser::countTerm(qsizetype at)
    {
        if (++m_terms > kErlangTermMaxTerms)
            return fail(at, QCoreApplication::translate("Parser", "more than %1 terms").arg(kErlangTermMaxTerms));
        return true;
    }

    bool TermParser::parseTerm(ErlTerm& out, int depth)
    {
        skipSpace();
        const qsizetype start = m_pos;
        if (atEnd())
            return fail(start, QCoreApplication::translate("Parser", "unexpected end of input: expected a term"));
        if (!countTerm(start))
            return false;
        const QChar c = peek();
        const char16_t u = c.unicode();

        if (u == u'[' || u == u'{') {
            if (depth >= kErlangTermMaxDepth)
                return fail(start,
                    QCoreApplication::translate("Parser", "nesting deeper than %1 levels").arg(kErlangTermMaxDepth));
            advance();
            out.kind = u == u'[' ? ErlTerm::Kind::List : ErlTerm::Kind::Tuple;
            return parseSequence(out, depth + 1, u == u'[' ? QLatin1Char(']') : QLatin1Char('}'));
        }
        if (u == u'#') {
            if (peek(1) == QLatin1Char('{')) {
                if (depth >= kErlangTermMaxDepth)
                    return fail(start,
                        QCoreApplication::translate("Parser", "nesting deeper than %1 levels")
                            .arg(kErlangTermMaxDepth));
                advance(2);
                out.kind = ErlTerm::Kind::Map;
                return parseMap(out, depth + 1);
            }
            return fail(start,
                QCoreApplication::translate(
                    "Parser", "unsupported term: records, references, ports and funs cannot be read"));
        }
        if (u == u'<') {
            if (peek(1) == QLatin1Char('<'))
                return parseBinary(out);
            return parsePid(out);
        }
        if (u == u'"') {
            out.kind = ErlTerm::Kind::String;
            if (!parseQuoted(c, out.text))
                return false;
            // Adjacent string literals concatenate, as in Erlang source.
            for (;;) {
                const qsizetype save = m_pos;
                skipSpace();
                if (peek() != QLatin1Char('"')) {
                    m_pos = save;
                    break;
                }
                QString more;
                if (!parseQuoted(QLatin1Char('"'), more))
                    return false;
                out.text += more;
            }
            return true;
        }
        if (u == u'\'') {
            out.kind = ErlTerm::Kind::Atom;
            return parseQuoted(c, out.text);
        }
        if (u == u'$')
            return parseChar(out);
        if (isDigit(c) || ((u == u'-' || u == u'+') && isDigit(peek(1))))
            return parseNumber(out);
        if (isAtomStart(c)) {
            while (!atEnd() && isAtomChar(peek()))
                advance();
            out.kind = ErlTerm::Kind::Atom;
            out.text = m_text.mid(start, m_pos - start).toString();
            return true;
        }
        if (c.isUpper() || u == u'_')
            return fail(start,
                QCoreApplication::translate(
                    "Parser", "unexpected variable name: atoms that start with '%1' need quotes")
                    .arg(shown(c)));
        return failUnexpected(start);
    }

    bool TermParser::parseSequence(ErlTerm& out, int depth, QChar closer)
    {
        skipSpace();
        if (peek() == closer) {
            advance();
            return true;
        }
        for (;;) {
            ErlTerm item;
            if (!parseTerm(item, depth))
                return false;
            out.items.append(std::move(item));
            skipSpace();
            const qsizetype at = m_pos;
            if (atEnd())
                return fail(at,
                    QCoreApplication::translate("Parser", "unexpected end of input: expected ',' or '%1'").arg(closer));
            const QChar c = peek();
            if (c == QLatin1Char(',')) {
                advance();
                continue;
            }
            if (c == closer) {
                advance();
                return true;
            }
            if (c == QLatin1Char('|') && closer == QLatin1Char(']'))
                return fail(
                    at, QCoreApplication::translate("Parser", "improper lists ([Head|Tail]) are not supported"));
            if (c == QLatin1Char('.') && peek(1) == QLatin1Char('.') && peek(2) == QLatin1Char('.'))
                return fail(at, QCoreApplication::translate("Parser", "the term was cut short ('...')"));
            return fail(at,
                QCoreApplication::translate("Parser", "expected ',' or '%1' but found '%2'").arg(closer).arg(shown(c)));
        }
    }

    bool TermParser::parseMap(ErlTerm& out, int depth)
    {
        skipSpace();
        if (peek() == QLatin1Char('}')) {
            advance();
            return true;
        }
        for (;;) {
            ErlTerm key;
            if (!parseTerm(key, depth))
                return false;
            skipSpace();
            if (!(peek() == QLatin1Char('=') && peek(1) == QLatin1Char('>'))) {
                if (atEnd())
                    return fail(m_pos, QCoreApplication::translate("Parser", "unexpected end of input: expected '=>'"));
                return fail(
                    m_pos, QCoreApplication::translate("Parser", "expected '=>' but found '%1'").arg(shown(peek())));
            }
            advance(2);
            ErlTerm value;
            if (!parseTerm(value, depth))
                return false;
            ErlTerm pair;
            pair.kind = ErlTerm::Kind::Tuple;
            pair.items.reserve(2);
            pair.items.append(std::move(key));
            pair.items.append(std::move(value));
            out.items.append(std::move(pair));
            skipSpace();
            const qsizetype at = m_pos;
            if (atEnd())
                return fail(at,
                    QCoreApplication::translate("Parser", "unexpected end of input: expected ',' or '%1'")
                        .arg(QLatin1Char('}')));
            if (peek() == QLatin1Char(',')) {
                advance();
                continue;
            }
            if (peek() == QLatin1Char('}')) {
                advance();
                return true;
            }
            return fail(at,
                QCoreApplication::translate("Parser", "expected ',' or '%1' but found '%2'")
                    .arg(QLatin1Char('}'))
                    .arg(shown(peek())));
        }
    }

    // Reads digits of the given base with Erlang's '_' separators; false if there were none.
    bool readDigits(QStringView text, qsizetype& pos, int base, QString& digits)
    {
        const qsizetype start = pos;
        while (pos < text.size()) {
            const QChar c = text[pos];
            if (c == QLatin1Char('_') && pos > start && pos + 1 < text.size() && digitValue(text[pos + 1]) < base
                && digitValue(text[pos - 1]) < base) {
                ++pos;
                continue;
            }
            if (digitValue(c) >= base)
                break;
            digits += c;
            ++pos;
        }
        return !digits.isEmpty();
    }

    bool TermParser::parseNumber(ErlTerm& out)
    {
        const qsizetype start = m_pos;
        bool negative = false;
        if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+')) {
            negative = peek() == QLatin1Char('-');
            advance();
        }
        QString digits;
        readDigits(m_text, m_pos, 10, digits);
        int base = 10;
        bool isFloat = false;
        QString fraction;
        QString exponent;

        if (peek() == QLatin1Char('#')) {
            bool ok = false;
            base = digits.toInt(&ok);
            if (!ok || base < 2 || base > 36)
                return fail(
                    start, QCoreApplication::translate("Parser", "invalid radix %1: it must be 2 to 36").arg(digits));
            advance();
            digits.clear();
            if (!readDigits(m_text, m_pos, base, digits))
                return fail(m_pos, QCoreApplication::translate("Parser", "expected digits of base %1").arg(base));
        } else if (peek() == QLatin1Char('.') && isDigit(peek(1))) {
            isFloat = true;
            advance();
            readDigits(m_text, m_pos, 10, fraction);
            if ((peek() == QLatin1Char('e') || peek() == QLatin1Char('E'))
                && (isDigit(peek(1))
                    || ((peek(1) == QLatin1Char('-') || peek(1) == QLatin1Char('+')) && isDigit(peek(2))))) {
                advance();
                if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+')) {
                    exponent += peek();
                    advance();
                }
                readDigits(m_text, m_pos, 10, exponent);
            }
        }

        out.text = m_text.mid(start, m_pos - start).toString();
        if (isFloat) {
            QString literal = (negative ? QStringLiteral("-") : QString()) + digits + QLatin1Char('.') + fraction;
            if (!exponent.isEmpty())
                literal += QLatin1Char('e') + exponent;
            bool ok = false;
            const double value = literal.toDouble(&ok); // QString::toDouble always uses the C locale
            if (!ok || !std::isfinite(value))
                return fail(start, QCoreApplication::translate("Parser", "invalid float %1").arg(out.text));
            out.kind = ErlTerm::Kind::Float;
            out.real = value;
            return true;
        }

        // Erlang integers are unbounded: keep the literal and saturate the value.
        qint64 value = 0;
        bool overflow = false;
        for (const QChar d : std::as_const(digits)) {
            const int v = digitValue(d);
            if (!overflow
                && (__builtin_mul_overflow(value, qint64(base), &value)
                    || __builtin_add_overflow(value, qint64(v), &value)))
                overflow = true;
        }
        if (overflow)
            value = negative ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
        else if (negative)
            value = -value;
        out.kind = ErlTerm::Kind::Integer;
        out.integer = value;
        return true;
    }

    bool TermParser::parseChar(ErlTerm& out)
    {
        const qsizetype start = m_pos;
        advance(); // '$'
        if (atEnd())
            return fail(m_pos, QCoreApplication::translate("Parser", "unexpected end of input: expected a character"));
        char32_t cp = 0;
        if (peek() == QLatin1Char('\\')) {
            if (!parseEscape(cp))
                return false;
        } else if (peek().isHighSurrogate() && peek(1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(peek(), peek(1));
            advance(2);
        } else {
            cp = peek().unicode();
            advance();
        }
        out.kind = ErlTerm::Kind::Integer;
        out.integer = qint64(cp);
        out.text = m_text.mid(start, m_pos - start).toString();
        return true;
    }

    // After a backslash: the character an Erlang escape sequence stands for.
    bool TermParser::parseEscape(char32_t& cp)
    {
        const qsizetype start = m_pos;
        advance(); // '\'
        if (atEnd())
            return fail(start, QCoreApplication::translate("Parser", "unexpected end of input in an escape sequence"));
        const QChar c = peek();
        const char16_t u = c.unicode();
        advance();
        switch (u) {
        case u'b':
            cp = 8;
            return true;
        case u'd':
            cp = 127;
            return true;
        case u'e':
            cp = 27;
            return true;
        case u'f':
            cp = 12;
            return true;
        case u'n':
            cp = 10;
            return true;
        case u'r':
            cp = 13;
            return true;
        case u's':
            cp = 32;
            return true;
        case u't':
            cp = 9;
            return true;
        case u'v':
            cp = 11;
            return true;
        case u'^': {
            if (atEnd())
                return fail(
                    start, QCoreApplication::translate("Parser", "unexpected end of input in an escape sequence"));
            cp = peek().unicode() & 31;
            advance();
            return true;
        }
        case u'x': {
            char32_t value = 0;
            if (peek() == QLatin1Char('{')) {
                advance();
                int n = 0;
                while (!atEnd() && digitValue(peek()) < 16) {
                    value = value * 16 + char32_t(digitValue(peek()));
                    advance();
                    if (++n > 8)
                        break;
                }
                if (n == 0 || n > 8 || peek() != QLatin1Char('}'))
                    return fail(start, QCoreApplication::translate("Parser", "invalid escape sequence"));
                advance();
            } else {
                for (int n = 0; n < 2; ++n) {
                    if (atEnd() || digitValue(peek()) >= 16)
                        return fail(start, QCoreApplication::translate("Parser", "invalid escape sequence"));
                    value = value * 16 + char32_t(digitValue(peek()));
                    advance();
                }
            }
            if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                return fail(
                    start, QCoreApplication::translate("Parser", "invalid character code in an escape sequence"));
            cp = value;
            return true;
        }
        default:
            break;
        }
        if (u >= u'0' && u <= u'7') {
            char32_t value = u - u'0';
            for (int n = 1; n < 3 && !atEnd() && peek() >= QLatin1Char('0') && peek() <= QLatin1Char('7'); ++n) {
                value = value * 8 + (peek().unicode() - u'0');
                advance();
            }
            cp = value;
            return true;
        }
        if (c.isHighSurrogate() && peek().isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, peek());
            advance();
            return true;
        }
        cp = u; // \\, \', \" and any other character stand for themselves
        return true;
    }

    bool TermParser::parseQuoted(QChar quote, QString& out)
    {
        const qsizetype start = m_pos;
        advance(); // opening quote
        while (!atEnd()) {
            const QChar c = peek();
            if (c == quote) {
                advance();
                return true;
            }
            if (c == QLatin1Char('\\')) {
                char32_t cp = 0;
                if (!parseEscape(cp))
                    return false;
                out += QStringView(QChar::fromUcs4(cp));
                continue;
            }
            out += c;
            advance();
        }
        if (quote == QLatin1Char('\''))
            return fail(start, QCoreApplication::translate("Parser", "quoted atom not closed"));
        return fail(start, QCoreApplication::translate("Parser", "string not closed"));
    }

    bool TermParser::parseBinary(ErlTerm& out)
    {
        const qsizetype start = m_pos;
        advance(2); // "<<"
        QByteArray bytes;
        skipSpace();
        if (peek() == QLatin1Char('>') && peek(1) == QLatin1Char('>')) {
            advance(2);
        } else {
            for (;;) {
                skipSpace();
                const qsizetype segment = m_pos;
                if (peek() == QLatin1Char('"')) {
                    QString s;
                    if (!parseQuoted(QLatin1Char('"'), s))
                        return false;
                    skipSpace();
                    if (peek() == QLatin1Char('/')) {
                        advance();
                        const qsizetype typeStart = m_pos;
                        while (!atEnd() && isAtomChar(peek()))
                            advance();
                        const QStringView type = m_text.mid(typeStart, m_pos - typeStart);
                        if (type != QLatin1String("utf8"))
                            return fail(typeStart,
                                QCoreApplication::translate("Parser", "unsupported binary segment type '%1'")
                                    .arg(type.toString()));
                        bytes += s.toUtf8();
                    } else {
                        for (const QChar ch : std::as_const(s)) {
                            if (ch.unicode() > 0xFF)
                                return fail(segment,
                                    QCoreApplication::translate(
                                        "Parser", "binary text beyond Latin-1 must be marked /utf8"));
                            bytes += char(ch.unicode());
                        }
                    }
                } else if (isDigit(peek())) {
                    ErlTerm number;
                    if (!parseNumber(number))
                        return false;
                    if (number.kind != ErlTerm::Kind::Integer || number.integer < 0 || number.integer > 255)
                        return fail(segment,
                            QCoreApplication::translate("Parser", "binary byte out of range: %1").arg(number.text));
                    if (peek() == QLatin1Char(':')) {
                        if (peek(1) != QLatin1Char('8') || isDigit(peek(2)))
                            return fail(m_pos, QCoreApplication::translate("Parser", "bit strings are not supported"));
                        advance(2);
                    }
                    bytes += char(number.integer);
                } else if (peek() == QLatin1Char('.') && peek(1) == QLatin1Char('.') && peek(2) == QLatin1Char('.')) {
                    return fail(segment, QCoreApplication::translate("Parser", "the term was cut short ('...')"));
                } else {
                    return failUnexpected(segment);
                }
                skipSpace();
                if (peek() == QLatin1Char(',')) {
                    advance();
                    continue;
                }
                if (peek() == QLatin1Char('>') && peek(1) == QLatin1Char('>')) {
                    advance(2);
                    break;
                }
                if (atEnd())
                    return fail(start, QCoreApplication::translate("Parser", "binary not closed"));
                return fail(m_pos,
                    QCoreApplication::translate("Parser", "expected ',' or '>>' but found '%1'").arg(shown(peek())));
            }
        }
        out.kind = ErlTerm::Kind::Binary;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString decoded = utf8.decode(bytes);
        out.text = utf8.hasError() ? QString::fromLatin1(bytes) : std::move(decoded);
        return true;
    }

    // <0.123.0> or, as rabbitmqctl prints remote ones, <rabbit@host.1.2.3>.
    bool TermParser::parsePid(ErlTerm& out)
    {
        const qsizetype start = m_pos;
        advance(); // '<'
        constexpr qsizetype maxLength = 1024;
        while (!atEnd() && m_pos - start < maxLength) {
            const QChar c = peek();
            if (isAtomChar(c) || c == QLatin1Char('.') || c == QLatin1Char('-'))
                advance();
            else
                break;
        }
        if (peek() != QLatin1Char('>'))
            return fail(start, QCoreApplication::translate("Parser", "invalid process id"));
        advance();
        const QStringView inner = m_text.mid(start + 1, m_pos - start - 2);
        const auto parts = inner.split(QLatin1Char('.'));
        bool valid = parts.size() >= 3;
        for (qsizetype i = 0; valid && i < parts.size(); ++i) {
            if (parts[i].isEmpty())
                valid = false;
            else if (i >= parts.size() - 2)
                for (const QChar c : parts[i])
                    valid = valid && isDigit(c);
        }
        if (!valid)
            return fail(start, QCoreApplication::translate("Parser", "invalid process id"));
        out.kind = ErlTerm::Kind::Pid;
        out.text = m_text.mid(start, m_pos - start).toString();
        return true;
    }

} // namespace

Parsed<ErlTerm> parseErlangTermPrefix(QStringView text, qsizetype from, qsizetype* end)
{
    if (text.size() > kErlangTermMaxInput)
        return ParseError { QCoreApplication::translate("Parser", "input too large: more than %1 MiB")
                                .arg(kErlangTermMaxInput / (1024 * 1024)),
            1, 1 };
    TermParser parser(text, qBound(qsizetype(0), from, text.size()));
    ErlTerm term;
    if (!parser.parse(term))
        return parser.error();
    // As in Erlang, a '.' ends the term when whitespace, a comment or the end follows: so the
    // "...done." that old rabbitmqctl prints after the term is not mistaken for it.
    const qsizetype afterTerm = parser.pos();
    parser.skipSpace();
    const QChar afterDot = parser.peek(1);
    if (parser.peek() == QLatin1Char('.') && (afterDot.isNull() || afterDot.isSpace() || afterDot == QLatin1Char('%')))
        parser.advance();
    else
        parser.setPos(afterTerm);
    if (end)
        *end = parser.pos();
    return term;
}

Parsed<ErlTerm> parseErlangTerm(QStringView text)
{
    qsizetype end = 0;
    auto result = parseErlangTermPrefix(text, 0, &end);
    if (!result)
        return result;
    TermParser rest(text, end);
    rest.skipSpace();
    if (!rest.atEnd())
        return parseErrorAt(text, rest.pos(),
            QCoreApplication::translate("Parser", "unexpected '%1' after the term").arg(shown(rest.peek())));
    return result;
}

} // namespace warren
