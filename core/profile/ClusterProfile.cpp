#include "ClusterProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace warren {

namespace {
    const QString kFormat = QStringLiteral("warren-cluster-profile/1");

    HostProfile hostFromJson(const QJsonObject& o)
    {
        HostProfile h;
        h.name = o.value(QStringLiteral("name")).toString().trimmed();
        h.address = o.value(QStringLiteral("address")).toString().trimmed();
        h.node = o.value(QStringLiteral("node")).toString().trimmed();
        const QString api = o.value(QStringLiteral("apiUrl")).toString().trimmed();
        if (!api.isEmpty())
            h.apiUrl = QUrl(api);
        for (const auto& r : o.value(QStringLiteral("roles")).toArray())
            h.roles << r.toString();
        h.sshPort = o.value(QStringLiteral("sshPort")).toInt(0);
        return h;
    }

    // Optional fields are written only when set: a saved profile holds what was chosen, not defaults.
    void insertIfSet(QJsonObject& o, const QString& key, const QString& value)
    {
        if (!value.isEmpty())
            o.insert(key, value);
    }

    void insertIfSet(QJsonObject& o, const QString& key, const QUrl& url)
    {
        if (url.isValid())
            o.insert(key, url.toString());
    }

    void insertIfSet(QJsonObject& o, const QString& key, const QStringList& list)
    {
        if (!list.isEmpty())
            o.insert(key, QJsonArray::fromStringList(list));
    }

    QJsonObject hostToJson(const HostProfile& h)
    {
        QJsonObject o;
        o.insert(QStringLiteral("name"), h.name);
        o.insert(QStringLiteral("address"), h.address);
        insertIfSet(o, QStringLiteral("node"), h.node);
        insertIfSet(o, QStringLiteral("apiUrl"), h.apiUrl);
        insertIfSet(o, QStringLiteral("roles"), h.roles);
        if (h.sshPort > 0)
            o.insert(QStringLiteral("sshPort"), h.sshPort);
        return o;
    }

    // Host names end up in commands and node names: refuse what no real host is called, so a hostile
    // profile is stopped at the door (quoting still protects every command built later).
    bool plausibleHostName(const QString& s)
    {
        if (s.isEmpty() || s.size() > 253 || s.startsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : s) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_')
                    || c == QLatin1Char(':')))
                return false;
        }
        return true;
    }

    bool plausibleNodeName(const QString& s)
    {
        const int at = int(s.indexOf(QLatin1Char('@')));
        if (at <= 0 || at == s.size() - 1 || s.indexOf(QLatin1Char('@'), at + 1) >= 0 || s.startsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : s) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_')
                    || c == QLatin1Char('@')))
                return false;
        }
        return plausibleHostName(s.mid(at + 1));
    }

    // A path on a host: absolute, no control characters; socat paths also without ',' '!' (socat
    // reads address options after them).
    bool plausibleRemotePath(const QString& s, bool forSocat)
    {
        if (!s.startsWith(QLatin1Char('/')))
            return false;
        for (const QChar c : s) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f
                || (forSocat && (c == QLatin1Char(',') || c == QLatin1Char('!'))))
                return false;
        }
        return true;
    }
} // namespace

bool isPlausibleNodeName(const QString& name)
{
    return plausibleNodeName(name);
}

QList<HostProfile> ClusterProfile::rabbitHosts() const
{
    QList<HostProfile> out;
    for (const auto& h : hosts) {
        if (h.isRabbit())
            out << h;
    }
    return out;
}

const HostProfile* ClusterProfile::host(const QString& hostName) const
{
    for (const auto* list : { &hosts, &spare }) {
        for (const auto& h : *list) {
            if (h.name == hostName)
                return &h;
        }
    }
    return nullptr;
}

QString ClusterProfile::secretKey() const
{
    return QStringLiteral("api-password/%1/%2").arg(name, api.user);
}

