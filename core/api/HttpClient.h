#pragma once

#include "util/Cancel.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace warren {

struct HttpRequestOptions
{
    QString user;
    QString password; // never logged
    bool verifyTls = true;
    int timeoutMs = 10000; // without a byte in either direction (a slow answer may take long)
    // Until the request is out (TCP and TLS handshakes): a host whose link is cut must not hold a
    // request for a long transfer timeout. The smaller of the two applies.
    int connectTimeoutMs = 10000;
};

struct HttpResult
{
    enum class Error {
        None,
        Refused,
        HostNotFound,
        Timeout,
        Unauthorized,
        Forbidden,
        NotFound,
        Tls,
        Server,
        Network,
        Cancelled
    };
    Error error = Error::None;
    int httpStatus = 0;
    QByteArray body; // the answer; for HTTP 5xx errors too (a health check's reason)
    QString errorString; // translated, one line
    bool ok() const { return error == Error::None; }
};

// A blocking GET for worker threads: it runs its own event loop with a QNetworkAccessManager
// owned by the calling thread. Never call it on the GUI thread.
HttpResult httpGet(const QUrl& url, const HttpRequestOptions& options, const CancelToken& cancel = {});

} // namespace warren
