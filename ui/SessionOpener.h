// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "Result.h"

#include <functional>
#include <memory>

namespace certpilot {

class StoreSession;

// Opens the store backend for a folder. app/ supplies it (PemDirStore today),
// because ui/ never includes platform/ code.
using StoreFactory = std::function<Result<std::shared_ptr<CertificateStore>>(const QString& folder)>;

struct OpenedSession {
    std::unique_ptr<StoreSession> session;
    // Why the session is read-only, when it is: quoted in the window's banner.
    Result<void> writeLock;
};

class SessionOpener {
public:
    // Opens the store and takes its writer lock; a store that another program
    // holds still opens, read-only. Does not start loading.
    static Result<OpenedSession> open(const StoreFactory& factory, const QString& folder);
};

} // namespace certpilot
