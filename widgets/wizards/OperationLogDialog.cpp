#include "OperationLogDialog.h"

#include "Palette.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace warren {

namespace {

    // Filters on the cluster and host roles and on free text across the visible columns.
    class LogFilter final : public QSortFilterProxyModel
    {
    public:
        using QSortFilterProxyModel::QSortFilterProxyModel;
        QString cluster;
        QString host;
        void refresh() { invalidateFilter(); }

    protected:
        bool filterAcceptsRow(int row, const QModelIndex& parent) const override
        {
            const QModelIndex i = sourceModel()->index(row, 0, parent);
            if (!cluster.isEmpty() && i.data(OperationLogModel::ClusterRole).toString() != cluster)
                return false;
            if (!host.isEmpty() && i.data(OperationLogModel::HostRole).toString() != host)
                return false;
            return QSortFilterProxyModel::filterAcceptsRow(row, parent);
        }
    };

} // namespace

OperationLogModel::OperationLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OperationLogModel::setEntries(QList<OperationLogEntry> entries)
{
    // The file is appended to: reversed, it is newest first even where times tie (same second).
    std::reverse(entries.begin(), entries.end());
    std::stable_sort(entries.begin(), entries.end(),
        [](const OperationLogEntry& a, const OperationLogEntry& b) { return a.time > b.time; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int OperationLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OperationLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const OperationLogEntry& e = m_entries.at(index.row());
    if (role == ClusterRole)
        return e.cluster;
    if (role == HostRole)
        return e.host;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ClusterColumn:
            return e.cluster;
        case OperationColumn:
            return e.operation;
        case HostColumn:
            return e.host;
        case StepColumn:
            return e.step;
        case ExitColumn:
            if (e.interrupted)
                return tr("interrupted: started, no result recorded");
            return e.error.isEmpty() ? QString::number(e.exitCode) : e.error;
        case CommandColumn:
            return e.command;
        case OutputColumn:
            return role == Qt::ToolTipRole ? e.output : e.output.section(QLatin1Char('\n'), -1).trimmed();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ExitColumn
        && (e.exitCode != 0 || !e.error.isEmpty() || e.interrupted))
        return Palette::pill(Tone::Bad).text;
    return {};
}

QVariant OperationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ClusterColumn:
        return tr("Cluster", "RabbitMQ cluster");
    case OperationColumn:
        return tr("Operation");
    case HostColumn:
        return tr("Host");
    case StepColumn:
        return tr("Step");
    case ExitColumn:
        return tr("Exit", "exit code of a command");
    case CommandColumn:
        return tr("Command");
    case OutputColumn:
        return tr("Output");
    }
    return {};
}

OperationLogDialog::OperationLogDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_model(new OperationLogModel(this))
    , m_proxy(new LogFilter(this))
    , m_watcher(new QFutureWatcher<QPair<QList<OperationLogEntry>, QString>>)
{
    setObjectName(QStringLiteral("operationLogDialog"));
    setWindowTitle(tr("Operation Log"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_pathLabel = new QLabel(
        tr("Every command Warren's operations ran, newest first: %1").arg(QDir::toNativeSeparators(m_path)), this);
    m_pathLabel->setObjectName(QStringLiteral("operationLogPath"));
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cluster = new QComboBox(this);
    m_cluster->setObjectName(QStringLiteral("operationLogCluster"));
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("operationLogHost"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("operationLogSearch"));
    m_search->setPlaceholderText(tr("Search commands and output"));
    m_search->setClearButtonEnabled(true);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Cluster:", "RabbitMQ cluster"), this));
    filters->addWidget(m_cluster);
    filters->addWidget(new QLabel(tr("Host:"), this));
    filters->addWidget(m_host);
    filters->addWidget(m_search, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("operationLogTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("operationLogCount"));
    m_copy = new QPushButton(tr("&Copy as JSON"), this);
    m_copy->setObjectName(QStringLiteral("operationLogCopyButton"));
    m_copy->setToolTip(tr("Copy the selected entries (or every shown entry) as JSON lines"));
    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setObjectName(QStringLiteral("operationLogReloadButton"));
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_reload);
    bottom->addWidget(m_copy);
    bottom->addWidget(box);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pathLabel);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &OperationLogDialog::reload);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(selectionAsJson()); });
    connect(m_cluster, &QComboBox::currentIndexChanged, this, &OperationLogDialog::applyFilter);
    connect(m_host, &QComboBox::currentIndexChanged, this, &OperationLogDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &OperationLogDialog::applyFilter);
    connect(m_watcher, &QFutureWatcher<QPair<QList<OperationLogEntry>, QString>>::finished, this,
        &OperationLogDialog::onLoaded);
    resize(1000, 560);
    reload();
}

