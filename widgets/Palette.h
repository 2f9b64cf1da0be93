#pragma once

#include "ModelRoles.h"

#include <QColor>

class QWidget;

namespace warren {

// Every colour Warren draws with, by what it means rather than what it looks like. Each role has a
// light and a dark variant; the dark one is chosen when the application palette's window colour is
// dark (a dark desktop theme, or Fusion with a dark QPalette). Widgets ask at paint or build time,
// so they follow the palette the application has when they are drawn.
class Palette final
{
public:
    Palette() = delete;

    static bool isDark();

    // Tones (ModelRoles.h): text, dots, lines and bars in a tone; the soft fill of a badge in it.
    static QColor toneText(Tone tone); // invalid for Tone::None: use the widget's text colour
    static QColor toneBackground(Tone tone);
    // A status pill ("Healthy", "Stale: …"): stronger text on a soft fill.
    struct Pill
    {
        QColor background;
        QColor text;
    };
    static Pill pill(Tone tone);
    // An inline message banner in a tone: fill, border and the icon's accent.
    struct Banner
    {
        QColor background;
        QColor border;
        QColor accent;
    };
    static Banner banner(Tone tone);
    static QColor bannerText();
    static QColor onAccent(); // a mark drawn on a banner's accent colour
    // A tone's text on its own soft fill (badges in tables).
    static QColor badgeText(Tone tone);

    static QColor text(); // body text painted outside a widget's palette (graph cards)
    static QColor mutedText(); // notes, secondary details
    static QColor headingText(); // section titles
    static QColor warningText(); // an inline warning sentence (not a status)
    static QColor errorText(); // an item that cannot be used (a profile that does not load)
    static QColor codeBackground(); // fingerprints and other verbatim text

    // Graph and charts.
    static QColor graphBackground();
    static QColor focus(); // a selected card's border
    static QColor cardBackground(bool stale);
    static QColor cardBorder(bool stale);
    static QColor separator(); // thin rules inside a card
    static QColor activeRow(); // a server row HAProxy sends traffic to
    static QColor link(bool stale); // cluster links between nodes
    static QColor idleArrow(bool stale); // an arrow to a server that carries no traffic
    static QColor barTrack(); // the empty part of a usage bar
    static QColor barFill(); // a usage bar with no tone
    static QColor chartBackground();
    static QColor chartText(); // titles, tick labels and legends of charts
    static QColor grid();
    static QColor axis();
    static QColor subTick();
    static QColor legendBackground();
    static QColor series(int index); // one colour per chart series, repeating

    // Sets a label's (or any widget's) WindowText colour.
    static void setTextColor(QWidget* widget, const QColor& color);
};

} // namespace warren
