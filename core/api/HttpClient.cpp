#include "HttpClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

namespace warren {

namespace {
    constexpr qint64 kMaxBody = 1024LL * 1024 * 1024;

    // The user-facing URL never carries credentials.
    QString displayUrl(const QUrl& url)
    {
        return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
    }
} // namespace

HttpResult httpGet(const QUrl& url, const HttpRequestOptions& options, const CancelToken& cancel)
{
    HttpResult result;
    if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread()
        && qEnvironmentVariableIsSet("WARREN_ASSERT_NO_GUI_WAIT"))
        qFatal("httpGet called on the main thread");

    // One manager per call keeps worker threads independent; connection reuse matters little at
    // Warren's polling rate, correctness across threads matters more.
    QNetworkAccessManager nam;
    nam.setAutoDeleteReplies(false);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    if (!options.user.isEmpty()) {
        const QByteArray token = (options.user + QLatin1Char(':') + options.password).toUtf8().toBase64();
        req.setRawHeader("Authorization", "Basic " + token);
    }
    if (url.scheme() == QLatin1String("https") && !options.verifyTls) {
        auto ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        req.setSslConfiguration(ssl);
    }
    req.setTransferTimeout(options.timeoutMs);

    std::unique_ptr<QNetworkReply> reply(nam.get(req));
    QEventLoop loop;
    QTimer poll;
    bool cancelled = false;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > kMaxBody)
            reply->abort();
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled()) {
            cancelled = true;
            reply->abort();
        }
    });
    QTimer hardStop; // transferTimeout measures idleness; this bounds the whole request
    hardStop.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&hardStop, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QTimer connectStop; // until the request is out: the TCP (and TLS) handshake
    connectStop.setSingleShot(true);
    const int connectMs = qMin(options.timeoutMs, options.connectTimeoutMs);
    bool connectTimedOut = false;
    QObject::connect(&connectStop, &QTimer::timeout, &loop, [&] {
        connectTimedOut = true;
        reply->abort();
    });
    QObject::connect(reply.get(), &QNetworkReply::requestSent, &connectStop, &QTimer::stop);
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &connectStop, &QTimer::stop);
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &connectStop, &QTimer::stop);
    poll.start(100);
    connectStop.start(connectMs);
    hardStop.start(qMax(options.timeoutMs * 6, 60000));
    if (!reply->isFinished())
        loop.exec();

    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    const auto err = reply->error();
    const QString where = displayUrl(url);
    if (cancelled) {
        result.error = HttpResult::Error::Cancelled;
        result.errorString = QCoreApplication::translate("Api", "cancelled");
        return result;
    }
    if (err == QNetworkReply::NoError && result.httpStatus >= 200 && result.httpStatus < 300)
        return result;
    // A 5xx body can carry the reason (the health checks answer 503 with the queues at risk).
    if (result.httpStatus < 500)
        result.body.clear();
    switch (result.httpStatus) {
    case 401:
        result.error = HttpResult::Error::Unauthorized;
        result.errorString
            = QCoreApplication::translate("Api", "%1: login refused (HTTP 401): check the API user and password")
                  .arg(where);
        return result;
    case 403:
        result.error = HttpResult::Error::Forbidden;
        result.errorString = QCoreApplication::translate(
            "Api", "%1: access denied (HTTP 403): the API user needs the monitoring or administrator tag")
                                 .arg(where);
        return result;
    case 404:
        result.error = HttpResult::Error::NotFound;
        result.errorString
            = QCoreApplication::translate("Api", "%1: not found (HTTP 404): is the management plugin this version?")
                  .arg(where);
        return result;
    default:
        break;
    }
    if (result.httpStatus >= 400) {
        result.error = HttpResult::Error::Server;
        result.errorString
            = QCoreApplication::translate("Api", "%1: the server answered HTTP %2").arg(where).arg(result.httpStatus);
        return result;
    }
    switch (err) {
    case QNetworkReply::ConnectionRefusedError:
        result.error = HttpResult::Error::Refused;
        result.errorString
            = QCoreApplication::translate("Api", "%1: connection refused (is the management plugin running?)")
                  .arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        result.error = HttpResult::Error::HostNotFound;
        result.errorString = QCoreApplication::translate("Api", "%1: host name not found").arg(where);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        result.error = HttpResult::Error::Timeout;
        result.errorString = QCoreApplication::translate("Api", "%1: no answer within %2 s")
                                 .arg(where)
                                 .arg((timedOut                 ? qMax(options.timeoutMs * 6, 60000)
                                              : connectTimedOut ? connectMs
                                                                : options.timeoutMs)
                                     / 1000);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        result.error = HttpResult::Error::Tls;
        result.errorString = QCoreApplication::translate("Api",
            "%1: the TLS certificate could not be verified (a self-signed certificate needs the "
            "profile's \"verify TLS\" switch turned off)")
                                 .arg(where);
        break;
    default:
        result.error = HttpResult::Error::Network;
        result.errorString = QCoreApplication::translate("Api", "%1: %2").arg(where, reply->errorString());
        break;
    }
    return result;
}

} // namespace warren
