#include "HaproxyWorkbench.h"

#include "NetworkJobs.h"
#include "haproxy/ConfigDiff.h"
#include "haproxy/HaproxyConfig.h"
#include "ops/OperationLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace warren {

namespace {

    // Carries one job's results to the workbench's thread. It belongs to the job, not to the
    // workbench: its target object lives until the job's last post was delivered, and each post
    // reaches the workbench only if it still exists (the QPointer is read on that thread only).
    class Relay final
    {
    public:
        explicit Relay(HaproxyWorkbench* workbench)
            : m_target(new QObject)
            , m_workbench(workbench)
        {
            m_target->moveToThread(workbench->thread());
        }

        // Called from the worker.
        template <typename F> void post(F&& f) const
        {
            QMetaObject::invokeMethod(
                m_target,
                [w = m_workbench, f = std::forward<F>(f)] {
                    if (w)
                        f(w.data());
                },
                Qt::QueuedConnection);
        }

        // The job's last call: the target goes after everything posted before.
        void finish() const
        {
            QObject* target = m_target;
            QMetaObject::invokeMethod(
                target, [target] { target->deleteLater(); }, Qt::QueuedConnection);
        }

    private:
        QObject* m_target;
        QPointer<HaproxyWorkbench> m_workbench;
    };

    QString oneLine(const QStringList& lines)
    {
        return OperationLog::trimOutput(lines.join(QLatin1Char('\n')).toUtf8(), {}, 40, 4000);
    }

} // namespace

HaproxyWorkbench::HaproxyWorkbench(QObject* parent)
    : QObject(parent)
    , m_logPath(OperationLog::defaultPath())
{
    qRegisterMetaType<HaproxyAnalysis>();
    qRegisterMetaType<HaproxyPushReport>();
    qRegisterMetaType<FailoverDrillProgress>();
    qRegisterMetaType<FailoverDrillReport>();
}

HaproxyWorkbench::~HaproxyWorkbench()
{
    m_cancel.cancel();
    m_drillCancel.cancel();
}

void HaproxyWorkbench::setProfile(const ClusterProfile& profile)
{
    m_profile = profile;
    m_hasSnapshot = false;
    m_snapshot = {};
}

void HaproxyWorkbench::setSnapshot(const ClusterSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_hasSnapshot = snapshot.hasNodes();
}

Parsed<QString> HaproxyWorkbench::generate(const HaproxyExportOptions& options) const
{
    return HaproxyExport::generate(m_profile, snapshot(), options);
}

QString HaproxyWorkbench::remoteName() const
{
    return QStringLiteral("%1:%2").arg(m_profile.haproxy.host, m_profile.haproxy.configPath);
}

void HaproxyWorkbench::fetchCurrent()
{
    if (m_fetching)
        return;
    m_fetching = true;
    const ClusterProfile profile = m_profile;
    const CancelToken cancel = m_cancel;
    const QString source = remoteName();
    const Relay relay(this);
    networkJobPool()->start([relay, profile, cancel, source] {
        HaproxyPush push(profile, cancel);
        QString error;
        const auto text = push.readCurrent(&error);
        if (text)
            relay.post([t = *text, source](HaproxyWorkbench* w) {
                w->m_fetching = false;
                Q_EMIT w->currentLoaded(t, source);
            });
        else
            relay.post([error](HaproxyWorkbench* w) {
                w->m_fetching = false;
                Q_EMIT w->currentFailed(error);
            });
        relay.finish();
    });
}

void HaproxyWorkbench::openFile(const QString& path)
{
    if (m_fetching)
        return;
    m_fetching = true;
    const Relay relay(this);
    networkJobPool()->start([relay, path] {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            const QString error
                = QCoreApplication::translate("HaproxyWorkbench", "cannot read %1: %2").arg(path, f.errorString());
            relay.post([error](HaproxyWorkbench* w) {
                w->m_fetching = false;
                Q_EMIT w->currentFailed(error);
            });
        } else {
            // One byte past the bound: the parser reports the rest as unread.
            const QByteArray data = f.read(HaproxyConfig::kMaxBytes + 1);
            relay.post([data, path](HaproxyWorkbench* w) {
                w->m_fetching = false;
                Q_EMIT w->currentLoaded(data, path);
            });
        }
        relay.finish();
    });
}

void HaproxyWorkbench::analyze(int serial, const QByteArray& current, const QString& generated, int heartbeatSeconds)
{
    HaproxyLintContext context;
    context.profile = m_profile;
    if (m_hasSnapshot)
        context.snapshot = m_snapshot;
    context.heartbeatSeconds = heartbeatSeconds;
    const QString oldName = remoteName();
    // Jobs queue behind each other on the pool; only the newest serial is shown.
    const Relay relay(this);
    networkJobPool()->start([relay, serial, current, generated, context, oldName] {
        HaproxyAnalysis a;
        a.serial = serial;
        const HaproxyConfig config = HaproxyConfig::parse(current);
        a.lineCount = config.lineCount();
        a.findings = HaproxyLint::lint(config, context);
        if (!current.isEmpty())
            a.diff = unifiedDiff(QString::fromUtf8(current.left(HaproxyConfig::kMaxBytes)), generated, oldName,
                QCoreApplication::translate("HaproxyWorkbench", "generated"));
        relay.post([a](HaproxyWorkbench* w) { Q_EMIT w->analysisReady(a); });
        relay.finish();
    });
}

