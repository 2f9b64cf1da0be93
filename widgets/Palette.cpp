#include "Palette.h"

#include <QGuiApplication>
#include <QPalette>
#include <QWidget>

#include <iterator>

namespace warren {

namespace {

    QColor pick(QRgb light, QRgb dark)
    {
        return QColor(Palette::isDark() ? dark : light);
    }

} // namespace

bool Palette::isDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor Palette::toneText(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return pick(0x1e8e3e, 0x5cc27d);
    case Tone::Warning:
        return pick(0xb06d00, 0xe6a83e);
    case Tone::Bad:
        return pick(0xc62828, 0xf27474);
    case Tone::Neutral:
        return pick(0x2b5c8a, 0x8ab8e6);
    case Tone::Accent:
        return pick(0x7b3fa8, 0xc6a0ea);
    case Tone::Muted:
        return pick(0x80868b, 0x9ba1a7);
    case Tone::None:
        break;
    }
    return {};
}

QColor Palette::toneBackground(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return pick(0xe3f4e6, 0x1e3b28);
    case Tone::Warning:
        return pick(0xffe8b3, 0x463816);
    case Tone::Bad:
        return pick(0xfbe0e0, 0x4a2426);
    case Tone::Neutral:
        return pick(0xdde8f4, 0x1f3448);
    case Tone::Accent:
        return pick(0xeee2f7, 0x382a4a);
    case Tone::Muted:
    case Tone::None:
        break;
    }
    return pick(0xeceef0, 0x34383d);
}

Palette::Pill Palette::pill(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return { pick(0xdcf2e1, 0x1e3b28), pick(0x1a6b34, 0x7fd69b) };
    case Tone::Warning:
        return { pick(0xffedc2, 0x463816), pick(0x8a5300, 0xf0bd5e) };
    case Tone::Bad:
        return { pick(0xfbdada, 0x4a2426), pick(0xa31b1b, 0xff9090) };
    default:
        break;
    }
    return { pick(0xeceef0, 0x34383d), pick(0x57606a, 0xc0c6cc) };
}

Palette::Banner Palette::banner(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return { pick(0xe7f5ea, 0x1c3524), pick(0x8fc99d, 0x3d7a4d), pick(0x2e7d32, 0x5cc27d) };
    case Tone::Warning:
        return { pick(0xfff6dd, 0x3d3115), pick(0xe6b64c, 0x8a6a24), pick(0xb26a00, 0xe6a83e) };
    case Tone::Bad:
        return { pick(0xfdecec, 0x412022), pick(0xe39b9b, 0x8a3c3e), pick(0xc62828, 0xf27474) };
    default:
        break;
    }
    return { pick(0xe9f2fc, 0x1c2e42), pick(0x9dc1e9, 0x3e6890), pick(0x1f6fc5, 0x72aef0) };
}

QColor Palette::bannerText()
{
    return pick(0x1f2328, 0xe6edf3);
}

QColor Palette::onAccent()
{
    return pick(0xffffff, 0x1a1d21);
}

QColor Palette::badgeText(Tone tone)
{
    const QColor c = toneText(tone == Tone::None ? Tone::Muted : tone);
    return isDark() ? c.lighter(115) : c.darker(115);
}

QColor Palette::text()
{
    return pick(0x24292f, 0xe6edf3);
}

QColor Palette::mutedText()
{
    return pick(0x57606a, 0xa3abb4);
}

QColor Palette::headingText()
{
    return pick(0x3d4b5c, 0xb8c4d2);
}

QColor Palette::warningText()
{
    return pick(0x9a5b00, 0xe6a83e);
}

QColor Palette::errorText()
{
    return pick(0xc62828, 0xf27474);
}

QColor Palette::codeBackground()
{
    return pick(0xf6f8fa, 0x2b2f34);
}

QColor Palette::graphBackground()
{
    return pick(0xf6f7f9, 0x202326);
}

QColor Palette::focus()
{
    return pick(0x1f6fd1, 0x5b9cf0);
}

QColor Palette::cardBackground(bool stale)
{
    return stale ? pick(0xf1f2f3, 0x2a2c2f) : pick(0xffffff, 0x2f3338);
}

QColor Palette::cardBorder(bool stale)
{
    return stale ? pick(0xb8bcc0, 0x4a4e53) : pick(0xc3cbd3, 0x555c64);
}

QColor Palette::separator()
{
    return pick(0xe1e4e8, 0x41464c);
}

QColor Palette::activeRow()
{
    return pick(0xf0f9f2, 0x233a2b);
}

QColor Palette::link(bool stale)
{
    return stale ? pick(0xc8ccd0, 0x50555b) : pick(0x7f9cbd, 0x7f9cbd);
}

QColor Palette::idleArrow(bool stale)
{
    return stale ? pick(0xc8ccd0, 0x50555b) : pick(0x9aa3ad, 0x7d858e);
}

QColor Palette::barTrack()
{
    return pick(0xe4e7ea, 0x3e4349);
}

QColor Palette::barFill()
{
    return pick(0x5b8dc9, 0x6e9fd8);
}

QColor Palette::chartBackground()
{
    return pick(0xffffff, 0x25282c);
}

QColor Palette::chartText()
{
    return pick(0x000000, 0xe6edf3);
}

QColor Palette::grid()
{
    return pick(0xe4e7ea, 0x3a3e43);
}

QColor Palette::axis()
{
    return pick(0x9aa3ad, 0x8a929b);
}

QColor Palette::subTick()
{
    return pick(0xc3cbd3, 0x5a6169);
}

QColor Palette::legendBackground()
{
    QColor c = pick(0xffffff, 0x2a2d31);
    c.setAlpha(210);
    return c;
}

QColor Palette::series(int index)
{
    static const QRgb light[] = { 0x1f6fd1, 0xd95f0e, 0x2c9c4a, 0x8e44ad, 0xc62828, 0x008b8b };
    static const QRgb dark[] = { 0x5b9cf0, 0xf08a3e, 0x5cc27d, 0xb883d6, 0xf27474, 0x3cc4c4 };
    const int i = ((index % int(std::size(light))) + int(std::size(light))) % int(std::size(light));
    return QColor(isDark() ? dark[i] : light[i]);
}

void Palette::setTextColor(QWidget* widget, const QColor& color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}

} // namespace warren
