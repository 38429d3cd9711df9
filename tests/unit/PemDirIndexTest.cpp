// SPDX-License-Identifier: GPL-3.0-or-later
// The store's index is a cache: a warm load lists exactly what a cold load
// lists, a changed, replaced or removed file is read again, a damaged index is
// rebuilt, and it never holds a key.

#include "NamePool.h"
#include "TestPki.h"
#include "pfx/ServerFiles.h"
#include "pemdir/PemDirIndex.h"
#include "pemdir/PemDirStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <QThread>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class PemDirIndexTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(4)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    static void fill(PemDirStore& store)
    {
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, s_pki->root.cert);
        for (const Issued& i : s_pki->intermediates)
            change.addCertificate(StoreKind::Intermediate, i.cert);
        change.addCertificateWithKey(StoreKind::Personal, s_pki->leaf.cert, s_pki->leaf.key);
        ASSERT_TRUE(store.commit(change).ok());
    }

    static QString indexPath(const TempStore& t) { return t.path() + QLatin1Char('/') + PemDirStore::indexFileName(); }
    static QByteArray indexBytes(const TempStore& t)
    {
        QFile file(indexPath(t));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};
Hierarchy* PemDirIndexTest::s_pki = nullptr;

void expectSameContents(const StoreContents& a, const StoreContents& b)
{
    ASSERT_EQ(a.entries.size(), b.entries.size());
    for (qsizetype i = 0; i < a.entries.size(); ++i) {
        const StoreEntry& x = a.entries[i];
        const StoreEntry& y = b.entries[i];
        EXPECT_EQ(x.kind, y.kind);
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.hasPrivateKey, y.hasPrivateKey);
        EXPECT_EQ(x.friendlyName, y.friendlyName);
        EXPECT_EQ(x.added, y.added);
        EXPECT_EQ(x.certificate.der(), y.certificate.der());
        EXPECT_EQ(x.certificate.sha256(), y.certificate.sha256());
        EXPECT_EQ(x.certificate.subject().toString(), y.certificate.subject().toString());
        EXPECT_EQ(x.certificate.subject().der(), y.certificate.subject().der());
        EXPECT_EQ(x.certificate.issuer().toString(), y.certificate.issuer().toString());
        EXPECT_EQ(x.certificate.serialHex(), y.certificate.serialHex());
        EXPECT_EQ(x.certificate.version(), y.certificate.version());
        EXPECT_EQ(x.certificate.notBefore(), y.certificate.notBefore());
        EXPECT_EQ(x.certificate.notAfter(), y.certificate.notAfter());
        EXPECT_EQ(x.certificate.dnsNames(), y.certificate.dnsNames());
        EXPECT_EQ(x.certificate.isCa(), y.certificate.isCa());
        EXPECT_EQ(x.certificate.hasBasicConstraints(), y.certificate.hasBasicConstraints());
        // The fields read on demand come from the DER, wherever the entry came from.
        EXPECT_EQ(x.certificate.keyDescription(), y.certificate.keyDescription());
        EXPECT_EQ(x.certificate.subjectKeyId(), y.certificate.subjectKeyId());
        EXPECT_EQ(x.certificate.cacheRecord(), y.certificate.cacheRecord());
    }
    EXPECT_EQ(a.problems.size(), b.problems.size());
}

StoreContents load(const TempStore& t)
{
    auto store = PemDirStore::open(t.path());
    EXPECT_TRUE(store.ok());
    auto contents = (*store)->load();
    EXPECT_TRUE(contents.ok());
    return *contents;
}

TEST_F(PemDirIndexTest, WarmLoadListsWhatAColdLoadLists)
{
    TempStore t;
    fill(*t.store);
    ASSERT_FALSE(QFile::exists(indexPath(t)));
    const StoreContents cold = load(t);
    ASSERT_TRUE(QFile::exists(indexPath(t)));
    EXPECT_EQ(PemDirIndex::read(t.path()).size(), 4);
    const StoreContents warm = load(t);
    expectSameContents(cold, warm);
    EXPECT_EQ(warm.entries.size(), 4);
}

