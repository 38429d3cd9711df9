// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace certpilot {

// The store's writer lock (QLockFile): one program at a time may change a store.
// Readers never take it.
class StoreLock {
    Q_DECLARE_TR_FUNCTIONS(StoreLock)
public:
    explicit StoreLock(const QString& path);
    ~StoreLock();

    bool isHeld() const { return m_lock && m_lock->isLocked(); }
    // Waits up to `timeoutMs`. On success, `notice` says whether a leftover
    // lock of a program that is gone was removed.
    Result<void> acquire(int timeoutMs, QString* notice = nullptr);
    void release();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace certpilot
