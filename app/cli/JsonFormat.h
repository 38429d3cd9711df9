// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChainVerifier.h"
#include "StoreEntry.h"

#include <QJsonObject>

namespace certpilot::cli {

QJsonObject certificateJson(const Certificate& cert);
QJsonObject entryJson(const StoreEntry& entry);
QJsonObject chainJson(const ChainResult& chain);
QString statusId(ChainStatus status);   // "ok", "expired", "issuer-missing", ...

} // namespace certpilot::cli
