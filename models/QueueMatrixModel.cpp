#include "QueueMatrixModel.h"

#include "Format.h"
#include "ModelRoles.h"
#include "QueueWorkers.h"
#include "queues/QueueFilter.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <utility>

namespace warren {

namespace {

    // Rank of each row's text among the distinct texts: sorting compares ints afterwards.
    template <typename Key> QList<int> ranksOf(const QList<QueueInfo>& rows, Key key)
    {
        QList<int> order(rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(rows[a], rows[b]) < 0; });
        QList<int> rank(rows.size());
        for (qsizetype i = 0; i < order.size(); ++i)
            rank[order[i]] = int(i);
        return rank;
    }

    // Code-point order (what RabbitMQ's own listing uses): a case-insensitive comparison made
    // the 100,000-row rank sort three times slower.
    int compareNames(const QueueInfo& a, const QueueInfo& b)
    {
        const int c = QString::compare(a.name, b.name);
        return c != 0 ? c : QString::compare(a.vhost, b.vhost);
    }

    Tone roleTone(QueueRole role, bool nodeDown)
    {
        switch (role) {
        case QueueRole::Home:
            return nodeDown ? Tone::Bad : Tone::Neutral;
        case QueueRole::Synchronised:
            return nodeDown ? Tone::Warning : Tone::Good;
        case QueueRole::Unsynchronised:
            return Tone::Warning;
        case QueueRole::Absent:
            break;
        }
        return Tone::Muted;
    }

    Marker roleMarker(QueueRole role)
    {
        switch (role) {
        case QueueRole::Home:
            return Marker::Target;
        case QueueRole::Synchronised:
            return Marker::Dot;
        case QueueRole::Unsynchronised:
            return Marker::HalfDot;
        case QueueRole::Absent:
            break;
        }
        return Marker::None;
    }

    quint8 highlightOf(QueueChange::Kind kind)
    {
        switch (kind) {
        case QueueChange::Kind::Appeared:
            return QueueMatrixModel::HighlightAppeared;
        case QueueChange::Kind::HomeMoved:
            return QueueMatrixModel::HighlightHomeMoved;
        case QueueChange::Kind::SyncLost:
            return QueueMatrixModel::HighlightSyncLost;
        case QueueChange::Kind::SyncRegained:
            return QueueMatrixModel::HighlightSyncRegained;
        case QueueChange::Kind::Vanished:
            break;
        }
        return 0;
    }

} // namespace

QueueMatrixPtr buildQueueMatrix(const QueueSnapshot& snapshot)
{
    auto m = std::make_shared<QueueMatrix>();
    m->snapshot = snapshot;
    m->nodes = snapshot.nodes();
    m->classicMirroring = snapshot.hasClassicMirroring();
    const auto& rows = snapshot.queues();
    const qsizetype nodeCount = m->nodes.size();
    m->roles.resize(rows.size() * nodeCount);
    m->problems.resize(rows.size());
    QHash<QString, int> nodeColumn;
    for (int i = 0; i < nodeCount; ++i)
        nodeColumn.insert(m->nodes[i], i);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QueueInfo& q = rows[r];
        quint8* cells = m->roles.data() + r * nodeCount;
        // Absent is 0; each list is short, so this is a handful of hash lookups per row.
        for (const auto& n : q.unsynchronisedNodes)
            cells[nodeColumn.value(n)] = quint8(QueueRole::Unsynchronised);
        for (const auto& n : q.synchronisedNodes)
            cells[nodeColumn.value(n)] = quint8(QueueRole::Synchronised);
        if (!q.homeNode.isEmpty())
            cells[nodeColumn.value(q.homeNode)] = quint8(QueueRole::Home);
        m->problems[r] = quint8(problemsOf(q, snapshot).toInt());
    }
    m->nameRank = ranksOf(rows, compareNames);
    // Vhosts are few: (vhost index, name rank) as one integer key.
    QStringList vhostList;
    {
        QSet<QString> seen;
        for (const auto& q : rows)
            seen.insert(q.vhost);
        vhostList = QStringList(seen.cbegin(), seen.cend());
        vhostList.sort();
    }
    QHash<QString, qint64> vhostIndex;
    for (int i = 0; i < vhostList.size(); ++i)
        vhostIndex.insert(vhostList[i], i);
    {
        QList<qint64> key(rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r)
            key[r] = vhostIndex.value(rows[r].vhost) * (rows.size() + 1) + m->nameRank[r];
        QList<int> order(rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return key[a] < key[b]; });
        m->vhostRank.resize(rows.size());
        for (qsizetype i = 0; i < order.size(); ++i)
            m->vhostRank[order[i]] = int(i);
    }
    // States are few and pooled by the parser: rank the distinct ones only.
    QStringList states;
    {
        QSet<QString> seen;
        for (const auto& q : rows) {
            if (!seen.contains(q.state)) {
                seen.insert(q.state);
                states.append(q.state);
            }
        }
        std::sort(states.begin(), states.end());
    }
    QHash<QString, int> stateIndex;
    for (int i = 0; i < states.size(); ++i)
        stateIndex.insert(states[i], i);
    m->stateRank.resize(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r)
        m->stateRank[r] = stateIndex.value(rows[r].state);
    m->vhosts = vhostList;
    m->summary = snapshot.summary();
    return m;
}

