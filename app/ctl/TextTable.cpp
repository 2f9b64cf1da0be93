#include "TextTable.h"

namespace warren {

int TextTable::displayWidth(const QString& s)
{
    int w = 0;
    for (const auto ucs : s.toUcs4()) {
        const bool wide = (ucs >= 0x1100 && ucs <= 0x115F) || (ucs >= 0x2E80 && ucs <= 0xA4CF)
            || (ucs >= 0xAC00 && ucs <= 0xD7A3) || (ucs >= 0xF900 && ucs <= 0xFAFF) || (ucs >= 0xFE30 && ucs <= 0xFE4F)
            || (ucs >= 0xFF00 && ucs <= 0xFF60) || (ucs >= 0xFFE0 && ucs <= 0xFFE6)
            || (ucs >= 0x20000 && ucs <= 0x3FFFD);
        w += wide ? 2 : 1;
    }
    return w;
}

QString TextTable::render() const
{
    QList<int> widths;
    for (const auto& h : m_header)
        widths << displayWidth(h);
    for (const auto& row : m_rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (i >= widths.size())
                widths << 0;
            widths[i] = qMax(widths[i], displayWidth(row[i]));
        }
    }
    auto line = [&](const QStringList& cells) {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            out += cells[i];
            if (i + 1 < cells.size())
                out += QString(widths[i] - displayWidth(cells[i]) + 2, QLatin1Char(' '));
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(m_header);
    for (const auto& row : m_rows)
        out += line(row);
    return out;
}

} // namespace warren
