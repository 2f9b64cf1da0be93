#include "FailoverDrill.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QThread>

#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <vector>

namespace warren {

namespace {

    constexpr int kChannel = 1;

    QString replyError(const amqp_rpc_reply_t& r)
    {
        switch (r.reply_type) {
        case AMQP_RESPONSE_NORMAL:
            return {};
        case AMQP_RESPONSE_NONE:
            return QCoreApplication::translate("FailoverDrill", "no reply");
        case AMQP_RESPONSE_LIBRARY_EXCEPTION:
            return QString::fromUtf8(amqp_error_string2(r.library_error));
        case AMQP_RESPONSE_SERVER_EXCEPTION:
            if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
                const auto* m = static_cast<amqp_connection_close_t*>(r.reply.decoded);
                return QStringLiteral("%1 %2")
                    .arg(m->reply_code)
                    .arg(QString::fromUtf8(static_cast<const char*>(m->reply_text.bytes), int(m->reply_text.len)));
            }
            if (r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
                const auto* m = static_cast<amqp_channel_close_t*>(r.reply.decoded);
                return QStringLiteral("%1 %2")
                    .arg(m->reply_code)
                    .arg(QString::fromUtf8(static_cast<const char*>(m->reply_text.bytes), int(m->reply_text.len)));
            }
            return QCoreApplication::translate("FailoverDrill", "server error");
        }
        return {};
    }

    // One AMQP connection with channel 1 in confirm mode.
    class Connection
    {
    public:
        ~Connection() { close(false); }

        bool open(const FailoverDrillOptions& o, QString* error)
        {
            m_conn = amqp_new_connection();
            amqp_socket_t* socket = amqp_tcp_socket_new(m_conn);
            if (!socket) {
                *error = QCoreApplication::translate("FailoverDrill", "cannot create a socket");
                return false;
            }
            timeval tv { 5, 0 };
            amqp_set_handshake_timeout(m_conn, &tv);
            amqp_set_rpc_timeout(m_conn, &tv);
            const QByteArray host = o.host.toUtf8();
            const int status = amqp_socket_open_noblock(socket, host.constData(), o.port, &tv);
            if (status != AMQP_STATUS_OK) {
                *error = QString::fromUtf8(amqp_error_string2(status));
                return false;
            }
            const QByteArray vhost = o.vhost.toUtf8();
            const QByteArray user = o.user.toUtf8();
            const QByteArray password = o.password.toUtf8();
            auto r = amqp_login(m_conn, vhost.constData(), 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, user.constData(),
                password.constData());
            if (r.reply_type != AMQP_RESPONSE_NORMAL) {
                *error = replyError(r);
                return false;
            }
            m_loggedIn = true;
            amqp_channel_open(m_conn, kChannel);
            if (!rpcOk(error))
                return false;
            amqp_confirm_select(m_conn, kChannel);
            if (!rpcOk(error))
                return false;
            const QByteArray queue = o.queue.toUtf8();
            amqp_queue_declare(m_conn, kChannel, amqp_cstring_bytes(queue.constData()), 0, 1, 0, 0, amqp_empty_table);
            return rpcOk(error);
        }

        bool rpcOk(QString* error)
        {
            const auto r = amqp_get_rpc_reply(m_conn);
            if (r.reply_type == AMQP_RESPONSE_NORMAL)
                return true;
            *error = replyError(r);
            return false;
        }

        void close(bool graceful)
        {
            if (!m_conn)
                return;
            if (graceful && m_loggedIn) {
                amqp_channel_close(m_conn, kChannel, AMQP_REPLY_SUCCESS);
                amqp_connection_close(m_conn, AMQP_REPLY_SUCCESS);
            }
            amqp_destroy_connection(m_conn);
            m_conn = nullptr;
            m_loggedIn = false;
        }

        amqp_connection_state_t handle() const { return m_conn; }

    private:
        amqp_connection_state_t m_conn = nullptr;
        bool m_loggedIn = false;
    };

} // namespace

QJsonObject FailoverDrillReport::toJson() const
{
    return QJsonObject { { QStringLiteral("ok"), ok }, { QStringLiteral("error"), error },
        { QStringLiteral("published"), published }, { QStringLiteral("confirmed"), confirmed },
        { QStringLiteral("nacked"), nacked }, { QStringLiteral("unconfirmed"), unconfirmed },
        { QStringLiteral("lost"), lost }, { QStringLiteral("duplicated"), duplicated },
        { QStringLiteral("inQueue"), inQueue }, { QStringLiteral("reconnects"), reconnects },
        { QStringLiteral("switchSeconds"), switchSeconds } };
}

