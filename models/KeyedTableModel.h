#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace warren {

// A table of rows matched by a key from one update to the next (NodeTableModel: the node name,
// HaproxyServerModel: proxy/server). setRows() removes the rows whose key is gone, updates the
// changed ones in place and appends the new ones, each with its begin/end or dataChanged signal,
// so selection, sorting and scrolling survive a poller's refreshes. A key seen twice in one
// update keeps its first row.
template <typename Row> class KeyedTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const Row* rowAt(int row) const { return (row >= 0 && row < m_rows.size()) ? &m_rows.at(row) : nullptr; }
    int rowOfKey(const QString& key) const { return m_rowByKey.value(key, -1); }
    const QList<Row>& rows() const { return m_rows; }

protected:
    explicit KeyedTableModel(QObject* parent)
        : QAbstractTableModel(parent)
    {
    }

    virtual QString rowKey(const Row& row) const = 0;
    // Whether a row with this key still shows the same: no dataChanged then.
    virtual bool sameRow(const Row& a, const Row& b) const = 0;

    void setRows(const QList<Row>& rows)
    {
        QSet<QString> incoming;
        QList<Row> unique;
        unique.reserve(rows.size());
        for (const Row& r : rows) {
            const QString key = rowKey(r);
            if (!incoming.contains(key)) {
                incoming.insert(key);
                unique.append(r);
            }
        }

        // Rows whose key is gone disappear; the others keep their place.
        bool removed = false;
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!incoming.contains(rowKey(m_rows.at(row)))) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
                removed = true;
            }
        }
        if (removed)
            rebuildIndex();

        QList<int> changedRows;
        QList<Row> added;
        for (const Row& r : std::as_const(unique)) {
            const int row = m_rowByKey.value(rowKey(r), -1);
            if (row < 0) {
                added.append(r);
            } else if (!sameRow(m_rows.at(row), r)) {
                m_rows[row] = r;
                changedRows.append(row);
            }
        }

        // One signal for the whole table when most rows changed, per row otherwise: the cost of
        // dataChanged is in the views, which repaint whatever range they are told about.
        if (!changedRows.isEmpty()) {
            if (changedRows.size() * 2 > m_rows.size()) {
                allRowsChanged();
            } else {
                const int lastColumn = columnCount() - 1;
                for (int row : std::as_const(changedRows))
                    Q_EMIT this->dataChanged(this->index(row, 0), this->index(row, lastColumn));
            }
        }

        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (const Row& r : std::as_const(added)) {
                m_rowByKey.insert(rowKey(r), int(m_rows.size()));
                m_rows.append(r);
            }
            endInsertRows();
        }
    }

    void clearRows()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_rowByKey.clear();
        endResetModel();
    }

    // Every cell may read differently (a language change): one dataChanged over the whole table.
    void allRowsChanged()
    {
        if (!m_rows.isEmpty())
            Q_EMIT this->dataChanged(this->index(0, 0), this->index(int(m_rows.size()) - 1, columnCount() - 1));
    }

private:
    void rebuildIndex()
    {
        m_rowByKey.clear();
        m_rowByKey.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowByKey.insert(rowKey(m_rows.at(row)), row);
    }

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
};

} // namespace warren