QJsonObject ClusterProfile::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("name"), name);
    QJsonObject s;
    s.insert(QStringLiteral("user"), ssh.user);
    s.insert(QStringLiteral("port"), ssh.port);
    insertIfSet(s, QStringLiteral("keyFile"), ssh.keyFile);
    insertIfSet(s, QStringLiteral("knownHosts"), ssh.knownHosts);
    s.insert(QStringLiteral("sudo"), ssh.sudo);
    s.insert(QStringLiteral("timeoutMs"), ssh.timeoutMs);
    root.insert(QStringLiteral("ssh"), s);
    QJsonObject a;
    a.insert(QStringLiteral("user"), api.user);
    insertIfSet(a, QStringLiteral("passwordFile"), api.passwordFile);
    a.insert(QStringLiteral("verifyTls"), api.verifyTls);
    a.insert(QStringLiteral("timeoutMs"), api.timeoutMs);
    root.insert(QStringLiteral("api"), a);
    root.insert(QStringLiteral("service"), QJsonObject { { QStringLiteral("kind"), serviceKind } });
    QJsonArray hs;
    for (const auto& h : hosts)
        hs.append(hostToJson(h));
    root.insert(QStringLiteral("hosts"), hs);
    if (!spare.isEmpty()) {
        QJsonArray sp;
        for (const auto& h : spare)
            sp.append(hostToJson(h));
        root.insert(QStringLiteral("spare"), sp);
    }
    if (!haproxy.host.isEmpty() || haproxy.statsUrl.isValid()) {
        QJsonObject hp;
        hp.insert(QStringLiteral("host"), haproxy.host);
        insertIfSet(hp, QStringLiteral("statsSocket"), haproxy.statsSocket);
        insertIfSet(hp, QStringLiteral("statsUrl"), haproxy.statsUrl);
        insertIfSet(hp, QStringLiteral("configPath"), haproxy.configPath);
        if (haproxy.amqpPort != 5672)
            hp.insert(QStringLiteral("amqpPort"), haproxy.amqpPort);
        insertIfSet(hp, QStringLiteral("reload"), haproxy.reload);
        root.insert(QStringLiteral("haproxy"), hp);
    }
    return root;
}

