#pragma once

#include "QueueInfo.h"
#include "ops/RabbitVersion.h"
#include "parse/ParseError.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>

namespace warren {

// The info items Warren asks `rabbitmqctl list_queues` for on 3.8+ (tab-separated output).
QStringList listQueuesColumns();
// Those an old broker (2.x–3.7) knows.
QStringList legacyListQueuesColumns();
// RabbitMQ 4.x: classic mirroring is gone and list_queues refuses slave_pids and
// synchronised_slave_pids; arguments carry a quorum queue's x-quorum-initial-group-size.
QStringList listQueuesColumns4x();
// The columns for a broker of this version (unknown: the 3.8+ set).
QStringList listQueuesColumnsFor(const RabbitVersion& version);

// `rabbitmqctl list_queues [-p VHOST] COLUMNS...` output, tab-separated, for one vhost: with or
// without -q / --no-table-headers ("Timeout: ...", "Listing queues ...", the header row and the
// legacy "...done." are skipped), CRLF line ends, ANSI escapes. Node names come from pids
// (<rabbit@host.1.2.3>). A name holding tabs is recognised by the column count; one holding a
// line break by a row that is too short. Rows from legacy brokers that lost their tabs (the 2012
// guide's listing: a name and trailing blanks) are read as name plus bracketed lists.
// haPolicies: names of policies with ha-mode in this vhost (from list_policies), so a classic
// queue under one is "mirrored" even without mirrors.
Parsed<QList<QueueInfo>> parseListQueues(
    const QByteArray& output, const QStringList& columns, const QString& vhost, const QSet<QString>& haPolicies = {});

// `<rabbit@rabbit1.1795666913.1342.0>` -> "rabbit@rabbit1"; host names may hold dots. A quorum
// queue's Ra server id `{'%2F_qq',rabbit@rabbit5}` -> "rabbit@rabbit5".
QString nodeOfPid(QStringView pid);
// `[<a.1.2.3>, <b.1.2.3>]` or `[rabbit@a, rabbit@b]` -> node names; empty text -> empty list.
QStringList nodesOfList(QStringView list);

// `rabbitmqctl list_policies -q --no-table-headers` (vhost, name, pattern, apply-to, definition,
// priority): the names of policies whose definition sets ha-mode.
QSet<QString> haPolicyNames(const QByteArray& output);

// `rabbitmqctl -q list_vhosts name` output: the vhost names, in order, each once. Skipped: the
// header "name" that -q still prints on 3.7+, legacy "Listing vhosts ..." / "...done." lines,
// empty lines; CR of CRLF line ends is dropped. (A vhost literally named "name" is therefore
// missed over SSH; the API lists it.)
QStringList parseListVhosts(const QByteArray& output);

} // namespace warren
