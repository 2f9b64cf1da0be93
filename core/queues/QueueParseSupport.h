#pragma once

// What the queue parsers (ApiQueueParsers.cpp, RabbitmqctlQueueParsers.cpp, JsonStreamReader.cpp)
// share; not part of their API.

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace warren::queueparse {

// Shares the storage of strings that repeat across rows (node names, vhosts, states, policies).
class StringPool
{
public:
    QString get(QByteArrayView raw)
    {
        auto it = m_pool.constFind(raw);
        if (it != m_pool.cend())
            return it.value();
        QByteArray key = raw.toByteArray();
        QString value = QString::fromUtf8(key);
        m_keys.append(key); // keeps the view's bytes alive
        m_pool.insert(QByteArrayView(m_keys.last()), value);
        return value;
    }
    QString get(const QString& s)
    {
        const QByteArray utf8 = s.toUtf8();
        return get(QByteArrayView(utf8));
    }

private:
    QList<QByteArray> m_keys;
    QHash<QByteArrayView, QString> m_pool;
};

inline QString normalState(const QString& state)
{
    // disable_stats answers carry the raw amqqueue state; the statistics path and rabbitmqctl
    // call the same state "running".
    return state == QLatin1String("live") ? QStringLiteral("running") : state;
}

} // namespace warren::queueparse
