#include "QueuesPanel.h"

#include "AppSettings.h"
#include "Format.h"
#include "Icons.h"
#include "ModelRoles.h"
#include "QueueDetailsHtml.h"
#include "QueueFilterBar.h"
#include "QueueHistoryViews.h"
#include "QueueWorkers.h"
#include "StatusItemDelegate.h"
#include "queues/QueueExport.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>

#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

#include <algorithm>
#include <utility>

namespace warren {

namespace {
    QString colored(const QString& text, Tone tone)
    {
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(StatusItemDelegate::toneColor(tone).name(), text.toHtmlEscaped());
    }
} // namespace

QueuesPanel::QueuesPanel(QWidget* parent)
    : QWidget(parent)
    , m_poller(new QueuePoller(this))
    , m_model(new QueueMatrixModel(this))
    , m_proxy(new QueueViewProxy(this))
{
    setObjectName(QStringLiteral("queuesPanel"));
    m_proxy->setSourceModel(m_model);
    m_poller->setViewProxy(m_proxy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);

    // The filters, then the polling and the pinned snapshot and export on the same row.
    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    m_filterBar = new QueueFilterBar(this);
    m_regexCheck = m_filterBar->regexCheck();
    m_problemsCheck = m_filterBar->problemsCheck();
    filters->addWidget(m_filterBar, 1);
    filters->addSpacing(12);

    m_placementCheck = new QCheckBox(this);
    m_placementCheck->setObjectName(QStringLiteral("queuePlacementOnlyCheck"));
    connect(m_placementCheck, &QCheckBox::toggled, this, &QueuesPanel::setPlacementOnly);
    m_intervalLabel = new QLabel(this);
    m_intervalSpin = new QSpinBox(this);
    m_intervalSpin->setObjectName(QStringLiteral("queueIntervalSpin"));
    m_intervalSpin->setRange(2, 3600);
    m_intervalSpin->setValue(m_poller->intervalSeconds());
    connect(m_intervalSpin, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_poller->setIntervalSeconds(seconds);
        AppSettings::setQueuesIntervalSeconds(seconds);
        updateStatus();
    });
    m_refreshButton = new QToolButton(this);
    m_refreshButton->setObjectName(QStringLiteral("queueRefreshButton"));
    m_refreshButton->setIcon(warrenIcon(QStringLiteral("refresh")));
    connect(m_refreshButton, &QToolButton::clicked, this, &QueuesPanel::refreshNow);
    m_pinButton = new QToolButton(this);
    m_pinButton->setObjectName(QStringLiteral("queuePinButton"));
    m_pinButton->setCheckable(true);
    m_pinButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_pinButton, &QToolButton::clicked, this, [this](bool on) { on ? pin() : unpin(); });
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("queueExportButton"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportMenu = new QMenu(m_exportButton);
    m_exportCsv = m_exportMenu->addAction(QString(), this, [this] { chooseExport(ExportFormat::Csv); });
    m_exportCsv->setObjectName(QStringLiteral("actionExportQueuesCsv"));
    m_exportJson = m_exportMenu->addAction(QString(), this, [this] { chooseExport(ExportFormat::Json); });
    m_exportJson->setObjectName(QStringLiteral("actionExportQueuesJson"));
    m_exportButton->setMenu(m_exportMenu);
    filters->addWidget(m_placementCheck);
    filters->addWidget(m_intervalLabel);
    filters->addWidget(m_intervalSpin);
    filters->addWidget(m_refreshButton);
    filters->addWidget(m_pinButton);
    filters->addWidget(m_exportButton);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("queueSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new StatusItemDelegate(m_table));
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: at 100,000 rows nothing may measure every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(QueueMatrixModel::NameColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_splitter->addWidget(m_table);

    m_side = new QTabWidget(m_splitter);
    m_side->setObjectName(QStringLiteral("queueSideTabs"));
    m_side->setDocumentMode(true);
    auto* detailsScroll = new QScrollArea(m_side);
    detailsScroll->setObjectName(QStringLiteral("queueDetailsPage"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_details = new QLabel(detailsScroll);
    m_details->setObjectName(QStringLiteral("queueDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setContentsMargins(8, 6, 8, 6);
    detailsScroll->setWidget(m_details);
    m_detailsPage = detailsScroll;
    m_side->addTab(m_detailsPage, QString());
    m_compareList = new QueueSincePinView(m_side);
    m_side->addTab(m_compareList, QString());
    m_vanishedList = new QueueVanishedList(m_side);
    m_side->addTab(m_vanishedList, QString());
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 1000, 280 });
    layout->addWidget(m_splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatusLabel"));
    // A failed refresh says why in a sentence or two (e.g. a member out of reach): wrap it rather
    // than widen the whole panel.
    m_status->setWordWrap(true);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, StatusItemDelegate::toneColor(Tone::Muted));
    m_status->setPalette(muted);
    layout->addWidget(m_status);

    connect(m_filterBar, &QueueFilterBar::filterChanged, this, &QueuesPanel::applyFilter);
    restoreSettings();
    connect(m_regexCheck, &QCheckBox::toggled, this, [this](bool on) {
        AppSettings::setQueuesRegexFilter(on);
        applyFilter();
    });
    connect(m_problemsCheck, &QCheckBox::toggled, this, [this](bool on) {
        AppSettings::setQueuesProblemsOnly(on);
        applyFilter();
    });

    connect(m_poller, &QueuePoller::refreshed, this, &QueuesPanel::onRefreshed);
    connect(m_poller, &QueuePoller::busyChanged, this, &QueuesPanel::updateStatus);
    connect(m_proxy, &QueueViewProxy::mappingApplied, this, [this] {
        updateSummary();
        updateDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuesPanel::updateDetails);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex at = m_table->indexAt(pos);
        if (!at.isValid())
            return;
        std::unique_ptr<QMenu> menu(createQueueMenu(at.row(), this));
        if (menu)
            menu->exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_exportWatcher.future().resultCount() > 0 ? m_exportWatcher.result() : QString();
        const QString path = m_exportPath;
        m_exportMessage = error.isEmpty() ? tr("Exported %1").arg(path) : tr("Export failed: %1").arg(error);
        m_exportButton->setEnabled(true);
        updateStatus();
        Q_EMIT exportFinished(path, error);
    });

    retranslateUi();
}

QueuesPanel::~QueuesPanel()
{
    m_poller->stop();
    m_exportWatcher.disconnect(this);
}

void QueuesPanel::setProfile(const ClusterProfile& profile)
{
    clear();
    m_poller->setProfile(profile);
    m_hasProfile = true;
    if (m_active)
        m_poller->start();
    updateStatus();
}

void QueuesPanel::clear()
{
    m_poller->stop();
    m_poller->clearPinned();
    m_hasProfile = false;
    m_model->clear();
    releaseQueueChanges(std::move(m_sincePinned));
    m_sincePinned.clear();
    m_pinnedAt = {};
    m_pinButton->setChecked(false);
    m_lastError.clear();
    m_lastCollectMs = m_lastBuildMs = -1;
    updateFilterChoices();
    updateCompareList();
    updateVanishedList();
    updateSummary();
    updateDetails();
    updateStatus();
}

void QueuesPanel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active && m_hasProfile)
        m_poller->start();
    else
        m_poller->stop();
    updateStatus();
}

void QueuesPanel::refreshNow()
{
    if (m_hasProfile)
        m_poller->refreshNow();
}

void QueuesPanel::setPlacementOnly(bool on)
{
    if (m_placementCheck->isChecked() != on) {
        m_placementCheck->setChecked(on); // comes back here through toggled
        return;
    }
    AppSettings::setQueuesPlacementOnly(on);
    QueueCollector::Options options;
    options.counters = on ? QueueCollector::Counters::Skip : QueueCollector::Counters::Include;
    m_poller->setCollectorOptions(options);
    if (m_active && m_hasProfile)
        m_poller->refreshNow();
    updateStatus();
}

bool QueuesPanel::placementOnly() const
{
    return m_placementCheck->isChecked();
}

void QueuesPanel::restoreSettings()
{
    const QSignalBlocker blockSpin(m_intervalSpin); // restoring is not a new choice to save
    m_intervalSpin->setValue(AppSettings::queuesIntervalSeconds());
    m_poller->setIntervalSeconds(m_intervalSpin->value());
    m_regexCheck->setChecked(AppSettings::queuesRegexFilter());
    m_problemsCheck->setChecked(AppSettings::queuesProblemsOnly());
    if (AppSettings::queuesPlacementOnly())
        setPlacementOnly(true);
    if (m_regexCheck->isChecked() || m_problemsCheck->isChecked())
        applyFilter();
    m_savedWidths << AppSettings::queuesColumnWidths();
    // Node columns differ from cluster to cluster: only the fixed columns' sort is remembered.
    const int sortColumn = AppSettings::queuesSortColumn();
    if (sortColumn >= 0 && sortColumn < QueueMatrixModel::FirstNodeColumn) {
        const auto order = Qt::SortOrder(AppSettings::queuesSortOrder()) == Qt::DescendingOrder ? Qt::DescendingOrder
                                                                                                : Qt::AscendingOrder;
        m_table->horizontalHeader()->setSortIndicator(sortColumn, order);
    }
    m_splitter->restoreState(AppSettings::queuesSplitter());
}

void QueuesPanel::saveLayout() const
{
    const QHeaderView* header = m_table->horizontalHeader();
    if (m_fittedColumns >= 0) { // before the first refresh the widths are Qt's defaults, not the user's
        QList<int> widths;
        for (int c = 0; c < QueueMatrixModel::FirstNodeColumn; ++c)
            widths << header->sectionSize(c);
        AppSettings::setQueuesColumnWidths(widths);
    }
    AppSettings::setQueuesSortColumn(header->sortIndicatorSection());
    AppSettings::setQueuesSortOrder(int(header->sortIndicatorOrder()));
    AppSettings::setQueuesSplitter(m_splitter->saveState());
}

void QueuesPanel::showQueues(const QueueSnapshot& snapshot)
{
    m_poller->submit(snapshot);
}

void QueuesPanel::onRefreshed(const QueueRefresh& refresh)
{
    m_lastCollectMs = refresh.collectMs;
    m_lastBuildMs = refresh.buildMs;
    m_countersPausedUntil = refresh.countersPausedUntil;
    if (!refresh.ok) {
        m_lastError = refresh.error;
        updateStatus();
        return;
    }
    m_lastError.clear();
    QElapsedTimer applyClock;
    applyClock.start();
    m_proxy->offerMapping(refresh.mapping);
    m_model->apply(refresh.update);
    fitColumns();
    if (refresh.hasPinned) {
        releaseQueueChanges(std::exchange(m_sincePinned, refresh.sincePinned));
        updateCompareList();
    }
    updateFilterChoices();
    const int vanished = int(std::count_if(refresh.update.changes.cbegin(), refresh.update.changes.cend(),
        [](const QueueChange& c) { return c.kind == QueueChange::Kind::Vanished; }));
    if (vanished > 0)
        updateVanishedList(vanished);
    updateSummary();
    updateDetails();
    m_lastApplyMs = applyClock.elapsed();
    updateStatus();
    Q_EMIT refreshApplied();
}

void QueuesPanel::fitColumns()
{
    // Widths from the font, not from the rows: measuring 100,000 rows would stall.
    const int columns = m_proxy->columnCount();
    if (columns == m_fittedColumns)
        return;
    const bool first = m_fittedColumns < 0;
    m_fittedColumns = columns;
    QHeaderView* header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // The fixed columns once: the header keeps their widths when the node columns change, and
    // what the user made of them stays. A width chosen in an earlier session wins over the font's.
    auto fit = [&](int column, int ems) {
        const int saved = column < m_savedWidths.size() ? m_savedWidths.at(column) : 0;
        header->resizeSection(column, saved > 0 ? saved : ems * em);
    };
    if (first) {
        fit(QueueMatrixModel::NameColumn, 22);
        fit(QueueMatrixModel::VhostColumn, 8);
        fit(QueueMatrixModel::TypeColumn, 7);
        for (int c :
            { QueueMatrixModel::ReadyColumn, QueueMatrixModel::UnackedColumn, QueueMatrixModel::ConsumersColumn })
            fit(c, 7);
        fit(QueueMatrixModel::StateColumn, 6);
    }
    for (int c = QueueMatrixModel::FirstNodeColumn; c < columns; ++c)
        header->resizeSection(c, 11 * em);
}

void QueuesPanel::applyFilter()
{
    QString error;
    m_filterError = m_proxy->setFilter(m_filterBar->filter(), &error) ? QString() : error;
    m_filterBar->setFilterError(m_filterError);
    updateSummary();
}

void QueuesPanel::updateFilterChoices()
{
    m_filterBar->updateChoices(m_model->matrix());
}

void QueuesPanel::updateSummary()
{
    const QueueMatrixPtr matrix = m_model->matrix();
    if (!matrix) {
        m_summary->setText(m_hasProfile ? tr("No queues collected yet") : tr("No cluster selected"));
        return;
    }
    const auto& s = matrix->summary;
    QStringList parts;
    parts << tr("<b>%n queue(s)</b>", "", int(s.total));
    parts << colored(matrix->classicMirroring
            ? tr("%n fully synchronised", "replicated queues with every replica in sync", int(s.fullySynchronised))
            : tr("%n with every member online", "quorum queues (RabbitMQ 4.x) with every member online",
                int(s.fullySynchronised)),
        Tone::Good);
    if (matrix->classicMirroring) {
        parts << colored(
            tr("%n with a mirror out of sync", "replicated queues with a replica behind", int(s.outOfSync)),
            s.outOfSync > 0 ? Tone::Warning : Tone::Muted);
    } else {
        parts << colored(tr("%n with a member not online", "quorum queues (RabbitMQ 4.x) with a member not online",
                             int(s.outOfSync)),
            s.outOfSync > 0 ? Tone::Warning : Tone::Muted);
    }
    parts << colored(tr("%n on a node that is down", "queues whose home node is down", int(s.homeNodeDown)),
        s.homeNodeDown > 0 ? Tone::Bad : Tone::Muted);
    if (matrix->classicMirroring) {
        parts << colored(tr("%n without mirrors", "classic queues with no mirror", int(s.unreplicated)), Tone::Muted);
    } else {
        // 4.x: classic queues live on one node by design; the replicated types' own problems
        int noLeader = 0;
        int streamMissing = 0;
        for (const quint8 p : matrix->problems) {
            noLeader += (p & quint8(QueueProblem::NoLeader)) ? 1 : 0;
            streamMissing += (p & quint8(QueueProblem::StreamReplicaMissing)) ? 1 : 0;
        }
        parts << colored(tr("%n classic (one node each)", "classic queues on RabbitMQ 4.x, which has no mirrors",
                             int(s.unreplicated)),
            Tone::Muted);
        if (noLeader > 0)
            parts << colored(tr("%n without a leader", "quorum queues with no elected leader", noLeader), Tone::Bad);
        if (streamMissing > 0)
            parts << colored(
                tr("%n stream(s) missing a replica", "streams with no replica on a cluster node", streamMissing),
                Tone::Warning);
    }
    QString text = parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
    if (!m_proxy->spec().filter.isEmpty())
        text += QStringLiteral(" &nbsp;—&nbsp; ") + tr("showing %1 of %2").arg(m_proxy->rowCount()).arg(s.total);
    if (!m_filterError.isEmpty())
        text += QStringLiteral(" &nbsp;—&nbsp; ") + colored(m_filterError, Tone::Bad);
    m_summary->setText(text);
}

void QueuesPanel::updateDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_details->setText(
        current.isValid() ? QueueDetailsHtml::forRow(*m_model, current.row()) : QueueDetailsHtml::placeholder());
}

