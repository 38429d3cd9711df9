// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSession.h"

#include <QMetaObject>

namespace certpilot {

namespace {
constexpr int kVerifyBatch = 256;
}

StoreSession::StoreSession(std::shared_ptr<CertificateStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_storeThread.setMaxThreadCount(1);
    m_storeThread.setExpiryTimeout(-1);
    m_verifyPool.setMaxThreadCount(1);
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
        auto progress = [this, cancel](int done, int total) {
            if (!cancel->load())
                QMetaObject::invokeMethod(this, [this, done, total] { emit loadProgress(done, total); },
                                          Qt::QueuedConnection);
        };
        auto result = store->load(progress, cancel.get());
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
                m_contents = std::move(result).value();
                m_contents.notices = notices + m_contents.notices;
                m_chains.clear();
                emit loaded();
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
    m_verifyPool.start([this, contents, cancel, generation] {
        const auto verifier = ChainVerifier::forStore(contents);
        QList<QPair<QString, ChainResult>> batch;
        auto flush = [&] {
            QMetaObject::invokeMethod(
                this,
                [this, batch, generation] {
                    if (generation != m_generation)
                        return;
                    QStringList ids;
                    for (const auto& [id, result] : batch) {
                        m_chains.insert(id, result);
                        ids << id;
                    }
                    emit chainResultsReady(ids);
                },
                Qt::QueuedConnection);
            batch.clear();
        };
        for (const StoreEntry& e : contents.entries) {
            if (cancel->load())
                return;
            if (e.certificate.isNull())
                continue;
            batch.append({e.certificate.sha1(), verifier->verify(e.certificate)});
            if (batch.size() >= kVerifyBatch)
                flush();
        }
        if (!batch.isEmpty())
            flush();
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation != m_generation)
                    return;
                m_verifying = false;
                emit verificationFinished();
            },
            Qt::QueuedConnection);
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
