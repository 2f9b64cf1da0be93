#pragma once

#include <Qt>

namespace warren {

// Roles shared by Warren's item models and the delegate that paints them. Display text is for
// people; RawValueRole is what sorting compares (bytes, milliseconds, booleans), so a column
// sorts the same in every language.
enum ModelRole {
    RawValueRole = Qt::UserRole + 1,
    ToneRole, // int(Tone): how the cell's state should be coloured
    BadgeRole, // bool: paint the display text as a small badge
    FractionRole, // double 0..1: usage bar under the text (memory, disk); invalid when unknown
    IndicatorRole, // bool: paint a state dot before the text
    KeyRole, // QString: the stable key of the row (node name, proxy/server)
    MarkerRole, // int(Marker): a shape before the text, in the cell's tone (queue roles per node)
    HighlightToneRole, // int(Tone): background of a row that just changed
    HighlightFadeRole, // double 0..1: how strong that background still is
};

// Shapes that tell states apart without relying on colour alone.
enum class Marker { None, Dot, Ring, Target, HalfDot };

// Semantic colours; the view decides the actual palette.
enum class Tone { None, Good, Warning, Bad, Neutral, Accent, Muted };

} // namespace warren
