#pragma once

#include "haproxy/HaproxyExport.h"
#include "profile/ClusterProfile.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace warren {

// The export options of the HAProxy window: layout, active node, balance, heartbeat, checks,
// limits, user and log. Emits changed() on every edit; the window regenerates the file from
// options().
class HaproxyExportPage final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HaproxyExportPage)

public:
    explicit HaproxyExportPage(QWidget* parent = nullptr);

    HaproxyExportOptions options() const;
    int heartbeatSeconds() const;
    // The nodes the active-node list offers (the previous choice is kept when still there).
    void setNodes(const QList<HaproxyExport::Node>& nodes);
    void selectActive(const QString& name);
    void setError(const QString& error); // empty: hides it
    void retranslate(const ClusterProfile& profile);

Q_SIGNALS:
    void changed();

private:
    void onEdited();

    QFormLayout* m_form = nullptr;
    QComboBox* m_layoutCombo = nullptr;
    QComboBox* m_activeCombo = nullptr;
    QComboBox* m_balanceCombo = nullptr;
    QSpinBox* m_heartbeatSpin = nullptr;
    QCheckBox* m_managementCheck = nullptr;
    QLineEdit* m_bindEdit = nullptr;
    QSpinBox* m_interSpin = nullptr;
    QSpinBox* m_riseSpin = nullptr;
    QSpinBox* m_fallSpin = nullptr;
    QSpinBox* m_maxconnSpin = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_groupEdit = nullptr;
    QComboBox* m_logCombo = nullptr;
    QLineEdit* m_logEdit = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace warren