void HaproxyWorkbench::validate(const QByteArray& config)
{
    if (m_validating)
        return;
    m_validating = true;
    const ClusterProfile profile = m_profile;
    const CancelToken cancel = m_cancel;
    const Relay relay(this);
    networkJobPool()->start([relay, profile, cancel, config] {
        std::optional<HaproxyValidation> v = HaproxyPush::validateLocally(config);
        if (!v) {
            HaproxyPush push(profile, cancel);
            v = push.validateRemotely(config);
        }
        relay.post([r = *v](HaproxyWorkbench* w) {
            w->m_validating = false;
            Q_EMIT w->validated(r.ok, r.where, r.output);
        });
        relay.finish();
    });
}

void HaproxyWorkbench::push(const QByteArray& config)
{
    if (m_pushing)
        return;
    m_pushing = true;
    const ClusterProfile profile = m_profile;
    const QString logPath = m_logPath;
    const Relay relay(this);
    // A push is not cancelled half-way, not even when the window closes: HaproxyPush restores the
    // backup itself on failure, and the operation log keeps the outcome for whoever looks later.
    networkJobPool()->start([relay, profile, config, logPath] {
        OperationLog log(logPath);
        OperationLogEntry entry;
        entry.cluster = profile.name;
        entry.operation = QStringLiteral("haproxy-push");
        entry.host = profile.haproxy.host;
        entry.step = QStringLiteral("push");
        entry.command = QStringLiteral("push %1 (%2 bytes)").arg(profile.haproxy.configPath).arg(config.size());
        entry.id = log.begin(entry);
        HaproxyPush push(profile);
        const auto report = push.push(config,
            [relay](const QString& step) { relay.post([step](HaproxyWorkbench* w) { Q_EMIT w->pushStep(step); }); });
        entry.exitCode = report.ok ? 0 : 1;
        entry.output = oneLine(report.log);
        entry.error = report.error;
        log.append(entry);
        relay.post([report](HaproxyWorkbench* w) {
            w->m_pushing = false;
            Q_EMIT w->pushFinished(report);
        });
        relay.finish();
    });
}

void HaproxyWorkbench::startDrill(DrillFault fault, int messages, int timeoutSeconds)
{
    if (m_drilling)
        return;
    m_drilling = true;
    m_drillCancel = CancelToken();
    const CancelToken cancel = m_drillCancel;
    const ClusterProfile profile = m_profile;
    const QString logPath = m_logPath;
    const Relay relay(this);
    networkJobPool()->start([relay, profile, cancel, fault, messages, timeoutSeconds, logPath] {
        OperationLog log(logPath);
        OperationLogEntry entry;
        entry.cluster = profile.name;
        entry.operation = QStringLiteral("failover-drill");
        entry.host = profile.haproxy.host;
        entry.step = QStringLiteral("drill");
        entry.command = QStringLiteral("drill %1 %2 messages").arg(DrillSetup::faultKey(fault)).arg(messages);
        auto finish = [&](const FailoverDrillReport& rep, const QString& node) {
            entry.exitCode = rep.ok ? 0 : 1;
            entry.output = QString::fromUtf8(QJsonDocument(rep.toJson()).toJson(QJsonDocument::Compact));
            entry.error = rep.error;
            log.append(entry);
            relay.post([rep, node](HaproxyWorkbench* w) {
                w->m_drilling = false;
                Q_EMIT w->drillFinished(rep, node);
            });
            relay.finish();
        };
        entry.id = log.begin(entry);
        QString error;
        auto setup = DrillSetup::prepare(profile, &error, cancel);
        if (!setup) {
            FailoverDrillReport rep;
            rep.error = error;
            finish(rep, QString());
            return;
        }
        setup->setLimits(messages, timeoutSeconds);
        const QString node = setup->activeNode();
        relay.post(
            [node, address = setup->active.address](HaproxyWorkbench* w) { Q_EMIT w->drillStarted(node, address); });
        FailoverDrill drill(setup->options, setup->fault(profile, fault, cancel), cancel);
        drill.setProgress([relay](const FailoverDrillProgress& p) {
            relay.post([p](HaproxyWorkbench* w) { Q_EMIT w->drillProgress(p); });
        });
        finish(drill.run(), node);
    });
}

void HaproxyWorkbench::cancelDrill()
{
    m_drillCancel.cancel();
}

} // namespace warren
