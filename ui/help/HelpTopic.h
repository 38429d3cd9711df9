// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace certpilot {

// Which page of the guide explains a window: the wizard or dialog the user
// is in, found by its class (walking up to its parents), else the index.
struct HelpTopic {
    static QString forWidget(const QWidget* widget);
};

} // namespace certpilot
