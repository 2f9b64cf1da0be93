#include "ClusterGraphPanel.h"

#include "ClusterGraphView.h"
#include "NodeDetailsPanel.h"
#include "NodeItem.h"
#include "Palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace warren {

namespace {
    QToolButton* toolButton(QWidget* parent, const QString& name)
    {
        auto* b = new QToolButton(parent);
        b->setObjectName(name);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    }
} // namespace

ClusterGraphPanel::ClusterGraphPanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new ClusterGraphView(this))
    , m_details(new NodeDetailsPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_zoomOut(toolButton(this, QStringLiteral("zoomOutButton")))
    , m_zoomIn(toolButton(this, QStringLiteral("zoomInButton")))
    , m_fit(toolButton(this, QStringLiteral("fitToViewButton")))
    , m_zoomLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
{
    setObjectName(QStringLiteral("graphPanel"));
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400%")) + 8);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_hint->setObjectName(QStringLiteral("graphHint"));
    m_updated->setObjectName(QStringLiteral("graphUpdatedLabel"));
    Palette::setTextColor(m_hint, Palette::mutedText());
    Palette::setTextColor(m_updated, Palette::mutedText());
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    bar->setSpacing(2);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    bar->addSpacing(10);
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_updated);

    m_banner->setObjectName(QStringLiteral("graphStaleBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, Palette::pill(Tone::Bad).background);
    bannerPalette.setColor(QPalette::WindowText, Palette::pill(Tone::Bad).text);
    m_banner->setPalette(bannerPalette);
    m_bannerText->setObjectName(QStringLiteral("graphStaleText"));
    m_bannerText->setWordWrap(true);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText);
    m_banner->hide();

    m_splitter->setObjectName(QStringLiteral("graphSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_details->setMinimumWidth(250);
    m_splitter->setSizes({ 800, 290 });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(m_zoomIn, &QToolButton::clicked, m_view, &ClusterGraphView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &ClusterGraphView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &ClusterGraphView::fitToView);
    connect(m_view, &ClusterGraphView::zoomChanged, this,
        [this](qreal scale) { m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(scale * 100))); });
    connect(m_view, &ClusterGraphView::nodeSelected, this, &ClusterGraphPanel::updateDetails);
    m_zoomLabel->setText(QStringLiteral("100%"));
    retranslateUi();
}

ClusterGraphPanel::~ClusterGraphPanel()
{
    m_view->disconnect(this);
}

void ClusterGraphPanel::setProfile(const ClusterProfile& profile)
{
    m_snapshot = {};
    m_staleReason.clear();
    m_notice.clear();
    m_view->setProfile(profile);
    updateBanner();
    updateDetails();
}

void ClusterGraphPanel::clear()
{
    m_snapshot = {};
    m_staleReason.clear();
    m_notice.clear();
    m_view->clear();
    updateBanner();
    updateDetails();
}

void ClusterGraphPanel::setSnapshot(const ClusterSnapshot& snapshot)
{
    if (!snapshot.hasNodes())
        return;
    m_snapshot = snapshot;
    m_staleReason.clear();
    m_view->setSnapshot(snapshot);
    updateBanner();
    updateDetails();
}

void ClusterGraphPanel::setStale(const QString& reason)
{
    m_staleReason = reason;
    m_view->setStale(!reason.isEmpty());
    updateBanner();
    m_details->setStale(!reason.isEmpty());
}

QString ClusterGraphPanel::staleText() const
{
    if (m_staleReason.isEmpty())
        return {};
    if (!m_snapshot.takenAt.isValid())
        return tr("No data: %1", "why the graph is empty").arg(m_staleReason);
    return tr("Stale since %1 — %2", "time of the last good data — why the sources stopped answering")
        .arg(m_snapshot.takenAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), m_staleReason);
}

void ClusterGraphPanel::setNotice(const QString& notice)
{
    m_notice = notice;
    updateBanner();
}

void ClusterGraphPanel::updateBanner()
{
    m_banner->setVisible(!m_staleReason.isEmpty() || !m_notice.isEmpty());
    QStringList text;
    if (!m_staleReason.isEmpty())
        text << staleText();
    if (!m_notice.isEmpty())
        text << m_notice;
    m_bannerText->setText(text.join(QLatin1Char('\n')));
    if (m_snapshot.takenAt.isValid())
        m_updated->setText(tr("Updated %1", "time of the last snapshot")
                               .arg(m_snapshot.takenAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    else
        m_updated->setText(tr("Not updated yet"));
}

void ClusterGraphPanel::updateDetails()
{
    const QString name = m_view->selectedNode();
    const NodeInfo* node = name.isEmpty() ? nullptr : m_snapshot.node(name);
    const NodeItem* item = m_view->nodeItem(name);
    QString startOrder;
    if (node && m_snapshot.wholeClusterDown && m_snapshot.shutdown.position(name) >= 0) {
        const int position = m_snapshot.shutdown.position(name);
        startOrder = m_snapshot.shutdown.stoppedLast.contains(name)
            ? tr("start first: it stopped last", "whole RabbitMQ cluster down")
            : tr("%1 of %2", "position in the start order")
                  .arg(position + 1)
                  .arg(m_snapshot.shutdown.startOrder.size());
    }
    m_details->setBroker(
        m_snapshot.broker, item ? item->typeBadgeText() : QString(), item ? item->typeToolTip() : QString());
    m_details->setNode(node, item ? item->stateText() : QString(), startOrder);
    m_details->setStale(isStale());
}

void ClusterGraphPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClusterGraphPanel::retranslateUi()
{
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_fit->setText(tr("Fit", "zoom the graph to fit the view"));
    m_fit->setToolTip(tr("Fit the whole graph in the view"));
    m_zoomLabel->setToolTip(tr("Zoom level"));
    m_hint->setText(tr("Drag to pan · right-click a node for actions", "graph usage hint"));
    m_view->setToolTip(QString());
    updateBanner();
    updateDetails();
}

} // namespace warren
