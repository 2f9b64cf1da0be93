#pragma once

#include "QueueMatrixModel.h"
#include "queues/QueueFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace warren {

// The Queues tab's filters, left to right in the order people narrow down: name (substring or
// regex), vhost, type, node, problems only. filterChanged() follows typing after a short pause,
// the combo boxes at once; the two check boxes' toggled signals are the owner's to follow (it
// remembers them between sessions).
class QueueFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterBar)

public:
    explicit QueueFilterBar(QWidget* parent = nullptr);
    ~QueueFilterBar() override;

    // What the controls ask for now.
    QueueFilter filter() const;
    // Marks the name filter as not understood (error empty: understood).
    void setFilterError(const QString& error);
    // The vhosts and nodes of this matrix (none: only "all") as choices; a current choice stays
    // when it is still there.
    void updateChoices(const QueueMatrixPtr& matrix);

    QLineEdit* filterEdit() const { return m_filterEdit; }
    QCheckBox* regexCheck() const { return m_regexCheck; }
    QCheckBox* problemsCheck() const { return m_problemsCheck; }

    void retranslateUi();

Q_SIGNALS:
    void filterChanged();

private:
    void refillTypes();

    QLineEdit* m_filterEdit = nullptr;
    QCheckBox* m_regexCheck = nullptr;
    QLabel* m_vhostLabel = nullptr;
    QComboBox* m_vhostCombo = nullptr;
    QLabel* m_typeLabel = nullptr;
    QComboBox* m_typeCombo = nullptr;
    QLabel* m_nodeLabel = nullptr;
    QComboBox* m_nodeCombo = nullptr;
    QCheckBox* m_problemsCheck = nullptr;
    QTimer* m_filterTimer = nullptr;
    bool m_classicMirroring = true; // the cluster's classic queues may have mirrors (not on 4.x)
};

} // namespace warren
