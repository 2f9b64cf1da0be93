#include "HaproxyItem.h"

#include "Format.h"
#include "GraphStyle.h"
#include "Palette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace warren {

using namespace graph;

namespace {
    constexpr qreal Pad = 12;

    Tone statusTone(const QString& status)
    {
        if (status == QLatin1String("UP") || status == QLatin1String("no check") || status == QLatin1String("OPEN"))
            return Tone::Good;
        if (status.startsWith(QLatin1String("UP ")) || status.startsWith(QLatin1String("DOWN ")) // transitions
            || status == QLatin1String("NOLB") || status.startsWith(QLatin1String("DRAIN")))
            return Tone::Warning;
        if (status.startsWith(QLatin1String("MAINT")))
            return Tone::Muted;
        return Tone::Bad;
    }
} // namespace

HaproxyItem::HaproxyItem(QGraphicsItem* parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemIsSelectable);
    setZValue(CardZ);
    setData(0, QStringLiteral("haproxy"));
    relayout();
}

QString HaproxyItem::roleText(bool backup)
{
    return backup ? tr("backup", "HAProxy server role") : tr("active", "HAProxy server role");
}

QString HaproxyItem::servingText()
{
    return tr("serving", "this HAProxy server takes the client connections now");
}

qreal HaproxyItem::lineHeight() const
{
    return QFontMetricsF(baseFont()).height() + 8;
}

// Layout: title row, then per proxy a header row and two rows per server.
qreal HaproxyItem::rowTop(int index) const
{
    const qreal lh = lineHeight();
    qreal y = Pad + lh + 4;
    QString proxy;
    for (int i = 0; i <= index && i < m_rows.size(); ++i) {
        if (m_rows.at(i).server.proxy != proxy) {
            proxy = m_rows.at(i).server.proxy;
            y += lh;
        }
        if (i < index)
            y += 2 * lh + 6;
    }
    return y;
}

void HaproxyItem::relayout()
{
    const qreal height
        = (m_rows.isEmpty() ? Pad + lineHeight() * 2 : rowTop(int(m_rows.size()) - 1) + 2 * lineHeight() + 6) + Pad;
    if (!qFuzzyCompare(height, m_height)) {
        prepareGeometryChange();
        m_height = height;
    }
    update();
}

QRectF HaproxyItem::boundingRect() const
{
    return QRectF(0, 0, Width, m_height).adjusted(-2, -2, 2, 2);
}

void HaproxyItem::setServers(const QString& hostLabel, const QList<ServerRow>& rows)
{
    m_hostLabel = hostLabel;
    m_rows = rows;
    relayout();
}

void HaproxyItem::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
}

QPointF HaproxyItem::serverAnchor(const QString& proxy, const QString& server) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).server.proxy == proxy && m_rows.at(i).server.name == server)
            return QPointF(Width, rowTop(i) + lineHeight() / 2);
    }
    return {};
}

int HaproxyItem::rowAt(const QPointF& pos) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const qreal top = rowTop(i);
        if (pos.y() >= top && pos.y() < top + 2 * lineHeight() + 6)
            return i;
    }
    return -1;
}

void HaproxyItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card(0, 0, Width, m_height);
    painter->setPen(QPen(Palette::cardBorder(m_stale), 1.2));
    painter->setBrush(Palette::cardBackground(m_stale));
    painter->drawRoundedRect(card, 8, 8);

    const qreal lh = lineHeight();
    const QFont font = baseFont();
    const QFont bold = boldFont(1.08);
    const QFont small = smallFont();
    const QColor text = m_stale ? Palette::mutedText() : toneColor(Tone::None);
    const qreal left = Pad;
    const qreal right = Width - Pad;

    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRectF(left, Pad, right - left, lh), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("HAProxy"));
    const qreal titleW = QFontMetricsF(bold).horizontalAdvance(QStringLiteral("HAProxy")) + 10;
    painter->setFont(small);
    painter->setPen(Palette::mutedText());
    painter->drawText(QRectF(left + titleW, Pad, right - left - titleW, lh), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(small).elidedText(m_hostLabel, Qt::ElideRight, right - left - titleW));

    if (m_rows.isEmpty()) {
        painter->setFont(font);
        painter->drawText(QRectF(left, Pad + lh, right - left, lh), Qt::AlignLeft | Qt::AlignVCenter,
            tr("No server reported", "HAProxy stats"));
        return;
    }

    QString proxy;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ServerRow& row = m_rows.at(i);
        const HaproxyServer& s = row.server;
        const qreal top = rowTop(i);
        if (s.proxy != proxy) {
            proxy = s.proxy;
            painter->setFont(small);
            painter->setPen(Palette::mutedText());
            painter->drawText(QRectF(left, top - lh, right - left, lh), Qt::AlignLeft | Qt::AlignVCenter,
                tr("listener %1", "HAProxy listen/backend section").arg(proxy));
            painter->setPen(QPen(Palette::separator(), 1));
            painter->drawLine(QPointF(left, top - 2), QPointF(right, top - 2));
        }
        const QRectF band(left - 4, top, right - left + 8, 2 * lh + 2);
        if (row.serving && !m_stale) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(Palette::activeRow());
            painter->drawRoundedRect(band, 5, 5);
            painter->setBrush(toneColor(Tone::Good));
            painter->drawRoundedRect(QRectF(band.left(), band.top(), 4, band.height()), 2, 2);
        }
        // Line 1: role, name, serving mark ... state.
        qreal x = left + 6;
        const qreal cy = top + lh / 2;
        x += drawPill(painter, x, cy, roleText(s.backup),
                 m_stale ? Tone::Muted : (s.backup ? Tone::Accent : Tone::Neutral), small)
            + 6;
        const Tone tone = m_stale ? Tone::Muted : statusTone(s.status);
        const QString status = s.status.isEmpty() ? Format::unknown() : s.status;
        const qreal statusW = pillWidth(status, small);
        drawPill(painter, right - statusW, cy, status, tone, small);
        qreal servingW = 0;
        if (row.serving) {
            servingW = pillWidth(QStringLiteral("▶ ") + servingText(), small) + 6;
            drawPill(painter, right - statusW - servingW, cy, QStringLiteral("▶ ") + servingText(),
                m_stale ? Tone::Muted : Tone::Good, small);
        }
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRectF(x, top, right - statusW - servingW - x - 6, lh), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(bold).elidedText(s.name, Qt::ElideRight, right - statusW - servingW - x - 6));

        // Line 2: address (flagged when no node has it), check, sessions, last change.
        QStringList parts;
        if (!s.checkStatus.isEmpty())
            parts << tr("check %1", "HAProxy health check result").arg(s.checkStatus);
        parts << tr("%n session(s)", "HAProxy current sessions", int(s.currentSessions));
        if (s.lastChangeSeconds >= 0)
            parts << tr("for %1", "time since the last state change").arg(Format::duration(s.lastChangeSeconds));
        painter->setFont(small);
        const QRectF line2(left + 6, top + lh, right - left - 6, lh);
        QString address = s.address.isEmpty() ? Format::unknown() : s.address;
        if (row.node.isEmpty() && !s.address.isEmpty()) {
            address = tr("⚠ %1: no node has this address", "HAProxy server address").arg(s.address);
            painter->setPen(m_stale ? Palette::mutedText() : toneColor(Tone::Warning));
            painter->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(small).elidedText(address, Qt::ElideRight, line2.width()));
            continue;
        }
        painter->setPen(Palette::mutedText());
        const QString line = address + QStringLiteral("  ·  ") + parts.join(QStringLiteral("  ·  "));
        painter->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(small).elidedText(line, Qt::ElideRight, line2.width()));
    }
}

} // namespace warren
