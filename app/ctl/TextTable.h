#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace warren {

// Columns aligned by display width (CJK characters take two cells in a terminal).
class TextTable
{
public:
    explicit TextTable(QStringList header)
        : m_header(std::move(header))
    {
    }
    void addRow(QStringList row) { m_rows.append(std::move(row)); }
    QString render() const;
    static int displayWidth(const QString& s);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace warren
