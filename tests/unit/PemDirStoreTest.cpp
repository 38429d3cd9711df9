// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsrBuilder.h"
#include "Permissions.h"
#include "TestPki.h"
#include "pemdir/PemDirTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class PemDirStoreTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    StoreContents load(CertificateStore& store)
    {
        auto c = store.load();
        EXPECT_TRUE(c.ok());
        return c.ok() ? *c : StoreContents();
    }
    void addChain(CertificateStore& store)
    {
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, s_pki->root.cert)
            .addCertificate(StoreKind::Intermediate, s_pki->intermediates[0].cert)
            .addCertificateWithKey(StoreKind::Personal, s_pki->leaf.cert, s_pki->leaf.key, QStringLiteral("Web"));
        auto r = store.commit(change);
        ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
    }
    QString personalFile(const TempStore& t, const Certificate& c, const char* suffix)
    {
        return t.path() + QStringLiteral("/personal/") + c.sha1() + QLatin1String(suffix);
    }
};
Hierarchy* PemDirStoreTest::s_pki = nullptr;

TEST_F(PemDirStoreTest, CreatesLayoutAndRefusesForeignFolders)
{
    TempStore t;
    for (const char* sub : {"personal", "root", "intermediate", "requests"})
        EXPECT_TRUE(QFileInfo(t.path() + QLatin1Char('/') + QLatin1String(sub)).isDir()) << sub;
    EXPECT_TRUE(QFileInfo::exists(t.path() + QStringLiteral("/certpilot-store.json")));

    QTemporaryDir other;
    writeFile(other.filePath("notes.txt"), "mine");
    auto refused = PemDirStore::open(other.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("not a CertPilot store")));
    EXPECT_EQ(PemDirStore::open(other.filePath("notes.txt")).error().kind, ErrorKind::InvalidInput);

    writeFile(t.path() + QStringLiteral("/certpilot-store.json"), "{garbage");
    EXPECT_EQ(PemDirStore::open(t.path()).error().kind, ErrorKind::Corrupt);
    writeFile(t.path() + QStringLiteral("/certpilot-store.json"), R"({"format":"certpilot-pemdir","version":9})");
    EXPECT_EQ(PemDirStore::open(t.path()).error().kind, ErrorKind::Unsupported);
}

// A file copied into the store by hand has no date in properties.json: it
// is dated by when the file was made (its modification time where the file
// system keeps no birth time), on a cold and on a warm load.
TEST_F(PemDirStoreTest, AFileCopiedInByHandIsDatedByItsFile)
{
    TempStore t;
    const QString path = t.path() + QStringLiteral("/root/copied.pem");
    writeFile(path, s_pki->root.cert.toPem());
    const QFileInfo file(path);
    const QDateTime made = (file.birthTime().isValid() ? file.birthTime() : file.lastModified()).toUTC();
    for (int pass = 0; pass < 2; ++pass) {
        const StoreContents c = load(*t.store);
        const StoreEntry* root = c.find(StoreKind::TrustedRoot, s_pki->root.cert.sha1());
        ASSERT_NE(root, nullptr);
        EXPECT_EQ(root->added, made) << "pass " << pass;
    }
}

