#include "ClusterListPanel.h"

#include "Icons.h"
#include "Palette.h"
#include "ViewHelpers.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace warren {

namespace {
    constexpr int PathRole = Qt::UserRole + 1;
}

ClusterListPanel::ClusterListPanel(QWidget* parent)
    : QWidget(parent)
{
    m_title = sectionTitle(this, QStringLiteral("clustersTitle"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("clusterList"));
    m_list->setIconSize(QSize(18, 18));
    m_list->setSpacing(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    setMinimumWidth(130);
    connect(m_list, &QListWidget::currentItemChanged, this, &ClusterListPanel::currentChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ClusterListPanel::editRequested);
    retranslateUi();
}

ClusterListPanel::~ClusterListPanel() = default;

void ClusterListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClusterListPanel::retranslateUi()
{
    m_title->setText(tr("Clusters"));
    m_list->setToolTip(tr("Saved clusters; double-click to edit"));
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString path = item->data(PathRole).toString();
        if (m_loadErrors.contains(path))
            item->setToolTip(
                tr("%1\nCannot be loaded: %2").arg(QDir::toNativeSeparators(path), m_loadErrors.value(path)));
        else
            item->setToolTip(QDir::toNativeSeparators(path));
    }
}

void ClusterListPanel::loadSaved()
{
    for (const QString& path : m_store.paths()) {
        auto parsed = ClusterProfile::load(path);
        if (parsed.ok()) {
            m_profiles.insert(path, parsed.value());
            addItem(path, parsed->name);
        } else {
            m_loadErrors.insert(path, parsed.error().toString());
            addItem(path, QFileInfo(path).completeBaseName());
        }
    }
    retranslateUi();
}

QListWidgetItem* ClusterListPanel::addItem(const QString& path, const QString& label)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(PathRole).toString() == path) {
            item->setText(label);
            return item;
        }
    }
    auto* item = new QListWidgetItem(applicationIcon(), label, m_list);
    item->setData(PathRole, path);
    item->setToolTip(QDir::toNativeSeparators(path));
    if (m_loadErrors.contains(path))
        item->setForeground(Palette::errorText());
    return item;
}

QString ClusterListPanel::open(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto parsed = ClusterProfile::load(absolute);
    if (!parsed.ok())
        return parsed.error().toString();
    m_loadErrors.remove(absolute);
    m_profiles.insert(absolute, parsed.value());
    addItem(absolute, parsed->name);
    select(absolute);
    return {};
}

bool ClusterListPanel::save(ClusterProfile& profile, QString* error)
{
    if (!m_store.save(profile, error))
        return false;
    m_profiles.insert(profile.filePath, profile);
    addItem(profile.filePath, profile.name);
    return true;
}

void ClusterListPanel::forget(const QString& path)
{
    m_profiles.remove(path);
    m_loadErrors.remove(path);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(PathRole).toString() == path) {
            delete m_list->takeItem(row);
            break;
        }
    }
    Q_EMIT currentChanged();
}

void ClusterListPanel::select(const QString& path)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(PathRole).toString() == path) {
            if (m_list->currentRow() == row)
                Q_EMIT currentChanged(); // reload: the profile may have changed
            else
                m_list->setCurrentRow(row);
            return;
        }
    }
}

QString ClusterListPanel::currentPath() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(PathRole).toString() : QString();
}

QString ClusterListPanel::currentLabel() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->text() : QString();
}

bool ClusterListPanel::isEmpty() const
{
    return m_list->count() == 0;
}

} // namespace warren
