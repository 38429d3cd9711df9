// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "StoreEntry.h"

#include <QCoreApplication>
#include <QString>

namespace certpilot::cli {

class EntryLookup {
    Q_DECLARE_TR_FUNCTIONS(EntryLookup)
public:
    // Finds an entry by SHA-1 thumbprint or request id: case, colons and spaces
    // do not matter; a unique prefix of 8 or more digits is enough.
    static Result<StoreEntry> find(const StoreContents& contents, const QString& thumbprint);
    static QString normalise(const QString& thumbprint);
};

} // namespace certpilot::cli
