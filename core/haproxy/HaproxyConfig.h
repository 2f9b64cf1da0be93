#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace warren {

// One line of haproxy.cfg inside a section: the keyword and its words, quotes and backslash
// escapes already resolved, comments dropped.
struct HaproxyDirective
{
    int line = 0; // 1-based
    QString keyword; // lower case
    QStringList args;

    QString arg(int i) const { return i < args.size() ? args.at(i) : QString(); }
};

// "ADDR:PORT" of a bind line, a 1.4-style `listen NAME ADDR:PORT` header or a server.
struct HaproxyAddress
{
    QString host; // "0.0.0.0", "*", "" (all addresses), "10.0.0.1", "::", a name
    int port = -1; // first port; -1 when none was given
    int portEnd = -1; // last port of a range (== port otherwise)
    int line = 0;

    bool anyHost() const;
    bool coversPort(int p) const { return port >= 0 && p >= port && p <= portEnd; }
    QString toString() const;
};

// A `server` line with the options Warren reads. Unknown options are kept in `options`.
struct HaproxyServerLine
{
    int line = 0;
    QString name;
    HaproxyAddress address;
    bool check = false;
    bool backup = false;
    bool disabled = false;
    qint64 interMs = -1; // -1: not given here
    int rise = -1;
    int fall = -1;
    int weight = -1;
    QStringList options; // every word after the address
};

struct HaproxySection
{
    enum class Kind { Global, Defaults, Listen, Frontend, Backend, Other };
    Kind kind = Kind::Other;
    QString keyword; // as written, lower case ("listen", "userlist", ...)
    QString name; // may be empty (global, unnamed defaults)
    int line = 0;
    QList<HaproxyAddress> headerBinds; // `listen NAME ADDR:PORT` (1.4 form)
    QList<HaproxyDirective> directives;

    bool isProxy() const { return kind == Kind::Listen || kind == Kind::Frontend || kind == Kind::Backend; }
    bool acceptsTraffic() const { return kind == Kind::Listen || kind == Kind::Frontend; }
    bool hasServers() const { return kind == Kind::Listen || kind == Kind::Backend; }

    // The last directive with this keyword (and first argument, when given); nullptr if none.
    const HaproxyDirective* find(const QString& keyword, const QString& firstArg = QString()) const;
    QList<HaproxyAddress> binds() const; // header binds + every `bind` line
    QList<HaproxyServerLine> servers() const;
};

// A problem met while reading the file (not a lint finding about its meaning).
struct HaproxyParseIssue
{
    enum class Kind { Unreadable, Syntax };
    Kind kind = Kind::Syntax;
    int line = 0;
    QString message; // translated
};

// haproxy.cfg read into sections. Reading never fails and never crashes: whatever cannot be read
// (huge lines, NUL bytes, words outside any section, a file over the size bound) becomes an issue
// and the rest is still read. Sizes are bounded so a hostile file costs little.
class HaproxyConfig final
{
public:
    static constexpr qsizetype kMaxBytes = 8 * 1024 * 1024;
    static constexpr qsizetype kMaxLineChars = 64 * 1024;
    static constexpr int kMaxLines = 200000;
    static constexpr int kMaxWords = 256;

    static HaproxyConfig parse(const QByteArray& data);

    const QList<HaproxySection>& sections() const { return m_sections; }
    const QList<HaproxyParseIssue>& issues() const { return m_issues; }
    bool isEmpty() const { return m_sections.isEmpty(); }
    int lineCount() const { return m_lineCount; }

    const HaproxySection* global() const;
    // The `defaults` section that applies to the section at index i (the last one before it).
    const HaproxySection* defaultsFor(int sectionIndex) const;
    // The directive in the section, or else in its defaults (proxy settings inherit).
    const HaproxyDirective* effective(
        int sectionIndex, const QString& keyword, const QString& firstArg = QString()) const;
    // `timeout client|server|connect|tunnel|check ...` (or the 1.4 names clitimeout, srvtimeout,
    // contimeout) in milliseconds, with defaults applied; -1 when not set. *line gets its line.
    qint64 effectiveTimeoutMs(int sectionIndex, const QString& which, int* line = nullptr) const;

    // HAProxy refuses a time above 2^31-1 ms ("timer overflow ... maximum value is 2147483647 ms
    // (~24.8 days)").
    static constexpr qint64 MaxTimeMs = 2147483647;
    // "50000ms", "50s", "3h", "5000" (bare: milliseconds) -> ms; -1 when unreadable or above
    // MaxTimeMs (then *tooLong is set). Only ASCII digits count, as in HAProxy.
    static qint64 parseTimeMs(const QString& text, bool* tooLong = nullptr);
    // "10.0.0.1:5672", "*:5672", ":5672", "[::]:5672", "ipv4@1.2.3.4:5672-5673", "host"
    static HaproxyAddress parseAddress(const QString& text, int line = 0);

private:
    QList<HaproxySection> m_sections;
    QList<HaproxyParseIssue> m_issues;
    QList<int> m_defaultsBefore; // per section: index of the last defaults before it, or -1
    int m_lineCount = 0;
};

} // namespace warren
