#include "QueueViewProxy.h"

#include "QueueWorkers.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace warren {

namespace {
    // A replaced mapping goes to a pool thread. Its lists were allocated by a worker: on the GUI
    // thread, freeing one that large made glibc consolidate that worker's malloc arena (hundreds
    // of thousands of small chunks left by freed matrices), 8-13 ms at 100,000 queues.
    void releaseMapping(QueueViewMapping&& mapping)
    {
        QueueViewMapping m = std::move(mapping);
        if (m.proxyToSource.size() + m.sourceToProxy.size() > 2 * QueueViewProxy::SynchronousRemapRows)
            startQueueWork([m = std::move(m)]() mutable { m = {}; });
        else
            releaseQueueMatrix(std::move(m.matrix));
    }

    // Sort order of a node's role: where the queue lives first, then healthy copies, then copies
    // that need attention, then nothing.
    constexpr int RoleOrder[] = { /*Absent*/ 3, /*Home*/ 0, /*Synchronised*/ 1, /*Unsynchronised*/ 2 };
} // namespace

QueueViewProxy::QueueViewProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &QueueViewProxy::onRemapFinished);
}

QueueViewProxy::~QueueViewProxy()
{
    m_watcher.disconnect(this);
}

void QueueViewProxy::setSourceModel(QAbstractItemModel* source)
{
    auto* model = qobject_cast<QueueMatrixModel*>(source);
    Q_ASSERT(model || !source);
    beginResetModel();
    if (m_model)
        m_model->disconnect(this);
    QAbstractProxyModel::setSourceModel(model);
    m_model = model;
    m_mapping = {};
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            m_inSourceApply = true;
            if (!m_resetting) {
                m_resetting = true;
                beginResetModel();
            }
        });
        // Row signals of a refresh are not forwarded one by one: the refresh ends with
        // matrixApplied, where the new mapping replaces the old one in one layout change.
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_inSourceApply = true; });
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { m_inSourceApply = true; });
        connect(m_model, &QAbstractItemModel::dataChanged, this, &QueueViewProxy::onSourceDataChanged);
        connect(m_model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(m_model, &QueueMatrixModel::matrixApplied, this, &QueueViewProxy::onMatrixApplied);
        m_mapping = computeMapping(m_model->matrix(), m_spec, m_specGeneration);
    }
    endResetModel();
}

QModelIndex QueueViewProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex QueueViewProxy::parent(const QModelIndex&) const
{
    return {};
}

int QueueViewProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_mapping.proxyToSource.size());
}

int QueueViewProxy::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_model)
        return 0;
    return QueueMatrixModel::FirstNodeColumn + (m_mapping.matrix ? int(m_mapping.matrix->nodes.size()) : 0);
}

QModelIndex QueueViewProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= m_mapping.proxyToSource.size())
        return {};
    // Between a refresh's row signals and matrixApplied the mapping still describes the previous
    // matrix: nothing maps then.
    if (m_inSourceApply || m_mapping.matrix != m_model->matrix())
        return {};
    return m_model->index(m_mapping.proxyToSource.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex QueueViewProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || m_inSourceApply || m_mapping.matrix != m_model->matrix()
        || sourceIndex.row() >= m_mapping.sourceToProxy.size())
        return {};
    const int row = m_mapping.sourceToProxy.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant QueueViewProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || !m_model)
        return {};
    return m_model->headerData(section, orientation, role);
}

void QueueViewProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_spec.sortColumn && order == m_spec.order)
        return;
    m_spec.sortColumn = column;
    m_spec.order = order;
    ++m_specGeneration;
    remap();
}

bool QueueViewProxy::setFilter(const QueueFilter& filter, QString* error)
{
    QueueFilter compiled = filter;
    if (!compiled.compile(error))
        return false;
    m_spec.filter = compiled;
    ++m_specGeneration;
    remap();
    return true;
}

QueueViewMapping QueueViewProxy::computeMapping(
    const QueueMatrixPtr& matrix, const QueueViewSpec& spec, quint64 generation)
{
    QueueViewMapping m;
    m.matrix = matrix;
    m.specGeneration = generation;
    if (!matrix)
        return m;
    const qsizetype n = matrix->size();
    const auto& rows = matrix->snapshot.queues();
    m.proxyToSource.reserve(n);
    if (spec.filter.isEmpty()) {
        m.proxyToSource.resize(n);
        std::iota(m.proxyToSource.begin(), m.proxyToSource.end(), 0);
    } else {
        for (qsizetype r = 0; r < n; ++r) {
            if (spec.filter.matches(rows[r], matrix->snapshot))
                m.proxyToSource.append(int(r));
        }
    }
    const auto& name = matrix->nameRank;
    auto byKey = [&](auto key) {
        std::sort(m.proxyToSource.begin(), m.proxyToSource.end(), [&](int a, int b) {
            const auto ka = key(a);
            const auto kb = key(b);
            return ka != kb ? ka < kb : name[a] < name[b];
        });
    };
    const int column = spec.sortColumn;
    if (column == QueueMatrixModel::NameColumn) {
        std::sort(m.proxyToSource.begin(), m.proxyToSource.end(), [&](int a, int b) { return name[a] < name[b]; });
    } else if (column == QueueMatrixModel::VhostColumn) {
        const auto& vhost = matrix->vhostRank;
        std::sort(m.proxyToSource.begin(), m.proxyToSource.end(), [&](int a, int b) { return vhost[a] < vhost[b]; });
    } else if (column == QueueMatrixModel::TypeColumn) {
        byKey([&](int r) { return int(rows[r].type); });
    } else if (column == QueueMatrixModel::ReadyColumn) {
        byKey([&](int r) { return rows[r].messagesReady; });
    } else if (column == QueueMatrixModel::UnackedColumn) {
        byKey([&](int r) { return rows[r].messagesUnacknowledged; });
    } else if (column == QueueMatrixModel::ConsumersColumn) {
        byKey([&](int r) { return rows[r].consumers; });
    } else if (column == QueueMatrixModel::StateColumn) {
        byKey([&](int r) { return matrix->stateRank[r]; });
    } else if (column >= QueueMatrixModel::FirstNodeColumn
        && column - QueueMatrixModel::FirstNodeColumn < matrix->nodes.size()) {
        const qsizetype stride = matrix->nodes.size();
        const qsizetype node = column - QueueMatrixModel::FirstNodeColumn;
        const quint8* roles = matrix->roles.constData();
        byKey([&](int r) { return RoleOrder[roles[r * stride + node]]; });
    }
    if (column >= 0 && spec.order == Qt::DescendingOrder)
        std::reverse(m.proxyToSource.begin(), m.proxyToSource.end());
    m.sourceToProxy.fill(-1, n);
    for (qsizetype p = 0; p < m.proxyToSource.size(); ++p)
        m.sourceToProxy[m.proxyToSource[p]] = int(p);
    return m;
}