void releaseQueueMatrix(QueueMatrixPtr&& matrix)
{
    if (matrix && matrix.use_count() == 1 && matrix->size() > 5000)
        startQueueWork([m = std::move(matrix)]() mutable { m.reset(); });
    else
        matrix.reset();
}

void releaseQueueChanges(QList<QueueChange>&& changes)
{
    QList<QueueChange> list = std::move(changes);
    if (list.size() > 1000 && list.isDetached())
        startQueueWork([l = std::move(list)]() mutable { l.clear(); });
}

QueueMatrixUpdate buildQueueMatrixUpdate(const QueueMatrixPtr& before, const QueueSnapshot& fetched)
{
    QueueMatrixUpdate u;
    u.before = before.get();
    if (!before) {
        u.after = buildQueueMatrix(fetched);
        u.kept = 0;
        return u;
    }
    const QueueSnapshot& old = before->snapshot;
    QList<QueueInfo> rows;
    rows.reserve(fetched.size());
    // Kept queues stay where they are (in the previous order), with their new data.
    int first = -1;
    for (qsizetype r = 0; r < old.size(); ++r) {
        const QueueInfo* now = fetched.find(old.at(r).key());
        if (now) {
            if (first >= 0) {
                u.removedRanges.append({ first, int(r) - 1 });
                first = -1;
            }
            if (!(*now == old.at(r)))
                u.changedRows.append(int(rows.size()));
            rows.append(*now);
        } else if (first < 0) {
            first = int(r);
        }
    }
    if (first >= 0)
        u.removedRanges.append({ first, int(old.size()) - 1 });
    std::reverse(u.removedRanges.begin(), u.removedRanges.end());
    u.kept = int(rows.size());
    for (const auto& q : fetched.queues()) {
        if (old.indexOf(q.key()) < 0)
            rows.append(q);
    }
    u.after = buildQueueMatrix(fetched.withRows(std::move(rows)));
    u.columnsChanged = u.after->nodes != before->nodes;
    u.changes = QueueDiff::compute(old, fetched);
    return u;
}

QueueMatrixModel::QueueMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<QueueMatrixPtr>();
}

QueueMatrixModel::~QueueMatrixModel() = default;

int QueueMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int QueueMatrixModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return FirstNodeColumn + (m_matrix ? int(m_matrix->nodes.size()) : 0);
}

int QueueMatrixModel::removingRow(int row) const
{
    // Ranges removed so far, ascending in the previous matrix's rows: every range at or before
    // the row shifts it by its length.
    for (const auto& [first, last] : m_removedSoFar) {
        if (first > row)
            break;
        row += last - first + 1;
    }
    return row;
}

