#include "AppSettings.h"

#include "ClusterPoller.h"
#include "QueueMatrixModel.h"
#include "QueuePoller.h"

#include <QSettings>
#include <QVariantList>

namespace warren {

namespace {

    // The key strings are a file format: users' settings from earlier versions use them.
    const auto PollIntervalKey = QStringLiteral("poll/intervalSeconds");
    const auto GeometryKey = QStringLiteral("ui/mainWindowGeometry");
    const auto StateKey = QStringLiteral("ui/mainWindowState");
    const auto SplitterKey = QStringLiteral("ui/mainSplitter");
    const auto NodeHeaderKey = QStringLiteral("ui/nodeTableHeader");
    const auto LanguageKey = QStringLiteral("ui/language");
    const auto ProfilesKey = QStringLiteral("clusters/profiles");
    const auto QueuesPlacementOnlyKey = QStringLiteral("queues/placementOnly");
    const auto QueuesProblemsOnlyKey = QStringLiteral("queues/problemsOnly");
    const auto QueuesRegexKey = QStringLiteral("queues/regexFilter");
    const auto QueuesIntervalKey = QStringLiteral("queues/intervalSeconds");
    const auto QueuesColumnWidthsKey = QStringLiteral("queues/columnWidths");
    const auto QueuesSortColumnKey = QStringLiteral("queues/sortColumn");
    const auto QueuesSortOrderKey = QStringLiteral("queues/sortOrder");
    const auto QueuesSplitterKey = QStringLiteral("queues/splitter");

    QVariant get(const QString& key, const QVariant& fallback = {})
    {
        return QSettings().value(key, fallback);
    }

    void set(const QString& key, const QVariant& value)
    {
        QSettings().setValue(key, value);
    }

} // namespace

int AppSettings::pollIntervalSeconds()
{
    return get(PollIntervalKey, ClusterPoller::DefaultIntervalSeconds).toInt();
}

void AppSettings::setPollIntervalSeconds(int seconds)
{
    set(PollIntervalKey, seconds);
}

QByteArray AppSettings::mainWindowGeometry()
{
    return get(GeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& state)
{
    set(GeometryKey, state);
}

QByteArray AppSettings::mainWindowState()
{
    return get(StateKey).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray& state)
{
    set(StateKey, state);
}

QByteArray AppSettings::mainSplitter()
{
    return get(SplitterKey).toByteArray();
}

void AppSettings::setMainSplitter(const QByteArray& state)
{
    set(SplitterKey, state);
}

QByteArray AppSettings::nodeTableHeader()
{
    return get(NodeHeaderKey).toByteArray();
}

void AppSettings::setNodeTableHeader(const QByteArray& state)
{
    set(NodeHeaderKey, state);
}

QString AppSettings::language()
{
    return get(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    set(LanguageKey, language);
}

QStringList AppSettings::profilePaths()
{
    return get(ProfilesKey).toStringList();
}

void AppSettings::setProfilePaths(const QStringList& paths)
{
    set(ProfilesKey, paths);
}

int AppSettings::queuesIntervalSeconds()
{
    return get(QueuesIntervalKey, QueuePoller::DefaultIntervalSeconds).toInt();
}

void AppSettings::setQueuesIntervalSeconds(int seconds)
{
    set(QueuesIntervalKey, seconds);
}

bool AppSettings::queuesRegexFilter()
{
    return get(QueuesRegexKey, false).toBool();
}

void AppSettings::setQueuesRegexFilter(bool on)
{
    set(QueuesRegexKey, on);
}

bool AppSettings::queuesProblemsOnly()
{
    return get(QueuesProblemsOnlyKey, false).toBool();
}

void AppSettings::setQueuesProblemsOnly(bool on)
{
    set(QueuesProblemsOnlyKey, on);
}

bool AppSettings::queuesPlacementOnly()
{
    return get(QueuesPlacementOnlyKey, false).toBool();
}

void AppSettings::setQueuesPlacementOnly(bool on)
{
    set(QueuesPlacementOnlyKey, on);
}

QList<int> AppSettings::queuesColumnWidths()
{
    QList<int> out;
    for (const QVariant& width : get(QueuesColumnWidthsKey).toList())
        out << width.toInt();
    return out;
}

void AppSettings::setQueuesColumnWidths(const QList<int>& widths)
{
    QVariantList list;
    for (int w : widths)
        list << w;
    set(QueuesColumnWidthsKey, list);
}

int AppSettings::queuesSortColumn()
{
    return get(QueuesSortColumnKey, int(QueueMatrixModel::NameColumn)).toInt();
}

void AppSettings::setQueuesSortColumn(int column)
{
    set(QueuesSortColumnKey, column);
}

int AppSettings::queuesSortOrder()
{
    return get(QueuesSortOrderKey, int(Qt::AscendingOrder)).toInt();
}

void AppSettings::setQueuesSortOrder(int order)
{
    set(QueuesSortOrderKey, order);
}

QByteArray AppSettings::queuesSplitter()
{
    return get(QueuesSplitterKey).toByteArray();
}

void AppSettings::setQueuesSplitter(const QByteArray& state)
{
    set(QueuesSplitterKey, state);
}

} // namespace warren
