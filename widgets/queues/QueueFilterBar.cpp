#include "QueueFilterBar.h"

#include "ModelRoles.h"
#include "StatusItemDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace warren {

QueueFilterBar::QueueFilterBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queueFilterBar"));
    auto* filters = new QHBoxLayout(this);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(6);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("queueFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(200);
    m_regexCheck = new QCheckBox(this);
    m_regexCheck->setObjectName(QStringLiteral("queueRegexCheck"));
    m_vhostLabel = new QLabel(this);
    m_vhostCombo = new QComboBox(this);
    m_vhostCombo->setObjectName(QStringLiteral("queueVhostCombo"));
    m_vhostCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeLabel = new QLabel(this);
    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("queueTypeCombo"));
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nodeLabel = new QLabel(this);
    m_nodeCombo = new QComboBox(this);
    m_nodeCombo->setObjectName(QStringLiteral("queueNodeCombo"));
    m_nodeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_problemsCheck = new QCheckBox(this);
    m_problemsCheck->setObjectName(QStringLiteral("queueProblemsCheck"));
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_regexCheck);
    filters->addSpacing(6);
    filters->addWidget(m_vhostLabel);
    filters->addWidget(m_vhostCombo);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_typeCombo);
    filters->addWidget(m_nodeLabel);
    filters->addWidget(m_nodeCombo);
    filters->addWidget(m_problemsCheck);

    // Typing filters after a short pause; the other controls at once.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &QueueFilterBar::filterChanged);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    for (QComboBox* combo : { m_vhostCombo, m_typeCombo, m_nodeCombo })
        connect(combo, &QComboBox::activated, this, &QueueFilterBar::filterChanged);
}

QueueFilterBar::~QueueFilterBar() = default;

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter filter;
    filter.text = m_filterEdit->text();
    filter.regex = m_regexCheck->isChecked();
    filter.vhost = m_vhostCombo->currentData().toString();
    const QString type = m_typeCombo->currentData().toString();
    if (!type.isEmpty())
        filter.type = queueTypeFromKey(type);
    filter.node = m_nodeCombo->currentData().toString();
    filter.problemsOnly = m_problemsCheck->isChecked();
    return filter;
}

void QueueFilterBar::setFilterError(const QString& error)
{
    if (!error.isEmpty()) {
        m_filterEdit->setStyleSheet(
            QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(StatusItemDelegate::toneColor(Tone::Bad).name()));
        m_filterEdit->setToolTip(error);
    } else {
        m_filterEdit->setStyleSheet(QString());
        m_filterEdit->setToolTip(QString());
    }
}

void QueueFilterBar::updateChoices(const QueueMatrixPtr& matrix)
{
    auto refill = [](QComboBox* combo, const QString& anyText, const QStringList& values) {
        const QString current = combo->currentData().toString();
        QStringList existing;
        for (int i = 1; i < combo->count(); ++i)
            existing << combo->itemData(i).toString();
        if (combo->count() > 0 && existing == values) {
            combo->setItemText(0, anyText);
            return;
        }
        combo->clear();
        combo->addItem(anyText, QString());
        for (const QString& v : values)
            combo->addItem(v, v);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    refill(m_vhostCombo, tr("all", "vhost filter: every vhost"), matrix ? matrix->vhosts : QStringList());
    refill(m_nodeCombo, tr("all", "node filter: every node"), matrix ? matrix->nodes : QStringList());
    const bool mirroring = !matrix || matrix->classicMirroring;
    if (mirroring != m_classicMirroring) {
        m_classicMirroring = mirroring;
        retranslateUi();
    }
    refillTypes();
}

void QueueFilterBar::refillTypes()
{
    const QString type = m_typeCombo->currentData().toString();
    m_typeCombo->clear();
    m_typeCombo->addItem(tr("all", "queue type filter: every type"), QString());
    for (QueueType t : { QueueType::Classic, QueueType::Mirrored, QueueType::Quorum, QueueType::Stream }) {
        if (t == QueueType::Mirrored && !m_classicMirroring && type != queueTypeKey(t))
            continue; // RabbitMQ 4.x has no mirrored queues
        m_typeCombo->addItem(QueueMatrixModel::typeText(t), queueTypeKey(t));
    }
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(type)));
}

void QueueFilterBar::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Filter by queue name, e.g. _fanout_ or ^amq\\.gen-"));
    m_regexCheck->setText(tr("Regex", "treat the filter as a regular expression"));
    m_regexCheck->setToolTip(tr("Match the name against a regular expression instead of a substring"));
    m_vhostLabel->setText(tr("Vhost:", "RabbitMQ virtual host"));
    m_typeLabel->setText(tr("Type:", "queue type"));
    m_nodeLabel->setText(tr("Node:", "RabbitMQ node"));
    m_nodeCombo->setToolTip(tr("Only queues with a replica (any role) on this node"));
    m_problemsCheck->setText(tr("Only problems"));
    m_problemsCheck->setToolTip(m_classicMirroring
            ? tr("Not fully synchronised, home node down, or no mirror under an HA policy")
            : tr("Quorum queues without a leader, below their target size or with a member not online; streams "
                 "without a replica on a node; queues on a node that is down"));
}

} // namespace warren