const QueueInfo& QueueMatrixModel::rowQueue(int row) const
{
    if (m_removing)
        return m_removing->snapshot.at(removingRow(row));
    return m_matrix->snapshot.at(row);
}

QueueRole QueueMatrixModel::rowRole(int row, int node) const
{
    if (m_removing)
        return m_removing->role(removingRow(row), node);
    return m_matrix->role(row, node);
}

const QueueInfo* QueueMatrixModel::queue(int row) const
{
    return (row >= 0 && row < m_count) ? &rowQueue(row) : nullptr;
}

int QueueMatrixModel::rowOf(const QueueKey& key) const
{
    if (!m_matrix || m_removing)
        return -1;
    const qsizetype row = m_matrix->snapshot.indexOf(key);
    return row < m_count ? int(row) : -1;
}

QString QueueMatrixModel::nodeOfColumn(int column) const
{
    if (!m_matrix || column < FirstNodeColumn || column - FirstNodeColumn >= m_matrix->nodes.size())
        return {};
    return m_matrix->nodes.at(column - FirstNodeColumn);
}

quint8 QueueMatrixModel::highlight(int row, int* age) const
{
    const QueueInfo* q = queue(row);
    if (!q)
        return 0;
    const auto it = m_marks.constFind(q->key());
    if (it == m_marks.cend() || m_poll - it->poll >= HighlightPolls)
        return 0;
    if (age)
        *age = m_poll - it->poll;
    return it->kinds;
}

void QueueMatrixModel::clear()
{
    beginResetModel();
    m_matrix.reset();
    m_count = 0;
    m_marks.clear();
    m_vanished.clear();
    releaseQueueChanges(std::move(m_lastChanges));
    m_lastChanges.clear();
    m_poll = 0;
    endResetModel();
    Q_EMIT matrixApplied(m_matrix);
}

void QueueMatrixModel::apply(const QueueMatrixUpdate& update)
{
    if (!update.after)
        return;
    ++m_poll;
    QueueMatrixPtr previous = m_matrix;
    const bool rowLevel = m_matrix && update.before == m_matrix.get() && !update.columnsChanged
        && update.removedRanges.size() <= MaxRemovedRanges;
    if (!rowLevel) {
        beginResetModel();
        m_matrix = update.after;
        m_count = int(m_matrix->size());
        endResetModel();
    } else {
        // Vanished rows go range by range, last first, each with its own signals; meanwhile rows
        // are read from the previous matrix, shifted past the ranges removed so far.
        if (!update.removedRanges.isEmpty()) {
            m_removing = m_matrix;
            for (const auto& [first, last] : update.removedRanges) {
                beginRemoveRows({}, first, last);
                m_removedSoFar.prepend({ first, last });
                m_count -= last - first + 1;
                endRemoveRows();
            }
            m_removing.reset(); // `previous` still owns it
            m_removedSoFar.clear();
        }
        Q_ASSERT(m_count == update.kept);
        m_matrix = update.after;
        const int columns = columnCount();
        // One signal for the whole table when most rows changed (what views handle best), one
        // per row otherwise.
        if (!update.changedRows.isEmpty()) {
            if (update.changedRows.size() * 2 > m_count) {
                Q_EMIT dataChanged(index(0, 0), index(m_count - 1, columns - 1));
            } else {
                for (int row : update.changedRows)
                    Q_EMIT dataChanged(index(row, 0), index(row, columns - 1));
            }
        }
        const int total = int(m_matrix->size());
        if (total > m_count) {
            beginInsertRows({}, m_count, total - 1);
            m_count = total;
            endInsertRows();
        }
    }
    markChanges(update.changes);
    Q_EMIT matrixApplied(m_matrix);
    releaseQueueMatrix(std::move(previous));
}