// Records read with one pool share their issuer's name where it is the same
// (the root names itself as issuer, and so does the first intermediate), and
// read exactly as without a pool.
TEST_F(PemDirIndexTest, CacheRecordsWithOneIssuerShareItsName)
{
    NamePool pool;
    const auto root = Certificate::fromCacheRecord(s_pki->root.cert.cacheRecord(), &pool);
    const auto top = Certificate::fromCacheRecord(s_pki->intermediates.first().cert.cacheRecord(), &pool);
    const auto leaf = Certificate::fromCacheRecord(s_pki->leaf.cert.cacheRecord(), &pool);
    ASSERT_TRUE(root.ok() && top.ok() && leaf.ok());
    EXPECT_EQ(root->issuer().attributes().constData(), top->issuer().attributes().constData());
    EXPECT_EQ(root->issuer().der().constData(), top->issuer().der().constData());
    EXPECT_NE(leaf->issuer().attributes().constData(), top->issuer().attributes().constData());
    EXPECT_EQ(pool.size(), 2);
    for (const auto* pooled : {&*root, &*top, &*leaf}) {
        const auto alone = Certificate::fromCacheRecord(pooled->cacheRecord());
        ASSERT_TRUE(alone.ok());
        EXPECT_EQ(pooled->issuer().toString(), alone->issuer().toString());
        EXPECT_EQ(pooled->issuer().der(), alone->issuer().der());
        EXPECT_EQ(pooled->cacheRecord(), alone->cacheRecord());
        EXPECT_EQ(pooled->sha1(), alone->sha1());
    }
    EXPECT_EQ(top->issuer().toString(), s_pki->root.cert.subject().toString());
    EXPECT_EQ(leaf->issuer().toString(), s_pki->intermediates.last().cert.subject().toString());
}

