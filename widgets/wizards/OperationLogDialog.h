#pragma once

#include "ops/OperationLog.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace warren {

// The operation log's entries, newest first.
class OperationLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationLogModel)
public:
    enum Column {
        TimeColumn,
        ClusterColumn,
        OperationColumn,
        HostColumn,
        StepColumn,
        ExitColumn,
        CommandColumn,
        OutputColumn,
        ColumnCount
    };
    static constexpr int ClusterRole = Qt::UserRole + 1;
    static constexpr int HostRole = Qt::UserRole + 2;

    explicit OperationLogModel(QObject* parent = nullptr);
    void setEntries(QList<OperationLogEntry> entries); // in file order: shown newest first
    const OperationLogEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<OperationLogEntry> m_entries;
};

// Shows the persisted operation log (OperationLog's JSON lines), filtered by cluster and host,
// with the selected entries copyable as JSON lines.
class OperationLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationLogDialog)
public:
    explicit OperationLogDialog(const QString& path = OperationLog::defaultPath(), QWidget* parent = nullptr);
    ~OperationLogDialog() override;

    void reload();
    void setClusterFilter(const QString& cluster); // empty: all
    void setHostFilter(const QString& host); // empty: all
    QString selectionAsJson() const; // the selected rows (all shown rows if none), JSON lines
    int shownRows() const;

private:
    void onLoaded();
    void applyFilter();
    void fillCombo(QComboBox* combo, int role);

    QString m_path;
    OperationLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_pathLabel;
    QComboBox* m_cluster;
    QComboBox* m_host;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_copy;
    QPushButton* m_reload;
    // Owned; outlives the dialog while a read is under way (closing never waits for the disc).
    QFutureWatcher<QPair<QList<OperationLogEntry>, QString>>* m_watcher;
};

} // namespace warren
