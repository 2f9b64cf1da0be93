#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace warren {

// The two host files fix-address edits, as text: /etc/hosts and RabbitMQ's rabbitmq-env.conf.
// Pure functions (unit-tested); the plan writes their result through the standard input of one
// command, never through a shell.
namespace HostFiles {

    // Addresses NAME maps to in a hosts file, in file order (comments and blank lines ignored).
    QStringList addressesOf(const QString& hostsContent, const QString& name);

    // The hosts file with NAME mapped to ADDRESS only: NAME is taken off every other line (a line
    // left with no name goes), and one line "ADDRESS NAME" is added, marked as Warren's. Everything
    // else stays as it was, byte for byte.
    QByteArray withAddress(const QByteArray& hostsContent, const QString& name, const QString& address);

    // NODENAME (or RABBITMQ_NODENAME) set in rabbitmq-env.conf; empty when it is not set.
    QString nodeNameOf(const QString& envConf);

    // rabbitmq-env.conf with NODENAME=NODE as its only node name (other NODENAME lines removed);
    // an empty NODE removes the setting (the node is named after the hostname again).
    QByteArray withNodeName(const QByteArray& envConf, const QString& node);

    QString sha256(const QByteArray& content); // hex, as sha256sum prints it

} // namespace HostFiles

} // namespace warren
