#pragma once

#include "drill/DrillSetup.h"
#include "drill/FailoverDrill.h"
#include "haproxy/HaproxyExport.h"
#include "haproxy/HaproxyLint.h"
#include "haproxy/HaproxyPush.h"
#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace warren {

// The current file read, linted and compared with the generated one (done in a worker: a hostile
// file may be megabytes).
struct HaproxyAnalysis
{
    int serial = 0;
    QList<HaproxyFinding> findings;
    QString diff; // unified, current -> generated; empty when equal
    int lineCount = 0;
};

// The HAProxy window's work, off the GUI thread: fetching haproxy.cfg from the HAProxy host or a
// local file, linting and diffing it, `haproxy -c`, the push with its step log, and the failover
// drill with progress and cancel. One job of each kind at a time; results arrive as signals on
// the thread that owns the workbench. The window only shows them; tests drive it directly.
// Nothing waits for a job: destroying the workbench (closing the window) cancels the fetch, the
// validation and the drill (whose worker reads back what it sent, deletes its queue and stops its
// clients) and returns at once; a push goes on to its end (HaproxyPush restores the backup on a
// failure). Each job posts through a relay that lives as long as the job and drops what arrives
// for a workbench that is gone; pushes and drills write their outcome to the operation log.
class HaproxyWorkbench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HaproxyWorkbench)

public:
    explicit HaproxyWorkbench(QObject* parent = nullptr);
    ~HaproxyWorkbench() override; // cancels fetch, validation and drill; waits for nothing

    // Where pushes and drills are logged (OperationLog::defaultPath() unless set).
    void setLogPath(const QString& path) { m_logPath = path; }
    QString logPath() const { return m_logPath; }

    void setProfile(const ClusterProfile& profile);
    void setSnapshot(const ClusterSnapshot& snapshot);
    const ClusterProfile& profile() const { return m_profile; }
    const ClusterSnapshot* snapshot() const { return m_hasSnapshot ? &m_snapshot : nullptr; }

    // Cheap and synchronous: the live preview.
    Parsed<QString> generate(const HaproxyExportOptions& options) const;
    QString remoteName() const; // "haproxy:/etc/haproxy/haproxy.cfg"

    void fetchCurrent(); // over SSH from the profile's HAProxy host
    void openFile(const QString& path); // a local file, bounded
    // Lints `current` against the cluster and diffs it with `generated`; analysisReady carries serial.
    void analyze(int serial, const QByteArray& current, const QString& generated, int heartbeatSeconds);
    void validate(const QByteArray& config); // locally when haproxy is installed, else on the host
    void push(const QByteArray& config);
    void startDrill(DrillFault fault, int messages, int timeoutSeconds);
    void cancelDrill();

    // Busy from the call until its last signal was emitted (the future itself ends a moment later).
    bool isFetching() const { return m_fetching; }
    bool isValidating() const { return m_validating; }
    bool isPushing() const { return m_pushing; }
    bool isDrilling() const { return m_drilling; }

Q_SIGNALS:
    void currentLoaded(const QByteArray& text, const QString& source);
    void currentFailed(const QString& error);
    void analysisReady(const warren::HaproxyAnalysis& analysis);
    void validated(bool ok, const QString& where, const QString& output);
    void pushStep(const QString& step);
    void pushFinished(const warren::HaproxyPushReport& report);
    void drillStarted(const QString& node, const QString& address);
    void drillProgress(const warren::FailoverDrillProgress& progress);
    void drillFinished(const warren::FailoverDrillReport& report, const QString& node);

private:
    ClusterProfile m_profile;
    ClusterSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    bool m_fetching = false;
    bool m_validating = false;
    bool m_pushing = false;
    bool m_drilling = false;
    QString m_logPath;
    CancelToken m_cancel; // fetch/validate: cancelled when the workbench goes
    CancelToken m_drillCancel; // the drill's own, for its Cancel button
};

} // namespace warren

Q_DECLARE_METATYPE(warren::HaproxyAnalysis)
Q_DECLARE_METATYPE(warren::HaproxyPushReport)
Q_DECLARE_METATYPE(warren::FailoverDrillProgress)
Q_DECLARE_METATYPE(warren::FailoverDrillReport)