// A certificate read from a cache with a source holds no DER: it reads it on
// first use, once, and gives it only with the thumbprint computed at load.
class CountingSource : public DerSource {
public:
    explicit CountingSource(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    QByteArray read(qint64 offset, qint32 length) const override
    {
        ++reads;
        return m_bytes.mid(offset, length);
    }
    mutable int reads = 0;
    QByteArray m_bytes;
};

TEST_F(PemDirIndexTest, ACachedCertificateReadsItsDerWhenAskedAndChecksIt)
{
    const Certificate& leaf = s_pki->leaf.cert;
    const QByteArray record = QByteArrayLiteral("prefix") + leaf.cacheRecord();
    auto source = std::make_shared<CountingSource>(record);
    const auto lazy = Certificate::fromCacheRecord(QByteArrayView(record).sliced(6), nullptr, source, 6);
    ASSERT_TRUE(lazy.ok());
    EXPECT_EQ(lazy->sha1(), leaf.sha1());
    EXPECT_EQ(lazy->subject().toString(), leaf.subject().toString());
    EXPECT_EQ(source->reads, 0);
    EXPECT_EQ(lazy->der(), leaf.der());
    EXPECT_EQ(lazy->der(), leaf.der());
    EXPECT_EQ(source->reads, 1);
    EXPECT_EQ(lazy->keyDescription(), leaf.keyDescription());
    EXPECT_EQ(lazy->cacheRecord(), leaf.cacheRecord());
    EXPECT_TRUE(*lazy == leaf);

    // Bytes that changed since the load are never given out as this certificate.
    QByteArray changed = record;
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
    source->m_bytes = changed;
    const auto refused = Certificate::fromCacheRecord(QByteArrayView(record).sliced(6), nullptr, source, 6);
    ASSERT_TRUE(refused.ok());
    EXPECT_TRUE(refused->der().isEmpty());
    EXPECT_EQ(refused->sha1(), leaf.sha1());
    EXPECT_TRUE(refused->cacheRecord().isEmpty());
    EXPECT_TRUE(refused->extensions().isEmpty());
    EXPECT_FALSE(*refused == leaf);
}

// The certificates of a warm load read their DER from the index they were
// listed from: still right after the index is replaced, refused (empty, never
// other bytes) after it is damaged in place, and the next load reads the files.
TEST_F(PemDirIndexTest, AWarmLoadReadsDerFromTheIndexItListedFrom)
{
    TempStore t;
    fill(*t.store);
    (void)load(t);
    QHash<QString, QByteArray> expected{{s_pki->root.cert.sha1(), s_pki->root.cert.der()},
                                        {s_pki->leaf.cert.sha1(), s_pki->leaf.cert.der()}};
    for (const Issued& i : s_pki->intermediates)
        expected.insert(i.cert.sha1(), i.cert.der());
    {
        const StoreContents warm = load(t);
        ASSERT_TRUE(QFile::remove(indexPath(t)));
        (void)load(t);   // a new index, written in a new file
        ASSERT_EQ(warm.entries.size(), 4);
        for (const StoreEntry& e : warm.entries)
            EXPECT_EQ(e.certificate.der(), expected.value(e.id));
    }
    const StoreContents warm = load(t);
    ASSERT_EQ(warm.entries.size(), 4);
    {
        QFile index(indexPath(t));
        ASSERT_TRUE(index.open(QIODevice::ReadWrite));
        QByteArray bytes = index.readAll();
        for (qsizetype i = 64; i < bytes.size(); ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
        ASSERT_TRUE(index.seek(0));
        ASSERT_EQ(index.write(bytes), bytes.size());
    }
    for (const StoreEntry& e : warm.entries) {
        EXPECT_TRUE(e.certificate.der().isEmpty()) << e.id.toStdString();
        EXPECT_TRUE(e.certificate.toPem().isEmpty());
        EXPECT_EQ(e.certificate.sha1(), e.id);
    }
    // An export of such a certificate says what to do instead of writing an empty file.
    ExportRequest request;
    request.format = ExportFormat::CerDer;
    request.certificate = warm.find(StoreKind::Personal, s_pki->leaf.cert.sha1())->certificate;
    const auto exported = ServerFiles::build(request);
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().kind, ErrorKind::Corrupt);
    EXPECT_TRUE(exported.error().message.contains(QLatin1String("Refresh the store")));
    const StoreContents again = load(t);
    ASSERT_EQ(again.entries.size(), 4);
    for (const StoreEntry& e : again.entries)
        EXPECT_EQ(e.certificate.der(), expected.value(e.id));
}

TEST(NamePoolTest, FindsWhatWasAddedAndHoldsABoundedNumber)
{
    const Certificate cert = makeHierarchy(1).root.cert;
    NamePool pool;
    EXPECT_FALSE(pool.find(cert.subject().der()).has_value());
    pool.add(cert.subject());
    const auto found = pool.find(cert.subject().der());
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->toString(), cert.subject().toString());
    EXPECT_FALSE(pool.find(cert.subject().der().chopped(1)).has_value());
    pool.add(DistinguishedName());   // no DER: never pooled
    EXPECT_EQ(pool.size(), 1);
    for (int i = 0; i < NamePool::kMaxNames + 10; ++i)
        pool.add(DistinguishedName::fromParts({}, QByteArray::number(i)));
    EXPECT_EQ(pool.size(), NamePool::kMaxNames);
}

TEST_F(PemDirIndexTest, AReplacedFileIsReadAgain)
{
    TempStore t;
    fill(*t.store);
    load(t);
    // Put another certificate's bytes under the leaf's file name, same size or not.
    const QString leafFile = t.path() + QStringLiteral("/personal/") + s_pki->leaf.cert.sha1() + QStringLiteral(".pem");
    const Issued other = makeLeaf(s_pki->intermediates.last(), QStringLiteral("other.example"));
    writeFile(leafFile, other.cert.toPem());
    const StoreContents after = load(t);
    bool found = false;
    for (const StoreEntry& e : after.entries)
        found = found || e.certificate.sha1() == other.cert.sha1();
    EXPECT_TRUE(found);
    // And the index now records the new file.
    const auto records = PemDirIndex::read(t.path());
    ASSERT_TRUE(records.contains(QStringLiteral("personal/") + s_pki->leaf.cert.sha1() + QStringLiteral(".pem")));
    expectSameContents(after, load(t));
}

TEST_F(PemDirIndexTest, ARemovedFileLeavesTheIndex)
{
    TempStore t;
    fill(*t.store);
    load(t);
    StoreChange remove;
    remove.remove(StoreKind::TrustedRoot, s_pki->root.cert.sha1());
    ASSERT_TRUE(t.store->commit(remove).ok());
    const StoreContents after = load(t);
    EXPECT_EQ(after.entries.size(), 3);
    EXPECT_EQ(PemDirIndex::read(t.path()).size(), 3);
}

