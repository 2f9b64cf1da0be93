#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace warren {

// Every key Warren keeps in QSettings, with its type and default, in one place. The key strings
// are the ones earlier versions wrote, so users' settings survive. Secrets never go here.
class AppSettings final
{
public:
    AppSettings() = delete;

    // Poll interval of the cluster status (seconds); default ClusterPoller::DefaultIntervalSeconds.
    static int pollIntervalSeconds();
    static void setPollIntervalSeconds(int seconds);

    // The main window's layout, as QWidget/QMainWindow/QSplitter/QHeaderView saveState() wrote it.
    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray& state);
    static QByteArray mainWindowState();
    static void setMainWindowState(const QByteArray& state);
    static QByteArray mainSplitter();
    static void setMainSplitter(const QByteArray& state);
    static QByteArray nodeTableHeader();
    static void setNodeTableHeader(const QByteArray& state);

    // The language chosen in the menu ("en", "zh_CN"); empty when never chosen.
    static QString language();
    static void setLanguage(const QString& language);

    // Profile files Warren lists, absolute paths, in the order added.
    static QStringList profilePaths();
    static void setProfilePaths(const QStringList& paths);

    // The queues tab: how the user works with it, not what one investigation looked for (the name
    // filter, vhost and node are per cluster and per question).
    static int queuesIntervalSeconds(); // default QueuePoller::DefaultIntervalSeconds
    static void setQueuesIntervalSeconds(int seconds);
    static bool queuesRegexFilter();
    static void setQueuesRegexFilter(bool on);
    static bool queuesProblemsOnly();
    static void setQueuesProblemsOnly(bool on);
    static bool queuesPlacementOnly();
    static void setQueuesPlacementOnly(bool on);
    static QList<int> queuesColumnWidths(); // the fixed columns; empty until saved once
    static void setQueuesColumnWidths(const QList<int>& widths);
    static int queuesSortColumn(); // default QueueMatrixModel::NameColumn
    static void setQueuesSortColumn(int column);
    static int queuesSortOrder(); // int(Qt::SortOrder), ascending by default
    static void setQueuesSortOrder(int order);
    static QByteArray queuesSplitter();
    static void setQueuesSplitter(const QByteArray& state);
};

} // namespace warren
