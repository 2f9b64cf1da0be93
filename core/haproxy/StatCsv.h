#pragma once

#include "model/ClusterSnapshot.h"
#include "parse/ParseError.h"

#include <QByteArray>

namespace warren {

// HAProxy `show stat` output (Runtime API) or the stats page's ";csv" export: both start with
// "# pxname,svname,..." and name their columns, so columns are found by header, not position.
// Returns the server rows (not FRONTEND/BACKEND).
Parsed<QList<HaproxyServer>> parseHaproxyStatCsv(const QByteArray& csv);

} // namespace warren
