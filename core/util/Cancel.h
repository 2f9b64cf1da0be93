#pragma once

#include <atomic>
#include <memory>

namespace warren {

// Shared between the thread that asks for work and the worker doing it: the worker polls it
// between blocking steps (and libssh/network waits are sliced so the poll happens often).
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace warren
