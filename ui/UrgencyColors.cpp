// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrgencyColors.h"

namespace certpilot {

bool UrgencyColors::isDark(const QPalette& palette) { return palette.color(QPalette::Base).lightnessF() < 0.5; }

QColor UrgencyColors::text(Urgency urgency, const QPalette& palette)
{
    const bool dark = isDark(palette);
    // Shades checked for at least 4.5:1 contrast on white and on #202020.
    switch (urgency) {
    case Urgency::Expired:
    case Urgency::Critical:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    case Urgency::Warning:
        return dark ? QColor(0xff, 0xa6, 0x57) : QColor(0xb3, 0x4a, 0x00);
    case Urgency::Notice:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x65, 0x00);
    case Urgency::None:
        break;
    }
    return {};
}

} // namespace certpilot
