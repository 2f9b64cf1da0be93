#include "HostFiles.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace warren::HostFiles {

namespace {

    const QRegularExpression& blanks()
    {
        static const QRegularExpression re(QStringLiteral("[ \\t]+"));
        return re;
    }

    // A hosts line without its comment, split into address and names; empty for comments and blanks.
    QStringList fields(const QString& line)
    {
        return line.section(QLatin1Char('#'), 0, 0).trimmed().split(blanks(), Qt::SkipEmptyParts);
    }

    const QRegularExpression& nodeNameLine()
    {
        static const QRegularExpression re(QStringLiteral("^\\s*(?:RABBITMQ_)?NODENAME=[\"']?([^\"'\\s]*)"));
        return re;
    }

} // namespace

QStringList addressesOf(const QString& hostsContent, const QString& name)
{
    QStringList out;
    for (const QString& line : hostsContent.split(QLatin1Char('\n'))) {
        const QStringList f = fields(line);
        if (f.size() >= 2 && f.mid(1).contains(name) && !out.contains(f.first()))
            out << f.first();
    }
    return out;
}

QByteArray withAddress(const QByteArray& hostsContent, const QString& name, const QString& address)
{
    QStringList out;
    QStringList lines = QString::fromUtf8(hostsContent).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (const QString& line : lines) {
        QStringList f = fields(line);
        if (f.size() < 2 || !f.mid(1).contains(name)) {
            out << line;
            continue;
        }
        // Take NAME off this line; keep the line for its other names.
        const QString address0 = f.takeFirst();
        f.removeAll(name);
        if (!f.isEmpty())
            out << address0 + QLatin1Char('\t') + f.join(QLatin1Char(' '));
    }
    out << QStringLiteral("%1\t%2\t# warren fix-address").arg(address, name);
    return (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QString nodeNameOf(const QString& envConf)
{
    QString node;
    for (const QString& line : envConf.split(QLatin1Char('\n'))) {
        const auto m = nodeNameLine().match(line);
        if (m.hasMatch())
            node = m.captured(1); // the last one wins, as in the shell that sources the file
    }
    return node;
}

QByteArray withNodeName(const QByteArray& envConf, const QString& node)
{
    QStringList out;
    QStringList lines = QString::fromUtf8(envConf).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (const QString& line : lines) {
        if (!nodeNameLine().match(line).hasMatch())
            out << line;
    }
    if (!node.isEmpty())
        out << QStringLiteral("NODENAME=%1 # warren fix-address: the node keeps its name").arg(node);
    return (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QString sha256(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace warren::HostFiles
