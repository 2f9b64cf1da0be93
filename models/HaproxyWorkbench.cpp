#include "HaproxyWorkbench.h"

#include "haproxy/ConfigDiff.h"
#include "haproxy/HaproxyConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace warren {

namespace {

    // Posts a call back to the workbench's thread. The workbench waits for its jobs in its
    // destructor, so `self` outlives every job that posts to it.
    template <typename F> void post(HaproxyWorkbench* self, F&& f)
    {
        QMetaObject::invokeMethod(self, std::forward<F>(f), Qt::QueuedConnection);
    }

} // namespace

HaproxyWorkbench::HaproxyWorkbench(QObject* parent)
    : QObject(parent)
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
    for (QFuture<void>* f : { &m_fetch, &m_validate, &m_push, &m_drill })
        f->waitForFinished();
    for (QFuture<void>& f : m_analyses)
        f.waitForFinished();
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
    m_fetch = QtConcurrent::run([this, profile, cancel, source] {
        HaproxyPush push(profile, cancel);
        QString error;
        const auto text = push.readCurrent(&error);
        if (text)
            post(this, [this, t = *text, source] {
                m_fetching = false;
                Q_EMIT currentLoaded(t, source);
            });
        else
            post(this, [this, error] {
                m_fetching = false;
                Q_EMIT currentFailed(error);
            });
    });
}

void HaproxyWorkbench::openFile(const QString& path)
{
    if (m_fetching)
        return;
    m_fetching = true;
    m_fetch = QtConcurrent::run([this, path] {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            const QString error
                = QCoreApplication::translate("HaproxyWorkbench", "cannot read %1: %2").arg(path, f.errorString());
            post(this, [this, error] {
                m_fetching = false;
                Q_EMIT currentFailed(error);
            });
            return;
        }
        // One byte past the bound: the parser reports the rest as unread.
        const QByteArray data = f.read(HaproxyConfig::kMaxBytes + 1);
        post(this, [this, data, path] {
            m_fetching = false;
            Q_EMIT currentLoaded(data, path);
        });
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
    m_analyses.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_analyses << QtConcurrent::run([this, serial, current, generated, context, oldName] {
        HaproxyAnalysis a;
        a.serial = serial;
        const HaproxyConfig config = HaproxyConfig::parse(current);
        a.lineCount = config.lineCount();
        a.findings = HaproxyLint::lint(config, context);
        if (!current.isEmpty())
            a.diff = unifiedDiff(QString::fromUtf8(current.left(HaproxyConfig::kMaxBytes)), generated, oldName,
                QCoreApplication::translate("HaproxyWorkbench", "generated"));
        post(this, [this, a] { Q_EMIT analysisReady(a); });
    });
}

void HaproxyWorkbench::validate(const QByteArray& config)
{
    if (m_validating)
        return;
    m_validating = true;
    const ClusterProfile profile = m_profile;
    const CancelToken cancel = m_cancel;
    m_validate = QtConcurrent::run([this, profile, cancel, config] {
        std::optional<HaproxyValidation> v = HaproxyPush::validateLocally(config);
        if (!v) {
            HaproxyPush push(profile, cancel);
            v = push.validateRemotely(config);
        }
        post(this, [this, r = *v] {
            m_validating = false;
            Q_EMIT validated(r.ok, r.where, r.output);
        });
    });
}

void HaproxyWorkbench::push(const QByteArray& config)
{
    if (m_pushing)
        return;
    m_pushing = true;
    const ClusterProfile profile = m_profile;
    // A push is not cancelled half-way: HaproxyPush restores the backup itself on failure.
    m_push = QtConcurrent::run([this, profile, config] {
        HaproxyPush push(profile);
        const auto report
            = push.push(config, [this](const QString& step) { post(this, [this, step] { Q_EMIT pushStep(step); }); });
        post(this, [this, report] {
            m_pushing = false;
            Q_EMIT pushFinished(report);
        });
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
    m_drill = QtConcurrent::run([this, profile, cancel, fault, messages, timeoutSeconds] {
        QString error;
        auto setup = DrillSetup::prepare(profile, &error, cancel);
        if (!setup) {
            FailoverDrillReport rep;
            rep.error = error;
            post(this, [this, rep] {
                m_drilling = false;
                Q_EMIT drillFinished(rep, QString());
            });
            return;
        }
        setup->setLimits(messages, timeoutSeconds);
        const QString node = setup->activeNode();
        post(this, [this, node, address = setup->active.address] { Q_EMIT drillStarted(node, address); });
        FailoverDrill drill(setup->options, setup->fault(profile, fault, cancel), cancel);
        drill.setProgress(
            [this](const FailoverDrillProgress& p) { post(this, [this, p] { Q_EMIT drillProgress(p); }); });
        const FailoverDrillReport rep = drill.run();
        post(this, [this, rep, node] {
            m_drilling = false;
            Q_EMIT drillFinished(rep, node);
        });
    });
}

void HaproxyWorkbench::cancelDrill()
{
    m_drillCancel.cancel();
}

} // namespace warren
