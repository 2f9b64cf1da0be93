#pragma once

#include "ParseError.h"

#include <QList>
#include <QString>

namespace warren {

// A term as printed by the Erlang shell / rabbitmqctl (legacy `cluster_status`, `list_queues` pids).
struct ErlTerm
{
    enum class Kind { Atom, Integer, Float, String, Binary, List, Tuple, Pid, Map };
    Kind kind = Kind::Atom;
    QString text; // atom name, string or binary contents, pid text "<rabbit@host.1.2.3>",
                  // or a number's literal as written
    qint64 integer = 0; // saturated at the qint64 limits for bignums (text keeps the digits)
    double real = 0;
    QList<ErlTerm> items; // list / tuple elements; a map holds {key, value} 2-tuples

    bool isAtom(QStringView name) const { return kind == Kind::Atom && text == name; }
    bool isList() const { return kind == Kind::List; }
    bool isTuple() const { return kind == Kind::Tuple; }
    // For a proplist [{key, Value}, ...] or a map: the Value for key, or nullptr.
    const ErlTerm* lookup(QStringView key) const;
    // Atom, string or binary as text.
    QString asText() const { return text; }
};

// Parses exactly one term, optionally followed by '.', with surrounding whitespace. Depth and size
// are bounded so hostile input cannot exhaust the stack.
Parsed<ErlTerm> parseErlangTerm(QStringView text);

// Parses one term that starts at or after `from` (after whitespace), optionally followed by '.',
// and leaves whatever follows it alone: for output with other lines after the term, like
// rabbitmqctl's "...done.". `*end` receives the offset just past the term (and its '.').
Parsed<ErlTerm> parseErlangTermPrefix(QStringView text, qsizetype from = 0, qsizetype* end = nullptr);

// Limits that keep hostile or broken input from exhausting the stack or memory.
inline constexpr int kErlangTermMaxDepth = 200;
inline constexpr qsizetype kErlangTermMaxInput = 16 * 1024 * 1024; // characters
inline constexpr qsizetype kErlangTermMaxTerms = 1000000;

} // namespace warren
