#include "NodeDetailsPanel.h"

#include "Format.h"
#include "NodeItem.h"
#include "Palette.h"
#include "parse/BrokerParsers.h"
#include "status/LiveChecks.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace warren {

namespace {
    const char* const FieldNames[] = { "detailNode", "detailType", "detailState", "detailUptime", "detailMemory",
        "detailDisk", "detailFileDescriptors", "detailSockets", "detailProcesses", "detailRabbitVersion",
        "detailErlangVersion", "detailMetadataStore", "detailFeatureFlags", "detailDeprecatedFeatures", "detailAlarms",
        "detailPartitions", "detailSafeToStop", "detailQueueLeaders", "detailSourcesAgree", "detailReachable",
        "detailStartOrder" };

    QProgressBar* makeBar(QWidget* parent, const QString& name)
    {
        auto* bar = new QProgressBar(parent);
        bar->setObjectName(name);
        bar->setRange(0, 1000);
        bar->setTextVisible(false);
        bar->setMaximumHeight(6);
        return bar;
    }
} // namespace

NodeDetailsPanel::NodeDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_form(new QWidget(this))
    , m_layout(new QFormLayout(m_form))
    , m_memoryBar(makeBar(m_form, QStringLiteral("detailMemoryBar")))
    , m_diskBar(makeBar(m_form, QStringLiteral("detailDiskBar")))
    , m_staleNote(new QLabel(this))
{
    setObjectName(QStringLiteral("nodeDetailsPanel"));
    m_title->setObjectName(QStringLiteral("nodeDetailsTitle"));
    QFont bold;
    bold.setBold(true);
    m_title->setFont(bold);
    m_placeholder->setObjectName(QStringLiteral("nodeDetailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    Palette::setTextColor(m_placeholder, Palette::mutedText());
    m_staleNote->setObjectName(QStringLiteral("nodeDetailsStale"));
    m_staleNote->setWordWrap(true);
    Palette::setTextColor(m_staleNote, Palette::pill(Tone::Bad).text);
    m_staleNote->hide();

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setLabelAlignment(Qt::AlignLeft);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A value that does not fit beside its label on one line goes under it, at the panel's full
    // width (see fitValues): a reason squeezed into the narrow field column wrapped into many
    // short lines and lost its end.
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->setVerticalSpacing(5);
    for (int f = 0; f < FieldCount; ++f) {
        auto* label = new QLabel(m_form);
        Palette::setTextColor(label, Palette::mutedText());
        auto* value = new QLabel(m_form);
        value->setObjectName(QLatin1String(FieldNames[f]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_labels.append(label);
        m_values.append(value);
        if (f == MemoryField || f == DiskField) {
            auto* box = new QWidget(m_form);
            auto* v = new QVBoxLayout(box);
            v->setContentsMargins(0, 0, 0, 0);
            v->setSpacing(2);
            v->addWidget(value);
            v->addWidget(f == MemoryField ? m_memoryBar : m_diskBar);
            m_layout->addRow(label, box);
        } else {
            m_layout->addRow(label, value);
        }
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_staleNote);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_form);
    layout->addStretch(1);
    retranslateUi();
}

NodeDetailsPanel::~NodeDetailsPanel() = default;

void NodeDetailsPanel::setNode(const NodeInfo* node, const QString& stateText, const QString& startOrder)
{
    m_hasNode = node != nullptr;
    if (node)
        m_node = *node;
    m_stateText = stateText;
    m_startOrder = startOrder;
    refresh();
}

void NodeDetailsPanel::setBroker(const BrokerFacts& broker, const QString& typeText, const QString& typeNote)
{
    m_broker = broker;
    m_typeText = typeText;
    m_typeNote = typeNote;
}

void NodeDetailsPanel::setStale(bool stale)
{
    m_stale = stale;
    m_staleNote->setVisible(stale && m_hasNode);
}

QString NodeDetailsPanel::value(const QString& field) const
{
    for (const QLabel* v : m_values) {
        if (v->objectName() == field)
            return v->text();
    }
    return {};
}

void NodeDetailsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitValues();
    QWidget::changeEvent(event);
}

void NodeDetailsPanel::retranslateUi()
{
    m_title->setText(tr("Node Details", "RabbitMQ node"));
    m_placeholder->setText(tr("Select a node in the graph to see its file descriptors, sockets, Erlang processes, "
                              "memory and disk against their watermarks.",
        "RabbitMQ node"));
    m_staleNote->setText(tr("Last known values: the sources stopped answering."));
    const QString labels[] = { tr("Node", "RabbitMQ node"), tr("Type", "RabbitMQ node type: disc or ram"), tr("State"),
        tr("Uptime"), tr("Memory", "used of the high watermark"),
        tr("Disk free", "against the free disk limit (low watermark)"), tr("File descriptors"), tr("Sockets"),
        tr("Erlang processes"), tr("RabbitMQ"), tr("Erlang"), tr("Metadata store", "Mnesia or Khepri, the cluster's"),
        tr("Feature flags off", "the cluster's disabled feature flags"),
        tr("Deprecated in use", "deprecated RabbitMQ features the cluster uses"),
        tr("Alarms", "RabbitMQ resource alarms"),
        tr("Cannot reach", "peers this node reports as unreachable (partition)"),
        tr("Safe to stop", "RabbitMQ node: stopping it now loses no queue"),
        tr("Queue leaders", "queues whose leader (quorum) or master (classic) runs on this node"),
        tr("API vs cluster_status", "do the two sources agree about this node"), tr("Reachable from Warren"),
        tr("Start order", "when the whole cluster is down") };
    for (int f = 0; f < FieldCount; ++f)
        m_labels.at(f)->setText(labels[f]);
    refresh();
}

void NodeDetailsPanel::refresh()
{
    m_placeholder->setVisible(!m_hasNode);
    m_form->setVisible(m_hasNode);
    m_staleNote->setVisible(m_stale && m_hasNode);
    if (!m_hasNode)
        return;
    const NodeInfo& n = m_node;
    const QString unknown = Format::unknown();
    m_values[NodeField]->setText(n.name);
    const QString sep = tr(", ", "separator between list items");
    m_values[TypeField]->setText(m_typeText.isEmpty() ? NodeItem::typeText(n.type) : m_typeText);
    m_values[TypeField]->setToolTip(m_typeNote);
    m_values[StateField]->setText(m_stateText);
    m_values[UptimeField]->setText(n.uptimeMs >= 0 ? Format::duration(n.uptimeMs / 1000) : unknown);
    if (n.memUsed >= 0 && n.memLimit > 0) {
        m_values[MemoryField]->setText(tr("%1 of %2 high watermark (%3)", "memory used of the limit (percent)")
                                           .arg(Format::bytes(n.memUsed), Format::bytes(n.memLimit),
                                               Format::percent(double(n.memUsed) / n.memLimit)));
        m_memoryBar->setValue(int(qMin(1.0, double(n.memUsed) / n.memLimit) * 1000));
    } else {
        m_values[MemoryField]->setText(unknown);
        m_memoryBar->setValue(0);
    }
    if (n.diskFree >= 0) {
        m_values[DiskField]->setText(tr("%1 free, limit %2", "disk free, free disk limit")
                                         .arg(Format::bytes(n.diskFree), Format::bytes(n.diskFreeLimit)));
        // The bar shows how close the free space is to the limit: full when at the limit.
        const double closeness = n.diskFree > 0 && n.diskFreeLimit > 0 ? double(n.diskFreeLimit) / n.diskFree : 0;
        m_diskBar->setValue(int(qMin(1.0, closeness) * 1000));
    } else {
        m_values[DiskField]->setText(unknown);
        m_diskBar->setValue(0);
    }
    m_values[FdField]->setText(Format::usage(n.fdUsed, n.fdTotal));
    m_values[SocketsField]->setText(Format::usage(n.socketsUsed, n.socketsTotal));
    m_values[ProcessesField]->setText(Format::usage(n.procUsed, n.procTotal));
    m_values[RabbitField]->setText(n.rabbitVersion.isEmpty() ? unknown : n.rabbitVersion);
    m_values[ErlangField]->setText(n.erlangVersion.isEmpty() ? unknown : n.erlangVersion);
    const BrokerFacts& b = m_broker;
    const MetadataStoreStatus& store = b.metadata;
    if (store.store == MetadataStore::Unknown) {
        m_values[StoreField]->setText(b.isKnown() ? unknown : tr("not read yet", "read once a minute"));
    } else if (!store.isKhepri()) {
        m_values[StoreField]->setText(metadataStoreName(store.store));
    } else {
        QStringList parts { metadataStoreName(store.store) };
        parts << (store.leader.isEmpty() ? tr("no leader known", "Khepri Raft leader")
                                         : tr("leader %1", "Khepri Raft leader").arg(store.leader));
        if (store.membersRunning >= 0)
            parts << tr("%1 of %2 members running", "Khepri Raft members")
                         .arg(store.membersRunning)
                         .arg(store.members.size());
        if (store.membersRunning >= 0 && !store.majorityUp())
            parts << tr("no majority: metadata changes (queues, users, policies...) are refused");
        if (!store.error.isEmpty())
            parts << tr("roles unknown: %1").arg(store.error);
        m_values[StoreField]->setText(parts.join(sep));
    }
    if (!b.featureFlagsKnown) {
        m_values[FlagsField]->setText(unknown);
    } else if (b.disabledFlags().isEmpty()) {
        m_values[FlagsField]->setText(tr("none: every feature flag is enabled"));
    } else {
        QString text = b.disabledFlags().join(sep);
        if (!b.flagsNeededBeforeUpgrade().isEmpty())
            text += QLatin1Char('\n')
                + tr("Enable before upgrading: %1 (rabbitmqctl enable_feature_flag all; experimental flags such as "
                     "khepri_db stay opt-in)")
                      .arg(b.flagsNeededBeforeUpgrade().join(sep));
        m_values[FlagsField]->setText(text);
    }
    if (!b.deprecatedKnown) {
        m_values[DeprecatedField]->setText(unknown);
    } else {
        QStringList lines;
        for (const DeprecatedFeature& d : b.deprecatedInUse) {
            QString line = d.name;
            if (!d.where.isEmpty())
                line += QStringLiteral(" (") + d.where.join(sep) + QLatin1Char(')');
            lines << tr("%1: %2", "deprecated feature: what to do").arg(line, deprecatedFeatureAdvice(d.name));
        }
        const QString how = b.deprecatedFoundBy == QLatin1String("api")
            ? tr("(reported by the broker; ram nodes checked by Warren)")
            : tr("(found by Warren: ram nodes, ha-* policies)");
        if (lines.isEmpty())
            lines << tr("none %1", "no deprecated features in use (how this was found)").arg(how);
        else
            lines << how;
        m_values[DeprecatedField]->setText(lines.join(QLatin1Char('\n')));
    }
    QStringList alarms;
    if (n.memoryAlarm)
        alarms << tr("memory", "RabbitMQ resource alarm");
    if (n.diskAlarm)
        alarms << tr("disk", "RabbitMQ resource alarm");
    m_values[AlarmsField]->setText(
        alarms.isEmpty() ? tr("none", "no alarms") : alarms.join(tr(", ", "separator between list items")));
    m_values[PartitionsField]->setText(n.partitions.isEmpty()
            ? tr("none", "no unreachable peers")
            : n.partitions.join(tr(", ", "separator between list items")));

    QString safety = stopSafetyText(n.safety);
    if (safety.isEmpty())
        safety = n.running
            ? (n.safety.reason.isEmpty() ? tr("not checked yet")
                                         : tr("unknown: %1", "why the check gave no answer").arg(n.safety.reason))
            : unknown;
    else if (n.safety.verdict == StopSafety::Verdict::NotSafe && !n.safety.reason.isEmpty())
        safety = tr("%1 (%2)", "verdict (the broker's reason)").arg(safety, n.safety.reason);
    m_values[SafetyField]->setText(safety);
    m_values[LeadersField]->setText(n.queueLeaders >= 0 ? QString::number(n.queueLeaders) : unknown);
    m_values[SourcesField]->setText(n.disagreement.isEmpty()
            ? tr("agree", "the API and cluster_status say the same about this node")
            : tr("they disagree: the API says %1; cluster_status says %2")
                  .arg(n.disagreement.api, n.disagreement.clusterStatus));
    if (!n.unreachableFromWarren.isEmpty())
        m_values[ReachField]->setText(tr("no: %1", "not reachable from Warren: reason").arg(n.unreachableFromWarren));
    else if (!n.apiError.isEmpty())
        m_values[ReachField]->setText(tr("over SSH only; its API does not answer: %1").arg(n.apiError));
    else
        m_values[ReachField]->setText(n.running ? tr("yes") : unknown);
    m_values[StartOrderField]->setText(m_startOrder.isEmpty() ? unknown : m_startOrder);
    fitValues();
}

void NodeDetailsPanel::fitValues()
{
    // QFormLayout::WrapLongRows moves a field under its label when label and field minimum do
    // not fit side by side. A word-wrapped label's own minimum is its longest word, so it would
    // never move: ask for the value's one-line width instead, capped so that the panel can stay
    // narrow (under its label, the value wraps at the panel's width).
    const int cap = 16 * fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (QLabel* v : std::as_const(m_values)) {
        const int oneLine = v->fontMetrics().horizontalAdvance(v->text()) + 2 * v->margin() + 1;
        v->setMinimumWidth(qMin(oneLine, cap));
    }
}

} // namespace warren