void QueueMatrixModel::markChanges(const QList<QueueChange>& changes)
{
    releaseQueueChanges(std::exchange(m_lastChanges, changes));
    const QDateTime now
        = m_matrix->snapshot.takenAt.isValid() ? m_matrix->snapshot.takenAt : QDateTime::currentDateTimeUtc();
    QList<VanishedQueue> gone;
    // Rows whose highlight fades now need a repaint; rows that vanished are gone already. Past a
    // few hundred, one signal for the whole table (no row lookups) is cheaper than one per row.
    QList<int> fading;
    const bool fadeAll = m_marks.size() > MaxFadingRowSignals;
    for (auto it = m_marks.begin(); it != m_marks.end();) {
        const int age = m_poll - it->poll;
        if (!fadeAll && age >= 1) {
            const int row = rowOf(it.key());
            if (row >= 0)
                fading.append(row);
        }
        if (age >= HighlightPolls)
            it = m_marks.erase(it);
        else
            ++it;
    }
    for (const auto& c : changes) {
        if (c.kind == QueueChange::Kind::Vanished) {
            QueueInfo q;
            q.vhost = c.key.vhost;
            q.name = c.key.name;
            gone.append({ q, now });
            m_marks.remove(c.key);
            continue;
        }
        // The first refresh shows what is there; it does not call every queue "appeared".
        if (m_poll == 1)
            continue;
        Mark& mark = m_marks[c.key];
        if (mark.poll != m_poll)
            mark.kinds = 0;
        mark.kinds |= highlightOf(c.kind);
        mark.poll = m_poll;
    }
    const int columns = columnCount();
    if (fadeAll && m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, columns - 1), { HighlightToneRole, HighlightFadeRole });
    for (int row : fading)
        Q_EMIT dataChanged(index(row, 0), index(row, columns - 1), { HighlightToneRole, HighlightFadeRole });
    if (!gone.isEmpty()) {
        m_vanished = gone + m_vanished;
        if (m_vanished.size() > MaxVanished)
            m_vanished.resize(MaxVanished);
    }
}

void QueueMatrixModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, columnCount() - 1));
}

QString QueueMatrixModel::typeText(QueueType type)
{
    switch (type) {
    case QueueType::Classic:
        return tr("classic", "queue type: a classic queue without mirrors");
    case QueueType::Mirrored:
        return tr("mirrored", "queue type: a classic queue mirrored by an HA policy");
    case QueueType::Quorum:
        return tr("quorum", "queue type: quorum queue");
    case QueueType::Stream:
        return tr("stream", "queue type: stream");
    case QueueType::Unknown:
        break;
    }
    return tr("unknown", "queue type not reported");
}

QString QueueMatrixModel::roleText(
    QueueRole role, QueueType type, bool nodeDown, bool classicMirroring, bool leaderless, bool missing)
{
    const bool quorum = type == QueueType::Quorum;
    const bool stream = type == QueueType::Stream;
    QString text;
    switch (role) {
    case QueueRole::Home:
        if ((quorum || stream) && leaderless)
            text = tr("no leader", "quorum queue: this node's member was the last leader; none is elected now");
        else if (stream)
            text = tr("leader", "stream: this node holds the stream's leader (writer)");
        else
            text = quorum ? tr("leader", "quorum queue: this node's member is the leader")
                          : tr("home", "classic queue: this node holds the master");
        break;
    case QueueRole::Synchronised:
        if (stream)
            text = tr("replica", "stream: an online replica on this node");
        else if (quorum && !classicMirroring)
            text = tr("follower", "quorum queue (RabbitMQ 4.x): an online member that follows the leader");
        else
            text = quorum ? tr("in sync", "quorum queue: an online member that follows the leader")
                          : tr("mirror in sync", "classic queue: a synchronised mirror on this node");
        break;
    case QueueRole::Unsynchronised:
        if (stream)
            text = tr("replica not online", "stream: a replica on this node that is not online");
        else if (quorum && !classicMirroring)
            text = tr("follower not online", "quorum queue (RabbitMQ 4.x): a member that is not online");
        else
            text = quorum ? tr("lagging", "quorum queue: a member that is not online")
                          : tr("mirror behind", "classic queue: an unsynchronised mirror on this node");
        break;
    case QueueRole::Absent:
        if (missing)
            return tr("missing", "stream: this cluster node holds no replica of the stream");
        return QStringLiteral("—");
    }
    return nodeDown ? tr("%1 (node down)", "queue role on a node that is down").arg(text) : text;
}

