// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionOpener.h"

#include "StoreSession.h"

namespace certpilot {

Result<OpenedSession> SessionOpener::open(const StoreFactory& factory, const QString& folder)
{
    auto store = factory(folder);
    if (!store)
        return store.error();
    OpenedSession opened;
    opened.session = std::make_unique<StoreSession>(std::move(store).value());
    opened.writeLock = opened.session->lockForWriting();
    return opened;
}

} // namespace certpilot