void QueueViewProxy::remap()
{
    if (!m_model)
        return;
    if (m_running) {
        m_again = true; // the running one is for an older spec or matrix
        return;
    }
    m_running = true;
    m_again = false;
    const QueueMatrixPtr matrix = m_model->matrix();
    const QueueViewSpec spec = m_spec;
    const quint64 generation = m_specGeneration;
    m_watcher.setFuture(runQueueWork([matrix, spec, generation] { return computeMapping(matrix, spec, generation); }));
    Q_EMIT remappingChanged(true);
}

void QueueViewProxy::offerMapping(const QueueViewMapping& mapping)
{
    if (!m_model || mapping.specGeneration != m_specGeneration)
        return; // for an older filter or sort: a remap for the current one is queued already
    if (mapping.matrix == m_model->matrix() && !m_inSourceApply)
        applyMapping(mapping);
    else
        m_pending = mapping; // for the matrix the source is about to apply
}

void QueueViewProxy::onRemapFinished()
{
    QFuture<QueueViewMapping> future = m_watcher.future();
    m_running = false;
    if (future.isValid() && future.resultCount() > 0) {
        // Taken, not copied: the store must not keep a matrix alive (see QueuePoller).
        const QueueViewMapping mapping = future.takeResult();
        if (m_model && mapping.matrix == m_model->matrix() && mapping.specGeneration == m_specGeneration
            && !m_inSourceApply)
            applyMapping(mapping);
        else
            m_again = true;
    }
    if (m_again)
        remap();
    else
        Q_EMIT remappingChanged(false);
}

void QueueViewProxy::onMatrixApplied(const QueueMatrixPtr& matrix)
{
    const bool resetting = m_resetting;
    m_resetting = false;
    m_inSourceApply = false;
    QueueViewMapping next;
    if (m_pending.matrix == matrix && m_pending.specGeneration == m_specGeneration) {
        next = std::move(m_pending);
    } else if (!matrix || matrix->size() <= SynchronousRemapRows) {
        next = computeMapping(matrix, m_spec, m_specGeneration); // small: cheaper than a round trip
    } else {
        // No mapping for this matrix yet (the filter changed during the refresh): show nothing
        // for the few milliseconds a worker needs rather than rows of the wrong queues.
        next.matrix = matrix;
        next.specGeneration = m_specGeneration;
        next.sourceToProxy.fill(-1, matrix->size());
        remap();
    }
    releaseMapping(std::exchange(m_pending, {}));
    if (resetting) {
        releaseMapping(std::exchange(m_mapping, std::move(next)));
        endResetModel();
        Q_EMIT mappingApplied();
    } else {
        applyMapping(std::move(next));
    }
}

void QueueViewProxy::applyMapping(QueueViewMapping next)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (selection, current row) follow their queue by key; a queue that is
    // filtered out or gone loses its index.
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& idx : from) {
        QModelIndex moved;
        if (m_mapping.matrix && next.matrix && idx.row() < m_mapping.proxyToSource.size()) {
            const int oldSource = m_mapping.proxyToSource.at(idx.row());
            const qsizetype newSource = next.matrix == m_mapping.matrix
                ? oldSource
                : next.matrix->snapshot.indexOf(m_mapping.matrix->snapshot.at(oldSource).key());
            const int row = newSource >= 0 ? next.sourceToProxy.at(newSource) : -1;
            if (row >= 0 && idx.column() < QueueMatrixModel::FirstNodeColumn + next.matrix->nodes.size())
                moved = createIndex(row, idx.column());
        }
        to.append(moved);
    }
    QueueViewMapping previous = std::exchange(m_mapping, std::move(next));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT mappingApplied();
    releaseMapping(std::move(previous));
}

void QueueViewProxy::onSourceDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (m_inSourceApply || !m_model || m_mapping.matrix != m_model->matrix())
        return;
    // Few rows (highlights fading, a retranslation of everything): forward what is visible here.
    if (bottomRight.row() - topLeft.row() > 64) {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int p = row < m_mapping.sourceToProxy.size() ? m_mapping.sourceToProxy.at(row) : -1;
        if (p >= 0)
            Q_EMIT dataChanged(index(p, topLeft.column()), index(p, bottomRight.column()), roles);
    }
}

} // namespace warren