QString QueueMatrixModel::typeLegend(bool classicMirroring)
{
    return classicMirroring
        ? tr("classic: no mirrors; mirrored: classic queue under an HA policy; quorum: Raft replicated")
        : tr("classic: on one node (RabbitMQ 4.x replicates only quorum queues and streams); quorum: Raft replicated, "
             "a leader and followers; stream: a replicated log, a leader and replicas");
}

QString QueueMatrixModel::changeText(const QueueChange& change)
{
    const QString nodes = change.nodes.join(QStringLiteral(", "));
    switch (change.kind) {
    case QueueChange::Kind::Appeared:
        return tr("appeared", "a queue that was not there before");
    case QueueChange::Kind::Vanished:
        return tr("vanished", "a queue that is no longer listed");
    case QueueChange::Kind::HomeMoved:
        return tr("home moved from %1 to %2", "queue master/leader moved between nodes")
            .arg(change.fromNode.isEmpty() ? Format::unknown() : change.fromNode,
                change.toNode.isEmpty() ? Format::unknown() : change.toNode);
    case QueueChange::Kind::SyncLost:
        return tr("lost sync on %1", "a mirror or member fell behind or went away on these nodes").arg(nodes);
    case QueueChange::Kind::SyncRegained:
        return tr("back in sync on %1", "a mirror or member caught up on these nodes").arg(nodes);
    }
    return {};
}

QVariant QueueMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section >= FirstNodeColumn) {
        const QString node = nodeOfColumn(section);
        if (role == Qt::DisplayRole)
            return node;
        if (role == Qt::ToolTipRole) {
            const bool down = m_matrix && m_matrix->snapshot.isNodeDown(node);
            return down ? tr("%1 (down): this node's role for each queue").arg(node)
                        : tr("%1: this node's role for each queue").arg(node);
        }
        if (role == Qt::ForegroundRole && m_matrix && m_matrix->snapshot.isNodeDown(node))
            return QVariant(); // the delegate colours cells; headers stay neutral
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Queue");
        case VhostColumn:
            return tr("Vhost", "RabbitMQ virtual host");
        case TypeColumn:
            return tr("Type", "queue type: classic, mirrored, quorum");
        case ReadyColumn:
            return tr("Ready", "messages ready for delivery");
        case UnackedColumn:
            return tr("Unacked", "messages delivered, not yet acknowledged");
        case ConsumersColumn:
            return tr("Consumers");
        case StateColumn:
            return tr("State", "queue state: running, down, syncing…");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReadyColumn:
            return tr("Messages ready for delivery");
        case UnackedColumn:
            return tr("Messages delivered to consumers and not yet acknowledged");
        case TypeColumn:
            return typeLegend(!m_matrix || m_matrix->classicMirroring);
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (section == ReadyColumn || section == UnackedColumn || section == ConsumersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant QueueMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count || index.column() >= columnCount())
        return {};
    return cellData(index.row(), index.column(), role);
}

