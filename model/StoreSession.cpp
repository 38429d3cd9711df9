// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSession.h"

#include "WorkerPriority.h"

#include <QMetaObject>
#include <QThread>

#include <algorithm>
#include <utility>

namespace certpilot {

namespace {
constexpr int kVerifyBatch = 256;
constexpr int kVerifyChunk = 64;   // entries a worker takes at a time
}

StoreSession::StoreSession(std::shared_ptr<CertificateStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_storeThread.setMaxThreadCount(1);
    m_storeThread.setExpiryTimeout(-1);
    m_verifyPool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_writable = m_store->isWritable();
}

StoreSession::~StoreSession()
{
    // Background work posts results to this object: let it finish first.
    m_cancel->store(true);
    waitForIdle();
}

void StoreSession::waitForIdle()
{
    m_storeThread.waitForDone();
    m_verifyPool.waitForDone();
}

const ChainResult* StoreSession::chainResult(const QString& sha1) const
{
    const auto it = m_chains.constFind(sha1);
    return it == m_chains.constEnd() ? nullptr : &*it;
}

Result<void> StoreSession::lockForWriting()
{
    auto locked = m_store->acquireWriteLock();
    m_writable = locked.ok();
    return locked;
}

void StoreSession::reload()
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    m_loading = true;
    emit loadStarted();
    auto store = m_store;
    auto cancel = m_cancel;
    m_storeThread.start([this, store, cancel, generation] {
        lowerWorkerPriority();
        auto progress = [this, cancel](int done, int total) {
            if (!cancel->load())
                QMetaObject::invokeMethod(this, [this, done, total] { emit loadProgress(done, total); },
                                          Qt::QueuedConnection);
        };
        auto result = store->load(progress, cancel.get());
        if (result) {
            for (StoreEntry& e : result->entries)
                e.searchText = e.makeSearchText();
        }
        const QStringList notices = store->takeNotices();
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), notices, generation]() mutable {
                if (generation != m_generation)
                    return;
                m_loading = false;
                if (!result) {
                    emit loadFailed(result.error());
                    return;
                }
                // The previous contents and chain results (10,000 certificates
                // are some 150,000 allocations) are freed on the store thread,
                // after the views let go of them, not on the GUI thread.
                StoreContents previous = std::exchange(m_contents, std::move(result).value());
                QHash<QString, ChainResult> previousChains = std::exchange(m_chains, {});
                m_contents.notices = notices + m_contents.notices;
                emit loaded();
                m_storeThread.start([previous = std::move(previous), previousChains = std::move(previousChains)] {});
                startVerification();
            },
            Qt::QueuedConnection);
    });
}

void StoreSession::startVerification()
{
    m_verifying = true;
    const int generation = m_generation;
    const StoreContents contents = m_contents;
    auto cancel = m_cancel;
    // One verifier shared by a worker per core: X509_verify_cert scales across
    // threads once each CA signature is checked only once (ChainVerifier).
    const int workers = std::max(1, m_verifyPool.maxThreadCount());
    m_verifyPool.start([this, contents, cancel, generation, workers] {
        lowerWorkerPriority();
        std::shared_ptr<const ChainVerifier> verifier = ChainVerifier::forStore(contents);
        auto next = std::make_shared<std::atomic_int>(0);
        auto running = std::make_shared<std::atomic_int>(workers);
        auto work = [this, contents, cancel, generation, verifier, next, running] {
            lowerWorkerPriority();
            QList<QPair<QString, ChainResult>> batch;
            auto flush = [&] {
                QMetaObject::invokeMethod(
                    this,
                    [this, batch, generation] {
                        if (generation != m_generation)
                            return;
                        QStringList ids;
                        ids.reserve(batch.size());
                        for (const auto& [id, result] : batch) {
                            m_chains.insert(id, result);
                            ids << id;
                        }
                        emit chainResultsReady(ids);
                    },
                    Qt::QueuedConnection);
                batch.clear();
            };
            const int total = int(contents.entries.size());
            for (int begin = next->fetch_add(kVerifyChunk); begin < total && !cancel->load();
                 begin = next->fetch_add(kVerifyChunk)) {
                for (int i = begin; i < std::min(total, begin + kVerifyChunk); ++i) {
                    const StoreEntry& e = contents.entries.at(i);
                    if (e.certificate.isNull())
                        continue;
                    batch.append({e.certificate.sha1(), verifier->verify(e.certificate)});
                }
                if (batch.size() >= kVerifyBatch)
                    flush();
            }
            if (!batch.isEmpty() && !cancel->load())
                flush();
            if (running->fetch_sub(1) != 1 || cancel->load())
                return;
            // The last worker to finish reports the end.
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation != m_generation)
                        return;
                    m_verifying = false;
                    emit verificationFinished();
                },
                Qt::QueuedConnection);
        };
        for (int i = 1; i < workers; ++i)
            m_verifyPool.start(work);
        work();
    });
}

void StoreSession::commit(const StoreChange& change, std::function<void(const Result<void>&)> done)
{
    auto store = m_store;
    m_storeThread.start([this, store, change, done = std::move(done)] {
        auto result = store->commit(change);
        QMetaObject::invokeMethod(
            this,
            [this, result, done] {
                if (done)
                    done(result);
                if (result)
                    reload();
            },
            Qt::QueuedConnection);
    });
}

void StoreSession::runOnStore(std::function<void(CertificateStore&)> work, std::function<void()> done)
{
    auto store = m_store;
    m_storeThread.start([this, store, work = std::move(work), done = std::move(done)] {
        work(*store);
        QMetaObject::invokeMethod(this, [done] { if (done) done(); }, Qt::QueuedConnection);
    });
}

} // namespace certpilot