TEST_F(PemDirIndexTest, ADamagedIndexIsIgnoredAndRebuilt)
{
    TempStore t;
    fill(*t.store);
    const StoreContents cold = load(t);
    const QByteArray bytes = indexBytes(t);
    ASSERT_FALSE(bytes.isEmpty());
    for (const qsizetype at : {qsizetype(40), bytes.size() / 2, bytes.size() - 3}) {
        QByteArray damaged = bytes;
        damaged[at] = char(damaged[at] ^ 0x5a);
        writeFile(indexPath(t), damaged);
        EXPECT_TRUE(PemDirIndex::read(t.path()).isEmpty());
        expectSameContents(cold, load(t));
        EXPECT_EQ(PemDirIndex::read(t.path()).size(), 4);
    }
    writeFile(indexPath(t), bytes.left(bytes.size() / 3));
    expectSameContents(cold, load(t));
    writeFile(indexPath(t), "garbage");
    expectSameContents(cold, load(t));
    EXPECT_EQ(PemDirIndex::read(t.path()).size(), 4);
}

TEST_F(PemDirIndexTest, NeverHoldsAKey)
{
    TempStore t;
    fill(*t.store);
    load(t);
    const QByteArray index = indexBytes(t);
    ASSERT_FALSE(index.isEmpty());
    const QByteArray keyPem = QByteArray(s_pki->leaf.key.toPem().view());
    EXPECT_FALSE(index.contains("PRIVATE KEY"));
    // Any 32 consecutive bytes of the key's Base64 would betray it.
    const QByteArray body = keyPem.split('\n').value(1);
    ASSERT_GE(body.size(), 32);
    EXPECT_FALSE(index.contains(body.left(32)));
    EXPECT_FALSE(index.contains(QByteArray::fromBase64(body.left(32))));
}

// Records are read from the index file when used, so the file read must stay
// the one checked: an index replaced meanwhile (another instance's load) does
// not change what an open set of records gives.
TEST_F(PemDirIndexTest, RecordsComeFromTheIndexThatWasChecked)
{
    TempStore t;
    fill(*t.store);
    load(t);
    const PemDirIndex::Records records = PemDirIndex::read(t.path());
    ASSERT_EQ(records.size(), 4);
    QHash<QString, QByteArray> before;
    for (const QString& path : records.paths())
        before.insert(path, records.certificate(*records.find(path)));
    ASSERT_TRUE(QFile::remove(indexPath(t)));
    writeFile(indexPath(t), QByteArray(20000, 'x'));
    for (const QString& path : records.paths()) {
        const QByteArray again = records.certificate(*records.find(path));
        EXPECT_EQ(again, before.value(path));
        const auto cert = Certificate::fromCacheRecord(again);
        ASSERT_TRUE(cert.ok()) << path.toStdString();
        EXPECT_TRUE(path.contains(cert->sha1()));
    }
    EXPECT_EQ(records.find(QStringLiteral("personal/none.pem")), nullptr);
}