QVariant QueueMatrixModel::cellData(int row, int column, int role) const
{
    const QueueInfo& q = rowQueue(row);
    if (role == HighlightToneRole || role == HighlightFadeRole) {
        if (m_removing)
            return {};
        int age = 0;
        const quint8 kinds = highlight(row, &age);
        if (!kinds)
            return {};
        if (role == HighlightFadeRole)
            return age == 0 ? 1.0 : 0.45;
        if (kinds & HighlightSyncLost)
            return int(Tone::Warning);
        if (kinds & HighlightHomeMoved)
            return int(Tone::Accent);
        if (kinds & HighlightSyncRegained)
            return int(Tone::Good);
        return int(Tone::Neutral);
    }
    if (role == KeyRole)
        return q.vhost + QLatin1Char('\n') + q.name;

    if (column >= FirstNodeColumn) {
        const int node = column - FirstNodeColumn;
        const QueueRole r = rowRole(row, node);
        const QueueMatrix* matrix = (m_removing ? m_removing : m_matrix).get();
        const QString& nodeName = matrix->nodes.at(node);
        const bool down = r != QueueRole::Absent && matrix->snapshot.isNodeDown(nodeName);
        const bool leaderless = r == QueueRole::Home && q.leaderless;
        const bool missing = r == QueueRole::Absent && q.type == QueueType::Stream
            && matrix->snapshot.missingStreamReplicas(q).contains(nodeName);
        switch (role) {
        case Qt::DisplayRole:
            return roleText(r, q.type, down, matrix->classicMirroring, leaderless, missing);
        case RawValueRole:
            return int(r);
        case ToneRole:
            if (leaderless)
                return int(Tone::Bad);
            if (missing)
                return int(Tone::Warning);
            return int(roleTone(r, down));
        case MarkerRole:
            return int(roleMarker(r));
        case IndicatorRole:
            return r != QueueRole::Absent;
        case Qt::ToolTipRole:
            if (missing)
                return tr("%1 holds no replica of stream %2: a cluster node without one").arg(nodeName, q.name);
            return r == QueueRole::Absent
                ? tr("%1 holds no replica of %2").arg(nodeName, q.name)
                : tr("%1 on %2").arg(roleText(r, q.type, down, matrix->classicMirroring, leaderless), nodeName);
        }
        return {};
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TypeColumn:
            return typeText(q.type);
        case ReadyColumn:
            return Format::count(q.messagesReady);
        case UnackedColumn:
            return Format::count(q.messagesUnacknowledged);
        case ConsumersColumn:
            return Format::count(q.consumers);
        case StateColumn:
            return q.state.isEmpty() ? Format::unknown() : q.state;
        }
        [[fallthrough]]; // the queue's and vhost's names show as they are
    case RawValueRole:
        switch (column) {
        case NameColumn:
            return q.name;
        case VhostColumn:
            return q.vhost;
        case TypeColumn:
            return int(q.type);
        case ReadyColumn:
            return q.messagesReady;
        case UnackedColumn:
            return q.messagesUnacknowledged;
        case ConsumersColumn:
            return q.consumers;
        case StateColumn:
            return q.state;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == ReadyColumn || column == UnackedColumn || column == ConsumersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ToneRole:
        if (column == StateColumn) {
            if (q.state == QLatin1String("running"))
                return int(Tone::None);
            if (q.state == QLatin1String("syncing") || q.state == QLatin1String("flow"))
                return int(Tone::Warning);
            return int(q.state.isEmpty() ? Tone::Muted : Tone::Bad);
        }
        if (column == NameColumn) {
            const quint8 problems = m_removing ? 0 : m_matrix->problems.at(row);
            if (problems & quint8(QueueProblem::HomeNodeDown))
                return int(Tone::Bad);
            if (problems)
                return int(Tone::Warning);
        }
        if ((column == ReadyColumn || column == UnackedColumn || column == ConsumersColumn)) {
            const qint64 v = column == ReadyColumn ? q.messagesReady
                : column == UnackedColumn          ? q.messagesUnacknowledged
                                                   : q.consumers;
            if (v < 0)
                return int(Tone::Muted);
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            if (q.policy.isEmpty())
                return q.name;
            return tr("%1\npolicy: %2").arg(q.name, q.policy);
        }
        break;
    }
    return {};
}

} // namespace warren
