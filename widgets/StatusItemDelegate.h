#pragma once

#include "ModelRoles.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace warren {

// Paints what the models only describe (ModelRoles.h): state dots, small badges (disc/ram,
// active/backup, alarms), usage bars under memory and descriptor counts, and tone colours.
class StatusItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusItemDelegate)

public:
    explicit StatusItemDelegate(QObject* parent = nullptr);
    ~StatusItemDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor toneColor(Tone tone); // text / dot colour
    static QColor badgeBackground(Tone tone); // badge fill
};

} // namespace warren