QMenu* QueuesPanel::createQueueMenu(int viewRow, QWidget* parent)
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(viewRow, 0));
    const QueueInfo* q = source.isValid() ? m_model->queue(source.row()) : nullptr;
    if (!q || q->type != QueueType::Quorum)
        return nullptr;
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("queueReplicaMenu"));
    const QStringList members = q->nodes();
    const QueueInfo queue = *q;
    const auto add = [&](const QString& text, const QString& action, const QString& node, bool forQueue) {
        QAction* a = menu->addAction(text);
        a->setObjectName(QStringLiteral("queueReplica_%1_%2").arg(action, node));
        connect(a, &QAction::triggered, this, [this, action, node, queue, forQueue] {
            Q_EMIT replicaActionRequested(
                action, node, forQueue ? queue.name : QString(), forQueue ? queue.vhost : QString());
        });
    };
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString node = m_model->nodeOfColumn(c);
        if (!node.isEmpty() && !members.contains(node))
            add(tr("Add a Member on %1…", "quorum queue").arg(node), QStringLiteral("grow"), node, true);
    }
    menu->addSeparator();
    for (const QString& node : members)
        add(tr("Remove the Member on %1…", "quorum queue").arg(node), QStringLiteral("shrink"), node, true);
    menu->addSeparator();
    add(tr("Rebalance Quorum Queue Leaders…"), QStringLiteral("rebalance"), QString(), false);
    return menu;
}

