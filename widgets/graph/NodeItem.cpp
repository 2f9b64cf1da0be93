#include "NodeItem.h"

#include "Format.h"
#include "GraphStyle.h"
#include "Palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace warren {

using namespace graph;

namespace {
    constexpr qreal Pad = 12;
    // header, state, marks, versions, uptime, memory, disk, safe to stop, queue leaders
    constexpr int TextRows = 9;
} // namespace

NodeItem::NodeItem(const QString& name, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_name(name)
{
    m_node.name = name;
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(CardZ);
    setData(0, name);
    relayout();
}

qreal NodeItem::lineHeight() const
{
    return QFontMetricsF(baseFont()).height() + 8;
}

void NodeItem::relayout()
{
    prepareGeometryChange();
    m_height = 2 * Pad + TextRows * lineHeight() + 4;
    update();
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(0, 0, Width, m_height).adjusted(-2, -2, 2, 2);
}

NodeItem::State NodeItem::stateOf(const NodeInfo& node, const ClusterSnapshot& snapshot)
{
    if (node.running)
        return State::Running;
    // A running peer that lists it among the nodes it cannot reach: it may well be running on
    // the other side of a partition.
    for (const NodeInfo& other : snapshot.nodes) {
        if (other.running && other.partitions.contains(node.name))
            return State::Unreachable;
    }
    return State::Stopped;
}

QString NodeItem::typeText(NodeType type)
{
    switch (type) {
    case NodeType::Disc:
        return tr("disc", "RabbitMQ node type: stores its metadata on disk");
    case NodeType::Ram:
        return tr("ram", "RabbitMQ node type: keeps its metadata in RAM only");
    case NodeType::Unknown:
        break;
    }
    return tr("type?", "RabbitMQ node type not reported");
}

QString NodeItem::stateText(State state)
{
    switch (state) {
    case State::Running:
        return tr("running", "RabbitMQ node state");
    case State::Stopped:
        return tr("stopped", "RabbitMQ node state");
    case State::Unreachable:
        return tr("unreachable", "RabbitMQ node state: a peer cannot reach it");
    }
    return {};
}

QString NodeItem::raftRoleText(const QString& raftState)
{
    if (raftState == QLatin1String("leader"))
        return tr("leader", "Raft role of a node in the Khepri metadata store");
    if (raftState == QLatin1String("follower"))
        return tr("follower", "Raft role of a node in the Khepri metadata store");
    if (raftState == QLatin1String("candidate"))
        return tr("candidate", "Raft role of a node in the Khepri metadata store");
    return raftState;
}

void NodeItem::setStore(const MetadataStoreStatus& store)
{
    m_store = store.store;
    const KhepriMember* m = store.member(m_name);
    m_raftState = m ? m->raftState : store.leader == m_name ? QStringLiteral("leader") : QString();
}

bool NodeItem::ramDeprecated() const
{
    if (m_store == MetadataStore::Khepri || m_node.type != NodeType::Ram)
        return false;
    const QString major = m_node.rabbitVersion.section(QLatin1Char('.'), 0, 0);
    return major.toInt() >= 4;
}

QString NodeItem::typeBadgeText() const
{
    if (m_store == MetadataStore::Khepri) {
        if (m_raftState.isEmpty())
            return tr("Khepri", "the metadata store; the node's role in it is not known");
        return tr("Khepri %1", "the metadata store and this node's Raft role: leader, follower")
            .arg(raftRoleText(m_raftState));
    }
    if (ramDeprecated())
        return tr("ram: deprecated", "a RabbitMQ 4.x ram node: ram nodes are deprecated");
    return typeText(m_node.type);
}

QString NodeItem::typeToolTip() const
{
    if (m_store == MetadataStore::Khepri)
        return tr("The metadata store is Khepri: every node is a disc member of its Raft cluster, there are no ram "
                  "nodes. Metadata changes need a majority of the members running.");
    if (ramDeprecated())
        return tr("Ram nodes are deprecated in RabbitMQ 4.x and do not exist under Khepri. Change this node to a disc "
                  "node (rabbitmqctl stop_app; change_cluster_node_type disc; start_app) before enabling khepri_db or "
                  "upgrading.");
    return {};
}

QString NodeItem::stateText() const
{
    return stateText(m_state);
}

QStringList NodeItem::alarmTexts() const
{
    QStringList out;
    if (m_node.memoryAlarm)
        out << tr("memory alarm", "RabbitMQ resource alarm");
    if (m_node.diskAlarm)
        out << tr("disk alarm", "RabbitMQ resource alarm");
    if (m_partitioned)
        out << tr("partitioned", "network partition of the RabbitMQ cluster");
    return out;
}

QStringList NodeItem::markTexts() const
{
    QStringList out;
    if (m_startPosition == 0 && m_stoppedLast)
        out << tr("stopped last: start first", "whole cluster down: this RabbitMQ node must be started first");
    else if (m_startPosition >= 0)
        out << tr("start #%1", "whole cluster down: position in the start order").arg(m_startPosition + 1);
    if (!m_node.unreachableFromWarren.isEmpty())
        out << tr("unreachable from Warren", "neither the node's API nor SSH answer Warren");
    else if (!m_node.apiError.isEmpty())
        out << tr("API not answering", "the node's management API");
    if (!m_node.disagreement.isEmpty())
        out << tr("API and cluster_status disagree", "two sources of RabbitMQ cluster membership");
    return out;
}

QString NodeItem::safetyText() const
{
    const StopSafety& s = m_node.safety;
    switch (s.verdict) {
    case StopSafety::Verdict::Unknown:
        return {};
    case StopSafety::Verdict::Safe:
        return tr("safe to stop", "a RabbitMQ node: stopping it now loses no queue");
    case StopSafety::Verdict::NotSafe:
        break;
    }
    QStringList parts;
    if (s.quorumQueuesAtRisk > 0)
        parts << tr("%n quorum", "number of quorum queues that would lose their majority", s.quorumQueuesAtRisk);
    if (s.mirrorsAtRisk > 0)
        parts << tr("%n mirrored", "number of mirrored queues left without a synchronised mirror", s.mirrorsAtRisk);
    return tr("not safe: %1", "why stopping the node now loses queues")
        .arg(parts.join(tr(", ", "separator between list items")));
}

QString NodeItem::leadersText() const
{
    return m_node.queueLeaders >= 0 ? QString::number(m_node.queueLeaders) : Format::unknown();
}

void NodeItem::setStartPosition(int position, bool stoppedLast)
{
    if (position == m_startPosition && stoppedLast == m_stoppedLast)
        return;
    m_startPosition = position;
    m_stoppedLast = stoppedLast;
    update();
}

void NodeItem::setNode(const NodeInfo& node, State state, bool partitioned)
{
    m_node = node;
    m_state = state;
    m_partitioned = partitioned;
    QString tip = tr("%1 (%2, %3)", "node name (disc/ram, running/stopped)").arg(m_name, typeBadgeText(), stateText());
    if (const QString why = typeToolTip(); !why.isEmpty())
        tip += QLatin1Char('\n') + why;
    if (node.underMaintenance)
        tip += QLatin1Char('\n')
            + tr("In maintenance mode: it serves no clients and leads no queues (Node Maintenance brings it back).");
    setToolTip(tip);
    update();
}

void NodeItem::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card(0, 0, Width, m_height);
    const bool selected = option->state & QStyle::State_Selected;
    const Tone stateTone = m_stale      ? Tone::Muted
        : m_state == State::Running     ? Tone::Good
        : m_state == State::Unreachable ? Tone::Warning
                                        : Tone::Bad;

    painter->setPen(QPen(selected ? Palette::focus() : Palette::cardBorder(m_stale), selected ? 2.5 : 1.2));
    painter->setBrush(Palette::cardBackground(m_stale));
    painter->drawRoundedRect(card, 8, 8);
    // A coloured strip on the left edge: the state at a glance, even zoomed out.
    painter->setPen(Qt::NoPen);
    painter->setBrush(toneColor(stateTone));
    painter->drawRoundedRect(QRectF(0, 0, 6, m_height), 3, 3);

    const qreal lh = lineHeight();
    const QFont font = baseFont();
    const QFont bold = boldFont(1.08);
    const QFont small = smallFont();
    const QColor text = m_stale ? Palette::mutedText() : toneColor(Tone::None);
    qreal y = Pad;
    const qreal left = Pad + 6;
    const qreal right = Width - Pad;

    // Row 1: name, disc/ram badge.
    {
        const Tone typeTone = ramDeprecated()                                  ? Tone::Warning
            : m_raftState == QLatin1String("leader")                           ? Tone::Accent
            : m_node.type == NodeType::Ram && m_store != MetadataStore::Khepri ? Tone::Accent
                                                                               : Tone::Neutral;
        const qreal badgeW = pillWidth(typeBadgeText(), small);
        drawPill(painter, right - badgeW, y + lh / 2, typeBadgeText(), m_stale ? Tone::Muted : typeTone, small);
        painter->setFont(bold);
        painter->setPen(text);
        const QString name = QFontMetricsF(bold).elidedText(m_name, Qt::ElideMiddle, right - badgeW - left - 8);
        painter->drawText(QRectF(left, y, right - left, lh), Qt::AlignLeft | Qt::AlignVCenter, name);
        y += lh;
    }
    // Row 2: state and alarms.
    {
        qreal x = left;
        x += drawPill(painter, x, y + lh / 2, stateText(), stateTone, small) + 6;
        if (m_node.underMaintenance) {
            const QString maint = tr("maintenance", "RabbitMQ node state: drained, serves no clients");
            x += drawPill(painter, x, y + lh / 2, maint, m_stale ? Tone::Muted : Tone::Warning, small) + 6;
        }
        for (const QString& alarm : alarmTexts()) {
            if (x + pillWidth(alarm, small) > right)
                break;
            x += drawPill(painter, x, y + lh / 2, alarm, m_stale ? Tone::Muted : Tone::Bad, small) + 6;
        }
        y += lh;
    }
    // Row 3: what Warren noticed beyond the cluster's own view.
    {
        qreal x = left;
        const QStringList marks = markTexts();
        for (int i = 0; i < marks.size(); ++i) {
            const bool order = m_startPosition >= 0 && i == 0;
            const Tone tone = m_stale ? Tone::Muted : order ? Tone::Accent : Tone::Warning;
            if (x + pillWidth(marks.at(i), small) > right)
                break;
            x += drawPill(painter, x, y + lh / 2, marks.at(i), tone, small) + 6;
        }
        y += lh;
    }
    painter->setFont(font);
    const auto row = [&](const QString& label, const QString& value, const QColor& valueColor) {
        painter->setPen(Palette::mutedText());
        painter->drawText(QRectF(left, y, right - left, lh), Qt::AlignLeft | Qt::AlignVCenter, label);
        painter->setPen(valueColor);
        painter->drawText(QRectF(left, y, right - left, lh), Qt::AlignRight | Qt::AlignVCenter, value);
        y += lh;
    };
    const QString unknown = Format::unknown();
    // Row 3: versions. Row 4: uptime.
    row(tr("RabbitMQ / Erlang"),
        tr("%1 / %2", "RabbitMQ version / Erlang version")
            .arg(m_node.rabbitVersion.isEmpty() ? unknown : m_node.rabbitVersion,
                m_node.erlangVersion.isEmpty() ? unknown : m_node.erlangVersion),
        text);
    row(tr("Uptime"), m_node.uptimeMs >= 0 ? Format::duration(m_node.uptimeMs / 1000) : unknown, text);

    // Row 5: memory against the high watermark, with a bar. Row 6: disk free against the limit.
    const double memFraction
        = m_node.memUsed >= 0 && m_node.memLimit > 0 ? double(m_node.memUsed) / m_node.memLimit : -1;
    const Tone memTone = m_node.memoryAlarm ? Tone::Bad : memFraction > 0.8 ? Tone::Warning : Tone::Neutral;
    {
        const qreal labelW = (right - left) * 0.30;
        painter->setPen(Palette::mutedText());
        painter->drawText(QRectF(left, y, labelW, lh), Qt::AlignLeft | Qt::AlignVCenter, tr("Memory"));
        const QString value = m_node.memUsed >= 0
            ? tr("%1 of %2", "memory used of the high watermark")
                  .arg(Format::bytes(m_node.memUsed), Format::bytes(m_node.memLimit))
            : unknown;
        painter->setPen(m_node.memoryAlarm && !m_stale ? toneColor(Tone::Bad) : text);
        painter->drawText(QRectF(left, y, right - left, lh), Qt::AlignRight | Qt::AlignVCenter, value);
        const qreal valueW = QFontMetricsF(font).horizontalAdvance(value) + 10;
        const QRectF bar(left + labelW, y + lh / 2 - 3, qMax(20.0, right - left - labelW - valueW), 6);
        drawBar(painter, bar, memFraction, m_stale ? Tone::Muted : memTone);
        y += lh;
    }
    const bool diskLow = m_node.diskAlarm;
    row(tr("Disk free"),
        m_node.diskFree >= 0 ? tr("%1 (limit %2)", "disk free (free disk limit)")
                                   .arg(Format::bytes(m_node.diskFree), Format::bytes(m_node.diskFreeLimit))
                             : unknown,
        diskLow && !m_stale ? toneColor(Tone::Bad) : text);
    // Row 8: safe to stop now. Row 9: queue leaders it holds.
    const QString safety = safetyText();
    const Tone safetyTone = m_node.safety.verdict == StopSafety::Verdict::Safe ? Tone::Good : Tone::Bad;
    row(tr("Stop now", "is it safe to stop this RabbitMQ node now"), safety.isEmpty() ? unknown : safety,
        safety.isEmpty() || m_stale ? text : toneColor(safetyTone));
    row(tr("Queue leaders", "queues whose leader (quorum) or master (classic) runs on this node"), leadersText(), text);
}

} // namespace warren