TEST_F(PemDirStoreTest, AddsAndListsWithKeysAndFriendlyNames)
{
    TempStore t;
    const mode_t old = ::umask(0);
    addChain(*t.store);
    ::umask(old);
    const StoreContents c = load(*t.store);
    ASSERT_EQ(c.entries.size(), 3);
    EXPECT_EQ(c.count(StoreKind::Personal), 1);
    EXPECT_EQ(c.count(StoreKind::TrustedRoot), 1);
    EXPECT_EQ(c.count(StoreKind::Intermediate), 1);
    const StoreEntry* leaf = c.find(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_NE(leaf, nullptr);
    EXPECT_TRUE(leaf->hasPrivateKey);
    EXPECT_EQ(leaf->friendlyName, QStringLiteral("Web"));
    EXPECT_TRUE(leaf->added.isValid());
    EXPECT_FALSE(c.find(StoreKind::TrustedRoot, s_pki->root.cert.sha1())->hasPrivateKey);

    // The key file: owner-only even with umask 0, and it is the right key.
    const QString keyPath = personalFile(t, s_pki->leaf.cert, ".key");
    struct stat st{};
    ASSERT_EQ(::stat(QFile::encodeName(keyPath).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    auto key = t.store->privateKey(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_TRUE(key.ok());
    EXPECT_TRUE(key->matches(s_pki->leaf.cert));
    EXPECT_EQ(t.store->privateKey(StoreKind::TrustedRoot, s_pki->root.cert.sha1()).error().kind,
              ErrorKind::KeyMissing);
    // No staging left behind.
    EXPECT_TRUE(QDir(t.path() + QStringLiteral("/.txn")).isEmpty());
}

TEST_F(PemDirStoreTest, RefusedChangesLeaveTheStoreUnchanged)
{
    TempStore t;
    addChain(*t.store);
    const auto before = snapshotTree(t.path());

    StoreChange duplicate;
    duplicate.addCertificate(StoreKind::TrustedRoot, s_pki->root.cert);
    EXPECT_EQ(t.store->commit(duplicate).error().kind, ErrorKind::AlreadyExists);

    // A key is never overwritten, even by the same certificate's add.
    const Issued other = makeLeaf(s_pki->intermediates[0], QStringLiteral("other.example"));
    StoreChange overwrite;
    overwrite.addCertificate(StoreKind::Intermediate, other.cert)
        .addCertificateWithKey(StoreKind::Personal, s_pki->leaf.cert, s_pki->leaf.key);
    EXPECT_EQ(t.store->commit(overwrite).error().kind, ErrorKind::AlreadyExists);

    StoreChange mismatch;
    mismatch.addCertificate(StoreKind::Intermediate, other.cert)
        .addCertificateWithKey(StoreKind::Personal, other.cert, s_pki->leaf.key);
    EXPECT_EQ(t.store->commit(mismatch).error().kind, ErrorKind::KeyMismatch);

    StoreChange missing;
    missing.addCertificate(StoreKind::Intermediate, other.cert).remove(StoreKind::Personal, QStringLiteral("00FF"));
    EXPECT_EQ(t.store->commit(missing).error().kind, ErrorKind::NotFound);

    EXPECT_EQ(snapshotTree(t.path()), before);
}

TEST_F(PemDirStoreTest, FullDiskMidWriteChangesNothing)
{
    TempStore t;
    addChain(*t.store);
    const auto before = snapshotTree(t.path());
    const Issued a = makeLeaf(s_pki->intermediates[0], QStringLiteral("a.example"), {}, {}, {}, KeySpec::rsa(2048));
    const Issued b = makeLeaf(s_pki->intermediates[0], QStringLiteral("b.example"), {}, {}, {}, KeySpec::rsa(2048));
    StoreChange change;
    change.addCertificateWithKey(StoreKind::Personal, a.cert, a.key).addCertificateWithKey(StoreKind::Personal, b.cert, b.key);

    // The certificates fit under the limit, the RSA keys (about 1.7 KB) do not.
    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    rlimit small = old;
    small.rlim_cur = 1400;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto result = t.store->commit(change);
    setrlimit(RLIMIT_FSIZE, &old);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::DiskFull) << result.error().fullText().toStdString();
    EXPECT_EQ(snapshotTree(t.path()), before);
}

TEST_F(PemDirStoreTest, InterruptedTransactionsAreCompletedOrDropped)
{
    TempStore t;
    const QString root = t.path();
    {
        // Killed after the commit point, half applied: recover() completes it.
        PemDirTransaction txn(root);
        txn.put(QStringLiteral("root/A.pem"), s_pki->root.cert.toPem(), false);
        txn.put(QStringLiteral("intermediate/B.pem"), s_pki->intermediates[0].cert.toPem(), false);
        txn.put(QStringLiteral("personal/C.key"), s_pki->leaf.key.toPem().view(), true);
        txn.setCrashAfterOperationsForTesting(1);
        EXPECT_FALSE(txn.run().ok());
    }
    EXPECT_TRUE(QFileInfo::exists(root + QStringLiteral("/root/A.pem")));
    EXPECT_FALSE(QFileInfo::exists(root + QStringLiteral("/personal/C.key")));
    {
        // Killed before the commit point: staged files but no manifest.
        QDir().mkpath(root + QStringLiteral("/.txn/deadbeef"));
        writeFile(root + QStringLiteral("/.txn/deadbeef/0"), "half-written");
    }
    // The next writer recovers both, and says so.
    auto reopened = PemDirStore::open(root);
    ASSERT_TRUE(reopened.ok());
    ASSERT_TRUE((*reopened)->acquireWriteLock().ok());
    const QStringList notices = (*reopened)->takeNotices();
    EXPECT_EQ(notices.size(), 2) << notices.join(QLatin1String(" | ")).toStdString();
    EXPECT_TRUE(QFileInfo::exists(root + QStringLiteral("/intermediate/B.pem")));
    EXPECT_TRUE(QFileInfo::exists(root + QStringLiteral("/personal/C.key")));
    EXPECT_EQ(QFileInfo(root + QStringLiteral("/personal/C.key")).permissions() & QFileDevice::ReadOther,
              QFileDevice::Permissions());
    EXPECT_TRUE(QDir(root + QStringLiteral("/.txn")).isEmpty());
}

TEST_F(PemDirStoreTest, SecondWriterIsToldWhoHoldsTheStore)
{
    TempStore t;
    ASSERT_TRUE(t.store->acquireWriteLock().ok());
    auto second = PemDirStore::open(t.path());
    ASSERT_TRUE(second.ok());
    StoreChange change;
    change.addCertificate(StoreKind::TrustedRoot, s_pki->root.cert);
    const auto refused = (*second)->commit(change);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::StoreLocked);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())))
        << refused.error().message.toStdString();
    EXPECT_TRUE((*second)->load().ok()); // reading still works
    t.store->releaseWriteLock();
    EXPECT_TRUE((*second)->commit(change).ok());
}