void QueuesPanel::updateCompareList()
{
    m_compareList->showChanges(m_poller->hasPinned(), m_pinnedAt, m_sincePinned);
}

void QueuesPanel::updateVanishedList(int added)
{
    m_vanishedList->showVanished(m_model->vanished(), added);
}

void QueuesPanel::updateStatus()
{
    QStringList parts;
    const QueueMatrixPtr matrix = m_model->matrix();
    if (m_poller->isBusy())
        parts << tr("Refreshing…");
    if (!m_lastError.isEmpty())
        parts << tr("Last refresh failed: %1").arg(m_lastError);
    if (matrix && matrix->snapshot.takenAt.isValid()) {
        QString via = matrix->snapshot.via == QLatin1String("ssh") ? tr("via SSH (rabbitmqctl)")
            : matrix->snapshot.via == QLatin1String("api")         ? tr("via the management API")
                                                                   : QString();
        parts << tr("Queues as of %1 %2")
                     .arg(QLocale().toString(matrix->snapshot.takenAt.toLocalTime().time(), QLocale::LongFormat), via)
                     .trimmed();
        if (m_lastCollectMs >= 0)
            parts << tr("fetched in %1 ms, compared in %2 ms").arg(m_lastCollectMs).arg(m_lastBuildMs);
        if (matrix->snapshot.countersSkipped) {
            QString why = tr("placement only: no message counters");
            for (const auto& s : matrix->snapshot.sources) {
                if (s.ok && !s.error.isEmpty())
                    why = s.error; // asked with statistics, answered without (the request timed out)
            }
            if (m_countersPausedUntil.isValid()) {
                why = tr("message counters paused until %1: the request with statistics timed out (the broker formats "
                         "every queue's statistics before it answers, minutes at this many queues); placement only "
                         "until then")
                          .arg(QLocale().toString(m_countersPausedUntil.toLocalTime().time(), QLocale::ShortFormat));
            }
            parts << why;
        }
    }
    if (!m_active || !m_hasProfile)
        parts << tr("Queue polling runs while this tab is shown");
    else
        parts << tr("Polling queues every %n second(s)", "", m_poller->intervalSeconds());
    if (!m_exportMessage.isEmpty())
        parts << m_exportMessage;
    m_status->setText(parts.join(QStringLiteral("   ·   ")));
    m_pinButton->setEnabled(matrix != nullptr || m_poller->hasPinned());
    m_exportButton->setEnabled(matrix != nullptr && !m_exportWatcher.isRunning());
}

