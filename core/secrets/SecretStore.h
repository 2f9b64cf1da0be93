#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace warren {

// Where API passwords live. Never a settings file in plain text: the desktop keyring when one
// answers, otherwise memory for this session (the user is asked again next time).
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual QString lookup(const QString& key) const = 0;
    virtual void store(const QString& key, const QString& secret) = 0;
    virtual void remove(const QString& key) = 0;
    virtual QString description() const = 0; // translated: where secrets are kept
};

class MemorySecretStore final : public SecretStore
{
public:
    QString lookup(const QString& key) const override;
    void store(const QString& key, const QString& secret) override;
    void remove(const QString& key) override;
    QString description() const override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

// The process-wide store (memory unless something better is installed).
SecretStore& secretStore();
void setSecretStore(SecretStore* store); // takes ownership

// Reads a secret from a file (first line, trimmed). Refuses files readable by group/others.
QString readSecretFile(const QString& path, QString* error);

} // namespace warren
