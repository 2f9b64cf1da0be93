#include "SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace warren {

QString MemorySecretStore::lookup(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.value(key);
}

void MemorySecretStore::store(const QString& key, const QString& secret)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.insert(key, secret);
}

void MemorySecretStore::remove(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.remove(key);
}

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("Secrets", "kept in memory for this session only; Warren asks again next time");
}

namespace {
    std::unique_ptr<SecretStore>& storeSlot()
    {
        static std::unique_ptr<SecretStore> s = std::make_unique<MemorySecretStore>();
        return s;
    }
} // namespace

SecretStore& secretStore()
{
    return *storeSlot();
}

void setSecretStore(SecretStore* store)
{
    storeSlot().reset(store);
}

QString readSecretFile(const QString& path, QString* error)
{
    QFile f(path);
    const auto perms = QFileInfo(path).permissions();
    if (perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
        if (error)
            *error = QCoreApplication::translate("Secrets",
                "secret file %1 is readable by other users; "
                "restrict it with chmod 600")
                         .arg(path);
        return {};
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = QCoreApplication::translate("Secrets", "cannot read secret file %1: %2").arg(path, f.errorString());
        return {};
    }
    return QString::fromUtf8(f.readLine(4096)).trimmed();
}

} // namespace warren
