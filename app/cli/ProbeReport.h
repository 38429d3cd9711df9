// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/ProbeAnalysis.h"
#include "binding/ProbeResult.h"

#include <QJsonObject>
#include <QTextStream>

namespace certpilot::cli {

// The text and JSON forms of a live-endpoint check, shared by `probe` and `bind`.
void printProbe(QTextStream& out, const ProbeResult& probe, const ProbeAnalysis& analysis);
QJsonObject probeJson(const ProbeResult& probe, const ProbeAnalysis& analysis);

} // namespace certpilot::cli