OperationLogDialog::~OperationLogDialog()
{
    if (!m_watcher->isRunning()) {
        delete m_watcher;
        return;
    }
    connect(m_watcher, &QFutureWatcher<QPair<QList<OperationLogEntry>, QString>>::finished, m_watcher,
        &QObject::deleteLater);
}

void OperationLogDialog::reload()
{
    if (m_watcher->isRunning())
        return;
    m_count->setText(tr("Reading the log…"));
    const QString path = m_path;
    // The log grows with every run: it is read off the GUI thread.
    m_watcher->setFuture(QtConcurrent::run([path] {
        QString error;
        QList<OperationLogEntry> entries = OperationLog(path).readAll(&error);
        return qMakePair(entries, error);
    }));
}

void OperationLogDialog::fillCombo(QComboBox* combo, int role)
{
    const QString keep = combo->currentData().toString();
    QSet<QString> values;
    for (int row = 0; row < m_model->rowCount(); ++row)
        values.insert(m_model->index(row, 0).data(role).toString());
    QStringList sorted(values.begin(), values.end());
    sorted.sort();
    QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("All"), QString());
    for (const auto& v : sorted)
        combo->addItem(v, v);
    combo->setCurrentIndex(qMax(0, combo->findData(keep)));
}

void OperationLogDialog::onLoaded()
{
    const auto loaded = m_watcher->result();
    m_model->setEntries(loaded.first);
    fillCombo(m_cluster, OperationLogModel::ClusterRole);
    fillCombo(m_host, OperationLogModel::HostRole);
    for (int c : { OperationLogModel::TimeColumn, OperationLogModel::ClusterColumn, OperationLogModel::OperationColumn,
             OperationLogModel::HostColumn, OperationLogModel::StepColumn, OperationLogModel::ExitColumn })
        m_table->resizeColumnToContents(c);
    m_table->setColumnWidth(OperationLogModel::CommandColumn, 360);
    applyFilter();
    if (!loaded.second.isEmpty() && loaded.first.isEmpty())
        m_count->setText(loaded.second);
}

void OperationLogDialog::setClusterFilter(const QString& cluster)
{
    m_cluster->setCurrentIndex(qMax(0, m_cluster->findData(cluster)));
    applyFilter();
}

void OperationLogDialog::setHostFilter(const QString& host)
{
    m_host->setCurrentIndex(qMax(0, m_host->findData(host)));
    applyFilter();
}

void OperationLogDialog::applyFilter()
{
    auto* f = static_cast<LogFilter*>(m_proxy);
    f->cluster = m_cluster->currentData().toString();
    f->host = m_host->currentData().toString();
    f->setFilterFixedString(m_search->text());
    f->refresh();
    m_count->setText(tr("Shown: %1 of %2 entries").arg(shownRows()).arg(m_model->rowCount()));
}

int OperationLogDialog::shownRows() const
{
    return m_proxy->rowCount();
}

QString OperationLogDialog::selectionAsJson() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    }
    std::sort(rows.begin(), rows.end());
    QString out;
    for (int r : rows)
        out += QString::fromUtf8(QJsonDocument(m_model->entry(r).toJson()).toJson(QJsonDocument::Compact))
            + QLatin1Char('\n');
    return out;
}

} // namespace warren
