#include "OverviewHeader.h"

#include "ClusterHealth.h"
#include "Palette.h"
#include "PillLabel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace warren {

OverviewHeader::OverviewHeader(QWidget* parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_badge(new PillLabel(this))
{
    setObjectName(QStringLiteral("overviewHeader"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_name->setObjectName(QStringLiteral("clusterNameLabel"));
    QFont nameFont;
    nameFont.setPointSizeF(QApplication::font().pointSizeF() * 1.45);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_details->setObjectName(QStringLiteral("overviewDetails"));
    Palette::setTextColor(m_details, Palette::mutedText());
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setObjectName(QStringLiteral("healthBadge"));
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_name);
    text->addWidget(m_details);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(text, 1);
    layout->addWidget(m_badge, 0, Qt::AlignVCenter);
    refresh();
}

OverviewHeader::~OverviewHeader() = default;

void OverviewHeader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void OverviewHeader::setState(const State& state)
{
    m_state = state;
    refresh();
}

void OverviewHeader::refresh()
{
    m_badge->setToolTip(tr("Overall state: nodes running, alarms, partitions, HAProxy servers, sources"));
    const State& s = m_state;
    if (!s.hasCluster) {
        m_name->setText(tr("No cluster selected"));
        m_details->setText(!s.anyClusters
                ? tr("Add a cluster with Cluster > Add Cluster…, or start Warren with --cluster PROFILE.json.")
                : tr("Select a cluster on the left."));
        m_badge->hide();
        return;
    }
    m_name->setText(s.name);

    QStringList parts;
    if (!s.hasSnapshot) {
        parts << (s.busy ? tr("Connecting…") : tr("No status collected yet"));
    } else {
        if (!s.snapshot.clusterName.isEmpty() && s.snapshot.clusterName != s.name)
            parts << tr("RabbitMQ cluster name %1", "RabbitMQ's own cluster_name setting").arg(s.snapshot.clusterName);
        if (s.snapshot.via == QLatin1String("api"))
            parts << tr("via the management API");
        else if (s.snapshot.via == QLatin1String("ssh"))
            parts << tr("via SSH (rabbitmqctl)");
        if (!s.snapshot.version().isEmpty())
            parts << tr("RabbitMQ %1").arg(s.snapshot.version());
        // What the broker is: from 3.13 on the metadata store is worth saying (3.10 shows as before).
        const MetadataStoreStatus& store = s.snapshot.broker.metadata;
        const int major = s.snapshot.version().section(QLatin1Char('.'), 0, 0).toInt();
        const int minor = s.snapshot.version().section(QLatin1Char('.'), 1, 1).toInt();
        if (store.isKhepri() || (store.store == MetadataStore::Mnesia && (major > 3 || (major == 3 && minor >= 13)))) {
            parts << metadataStoreName(store.store);
            if (store.isKhepri()) {
                parts << (store.leader.isEmpty() ? tr("no leader known", "Khepri Raft leader")
                                                 : tr("leader %1", "Khepri Raft leader").arg(hostOfNode(store.leader)));
                if (store.membersRunning >= 0)
                    parts << tr("%1/%2 members", "Khepri Raft members running/all")
                                 .arg(store.membersRunning)
                                 .arg(store.members.size());
            }
        }
        const ClusterHealth health = ClusterHealth::of(s.snapshot);
        parts << tr("%n node(s), %1 running", "RabbitMQ nodes", health.nodes).arg(health.running);
        if (health.haproxyServers > 0)
            parts << tr("HAProxy: %1 of %n server(s) up", "", health.haproxyServers)
                         .arg(health.haproxyServers - health.haproxyDown);
    }
    m_details->setText(parts.join(QStringLiteral("   ·   ")));

    QString text;
    Tone tone = Tone::Muted;
    const ClusterHealth health = ClusterHealth::of(s.lastSources.hasNodes() ? s.lastSources : s.snapshot);
    if (!s.staleReason.isEmpty()) {
        text = tr("Stale", "the data shown is old");
        tone = Tone::Bad;
    } else if (!s.hasSnapshot) {
        text = tr("No data");
    } else {
        switch (health.level) {
        case ClusterHealth::Level::Healthy:
            text = tr("Healthy");
            tone = Tone::Good;
            break;
        case ClusterHealth::Level::Degraded:
            text = tr("Degraded");
            tone = Tone::Warning;
            break;
        case ClusterHealth::Level::Critical:
            text = tr("Critical");
            tone = Tone::Bad;
            break;
        case ClusterHealth::Level::Unknown:
            text = tr("No data");
            break;
        }
    }
    const Palette::Pill colors = Palette::pill(tone);
    m_badge->setText(text);
    m_badge->setColors(colors.background, colors.text);
    m_badge->show();
}

} // namespace warren
