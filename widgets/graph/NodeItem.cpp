#include "NodeItem.h"

#include "Format.h"
#include "GraphStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace warren {

using namespace graph;

namespace {
    constexpr qreal Pad = 12;
    constexpr int TextRows = 6; // header, state, versions, uptime, memory, disk
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

QString NodeItem::typeBadgeText() const
{
    return typeText(m_node.type);
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

void NodeItem::setNode(const NodeInfo& node, State state, bool partitioned)
{
    m_node = node;
    m_state = state;
    m_partitioned = partitioned;
    setToolTip(tr("%1 (%2, %3)", "node name (disc/ram, running/stopped)").arg(m_name, typeBadgeText(), stateText()));
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
    const Tone stateTone = m_stale ? Tone::Muted
        : m_state == State::Running ? Tone::Good
        : m_state == State::Unreachable ? Tone::Warning
                                        : Tone::Bad;

    painter->setPen(QPen(selected ? accent() : cardBorder(m_stale), selected ? 2.5 : 1.2));
    painter->setBrush(cardBackground(m_stale));
    painter->drawRoundedRect(card, 8, 8);
    // A coloured strip on the left edge: the state at a glance, even zoomed out.
    painter->setPen(Qt::NoPen);
    painter->setBrush(toneColor(stateTone));
    painter->drawRoundedRect(QRectF(0, 0, 6, m_height), 3, 3);

    const qreal lh = lineHeight();
    const QFont font = baseFont();
    const QFont bold = boldFont(1.08);
    const QFont small = smallFont();
    const QColor text = m_stale ? mutedText() : toneColor(Tone::None);
    qreal y = Pad;
    const qreal left = Pad + 6;
    const qreal right = Width - Pad;

    // Row 1: name, disc/ram badge.
    {
        const Tone typeTone = m_node.type == NodeType::Ram ? Tone::Accent : Tone::Neutral;
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
        for (const QString& alarm : alarmTexts()) {
            if (x + pillWidth(alarm, small) > right)
                break;
            x += drawPill(painter, x, y + lh / 2, alarm, m_stale ? Tone::Muted : Tone::Bad, small) + 6;
        }
        y += lh;
    }
    painter->setFont(font);
    const auto row = [&](const QString& label, const QString& value, const QColor& valueColor) {
        painter->setPen(mutedText());
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
    const double memFraction = m_node.memUsed >= 0 && m_node.memLimit > 0 ? double(m_node.memUsed) / m_node.memLimit : -1;
    const Tone memTone = m_node.memoryAlarm ? Tone::Bad : memFraction > 0.8 ? Tone::Warning : Tone::Neutral;
    {
        const qreal labelW = (right - left) * 0.30;
        painter->setPen(mutedText());
        painter->drawText(QRectF(left, y, labelW, lh), Qt::AlignLeft | Qt::AlignVCenter, tr("Memory"));
        const QString value = m_node.memUsed >= 0
            ? tr("%1 of %2", "memory used of the high watermark").arg(Format::bytes(m_node.memUsed), Format::bytes(m_node.memLimit))
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
        m_node.diskFree >= 0
            ? tr("%1 (limit %2)", "disk free (free disk limit)").arg(Format::bytes(m_node.diskFree), Format::bytes(m_node.diskFreeLimit))
            : unknown,
        diskLow && !m_stale ? toneColor(Tone::Bad) : text);
}

} // namespace warren
