#pragma once

#include "model/ClusterSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace warren {

// One thing that changed between two snapshots. The text is built when asked for, in the current
// language, so an event list follows a language switch.
struct ClusterEvent
{
    Q_DECLARE_TR_FUNCTIONS(ClusterEvent)

public:
    enum class Kind {
        Watching, // first snapshot: args = cluster name; count = nodes, count2 = running
        NodeStopped, // args = node
        NodeStarted, // args = node
        NodeAppeared, // args = node
        NodeDisappeared, // args = node
        MemoryAlarm, // args = node
        MemoryAlarmCleared,
        DiskAlarm,
        DiskAlarmCleared,
        PartitionDetected, // args = one "a, b" string per group
        PartitionHealed,
        ServingChanged, // args = proxy, server; backup = role of the new server
        NoServerServing, // args = proxy
        ServerStateChanged, // args = proxy, server, old status, new status
        SourceFailed, // args = source, error
        SourceRecovered, // args = source
        NoSourceAnswered,
    };
    enum class Severity { Info, Good, Warning, Critical };

    Kind kind = Kind::Watching;
    Severity severity = Severity::Info;
    QDateTime at;
    QStringList args;
    bool backup = false;
    int count = 0;
    int count2 = 0;

    QString text() const;
    QString kindKey() const; // stable, for the CLI's JSON: "node-stopped", ...
};

// Compares successive snapshots. Node changes are judged against the last snapshot that had node
// data, so "every source failed" in between does not hide a node that stopped meanwhile; source
// changes against the previous snapshot. Used by the GUI's event list; the CLI can feed it too.
class SnapshotDiff final
{
public:
    QList<ClusterEvent> feed(const ClusterSnapshot& snapshot);
    void reset();

    // The events between two snapshots that both carry node data (no Watching event).
    static QList<ClusterEvent> compare(const ClusterSnapshot& before, const ClusterSnapshot& after);

private:
    static void compareSources(const ClusterSnapshot& before, const ClusterSnapshot& after, QList<ClusterEvent>& out);

    ClusterSnapshot m_lastWithNodes;
    ClusterSnapshot m_last;
    bool m_hasLast = false;
};

} // namespace warren
