#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace warren {

namespace {
    constexpr int kKeyringTimeoutMs = 5000;

    bool onGuiThread()
    {
        return QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
    }

    // Runs a job to completion in the calling (worker) thread, bounded in time.
    bool runBlocking(QKeychain::Job& job)
    {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        bool finished = false;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
            finished = true;
            loop.quit();
        });
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(kKeyringTimeoutMs);
        job.start();
        if (!finished)
            loop.exec();
        return finished && job.error() == QKeychain::NoError;
    }
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

bool KeychainSecretStore::probe()
{
    if (onGuiThread())
        return m_available.load();
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // a plain-text fallback file is exactly what we must not write
    job.setKey(QStringLiteral("warren-probe"));
    runBlocking(job);
    // "not found" means a keyring answered; anything else means there is none to use.
    const bool ok = job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
    m_available.store(ok);
    return ok;
}

QString KeychainSecretStore::lookup(const QString& key) const
{
    const QString cached = m_memory.lookup(key);
    if (!cached.isEmpty() || !m_available.load() || onGuiThread())
        return cached;
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runBlocking(job))
        return {};
    const QString secret = job.textData();
    const_cast<MemorySecretStore&>(m_memory).store(key, secret);
    return secret;
}

void KeychainSecretStore::store(const QString& key, const QString& secret)
{
    m_memory.store(key, secret);
    if (!m_available.load() || !QCoreApplication::instance())
        return;
    QMetaObject::invokeMethod(QCoreApplication::instance(), [service = m_service, key, secret] {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        job->setTextData(secret);
        job->start();
    });
}

void KeychainSecretStore::remove(const QString& key)
{
    m_memory.remove(key);
    if (!m_available.load() || !QCoreApplication::instance())
        return;
    QMetaObject::invokeMethod(QCoreApplication::instance(), [service = m_service, key] {
        auto* job = new QKeychain::DeletePasswordJob(service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        job->start();
    });
}

QString KeychainSecretStore::description() const
{
    if (m_available.load())
        return QCoreApplication::translate("Secrets", "kept in the desktop keyring");
    return m_memory.description();
}

} // namespace warren
