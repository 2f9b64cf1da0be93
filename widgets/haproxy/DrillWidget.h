#pragma once

#include "HaproxyWorkbench.h"
#include "MessageBanner.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace warren {

// The failover drill of the HAProxy window: fault, message count and time limit; Start (after a
// window-modal confirmation without a nested event loop) and Cancel; progress, and the figures
// of the finished drill. The drill itself runs in the workbench's worker.
class DrillWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillWidget)

public:
    explicit DrillWidget(HaproxyWorkbench* workbench, QWidget* parent = nullptr);

    void retranslate();
    void updateButtons(bool hostKnown, bool pushing);

public Q_SLOTS:
    void startDrill(); // asks for confirmation first
    void cancelDrill();

Q_SIGNALS:
    void started(); // confirmed and under way
    void message(const QString& text, warren::MessageBanner::Type type);
    void stateChanged(); // the workbench's busy state may have changed

private:
    void askToStart(DrillFault fault);
    void begin(DrillFault fault);
    void onFinished(const FailoverDrillReport& report, const QString& node);

    HaproxyWorkbench* m_workbench;
    QString m_node;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_faultCombo = nullptr;
    QSpinBox* m_messagesSpin = nullptr;
    QSpinBox* m_drillTimeSpin = nullptr;
    QCheckBox* m_realClusterCheck = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_figures = nullptr;
};

} // namespace warren
