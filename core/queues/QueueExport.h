#pragma once

#include "QueueSnapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace warren {

// The export formats of the queue table and `warrenctl queues`. Scripts rely on these columns
// and keys: change them only with a new format version.
class QueueExport final
{
public:
    // vhost,name,type,home_node,synchronised_nodes,unsynchronised_nodes,messages_ready,
    // messages_unacknowledged,consumers,state
    static QStringList csvColumns();
    // RFC 4180: CRLF line ends, fields with ',', '"', CR or LF quoted, '"' doubled. Node lists
    // are joined with ';' (sorted); unknown counters are empty fields. UTF-8.
    static QByteArray toCsv(const QueueSnapshot& snapshot, const QList<qsizetype>& rows);
    static QByteArray toCsv(const QueueSnapshot& snapshot); // every row
    static QByteArray csvRecord(const QStringList& fields);
    static QString csvField(const QString& field);

    // {"format":"warren-queues/1","taken_at":..,"via":..,"nodes":[..],"down_nodes":[..],
    //  "summary":{..},"queues":[{vhost,name,type,home_node,synchronised_nodes:[..],
    //  unsynchronised_nodes:[..],messages_ready,messages_unacknowledged,consumers,state,policy,
    //  problems:[..]}]}; unknown counters are null.
    static QByteArray toJson(const QueueSnapshot& snapshot, const QList<qsizetype>& rows);

    // Reads RFC 4180 text back into records (CRLF or LF line ends, quoted fields with embedded
    // separators, quotes and line breaks). For round-trip checks and imports.
    static QList<QStringList> parseCsv(const QByteArray& csv, QString* error = nullptr);
};

} // namespace warren
