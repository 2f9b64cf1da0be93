#include "Transport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkProxy>
#include <QTcpSocket>

namespace warren {

namespace {

    class SshSessionChannel final : public SshChannel
    {
    public:
        SshSessionChannel(const SshTarget& target, const CancelToken& cancel)
            : m_session(target, cancel)
        {
        }
        bool open() override { return m_session.open(); }
        SshExecResult exec(const QString& command, int timeoutMs, const QByteArray& stdinData) override
        {
            return m_session.exec(command, timeoutMs, stdinData);
        }
        SshSession::Error error() const override { return m_session.error(); }
        QString errorString() const override { return m_session.errorString(); }
        HostKeyInfo hostKey() const override { return m_session.hostKey(); }

    private:
        SshSession m_session;
    };

    class NetworkTransport final : public Transport
    {
    public:
        HttpResult get(const QUrl& url, const HttpRequestOptions& options, const CancelToken& cancel) override
        {
            return httpGet(url, options, cancel);
        }
        std::unique_ptr<SshChannel> ssh(const SshTarget& target, const CancelToken& cancel) override
        {
            return std::make_unique<SshSessionChannel>(target, cancel);
        }
        // QAbstractSocket::waitForConnected drops the attempt when it times out, so each attempt gets
        // its whole budget at once.
        Connect connect(const QString& host, quint16 port, int timeoutMs, QString* why) override
        {
            QTcpSocket socket;
            socket.setProxy(QNetworkProxy::NoProxy);
            socket.connectToHost(host, port);
            if (socket.waitForConnected(timeoutMs)) {
                socket.abort();
                return Connect::Ok;
            }
            const auto error = socket.error();
            *why = error == QAbstractSocket::SocketTimeoutError
                ? QCoreApplication::translate("Status", "no answer within %1 s")
                      .arg(QLocale::c().toString(timeoutMs / 1000.0, 'g', 2))
                : socket.errorString();
            return error == QAbstractSocket::ConnectionRefusedError ? Connect::Refused : Connect::Failed;
        }
    };

} // namespace

Transport& networkTransport()
{
    static NetworkTransport transport;
    return transport;
}

} // namespace warren
