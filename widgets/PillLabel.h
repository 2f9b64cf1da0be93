#pragma once

#include <QColor>
#include <QLabel>

namespace warren {

// A short state word on a rounded, coloured background ("Healthy", "Stale: …"). Painted here
// rather than with a style sheet: style-sheeted widgets stop following QApplication::setFont(),
// which the language switch relies on for the CJK font.
class PillLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PillLabel)

public:
    explicit PillLabel(QWidget* parent = nullptr);
    ~PillLabel() override;

    void setColors(const QColor& background, const QColor& foreground);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor m_background;
};

} // namespace warren
