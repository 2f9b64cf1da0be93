#include "QueuesPanel.h"

#include "AppSettings.h"
#include "Format.h"
#include "Icons.h"
#include "ModelRoles.h"
#include "QueueChangeListModel.h"
#include "QueueWorkers.h"
#include "StatusItemDelegate.h"
#include "queues/QueueExport.h"
#include "queues/QueueFilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
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
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    , m_compareModel(new QueueChangeListModel(this))
{
    setObjectName(QStringLiteral("queuesPanel"));
    m_proxy->setSourceModel(m_model);
    m_poller->setViewProxy(m_proxy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);

    // Filters, left to right in the order people narrow down: name, vhost, type, node, problems.
    auto* filters = new QHBoxLayout;
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
    auto setUpList = [](QTreeView* list, const QString& name) {
        list->setObjectName(name);
        list->setRootIsDecorated(false);
        list->setAlternatingRowColors(true);
        list->setUniformRowHeights(true);
        list->setItemDelegate(new StatusItemDelegate(list));
        list->header()->setStretchLastSection(true);
        list->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    };
    // The changes since the pin can be many thousands: a view on a model, not tree items.
    m_compareList = new QTreeView(m_side);
    m_compareList->setModel(m_compareModel);
    setUpList(m_compareList, QStringLiteral("queueCompareList"));
    m_side->addTab(m_compareList, QString());
    m_vanishedList = new QTreeWidget(m_side);
    m_vanishedList->setColumnCount(2);
    setUpList(m_vanishedList, QStringLiteral("queueVanishedList"));
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

    // Typing filters after a short pause; the other controls at once.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &QueuesPanel::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    restoreSettings();
    connect(m_regexCheck, &QCheckBox::toggled, this, [this](bool on) {
        AppSettings::setQueuesRegexFilter(on);
        applyFilter();
    });
    connect(m_problemsCheck, &QCheckBox::toggled, this, [this](bool on) {
        AppSettings::setQueuesProblemsOnly(on);
        applyFilter();
    });
    for (QComboBox* combo : { m_vhostCombo, m_typeCombo, m_nodeCombo })
        connect(combo, &QComboBox::activated, this, &QueuesPanel::applyFilter);

    connect(m_poller, &QueuePoller::refreshed, this, &QueuesPanel::onRefreshed);
    connect(m_poller, &QueuePoller::busyChanged, this, &QueuesPanel::updateStatus);
    connect(m_proxy, &QueueViewProxy::mappingApplied, this, [this] {
        updateSummary();
        updateDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuesPanel::updateDetails);
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
    QueueFilter filter;
    filter.text = m_filterEdit->text();
    filter.regex = m_regexCheck->isChecked();
    filter.vhost = m_vhostCombo->currentData().toString();
    const QString type = m_typeCombo->currentData().toString();
    if (!type.isEmpty())
        filter.type = queueTypeFromKey(type);
    filter.node = m_nodeCombo->currentData().toString();
    filter.problemsOnly = m_problemsCheck->isChecked();
    QString error;
    if (!m_proxy->setFilter(filter, &error)) {
        m_filterError = error;
        m_filterEdit->setStyleSheet(
            QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(StatusItemDelegate::toneColor(Tone::Bad).name()));
        m_filterEdit->setToolTip(error);
    } else {
        m_filterError.clear();
        m_filterEdit->setStyleSheet(QString());
        m_filterEdit->setToolTip(QString());
    }
    updateSummary();
}

void QueuesPanel::updateFilterChoices()
{
    const QueueMatrixPtr matrix = m_model->matrix();
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

    const QString type = m_typeCombo->currentData().toString();
    m_typeCombo->clear();
    m_typeCombo->addItem(tr("all", "queue type filter: every type"), QString());
    for (QueueType t : { QueueType::Classic, QueueType::Mirrored, QueueType::Quorum, QueueType::Stream })
        m_typeCombo->addItem(QueueMatrixModel::typeText(t), queueTypeKey(t));
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(type)));
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
    parts << colored(
        tr("%n fully synchronised", "replicated queues with every replica in sync", int(s.fullySynchronised)),
        Tone::Good);
    parts << colored(tr("%n with a mirror out of sync", "replicated queues with a replica behind", int(s.outOfSync)),
        s.outOfSync > 0 ? Tone::Warning : Tone::Muted);
    parts << colored(tr("%n on a node that is down", "queues whose home node is down", int(s.homeNodeDown)),
        s.homeNodeDown > 0 ? Tone::Bad : Tone::Muted);
    parts << colored(tr("%n without mirrors", "classic queues with no mirror", int(s.unreplicated)), Tone::Muted);
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
    const QueueInfo* q = current.isValid() ? m_model->queue(current.row()) : nullptr;
    const QueueMatrixPtr matrix = m_model->matrix();
    if (!q || !matrix) {
        m_details->setText(QStringLiteral("<p style=\"color:%1\">%2</p>")
                               .arg(StatusItemDelegate::toneColor(Tone::Muted).name(),
                                   tr("Select a queue to see where it lives on each node.").toHtmlEscaped()));
        return;
    }
    auto row = [](const QString& label, const QString& valueHtml) {
        return QStringLiteral("<tr><td style=\"color:#57606a; padding-right:10px\">%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), valueHtml);
    };
    QString html
        = QStringLiteral("<h3 style=\"margin:0\">%1</h3><table cellspacing=\"2\">").arg(q->name.toHtmlEscaped());
    html += row(tr("Vhost", "RabbitMQ virtual host"), q->vhost.toHtmlEscaped());
    html += row(tr("Type", "queue type"), QueueMatrixModel::typeText(q->type).toHtmlEscaped());
    html += row(tr("State", "queue state"), (q->state.isEmpty() ? Format::unknown() : q->state).toHtmlEscaped());
    html += row(tr("Policy", "RabbitMQ policy applied to the queue"),
        (q->policy.isEmpty() ? tr("none") : q->policy).toHtmlEscaped()
            + (q->haPolicy ? QStringLiteral(" ") + tr("(HA)", "the policy mirrors the queue").toHtmlEscaped()
                           : QString()));
    html += row(tr("Messages ready"), Format::count(q->messagesReady));
    html += row(tr("Unacknowledged"), Format::count(q->messagesUnacknowledged));
    html += row(tr("Consumers"), Format::count(q->consumers));
    html += QStringLiteral("</table><h4 style=\"margin-bottom:2px\">%1</h4><table cellspacing=\"2\">")
                .arg(tr("On each node").toHtmlEscaped());
    const int sourceRow = current.row();
    for (int n = 0; n < matrix->nodes.size(); ++n) {
        const QString& node = matrix->nodes[n];
        const QueueRole role = matrix->role(sourceRow, n);
        const bool down = matrix->snapshot.isNodeDown(node);
        const QModelIndex cell = m_model->index(sourceRow, QueueMatrixModel::FirstNodeColumn + n);
        const Tone tone = Tone(cell.data(ToneRole).toInt());
        html += row(node + (down ? QStringLiteral(" ") + tr("(down)", "node is down") : QString()),
            colored(QueueMatrixModel::roleText(role, q->type, down && role != QueueRole::Absent), tone));
    }
    html += QStringLiteral("</table>");
    const QueueProblems problems = problemsOf(*q, matrix->snapshot);
    QStringList problemTexts;
    if (problems & QueueProblem::NotSynchronised)
        problemTexts << tr("a replica is not synchronised");
    if (problems & QueueProblem::HomeNodeDown)
        problemTexts << tr("its home node is down");
    if (problems & QueueProblem::NoMirrorsUnderHaPolicy)
        problemTexts << tr("an HA policy applies but it has no mirror");
    if (!problemTexts.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(colored(tr("Needs attention: %1").arg(problemTexts.join(tr("; "))), Tone::Warning));
    QStringList recent;
    for (const auto& c : m_model->lastChanges()) {
        if (c.key == q->key())
            recent << QueueMatrixModel::changeText(c);
    }
    if (!recent.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(colored(tr("Last refresh: %1").arg(recent.join(tr("; "))), Tone::Accent));
    m_details->setText(html);
}

void QueuesPanel::updateCompareList()
{
    if (!m_poller->hasPinned()) {
        m_compareModel->setMessage(
            tr("Pin a snapshot to compare the queues against it later (e.g. before an upgrade)."), Tone::Muted);
    } else if (m_sincePinned.isEmpty()) {
        m_compareModel->setMessage(tr("No change since the pinned snapshot of %1")
                                       .arg(QLocale().toString(m_pinnedAt.toLocalTime(), QLocale::ShortFormat)),
            Tone::Good);
    } else {
        m_compareModel->setChanges(m_sincePinned);
    }
    for (int row = 0; row < m_compareModel->rowCount(); ++row) { // the one message or "more" row
        if (m_compareModel->isSpanned(row))
            m_compareList->setFirstColumnSpanned(row, {}, true);
    }
}

void QueuesPanel::updateVanishedList(int added)
{
    const auto& vanished = m_model->vanished();
    if (vanished.isEmpty()) {
        m_vanishedList->clear();
        auto* item = new QTreeWidgetItem(m_vanishedList);
        item->setText(0, tr("No queue has vanished while this tab was open."));
        item->setData(0, ToneRole, int(Tone::Muted));
        item->setFirstColumnSpanned(true);
        return;
    }
    // After a refresh only the newly vanished queues are added at the top (the list holds up to
    // QueueMatrixModel::MaxVanished); everything is rebuilt on a language change.
    const bool incremental = added >= 0 && added < vanished.size()
        && m_vanishedList->topLevelItemCount() + added >= vanished.size()
        && !m_vanishedList->topLevelItem(0)->isFirstColumnSpanned();
    if (!incremental) {
        m_vanishedList->clear();
        added = int(vanished.size());
    }
    QList<QTreeWidgetItem*> items;
    items.reserve(qMin(added, int(vanished.size())));
    QDateTime formattedAt; // the queues that vanished in one refresh share their time
    QString time;
    for (int i = 0; i < added && i < vanished.size(); ++i) {
        const auto& v = vanished[i];
        if (i == 0 || v.seenGoneAt != formattedAt) {
            formattedAt = v.seenGoneAt;
            time = QLocale().toString(v.seenGoneAt.toLocalTime().time(), QLocale::ShortFormat);
        }
        auto* item = new QTreeWidgetItem;
        item->setText(0, v.queue.name);
        item->setToolTip(0, tr("%1 in vhost %2").arg(v.queue.name, v.queue.vhost));
        item->setText(1, time);
        item->setData(0, ToneRole, int(Tone::Warning));
        items << item;
    }
    m_vanishedList->insertTopLevelItems(0, items);
    // The oldest beyond the list's length go in one removal, not one signal per row.
    const int excess = m_vanishedList->topLevelItemCount() - int(vanished.size());
    if (excess > 0)
        m_vanishedList->model()->removeRows(int(vanished.size()), excess);
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
    m_filterEdit->setPlaceholderText(tr("Filter by queue name, e.g. _fanout_ or ^amq\\.gen-"));
    m_regexCheck->setText(tr("Regex", "treat the filter as a regular expression"));
    m_regexCheck->setToolTip(tr("Match the name against a regular expression instead of a substring"));
    m_vhostLabel->setText(tr("Vhost:", "RabbitMQ virtual host"));
    m_typeLabel->setText(tr("Type:", "queue type"));
    m_nodeLabel->setText(tr("Node:", "RabbitMQ node"));
    m_nodeCombo->setToolTip(tr("Only queues with a replica (any role) on this node"));
    m_problemsCheck->setText(tr("Only problems"));
    m_problemsCheck->setToolTip(tr("Not fully synchronised, home node down, or no mirror under an HA policy"));
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
    m_compareModel->retranslate();
    m_vanishedList->setHeaderLabels({ tr("Queue"), tr("Gone at", "time a queue was seen gone") });
    m_model->retranslate();
    updateFilterChoices();
    updateSummary();
    updateDetails();
    updateCompareList();
    updateVanishedList();
    updateStatus();
}

} // namespace warren
