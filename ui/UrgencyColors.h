// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpiryThresholds.h"

#include <QColor>
#include <QPalette>

namespace certpilot {

// Text colours for how soon a certificate expires: red (expired, under 7
// days), orange (under 30), amber (under 60). Each has a light-theme and a
// dark-theme shade, picked from the palette in use, so the text stays readable.
class UrgencyColors {
public:
    // Invalid for Urgency::None: keep the palette's text colour.
    static QColor text(Urgency urgency, const QPalette& palette);
    static bool isDark(const QPalette& palette);
};

} // namespace certpilot