// A first open writes the index as it reads the files; a file that does not
// give one certificate is not in it, and the index is still written.
TEST_F(PemDirIndexTest, AFirstOpenWithADamagedFileIndexesTheRest)
{
    TempStore t;
    fill(*t.store);
    writeFile(t.path() + QStringLiteral("/personal/damaged.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
    writeFile(t.path() + QStringLiteral("/intermediate/two.pem"),
              s_pki->intermediates.first().cert.toPem() + s_pki->root.cert.toPem());
    ASSERT_FALSE(QFile::exists(indexPath(t)));
    const StoreContents cold = load(t);
    EXPECT_EQ(cold.entries.size(), 4);
    EXPECT_EQ(cold.problems.size(), 2);
    const auto records = PemDirIndex::read(t.path());
    EXPECT_EQ(records.size(), 4);
    EXPECT_FALSE(records.contains(QStringLiteral("personal/damaged.pem")));
    expectSameContents(cold, load(t));
}

TEST_F(PemDirIndexTest, StampsTellFilesApart)
{
    TempStore t;
    const QString a = t.path() + QStringLiteral("/a.pem");
    writeFile(a, "one");
    const auto first = PemDirIndex::stamp(a);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(PemDirIndex::stamp(a), first);
    QThread::msleep(5);
    writeFile(a, "two");   // same size, new content
    EXPECT_NE(PemDirIndex::stamp(a), first);
    EXPECT_FALSE(PemDirIndex::stamp(t.path() + QStringLiteral("/none")).has_value());
}

// A load takes the stamp and the creation time in one call, relative to the
// open folder: the same stamp as by path, and the time QFileInfo reports.
TEST_F(PemDirIndexTest, StatusByFolderIsTheStampAndTheBirthTime)
{
    TempStore t;
    const QString a = t.path() + QStringLiteral("/a.pem");
    writeFile(a, "one");
    const int folder = ::open(QFile::encodeName(t.path()).constData(), O_RDONLY | O_DIRECTORY);
    ASSERT_GE(folder, 0);
    const auto status = PemDirIndex::status(folder, QStringLiteral("a.pem"), a);
    const auto missing = PemDirIndex::status(folder, QStringLiteral("none"), t.path() + QStringLiteral("/none"));
    ::close(folder);
    ASSERT_TRUE(status.has_value());
    EXPECT_FALSE(missing.has_value());
    EXPECT_EQ(status->stamp, PemDirIndex::stamp(a));
    struct stat st{};
    ASSERT_EQ(::lstat(QFile::encodeName(a).constData(), &st), 0);
    EXPECT_EQ(status->stamp.size, 3);
    EXPECT_EQ(status->stamp.inode, quint64(st.st_ino));
    EXPECT_EQ(status->stamp.device, quint64(st.st_dev));
    EXPECT_EQ(status->stamp.modifiedNs, qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec);
    const QDateTime born = QFileInfo(a).birthTime();
    if (born.isValid())
        EXPECT_EQ(status->bornNs / 1000000, born.toMSecsSinceEpoch());
    else
        EXPECT_EQ(status->bornNs, 0);
}

} // namespace

// The index is read in 1 MB pieces: records that straddle a piece, and one
// larger than a piece, come back whole and from the right place.
TEST_F(PemDirIndexTest, RecordsAcrossPiecesAreReadWhole)
{
    TempStore t;
    const QList<qsizetype> sizes = {700 * 1024, 500 * 1024, 3 * 1024 * 1024 + 7, 1, 900 * 1024, 0, 4096};
    PemDirIndex::Writer writer(t.path(), quint32(sizes.size()));
    QHash<QString, QByteArray> written;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        QByteArray record(sizes[i], Qt::Uninitialized);
        for (qsizetype b = 0; b < record.size(); ++b)
            record[b] = char((b * 31 + i * 7) & 0xff);
        const QString path = QStringLiteral("personal/%1.pem").arg(i);
        PemDirIndex::Stamp stamp;
        stamp.size = i;
        writer.add(path, stamp, record);
        written.insert(path, record);
    }
    ASSERT_TRUE(writer.commit().ok());
    const PemDirIndex::Records records = PemDirIndex::read(t.path());
    ASSERT_EQ(records.size(), sizes.size());
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const PemDirIndex::Slot* slot = records.find(it.key());
        ASSERT_NE(slot, nullptr) << it.key().toStdString();
        EXPECT_EQ(slot->stamp.size, it.key().section(QLatin1Char('/'), 1).section(QLatin1Char('.'), 0, 0).toInt());
        EXPECT_EQ(records.certificate(*slot), it.value()) << it.key().toStdString();
    }
}

// A record count the file is too short to hold is refused before anything is
// set aside for it, even with a sum that matches (anyone who can write to the
// store can compute one).
TEST_F(PemDirIndexTest, ACountTheFileCannotHoldIsRefused)
{
    TempStore t;
    fill(*t.store);
    const StoreContents cold = load(t);
    const QByteArray bytes = indexBytes(t);
    const qsizetype countAt = qsizetype(qstrlen("CertPilot store index\n")) + 4;
    ASSERT_EQ(qFromUnaligned<quint32>(bytes.constData() + countAt), 4u);
    for (const quint32 count : {5u, 10000000u, 0xffffffffu}) {
        QByteArray body = bytes.chopped(32);
        qToUnaligned(count, body.data() + countAt);
        writeFile(indexPath(t), body + QCryptographicHash::hash(body, QCryptographicHash::Sha256));
        EXPECT_TRUE(PemDirIndex::read(t.path()).isEmpty()) << count;
        expectSameContents(cold, load(t));
    }
}