void QueuesPanel::pin()
{
    const QueueMatrixPtr matrix = m_model->matrix();
    if (!matrix) {
        m_pinButton->setChecked(false);
        return;
    }
    m_poller->setPinned(matrix->snapshot);
    m_pinnedAt = matrix->snapshot.takenAt.isValid() ? matrix->snapshot.takenAt : QDateTime::currentDateTimeUtc();
    releaseQueueChanges(std::move(m_sincePinned));
    m_sincePinned.clear();
    m_pinButton->setChecked(true);
    m_side->setCurrentWidget(m_compareList);
    updateCompareList();
    retranslateUi();
}

void QueuesPanel::unpin()
{
    m_poller->clearPinned();
    releaseQueueChanges(std::move(m_sincePinned));
    m_sincePinned.clear();
    m_pinButton->setChecked(false);
    updateCompareList();
    retranslateUi();
}

void QueuesPanel::chooseExport(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    const QString path
        = QFileDialog::getSaveFileName(this, csv ? tr("Export Queues as CSV") : tr("Export Queues as JSON"),
            csv ? QStringLiteral("queues.csv") : QStringLiteral("queues.json"),
            csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void QueuesPanel::exportTo(const QString& path, ExportFormat format)
{
    const QueueMatrixPtr matrix = m_proxy->visibleMatrix();
    if (!matrix || m_exportWatcher.isRunning()) {
        Q_EMIT exportFinished(path, tr("nothing to export"));
        return;
    }
    const QList<int> visible = m_proxy->visibleSourceRows();
    m_exportPath = path;
    m_exportMessage = tr("Exporting %n queue(s)…", "", int(visible.size()));
    m_exportButton->setEnabled(false);
    updateStatus();
    m_exportWatcher.setFuture(runQueueWork([matrix, visible, path, format]() -> QString {
        const QList<qsizetype> rows(visible.cbegin(), visible.cend());
        const QByteArray bytes = format == ExportFormat::Csv ? QueueExport::toCsv(matrix->snapshot, rows)
                                                             : QueueExport::toJson(matrix->snapshot, rows);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return {};
    }));
}

void QueuesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QWidget::changeEvent(event);
}

void QueuesPanel::retranslateUi()
{
    m_filterBar->retranslateUi();
    m_placementCheck->setText(tr("Placement only", "list queues without message counters"));
    m_placementCheck->setToolTip(tr("List the queues without statistics: home node, mirrors and members and whether "
                                    "they are in sync, no message counters. Several times cheaper for the broker at "
                                    "tens of thousands of queues."));
    m_intervalLabel->setText(tr("Every", "poll queues every N seconds"));
    m_intervalSpin->setSuffix(tr(" s", "seconds, after a number"));
    m_intervalSpin->setToolTip(
        tr("How often Warren lists the queues (this costs the broker more than the node status)"));
    m_refreshButton->setToolTip(tr("List the queues now"));
    m_pinButton->setText(m_poller->hasPinned() ? tr("Unpin", "stop comparing against the pinned snapshot")
                                               : tr("Pin", "keep this snapshot to compare later ones against"));
    m_pinButton->setToolTip(m_poller->hasPinned() ? tr("Stop comparing against the pinned snapshot")
                                                  : tr("Keep the current queues and list what changes from now on"));
    m_exportButton->setText(tr("Export", "export the filtered queue table"));
    m_exportButton->setToolTip(tr("Save the rows shown, in this order, as CSV or JSON"));
    m_exportCsv->setText(tr("CSV…"));
    m_exportJson->setText(tr("JSON…"));
    m_side->setTabText(m_side->indexOf(m_detailsPage), tr("Details", "details of the selected queue"));
    m_side->setTabText(m_side->indexOf(m_compareList), tr("Since pin", "changes since the pinned snapshot"));
    m_side->setTabText(m_side->indexOf(m_vanishedList), tr("Vanished", "queues that disappeared"));
    m_compareList->retranslateUi();
    m_vanishedList->retranslateUi();
    m_model->retranslate();
    updateFilterChoices();
    updateSummary();
    updateDetails();
    updateCompareList();
    updateVanishedList();
    updateStatus();
}

} // namespace warren
