// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "ChainVerifier.h"
#include "Result.h"
#include "StoreEntry.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace certpilot {

// An open store as the application sees it: its contents, loaded off the GUI
// thread, and the chain status of every certificate, computed in the
// background and delivered in batches. Lives in the GUI thread; every slow
// step runs in its own pool and reports back through queued calls, so a
// window that is gone gets nothing.
class StoreSession : public QObject {
    Q_OBJECT
public:
    explicit StoreSession(std::shared_ptr<CertificateStore> store, QObject* parent = nullptr);
    ~StoreSession() override;

    CertificateStore& store() { return *m_store; }
    std::shared_ptr<CertificateStore> sharedStore() const { return m_store; }
    const StoreContents& contents() const { return m_contents; }
    bool isLoading() const { return m_loading; }
    bool isVerifying() const { return m_verifying; }
    bool isWritable() const { return m_writable; }

    // The chain result for a certificate, or nullptr while it is being computed.
    const ChainResult* chainResult(const QString& sha1) const;

    // Holds the store's writer lock for this session; on failure the session
    // is read-only and `error` says who holds the store.
    Result<void> lockForWriting();

    void reload();
    // Applies the change in the background, then reloads. `done` runs in the GUI thread.
    void commit(const StoreChange& change, std::function<void(const Result<void>&)> done = {});
    // Runs `work` on the store's thread (serialised with loads and commits), then
    // `done` in the GUI thread.
    void runOnStore(std::function<void(CertificateStore&)> work, std::function<void()> done);

    // Waits for the background work to end (tests, shutdown).
    void waitForIdle();

signals:
    void loadStarted();
    void loadProgress(int done, int total);
    void loaded();
    void loadFailed(const certpilot::Error& error);
    void chainResultsReady(const QStringList& thumbprints);
    void verificationFinished();

private:
    void startVerification();

    std::shared_ptr<CertificateStore> m_store;
    StoreContents m_contents;
    QHash<QString, ChainResult> m_chains;
    QThreadPool m_storeThread;   // one thread: the store sees one call at a time
    QThreadPool m_verifyPool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    bool m_loading = false;
    bool m_verifying = false;
    bool m_writable = true;
};

} // namespace certpilot
