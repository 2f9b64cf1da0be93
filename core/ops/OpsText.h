#pragma once

#include <QCoreApplication>

namespace warren {

// The translation context "Ops" for the operation engine's free functions and plain structs:
// Ops::tr("...") is what lupdate extracts.
class Ops
{
    Q_DECLARE_TR_FUNCTIONS(Ops)
};

} // namespace warren
