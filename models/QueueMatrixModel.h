#pragma once

#include "queues/QueueDiff.h"
#include "queues/QueueSnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <memory>

namespace warren {

// One refresh of the queue table, built in a worker and never changed afterwards: the snapshot in
// the table's row order plus everything the GUI thread would otherwise compute per cell or per
// sort (node roles as bytes, name / vhost / state ranks, problem bits). At 100,000 queues that
// keeps painting, sorting and filtering free of string comparisons.
struct QueueMatrix
{
    QueueSnapshot snapshot; // row i of the model is snapshot.at(i)
    QStringList nodes; // the node columns
    QStringList vhosts; // distinct, sorted (for the vhost filter)
    QList<quint8> roles; // rows × nodes, QueueRole
    QList<int> nameRank; // per row: position in (name, vhost) order
    QList<int> vhostRank; // per row: position in (vhost, name) order
    QList<int> stateRank; // per row: rank of the state text
    QList<quint8> problems; // per row: QueueProblems bits
    // Classic queues may have mirrors (false on RabbitMQ 4.x): the texts say "mirror" only then.
    bool classicMirroring = true;
    QueueSnapshot::Summary summary;

    qsizetype size() const { return snapshot.size(); }
    QueueRole role(qsizetype row, qsizetype node) const { return QueueRole(roles.at(row * nodes.size() + node)); }
};
using QueueMatrixPtr = std::shared_ptr<const QueueMatrix>;

// How to turn the table from one matrix into the next with row-level changes: remove the rows of
// queues that vanished, update the kept rows in place, append the queues that appeared. Built in
// the worker (O(queues), hash lookups), applied on the GUI thread in O(changes).
struct QueueMatrixUpdate
{
    // Identity of what the update was computed against (null: first refresh). Not an owner: the
    // previous matrix must be able to die in a worker (see releaseQueueMatrix).
    const QueueMatrix* before = nullptr;
    QueueMatrixPtr after;
    QList<std::pair<int, int>> removedRanges; // [first, last] rows of `before`, last range first
    int kept = 0; // rows [0, kept) of `after` are the kept rows, in `before`'s order
    QList<int> changedRows; // kept rows whose data changed
    bool columnsChanged = false; // the node set changed: the table is reset
    // What changed since `before` (appeared, vanished, home moved, sync); empty for the first
    // refresh, which shows what is there rather than 100,000 "appeared".
    QList<QueueChange> changes;
};

// Drops one owner of a matrix; when it is the last, the matrix is freed on a pool thread (freeing
// 100,000 queues' strings takes tens of milliseconds, too long for the GUI thread).
void releaseQueueMatrix(QueueMatrixPtr&& matrix);
// The same for a long list of changes (each holds strings and a node list).
void releaseQueueChanges(QList<QueueChange>&& changes);

// Builds the matrix for a snapshot (rows in the snapshot's order). Worker side.
QueueMatrixPtr buildQueueMatrix(const QueueSnapshot& snapshot);
// Keeps the rows of `before` in place and appends new queues. Worker side.
QueueMatrixUpdate buildQueueMatrixUpdate(const QueueMatrixPtr& before, const QueueSnapshot& fetched);

// The queue/node matrix: one row per queue (name, vhost, type, ready, unacked, consumers, state)
// and one column per cluster node whose cell is that node's role for the queue. Each refresh
// arrives as a QueueMatrixUpdate and is applied with row-level signals (rows removed, rows
// changed, rows appended); only a changed node set or a change scattered over very many places
// resets the model. What changed in the last polls is highlighted and fades after two polls.
class QueueMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueMatrixModel)

public:
    enum Column {
        NameColumn,
        VhostColumn,
        TypeColumn,
        ReadyColumn,
        UnackedColumn,
        ConsumersColumn,
        StateColumn,
        FirstNodeColumn
    };
    Q_ENUM(Column)

    // Kinds of change the highlight shows (bits).
    enum Highlight : quint8 {
        HighlightAppeared = 1,
        HighlightHomeMoved = 2,
        HighlightSyncLost = 4,
        HighlightSyncRegained = 8,
    };
    static constexpr int HighlightPolls = 2; // a highlight fades over this many polls
    // Beyond this many highlighted rows, their fading is one dataChanged for the whole table.
    static constexpr int MaxFadingRowSignals = 256;

    // Beyond this many separate removed ranges an update resets the model instead (each range
    // costs its signals; no view is attached to the source, only the proxy).
    static constexpr int MaxRemovedRanges = 4096;

    struct VanishedQueue
    {
        QueueInfo queue;
        QDateTime seenGoneAt;
    };
    static constexpr int MaxVanished = 500;

    explicit QueueMatrixModel(QObject* parent = nullptr);
    ~QueueMatrixModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies an update built against matrix() (or resets when it was built against another one).
    void apply(const QueueMatrixUpdate& update);
    void clear();

    QueueMatrixPtr matrix() const { return m_matrix; }
    const QueueInfo* queue(int row) const;
    int rowOf(const QueueKey& key) const;
    QString nodeOfColumn(int column) const; // empty for the fixed columns
    // Highlight bits of a row (0 when none or faded); age 0 = this poll, 1 = the previous one.
    quint8 highlight(int row, int* age = nullptr) const;
    const QList<VanishedQueue>& vanished() const { return m_vanished; }
    const QList<QueueChange>& lastChanges() const { return m_lastChanges; }
    int polls() const { return m_poll; }

    // Texts shared with the details panel and the compare list.
    static QString typeText(QueueType type);
    // A node's role for a queue as the matrix and the details name it. On a cluster without
    // classic mirroring (4.x) quorum members are "follower"s, never "in sync" mirrors; streams
    // have replicas. leaderless: the home is only the last leader (no leader is elected);
    // missing: a stream with no replica on this cluster node.
    static QString roleText(QueueRole role, QueueType type, bool nodeDown, bool classicMirroring = true,
        bool leaderless = false, bool missing = false);
    // The Type column's explanation, for a cluster with or without classic mirroring.
    static QString typeLegend(bool classicMirroring);
    static QString changeText(const QueueChange& change);

public Q_SLOTS:
    void retranslate();

Q_SIGNALS:
    // After each apply() or clear(); the view's proxy swaps its mapping here.
    void matrixApplied(const warren::QueueMatrixPtr& matrix);

private:
    const QueueInfo& rowQueue(int row) const;
    QueueRole rowRole(int row, int node) const;
    QVariant cellData(int row, int column, int role) const;
    void markChanges(const QList<QueueChange>& changes);

    QueueMatrixPtr m_matrix;
    int m_count = 0;
    // While removed ranges are taken out one by one, rows map into the previous matrix.
    QueueMatrixPtr m_removing;
    QList<std::pair<int, int>> m_removedSoFar; // ascending
    int removingRow(int row) const;

    struct Mark
    {
        quint8 kinds = 0;
        int poll = 0;
    };
    QHash<QueueKey, Mark> m_marks;
    int m_poll = 0;
    QList<VanishedQueue> m_vanished; // newest first
    QList<QueueChange> m_lastChanges;
};

} // namespace warren

Q_DECLARE_METATYPE(warren::QueueMatrixPtr)
