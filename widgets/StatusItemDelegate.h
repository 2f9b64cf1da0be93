#pragma once

#include "ModelRoles.h"
#include "Palette.h"
#include "ShapedTextCache.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace warren {

// Paints what the models only describe (ModelRoles.h): state dots and markers, small badges
// (disc/ram, active/backup, alarms), usage bars under memory and descriptor counts, tone colours
// and the fading wash of rows that just changed.
class StatusItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusItemDelegate)

public:
    explicit StatusItemDelegate(QObject* parent = nullptr);
    ~StatusItemDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The palette's tones (Palette.h), under the names item views have used.
    static QColor toneColor(Tone tone) { return Palette::toneText(tone); } // text / dot colour
    static QColor badgeBackground(Tone tone) { return Palette::toneBackground(tone); } // badge fill
    // The shapes of MarkerRole, also for legends outside item views.
    static void paintMarker(QPainter* painter, const QRectF& box, Marker marker, const QColor& color);

private:
    mutable ShapedTextCache m_texts; // cell texts (paint() is const)
};

} // namespace warren
