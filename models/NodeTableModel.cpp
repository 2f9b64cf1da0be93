#include "NodeTableModel.h"

#include "Format.h"
#include "ModelRoles.h"

#include <QVersionNumber>

namespace warren {

namespace {

    // "3.10.8" sorts after "3.9.1": compare zero-padded segments instead of the text.
    QString versionSortKey(const QString& version)
    {
        qsizetype suffix = 0;
        const QVersionNumber v = QVersionNumber::fromString(version, &suffix);
        QString key;
        for (int segment : v.segments())
            key += QStringLiteral("%1.").arg(segment, 6, 10, QLatin1Char('0'));
        return key + version.mid(suffix);
    }

    QVariant fraction(qint64 used, qint64 total)
    {
        if (used < 0 || total <= 0)
            return {};
        return qBound(0.0, double(used) / double(total), 1.0);
    }

    Tone usageTone(qint64 used, qint64 total)
    {
        if (used < 0 || total <= 0)
            return Tone::None;
        const double f = double(used) / double(total);
        if (f >= 0.95)
            return Tone::Bad;
        if (f >= 0.8)
            return Tone::Warning;
        return Tone::None;
    }

} // namespace

NodeTableModel::NodeTableModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

NodeTableModel::~NodeTableModel() = default;

int NodeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const NodeInfo* NodeTableModel::node(int row) const
{
    return rowAt(row);
}

int NodeTableModel::rowOf(const QString& name) const
{
    return rowOfKey(name);
}

bool NodeTableModel::sameRow(const NodeInfo& a, const NodeInfo& b) const
{
    return a.name == b.name && a.type == b.type && a.running == b.running && a.memoryAlarm == b.memoryAlarm
        && a.diskAlarm == b.diskAlarm && a.partitions == b.partitions && a.rabbitVersion == b.rabbitVersion
        && a.erlangVersion == b.erlangVersion && a.uptimeMs == b.uptimeMs && a.memUsed == b.memUsed
        && a.memLimit == b.memLimit && a.diskFree == b.diskFree && a.diskFreeLimit == b.diskFreeLimit
        && a.fdUsed == b.fdUsed && a.fdTotal == b.fdTotal && a.socketsUsed == b.socketsUsed
        && a.socketsTotal == b.socketsTotal && a.procUsed == b.procUsed && a.procTotal == b.procTotal;
}

void NodeTableModel::clear()
{
    clearRows();
}

// Nodes that left the cluster (forget_cluster_node) disappear; the others keep their rows.
void NodeTableModel::setNodes(const QList<NodeInfo>& nodes)
{
    setRows(nodes);
}

void NodeTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    allRowsChanged();
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Node", "RabbitMQ node (an Erlang VM running RabbitMQ)");
        case TypeColumn:
            return tr("Type", "RabbitMQ node type: disc or RAM");
        case StateColumn:
            return tr("State");
        case AlarmsColumn:
            return tr("Alarms", "RabbitMQ resource alarms (memory, disk)");
        case RabbitVersionColumn:
            return tr("RabbitMQ");
        case ErlangVersionColumn:
            return tr("Erlang/OTP");
        case MemoryColumn:
            return tr("Memory");
        case DiskColumn:
            return tr("Disk free");
        case FileDescriptorsColumn:
            return tr("File descriptors");
        case SocketsColumn:
            return tr("Sockets");
        case ProcessesColumn:
            return tr("Erlang processes");
        case UptimeColumn:
            return tr("Uptime");
        case PartitionsColumn:
            return tr("Partitions", "network partitions: nodes this node cannot reach");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case TypeColumn:
            return tr("Disc nodes keep the cluster metadata on disk; RAM nodes keep it in memory only.");
        case RabbitVersionColumn:
            return tr("RabbitMQ version");
        case ErlangVersionColumn:
            return tr("Erlang/OTP version");
        case MemoryColumn:
            return tr("Memory used / memory high watermark (publishers are blocked above it)");
        case DiskColumn:
            return tr("Free disk space and the free disk limit (publishers are blocked below it)");
        case FileDescriptorsColumn:
            return tr("File descriptors used / available");
        case SocketsColumn:
            return tr("Sockets used / available");
        case ProcessesColumn:
            return tr("Erlang processes used / limit");
        case PartitionsColumn:
            return tr("Nodes this node cannot reach (network partition)");
        }
    } else if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant NodeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeInfo& n = rows().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(n, column);
    case RawValueRole:
        return rawData(n, column);
    case Qt::ToolTipRole:
        return toolTipData(n, column);
    case ToneRole:
        return toneData(n, column);
    case KeyRole:
        return n.name;
    case BadgeRole:
        return column == TypeColumn || (column == AlarmsColumn && !n.alarms().isEmpty());
    case IndicatorRole:
        return column == StateColumn;
    case FractionRole:
        switch (column) {
        case MemoryColumn:
            return fraction(n.memUsed, n.memLimit);
        case FileDescriptorsColumn:
            return fraction(n.fdUsed, n.fdTotal);
        case SocketsColumn:
            return fraction(n.socketsUsed, n.socketsTotal);
        case ProcessesColumn:
            return fraction(n.procUsed, n.procTotal);
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case MemoryColumn:
        case DiskColumn:
        case FileDescriptorsColumn:
        case SocketsColumn:
        case ProcessesColumn:
        case UptimeColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant NodeTableModel::displayData(const NodeInfo& n, int column) const
{
    switch (column) {
    case NameColumn:
        return n.name;
    case TypeColumn:
        switch (n.type) {
        case NodeType::Disc:
            return tr("disc", "RabbitMQ node type: stores metadata on disk");
        case NodeType::Ram:
            return tr("ram", "RabbitMQ node type: keeps metadata in memory only");
        case NodeType::Unknown:
            break;
        }
        return tr("unknown", "RabbitMQ node type not reported");
    case StateColumn:
        return n.running ? tr("running", "RabbitMQ node state") : tr("stopped", "RabbitMQ node state");
    case AlarmsColumn: {
        QStringList alarms;
        if (n.memoryAlarm)
            alarms << tr("memory", "RabbitMQ memory alarm");
        if (n.diskAlarm)
            alarms << tr("disk", "RabbitMQ free disk space alarm");
        return alarms.join(tr(", ", "separator between list items"));
    }
    case RabbitVersionColumn:
        return n.rabbitVersion.isEmpty() ? Format::unknown() : n.rabbitVersion;
    case ErlangVersionColumn:
        return n.erlangVersion.isEmpty() ? Format::unknown() : n.erlangVersion;
    case MemoryColumn:
        if (n.memUsed < 0)
            return Format::unknown();
        if (n.memLimit <= 0)
            return Format::bytes(n.memUsed);
        return QStringLiteral("%1 / %2").arg(Format::bytes(n.memUsed), Format::bytes(n.memLimit));
    case DiskColumn:
        if (n.diskFree < 0)
            return Format::unknown();
        if (n.diskFreeLimit <= 0)
            return Format::bytes(n.diskFree);
        return tr("%1 (limit %2)", "free disk space, then the configured free disk limit")
            .arg(Format::bytes(n.diskFree), Format::bytes(n.diskFreeLimit));
    case FileDescriptorsColumn:
        return Format::usage(n.fdUsed, n.fdTotal);
    case SocketsColumn:
        return Format::usage(n.socketsUsed, n.socketsTotal);
    case ProcessesColumn:
        return Format::usage(n.procUsed, n.procTotal);
    case UptimeColumn:
        return n.running && n.uptimeMs >= 0 ? Format::duration(n.uptimeMs / 1000) : Format::unknown();
    case PartitionsColumn:
        return n.partitions.join(tr(", ", "separator between list items"));
    }
    return {};
}

QVariant NodeTableModel::rawData(const NodeInfo& n, int column) const
{
    switch (column) {
    case NameColumn:
        return n.name;
    case TypeColumn:
        return int(n.type);
    case StateColumn:
        return n.running ? 1 : 0;
    case AlarmsColumn:
        return int(n.alarms().size());
    case RabbitVersionColumn:
        return versionSortKey(n.rabbitVersion);
    case ErlangVersionColumn:
        return versionSortKey(n.erlangVersion);
    case MemoryColumn:
        return n.memUsed;
    case DiskColumn:
        return n.diskFree;
    case FileDescriptorsColumn:
        return n.fdUsed;
    case SocketsColumn:
        return n.socketsUsed;
    case ProcessesColumn:
        return n.procUsed;
    case UptimeColumn:
        return n.running ? n.uptimeMs : qint64(-1);
    case PartitionsColumn:
        return int(n.partitions.size());
    }
    return {};
}

QVariant NodeTableModel::toolTipData(const NodeInfo& n, int column) const
{
    switch (column) {
    case TypeColumn:
        if (n.type == NodeType::Disc)
            return tr("Disc node: keeps the cluster metadata (queues, exchanges, users) on disk.");
        if (n.type == NodeType::Ram)
            return tr("RAM node: keeps the cluster metadata in memory only; the cluster needs at least one disc "
                      "node.");
        return {};
    case StateColumn:
        return n.running ? tr("The node is running.") : tr("The node is not running or cannot be reached.");
    case AlarmsColumn:
        if (n.memoryAlarm && n.diskAlarm)
            return tr("Memory and disk alarms: publishers on the whole cluster are blocked.");
        if (n.memoryAlarm)
            return tr("Memory alarm: publishers on the whole cluster are blocked.");
        if (n.diskAlarm)
            return tr("Disk alarm: publishers on the whole cluster are blocked.");
        return {};
    case MemoryColumn:
        if (n.memUsed >= 0 && n.memLimit > 0)
            return tr("%1 used of the %2 high watermark (%3)")
                .arg(Format::bytes(n.memUsed), Format::bytes(n.memLimit),
                    Format::percent(double(n.memUsed) / double(n.memLimit)));
        return {};
    case DiskColumn:
        if (n.diskFree >= 0 && n.diskFreeLimit > 0)
            return tr("%1 free; publishers are blocked below %2")
                .arg(Format::bytes(n.diskFree), Format::bytes(n.diskFreeLimit));
        return {};
    case FileDescriptorsColumn:
    case SocketsColumn:
    case ProcessesColumn: {
        const qint64 used = column == FileDescriptorsColumn ? n.fdUsed
            : column == SocketsColumn                       ? n.socketsUsed
                                                            : n.procUsed;
        const qint64 total = column == FileDescriptorsColumn ? n.fdTotal
            : column == SocketsColumn                        ? n.socketsTotal
                                                             : n.procTotal;
        if (used >= 0 && total > 0)
            return tr("%1 of %2 in use (%3)")
                .arg(Format::count(used), Format::count(total), Format::percent(double(used) / double(total)));
        return {};
    }
    case PartitionsColumn:
        if (!n.partitions.isEmpty())
            return tr("This node cannot reach: %1").arg(n.partitions.join(QStringLiteral(", ")));
        return {};
    }
    return {};
}

QVariant NodeTableModel::toneData(const NodeInfo& n, int column) const
{
    Tone tone = Tone::None;
    switch (column) {
    case TypeColumn:
        tone = n.type == NodeType::Disc ? Tone::Neutral : n.type == NodeType::Ram ? Tone::Accent : Tone::Muted;
        break;
    case StateColumn:
        tone = n.running ? Tone::Good : Tone::Bad;
        break;
    case AlarmsColumn:
        tone = n.alarms().isEmpty() ? Tone::None : Tone::Warning;
        break;
    case MemoryColumn:
        tone = n.memoryAlarm ? Tone::Bad : usageTone(n.memUsed, n.memLimit);
        break;
    case DiskColumn:
        tone = n.diskAlarm                                                                 ? Tone::Bad
            : (n.diskFree >= 0 && n.diskFreeLimit > 0 && n.diskFree < 2 * n.diskFreeLimit) ? Tone::Warning
                                                                                           : Tone::None;
        break;
    case FileDescriptorsColumn:
        tone = usageTone(n.fdUsed, n.fdTotal);
        break;
    case SocketsColumn:
        tone = usageTone(n.socketsUsed, n.socketsTotal);
        break;
    case ProcessesColumn:
        tone = usageTone(n.procUsed, n.procTotal);
        break;
    case PartitionsColumn:
        tone = n.partitions.isEmpty() ? Tone::None : Tone::Bad;
        break;
    case UptimeColumn:
    case RabbitVersionColumn:
    case ErlangVersionColumn:
        tone = n.running ? Tone::None : Tone::Muted;
        break;
    }
    return int(tone);
}

} // namespace warren