FailoverDrill::FailoverDrill(FailoverDrillOptions options, Fault fault, CancelToken cancel)
    : m_options(std::move(options))
    , m_fault(std::move(fault))
    , m_cancel(std::move(cancel))
{
}

FailoverDrillReport FailoverDrill::run()
{
    FailoverDrillReport rep;
    const auto& o = m_options;
    const int n = qBound(1, o.messages, 1000000);
    QElapsedTimer total;
    total.start();
    std::vector<char> confirmed(size_t(n), 0);
    QHash<quint64, int> outstanding; // delivery tag -> message
    QList<int> resend;
    int next = 0;
    quint64 tag = 0;
    bool faultDone = false;
    QElapsedTimer sinceFault;
    bool openedAfterFault = false;
    bool everConnected = false;
    QString lastError;
    std::unique_ptr<Connection> conn;
    const QByteArray queue = o.queue.toUtf8();

    QElapsedTimer lastProgress;
    lastProgress.start();
    auto report = [&](FailoverDrillProgress::Phase phase, bool force) {
        if (!m_progress || (!force && lastProgress.elapsed() < 200))
            return;
        lastProgress.restart();
        m_progress(FailoverDrillProgress { phase, n, rep.confirmed, rep.published, rep.reconnects, total.elapsed() });
    };

    auto drop = [&] {
        for (auto it = outstanding.begin(); it != outstanding.end(); ++it) {
            if (!confirmed[size_t(it.value())])
                resend << it.value();
        }
        outstanding.clear();
        conn.reset();
    };

    int limit = n; // messages to publish: n, or fewer once stopWhen() says so
    while ((rep.confirmed < limit || !outstanding.isEmpty()) && total.elapsed() < o.timeoutMs) {
        if (o.stopWhen && limit == n && o.stopWhen())
            limit = next; // what was published (and not confirmed yet) is still sent until confirmed
        if (m_cancel.isCancelled()) {
            rep.error = QCoreApplication::translate("FailoverDrill", "cancelled");
            break;
        }
        report(
            faultDone ? FailoverDrillProgress::Phase::FaultInjected : FailoverDrillProgress::Phase::Publishing, false);
        if (!conn) {
            conn = std::make_unique<Connection>();
            QString error;
            if (!conn->open(o, &error)) {
                lastError = error;
                conn.reset();
                if (!everConnected) {
                    rep.error = QCoreApplication::translate("FailoverDrill", "cannot connect to %1:%2: %3")
                                    .arg(o.host)
                                    .arg(o.port)
                                    .arg(error);
                    return rep;
                }
                QThread::msleep(200);
                continue;
            }
            if (everConnected)
                ++rep.reconnects;
            else
                amqp_queue_purge(conn->handle(), kChannel, amqp_cstring_bytes(queue.constData()));
            everConnected = true;
            openedAfterFault = faultDone;
            tag = 0;
        }
        bool lostConnection = false;
        const int due
            = o.ratePerSecond > 0 ? int(qMin<qint64>(limit, total.elapsed() * o.ratePerSecond / 1000 + 1)) : limit;
        while (outstanding.size() < o.window && (!resend.isEmpty() || next < due)) {
            const int seq = !resend.isEmpty() ? resend.takeFirst() : next++;
            if (confirmed[size_t(seq)])
                continue;
            const QByteArray id = QByteArray::number(seq);
            amqp_basic_properties_t props {};
            props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_MESSAGE_ID_FLAG;
            props.delivery_mode = 2;
            props.message_id = amqp_cstring_bytes(id.constData());
            const int status = amqp_basic_publish(conn->handle(), kChannel, amqp_empty_bytes,
                amqp_cstring_bytes(queue.constData()), 0, 0, &props, amqp_cstring_bytes(id.constData()));
            ++rep.published;
            if (status != AMQP_STATUS_OK) {
                resend.prepend(seq);
                lastError = QString::fromUtf8(amqp_error_string2(status));
                lostConnection = true;
                break;
            }
            outstanding.insert(++tag, seq);
        }
        if (lostConnection) {
            drop();
            continue;
        }
        amqp_frame_t frame;
        timeval tv { 0, 100000 };
        const int status = amqp_simple_wait_frame_noblock(conn->handle(), &frame, &tv);
        if (status == AMQP_STATUS_TIMEOUT)
            continue;
        if (status != AMQP_STATUS_OK) {
            lastError = QString::fromUtf8(amqp_error_string2(status));
            drop();
            continue;
        }
        if (frame.frame_type != AMQP_FRAME_METHOD)
            continue;
        const amqp_method_number_t id = frame.payload.method.id;
        if (id == AMQP_BASIC_ACK_METHOD || id == AMQP_BASIC_NACK_METHOD) {
            quint64 deliveryTag = 0;
            bool multiple = false;
            const bool ack = id == AMQP_BASIC_ACK_METHOD;
            if (ack) {
                const auto* m = static_cast<amqp_basic_ack_t*>(frame.payload.method.decoded);
                deliveryTag = m->delivery_tag;
                multiple = m->multiple;
            } else {
                const auto* m = static_cast<amqp_basic_nack_t*>(frame.payload.method.decoded);
                deliveryTag = m->delivery_tag;
                multiple = m->multiple;
            }
            QList<quint64> tags;
            for (auto it = outstanding.begin(); it != outstanding.end(); ++it) {
                if (it.key() == deliveryTag || (multiple && it.key() < deliveryTag))
                    tags << it.key();
            }
            for (const quint64 t : tags) {
                const int seq = outstanding.take(t);
                if (!ack) {
                    ++rep.nacked;
                    resend << seq;
                } else if (!confirmed[size_t(seq)]) {
                    confirmed[size_t(seq)] = 1;
                    ++rep.confirmed;
                }
            }
            if (ack && faultDone && openedAfterFault && rep.switchSeconds < 0)
                rep.switchSeconds = double(sinceFault.elapsed()) / 1000.0;
            if (!faultDone && rep.confirmed >= o.faultAfter) {
                faultDone = true;
                sinceFault.start();
                QString error;
                if (m_fault && !m_fault(&error)) {
                    rep.error = QCoreApplication::translate("FailoverDrill", "the fault could not be injected: %1")
                                    .arg(error);
                    break;
                }
                report(FailoverDrillProgress::Phase::FaultInjected, true);
            }
        } else if (id == AMQP_CONNECTION_CLOSE_METHOD || id == AMQP_CHANNEL_CLOSE_METHOD) {
            lastError = QCoreApplication::translate("FailoverDrill", "the broker closed the connection");
            drop();
        }
    }
    rep.unconfirmed = limit - rep.confirmed;

    report(FailoverDrillProgress::Phase::ReadingBack, true);
    // Read the queue back (through HAProxy, like a consumer would) and count.
    std::vector<int> seen(size_t(n), 0);
    conn.reset();
    QElapsedTimer readBack;
    readBack.start();
    while (!conn && readBack.elapsed() < 30000) {
        conn = std::make_unique<Connection>();
        QString error;
        if (!conn->open(o, &error)) {
            lastError = error;
            conn.reset();
            QThread::msleep(300);
        }
    }
    if (!conn) {
        rep.error = QCoreApplication::translate("FailoverDrill", "cannot read the queue back: %1").arg(lastError);
        return rep;
    }
    for (int reads = 0; reads < 3 * n + 10 && readBack.elapsed() < 60000; ++reads) {
        const auto r = amqp_basic_get(conn->handle(), kChannel, amqp_cstring_bytes(queue.constData()), 1);
        if (r.reply_type != AMQP_RESPONSE_NORMAL || r.reply.id != AMQP_BASIC_GET_OK_METHOD)
            break;
        amqp_message_t message;
        if (amqp_read_message(conn->handle(), kChannel, &message, 0).reply_type != AMQP_RESPONSE_NORMAL)
            break;
        bool ok = false;
        const int seq = QByteArray(static_cast<const char*>(message.body.bytes), int(message.body.len)).toInt(&ok);
        amqp_destroy_message(&message);
        ++rep.inQueue;
        if (ok && seq >= 0 && seq < n)
            ++seen[size_t(seq)];
    }
    for (int i = 0; i < n; ++i) {
        if (confirmed[size_t(i)] && seen[size_t(i)] == 0)
            ++rep.lost;
        if (seen[size_t(i)] > 1)
            ++rep.duplicated;
    }
    amqp_queue_delete(conn->handle(), kChannel, amqp_cstring_bytes(queue.constData()), 0, 0);
    amqp_get_rpc_reply(conn->handle());
    conn->close(true);
    if (rep.error.isEmpty() && rep.unconfirmed > 0)
        rep.error = QCoreApplication::translate(
            "FailoverDrill", "%1 message(s) were never confirmed within %2 s; last error: %3")
                        .arg(rep.unconfirmed)
                        .arg(o.timeoutMs / 1000)
                        .arg(lastError);
    rep.ok = rep.error.isEmpty();
    return rep;
}

} // namespace warren
