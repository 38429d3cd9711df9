// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "StoreChange.h"
#include "pemdir/StoreProperties.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace certpilot {

class WindowsTrash;

// One StoreChange against the LocalMachine stores, all-or-nothing as far as
// CryptoAPI allows: everything is checked first (ids present, keys matching,
// RSA keys, nothing to overwrite), the trash record is written before any
// removal, then each operation runs in order and records how to undo itself;
// the first failure undoes what was done, newest first. (A crash half-way
// cannot be undone: the system stores have no transactions. Each step is
// committed on its own, so the stores are never damaged, only half-changed.)
class WindowsStoreTransaction {
    Q_DECLARE_TR_FUNCTIONS(WindowsStoreTransaction)
public:
    using PlaceholderLookup = std::function<Result<QString>(const QString& requestId)>;

    WindowsStoreTransaction(WindowsTrash& trash, StoreProperties& properties, PlaceholderLookup placeholderFor);

    Result<void> run(const StoreChange& change);
    // Adds back every item of a trash record, or none.
    Result<void> restore(const QString& trashId);
    // Undoes everything done so far and returns `cause` (with a note when an
    // undo step failed too). For failures after run(), e.g. saving properties.
    Error rollBack(const Error& cause);
    bool propertiesChanged() const { return m_propertiesChanged; }

private:
    struct Undo {
        QString what;
        std::function<Result<void>()> step;
    };
    Result<void> add(const StoreChange::Add& add);
    Result<void> addRequest(const StoreChange::Add& add);
    Result<void> setProperties(const StoreChange::SetProperties& set);

    WindowsTrash& m_trash;
    StoreProperties& m_properties;
    PlaceholderLookup m_placeholderFor;
    std::vector<Undo> m_undo;
    QString m_trashId;
    bool m_propertiesChanged = false;
};

} // namespace certpilot