Parsed<ClusterProfile> ClusterProfile::fromJson(const QByteArray& json)
{
    QJsonParseError pe;
    const auto doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const auto text = QString::fromUtf8(json);
        const auto [line, col] = lineColumnAt(text, text.left(pe.offset).size());
        return ParseError {
            QCoreApplication::translate("Profile", "the profile is not valid JSON: %1").arg(pe.errorString()), line, col
        };
    }
    if (!doc.isObject())
        return ParseError { QCoreApplication::translate("Profile", "the profile must be a JSON object"), 1, 1 };
    const auto root = doc.object();
    const auto format = root.value(QStringLiteral("format")).toString();
    if (!format.isEmpty() && format != kFormat)
        return ParseError { QCoreApplication::translate("Profile", "unsupported profile format \"%1\" (expected %2)")
                                .arg(format, kFormat) };

    ClusterProfile p;
    p.name = root.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        return ParseError { QCoreApplication::translate("Profile", "the profile has no cluster name") };
    const auto s = root.value(QStringLiteral("ssh")).toObject();
    p.ssh.user = s.value(QStringLiteral("user")).toString();
    p.ssh.port = s.value(QStringLiteral("port")).toInt(22);
    p.ssh.keyFile = s.value(QStringLiteral("keyFile")).toString();
    p.ssh.knownHosts = s.value(QStringLiteral("knownHosts")).toString();
    p.ssh.sudo = s.value(QStringLiteral("sudo")).toBool(false);
    p.ssh.timeoutMs = s.value(QStringLiteral("timeoutMs")).toInt(10000);
    const auto a = root.value(QStringLiteral("api")).toObject();
    if (a.contains(QStringLiteral("password")))
        return ParseError { QCoreApplication::translate("Profile",
            "the profile contains a plain-text API password; remove it (Warren keeps passwords "
            "in the keyring or asks for them)") };
    p.api.user = a.value(QStringLiteral("user")).toString();
    p.api.passwordFile = a.value(QStringLiteral("passwordFile")).toString();
    p.api.verifyTls = a.value(QStringLiteral("verifyTls")).toBool(true);
    p.api.timeoutMs = a.value(QStringLiteral("timeoutMs")).toInt(10000);
    p.serviceKind = root.value(QStringLiteral("service"))
                        .toObject()
                        .value(QStringLiteral("kind"))
                        .toString(QStringLiteral("systemd"));
    for (const auto* key : { "hosts", "spare" }) {
        auto& list = qstrcmp(key, "hosts") == 0 ? p.hosts : p.spare;
        for (const auto& v : root.value(QLatin1String(key)).toArray()) {
            auto h = hostFromJson(v.toObject());
            if (!plausibleHostName(h.name))
                return ParseError {
                    QCoreApplication::translate("Profile", "host name \"%1\" is not a valid host name").arg(h.name)
                };
            if (h.address.isEmpty())
                h.address = h.name;
            if (!plausibleHostName(h.address))
                return ParseError { QCoreApplication::translate(
                    "Profile", "address \"%1\" of host %2 is not a valid address")
                                        .arg(h.address, h.name) };
            if (!h.node.isEmpty() && !plausibleNodeName(h.node))
                return ParseError { QCoreApplication::translate(
                    "Profile", "node name \"%1\" of host %2 is not a RabbitMQ node name (NAME@HOST)")
                                        .arg(h.node, h.name) };
            list << h;
        }
    }
    if (p.hosts.isEmpty())
        return ParseError { QCoreApplication::translate("Profile", "the profile lists no hosts") };
    const auto hp = root.value(QStringLiteral("haproxy")).toObject();
    p.haproxy.host = hp.value(QStringLiteral("host")).toString();
    p.haproxy.statsSocket = hp.value(QStringLiteral("statsSocket")).toString();
    const auto statsUrl = hp.value(QStringLiteral("statsUrl")).toString();
    if (!statsUrl.isEmpty())
        p.haproxy.statsUrl = QUrl(statsUrl);
    p.haproxy.configPath = hp.value(QStringLiteral("configPath")).toString();
    p.haproxy.amqpPort = hp.value(QStringLiteral("amqpPort")).toInt(5672);
    if (p.haproxy.amqpPort < 1 || p.haproxy.amqpPort > 65535)
        return ParseError { QCoreApplication::translate("Profile", "haproxy.amqpPort %1 is not a TCP port")
                                .arg(hp.value(QStringLiteral("amqpPort")).toVariant().toString()) };
    if (!p.haproxy.statsSocket.isEmpty() && !plausibleRemotePath(p.haproxy.statsSocket, true))
        return ParseError { QCoreApplication::translate(
            "Profile", "haproxy.statsSocket \"%1\" must be an absolute path without ',' or '!'")
                                .arg(p.haproxy.statsSocket) };
    if (!p.haproxy.configPath.isEmpty() && !plausibleRemotePath(p.haproxy.configPath, false))
        return ParseError { QCoreApplication::translate("Profile", "haproxy.configPath \"%1\" must be an absolute path")
                                .arg(p.haproxy.configPath) };
    if (hp.contains(QStringLiteral("reload"))) {
        const auto reload = hp.value(QStringLiteral("reload"));
        if (!reload.isArray())
            return ParseError { QCoreApplication::translate(
                "Profile", "haproxy.reload must be a list of strings (program and arguments)") };
        for (const auto& v : reload.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return ParseError { QCoreApplication::translate(
                    "Profile", "haproxy.reload must be a list of strings (program and arguments)") };
            p.haproxy.reload << v.toString();
        }
    }
    return p;
}

Parsed<ClusterProfile> ClusterProfile::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ParseError { QCoreApplication::translate("Profile", "cannot read profile %1: %2")
                                .arg(QDir::toNativeSeparators(path), f.errorString()) };
    if (f.size() > 4 * 1024 * 1024)
        return ParseError {
            QCoreApplication::translate("Profile", "profile %1 is too large").arg(QDir::toNativeSeparators(path))
        };
    auto parsed = fromJson(f.readAll());
    if (parsed.ok())
        parsed.value().filePath = QFileInfo(path).absoluteFilePath();
    return parsed;
}

bool ClusterProfile::save(const QString& path, QString* error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Profile", "cannot write profile %1: %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error)
            *error = QCoreApplication::translate("Profile", "cannot write profile %1: %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

} // namespace warren
