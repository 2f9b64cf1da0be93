#pragma once

#include "SecretStore.h"

#include <atomic>

namespace warren {

// API passwords in the desktop keyring (Secret Service / KWallet through QtKeychain) when one
// answers, with an in-memory copy for the session. Until probe() has found a keyring, or when
// none answers (headless, no D-Bus session), it is exactly the memory store.
//
// Threads: lookup() asks the keyring only off the GUI thread (workers call it); on the GUI
// thread it answers from memory, so the GUI never waits on D-Bus. store() and remove() hand the
// keyring write to the GUI thread's event loop and return at once.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Warren"));

    QString lookup(const QString& key) const override;
    void store(const QString& key, const QString& secret) override;
    void remove(const QString& key) override;
    QString description() const override;

    // Blocking (bounded): does a keyring answer? Run it in a worker at start-up.
    bool probe();
    bool keyringAvailable() const { return m_available.load(); }

private:
    QString m_service;
    MemorySecretStore m_memory;
    std::atomic_bool m_available { false };
};

} // namespace warren
