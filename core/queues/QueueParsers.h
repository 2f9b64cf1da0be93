#pragma once

#include "QueueInfo.h"
#include "parse/ParseError.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>

namespace warren {

// GET /api/queues (unpaged array, or a paged {"items": [...]} object) with or without columns=.
// A hand-written single-pass reader, no DOM: at 100k queues the body is tens of MB and a
// QJsonDocument would hold several copies of it. Node, vhost, state and policy strings are
// shared between rows. Reads name, vhost, type, node, slave_nodes, synchronised_slave_nodes,
// leader, members, online, messages_ready, messages_unacknowledged, consumers, state, policy,
// effective_policy_definition (ha-mode), arguments (x-queue-type); skips everything else.
Parsed<QList<QueueInfo>> parseApiQueues(QByteArrayView json);

// The info items Warren asks `rabbitmqctl list_queues` for on 3.8+ (tab-separated output).
QStringList listQueuesColumns();
// Those an old broker (2.x–3.7) knows.
QStringList legacyListQueuesColumns();

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

// `<rabbit@rabbit1.1795666913.1342.0>` -> "rabbit@rabbit1"; host names may hold dots.
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

// GET /api/policies: (vhost, policy name) of every policy whose definition sets ha-mode.
Parsed<QSet<QueueKey>> parseApiHaPolicies(QByteArrayView json);
// A listing without statistics (disable_stats=true) names each queue's policy but not its
// definition: marks the queues under an HA policy (a classic one becomes "mirrored" even without
// mirrors, as with statistics).
void applyHaPolicies(QList<QueueInfo>& queues, const QSet<QueueKey>& haPolicies);

} // namespace warren
