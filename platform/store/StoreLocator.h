// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "Result.h"

#include <QCoreApplication>

#include <memory>

namespace certpilot {

// Opens the store a location names: a PEM-directory store in a folder, or,
// for windowsStores() ("windows:"), the computer's Windows certificate stores
// (WindowsCertificateStore). What the GUI and the CLI open with --store, and
// by default (defaultStorePath()).
class StoreLocator {
    Q_DECLARE_TR_FUNCTIONS(StoreLocator)
public:
    static Result<std::unique_ptr<CertificateStore>> open(const QString& location);
};

} // namespace certpilot
