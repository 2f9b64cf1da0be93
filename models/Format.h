#pragma once

#include <QCoreApplication>
#include <QString>

namespace warren {

// Display formatting shared by the GUI models. Units are the technical ones admins read in
// RabbitMQ's own UI (MiB, GiB); durations are translated.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    Format() = delete;

    static QString bytes(qint64 bytes); // "1.6 GiB"; empty-ish dash when unknown (< 0)
    static QString count(qint64 value); // "1,048,576"; dash when unknown
    static QString compactCount(qint64 value); // "65,536", "944K", "1.05M": for limits in narrow columns
    static QString usage(qint64 used, qint64 total); // "35 / 1.05M"
    static QString duration(qint64 seconds); // "3 d 4 h", "5 min 2 s" (translated)
    static QString percent(double fraction); // "31%"
    static QString unknown(); // the placeholder for a value no source reported
};

} // namespace warren
