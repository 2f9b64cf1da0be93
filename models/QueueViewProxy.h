#pragma once

#include "QueueMatrixModel.h"
#include "queues/QueueFilter.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>

namespace warren {

// What the queue table shows: the core QueueFilter plus the sort column and order.
struct QueueViewSpec
{
    QueueFilter filter; // compiled
    int sortColumn = QueueMatrixModel::NameColumn;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// Visible rows of one matrix, in display order. Computed in a worker.
struct QueueViewMapping
{
    QueueMatrixPtr matrix;
    QList<int> proxyToSource;
    QList<int> sourceToProxy; // -1: filtered out
    quint64 specGeneration = 0;
};

// Filter and sort of the queue matrix, computed off the GUI thread. A QSortFilterProxyModel
// sorts and filters on the GUI thread through QVariant data() calls (a 100,000-row sort there
// takes hundreds of milliseconds); this proxy asks the core QueueFilter and compares the
// matrix's precomputed ranks and role bytes in a worker, then swaps the row mapping in one
// layoutChanged (persistent indexes, i.e. selection and current row, follow their queues).
class QueueViewProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueViewProxy)

public:
    explicit QueueViewProxy(QObject* parent = nullptr);
    ~QueueViewProxy() override;

    void setSourceModel(QAbstractItemModel* source) override; // a QueueMatrixModel
    QueueMatrixModel* matrixModel() const { return m_model; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // False (and the filter unchanged) when the regular expression does not compile.
    bool setFilter(const QueueFilter& filter, QString* error = nullptr);
    const QueueViewSpec& spec() const { return m_spec; }
    quint64 specGeneration() const { return m_specGeneration; }
    bool isRemapping() const { return m_running; } // a filter or sort is being computed

    // Source rows in display order (for export) and the matrix they index.
    const QList<int>& visibleSourceRows() const { return m_mapping.proxyToSource; }
    QueueMatrixPtr visibleMatrix() const { return m_mapping.matrix; }

    // Worker side: filter + sort one matrix.
    static constexpr int SynchronousRemapRows = 5000;
    static QueueViewMapping computeMapping(const QueueMatrixPtr& matrix, const QueueViewSpec& spec, quint64 generation);

    // A mapping computed elsewhere (the queue poller's worker) for the source's current matrix.
    void offerMapping(const QueueViewMapping& mapping);

Q_SIGNALS:
    void mappingApplied(); // the visible rows changed (filter, sort or a refresh)
    void remappingChanged(bool running);

private:
    void onMatrixApplied(const warren::QueueMatrixPtr& matrix);
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void remap();
    void onRemapFinished();
    void applyMapping(QueueViewMapping mapping);

    QueueMatrixModel* m_model = nullptr;
    QueueViewSpec m_spec;
    quint64 m_specGeneration = 1;
    QueueViewMapping m_mapping;
    QueueViewMapping m_pending; // offered for a matrix the source has not applied yet
    bool m_inSourceApply = false;
    bool m_resetting = false;
    bool m_running = false;
    bool m_again = false;
    QFutureWatcher<QueueViewMapping> m_watcher;
};

} // namespace warren