TEST_F(PemDirStoreTest, LeftoverLockOfADeadProcessIsRemovedWithANotice)
{
    TempStore t;
    const QString lockPath = t.path() + QStringLiteral("/.lock");
    {
        QLockFile lock(lockPath);
        ASSERT_TRUE(lock.tryLock(0));
        QFile f(lockPath);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        lines[0] = "2147483000"; // no such process
        lines[1] = "certpilot-cli";
        lock.unlock();
        writeFile(lockPath, lines.join('\n'));
    }
    ASSERT_TRUE(t.store->acquireWriteLock().ok());
    const QStringList notices = t.store->takeNotices();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices.first().contains(QLatin1String("certpilot-cli (process 2147483000)")));
}

TEST_F(PemDirStoreTest, RemoveGoesToTrashAndRestores)
{
    TempStore t;
    addChain(*t.store);
    load(*t.store);
    QFile keyFile(personalFile(t, s_pki->leaf.cert, ".key"));
    ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
    const QByteArray keyBytes = keyFile.readAll();
    keyFile.close();

    StoreChange remove;
    remove.remove(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_TRUE(t.store->commit(remove).ok());
    EXPECT_FALSE(QFileInfo::exists(personalFile(t, s_pki->leaf.cert, ".key")));
    EXPECT_EQ(load(*t.store).count(StoreKind::Personal), 0);

    const QList<TrashItem> trash = t.store->trash();
    ASSERT_EQ(trash.size(), 1);
    EXPECT_TRUE(trash.first().contents.first().contains(QLatin1String("with private key")));
    QFile trashed(t.path() + QStringLiteral("/trash/") + trash.first().id + QStringLiteral("/personal/")
                  + s_pki->leaf.cert.sha1() + QStringLiteral(".key"));
    ASSERT_TRUE(trashed.open(QIODevice::ReadOnly));
    EXPECT_EQ(trashed.readAll(), keyBytes);

    ASSERT_TRUE(t.store->restoreFromTrash(trash.first().id).ok());
    const StoreContents back = load(*t.store);
    const StoreEntry* leaf = back.find(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_NE(leaf, nullptr);
    EXPECT_TRUE(leaf->hasPrivateKey);
    EXPECT_EQ(leaf->friendlyName, QStringLiteral("Web"));
    EXPECT_TRUE(t.store->trash().isEmpty());
}

TEST_F(PemDirStoreTest, ReadOnlyStoreLoadsButRefusesChanges)
{
    TempStore t;
    addChain(*t.store);
    const QStringList dirs = {t.path(), t.path() + "/personal", t.path() + "/root", t.path() + "/intermediate",
                              t.path() + "/requests"};
    for (const QString& d : dirs)
        ::chmod(QFile::encodeName(d).constData(), 0500);
    {
        EnforceFilePermissions enforce;
        const auto before = snapshotTree(t.path());
        auto ro = PemDirStore::open(t.path());
        ASSERT_TRUE(ro.ok());
        EXPECT_FALSE((*ro)->isWritable());
        auto c = (*ro)->load();
        ASSERT_TRUE(c.ok());
        EXPECT_EQ(c->entries.size(), 3);
        StoreChange change;
        change.remove(StoreKind::TrustedRoot, s_pki->root.cert.sha1());
        const auto refused = (*ro)->commit(change);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().kind, ErrorKind::ReadOnly);
        EXPECT_EQ(snapshotTree(t.path()), before);
    }
    for (const QString& d : dirs)
        ::chmod(QFile::encodeName(d).constData(), 0700);
}

TEST_F(PemDirStoreTest, DamagedFilesAndSymlinksAreReportedNotFollowed)
{
    TempStore t;
    addChain(*t.store);
    writeFile(t.path() + QStringLiteral("/intermediate/broken.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
    QTemporaryDir outside;
    writeFile(outside.filePath("secret.pem"), s_pki->root.cert.toPem());
    ASSERT_TRUE(QFile::link(outside.filePath("secret.pem"), t.path() + QStringLiteral("/root/link.pem")));
    const StoreContents c = load(*t.store);
    EXPECT_EQ(c.entries.size(), 3);
    ASSERT_EQ(c.problems.size(), 2);
    QStringList where;
    for (const StoreProblem& p : c.problems)
        where << p.location;
    EXPECT_TRUE(where.contains(QStringLiteral("intermediate/broken.pem")));
    EXPECT_TRUE(where.contains(QStringLiteral("root/link.pem")));
}

TEST_F(PemDirStoreTest, CompletingARequestMovesTheKeyInOneStep)
{
    TempStore t;
    addChain(*t.store);
    auto key = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
    CsrSpec spec;
    spec.subject = {{"CN", "pending.example"}};
    spec.dnsNames = {"pending.example"};
    auto csr = CsrBuilder::build(spec, *key);
    ASSERT_TRUE(csr.ok());
    StoreChange request;
    request.addRequest(*csr, *key);
    ASSERT_TRUE(t.store->commit(request).ok());
    const StoreContents withRequest = load(*t.store);
    const StoreEntry* pending = withRequest.find(StoreKind::Requests, csr->keyId());
    ASSERT_NE(pending, nullptr);
    EXPECT_TRUE(pending->hasPrivateKey);

    CertificateSpec issued;
    issued.subject = spec.subject;
    issued.dnsNames = spec.dnsNames;
    auto cert = CertificateBuilder::issue(issued, *key, s_pki->intermediates[0].cert, s_pki->intermediates[0].key);
    ASSERT_TRUE(cert.ok());
    auto pendingKey = t.store->privateKey(StoreKind::Requests, csr->keyId());
    ASSERT_TRUE(pendingKey.ok());
    StoreChange complete;
    complete.addCertificateWithKey(StoreKind::Personal, *cert, *pendingKey, QStringLiteral("Pending site"))
        .remove(StoreKind::Requests, csr->keyId());
    ASSERT_TRUE(t.store->commit(complete).ok());
    const StoreContents after = load(*t.store);
    EXPECT_EQ(after.count(StoreKind::Requests), 0);
    const StoreEntry* done = after.find(StoreKind::Personal, cert->sha1());
    ASSERT_NE(done, nullptr);
    EXPECT_TRUE(done->hasPrivateKey);
    EXPECT_TRUE(t.store->privateKey(StoreKind::Personal, cert->sha1())->matches(*cert));
}

TEST_F(PemDirStoreTest, DamagedPropertiesAreKeptAsideNotLost)
{
    TempStore t;
    addChain(*t.store);
    writeFile(t.path() + QStringLiteral("/properties.json"), "{not json");
    const StoreContents c = load(*t.store);
    EXPECT_EQ(c.entries.size(), 3);
    EXPECT_EQ(c.problems.size(), 1);
    StoreChange rename;
    rename.setFriendlyName(StoreKind::TrustedRoot, s_pki->root.cert.sha1(), QStringLiteral("Root!"));
    ASSERT_TRUE(t.store->commit(rename).ok());
    const QList<TrashItem> trash = t.store->trash();
    QDir trashDir(t.path() + QStringLiteral("/trash"));
    const QStringList kept = trashDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_TRUE(QFileInfo::exists(trashDir.filePath(kept.first() + QStringLiteral("/properties.json.damaged"))));
    EXPECT_EQ(load(*t.store).find(StoreKind::TrustedRoot, s_pki->root.cert.sha1())->friendlyName,
              QStringLiteral("Root!"));
}

} // namespace

namespace {

TEST(PemDirStoreDocuments, RoundTripAndRefuseOddNames)
{
    TempStore t;
    EXPECT_TRUE(t.store->readDocument(QStringLiteral("bindings"))->isEmpty());
    ASSERT_TRUE(t.store->writeDocument(QStringLiteral("bindings"), R"({"a":1})").ok());
    EXPECT_EQ(*t.store->readDocument(QStringLiteral("bindings")), QByteArray(R"({"a":1})"));
    ASSERT_TRUE(t.store->writeDocument(QStringLiteral("bindings"), R"({"a":2})").ok());
    EXPECT_EQ(*t.store->readDocument(QStringLiteral("bindings")), QByteArray(R"({"a":2})"));
    EXPECT_FALSE(t.store->writeDocument(QStringLiteral("../escape"), "x").ok());
    EXPECT_FALSE(t.store->readDocument(QStringLiteral("a/b")).ok());
}

} // namespace

namespace {

// A store with `copies` files of the same certificate (the later copies are
// reported, not listed).
void fillWithCopies(const TempStore& t, const Certificate& cert, int copies)
{
    for (int i = 0; i < copies; ++i) {
        QFile f(t.path() + QStringLiteral("/intermediate/copy-%1.pem").arg(i, 4, 10, QLatin1Char('0')));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(cert.toPem());
    }
}

} // namespace

// A load is read in chunks of 256 files and can be cancelled between them: it
// returns Cancelled, having reported where it stopped, and the next load
// lists everything, in the order of the files.
TEST_F(PemDirStoreTest, ACancelledLoadStopsBetweenChunksAndTheNextOneListsAll)
{
    TempStore t;
    fillWithCopies(t, s_pki->intermediates[0].cert, 700);
    std::atomic_bool cancel = false;
    QList<int> progress;
    auto cancelled = t.store->load(
        [&](int done, int) {
            progress << done;
            if (done > 0)
                cancel = true;
        },
        &cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(progress, (QList<int>{0, 256}));

    const StoreContents all = load(*t.store);
    ASSERT_EQ(all.entries.size(), 1);
    EXPECT_EQ(all.entries.first().certificate.sha1(), s_pki->intermediates[0].cert.sha1());
    EXPECT_EQ(all.problems.size(), 699);   // the second and later copies
    // Kept in the order of the files: the first copy is the one listed.
    EXPECT_TRUE(all.problems.first().location.endsWith(QStringLiteral("copy-0001.pem")));
}
