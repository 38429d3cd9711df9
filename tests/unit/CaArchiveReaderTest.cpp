// SPDX-License-Identifier: GPL-3.0-or-later
// cert.zip as CAs mail it, and the hostile archives a reader must refuse
// whole, before a single certificate of them reaches a plan.

#include "CaDelivery.h"
#include "ImportPlan.h"
#include "TestPki.h"
#include "import/CaArchiveReader.h"
#include "import/CaImport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class CaArchiveReaderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(4)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;
    QTemporaryDir m_dir;

    QByteArray zipOf(const QList<ZipEntry>& entries)
    {
        const QString path = m_dir.filePath(QStringLiteral("made.zip"));
        writeZip(path, entries);
        return readAll(path);
    }
};
Hierarchy* CaArchiveReaderTest::s_pki = nullptr;

QByteArray zeros(qsizetype n) { return QByteArray(n, '\0'); }

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(gen.bounded(256));
    return out;
}

TEST_F(CaArchiveReaderTest, ReadsAFourTierCertZipInArchiveOrder)
{
    const QString path = writeCertZip(m_dir.path(), *s_pki);
    auto entries = CaArchiveReader::read(readAll(path), QStringLiteral("cert.zip"));
    ASSERT_TRUE(entries.ok()) << entries.error().fullText().toStdString();
    QStringList names;
    for (const ArchiveEntry& e : *entries)
        names << e.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("root.cer"), QStringLiteral("uca_1.cer"), QStringLiteral("uca_2.cer"),
                                  QStringLiteral("server.cer")}));
    EXPECT_EQ(entries->at(0).bytes, s_pki->root.cert.der());
    EXPECT_TRUE(entries->at(1).bytes.contains("\r\n")) << "CRLF kept as sent";

    const QList<ImportSource> sources = ImportSource::fromPath(path);
    ASSERT_EQ(sources.size(), 4);
    EXPECT_EQ(sources.at(1).name, QStringLiteral("cert.zip/uca_1.cer"));
    for (const ImportSource& s : sources) {
        ASSERT_TRUE(s.decoded.ok()) << s.name.toStdString();
        EXPECT_EQ(s.decoded->certificates.size(), 1) << s.name.toStdString();
    }
    EXPECT_EQ(sources.at(3).decoded->certificates.first(), s_pki->leaf.cert) << "PEM with CRLF decodes";
}

TEST_F(CaArchiveReaderTest, EntryNamesAreCheckedLikePaths)
{
    EXPECT_TRUE(CaArchiveReader::checkEntryName(QStringLiteral("certs/uca_1.cer")).isEmpty());
    EXPECT_TRUE(CaArchiveReader::checkEntryName(QStringLiteral("..root.cer")).isEmpty()) << "only a whole .. part";
    EXPECT_FALSE(CaArchiveReader::checkEntryName(QStringLiteral("a/../../b.cer")).isEmpty());
    EXPECT_FALSE(CaArchiveReader::checkEntryName(QStringLiteral("..")).isEmpty());
    EXPECT_FALSE(CaArchiveReader::checkEntryName(QStringLiteral("/etc/ssl/root.cer")).isEmpty());
    EXPECT_FALSE(CaArchiveReader::checkEntryName(QStringLiteral("C:/Windows/root.cer")).isEmpty());
    EXPECT_FALSE(CaArchiveReader::checkEntryName(QStringLiteral("certs\\root.cer")).isEmpty());
    EXPECT_FALSE(CaArchiveReader::checkEntryName(QStringLiteral("root\x07.cer")).isEmpty());
    EXPECT_FALSE(CaArchiveReader::checkEntryName(QString()).isEmpty());
}

struct Hostile {
    const char* label;
    ErrorKind kind;
    const char* words;  // in the message
};

// Every hostile archive is refused whole: no source but the refusal, no item in a plan.
void expectRefused(const QByteArray& zip, const Hostile& h)
{
    SCOPED_TRACE(h.label);
    auto read = CaArchiveReader::read(zip, QStringLiteral("cert.zip"));
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind, h.kind) << read.error().message.toStdString();
    EXPECT_TRUE(read.error().message.contains(QLatin1String(h.words))) << read.error().message.toStdString();
    EXPECT_TRUE(read.error().message.contains(QLatin1String("cert.zip")));

    const QList<ImportSource> sources = ImportSource::fromBytes(QStringLiteral("cert.zip"), zip);
    ASSERT_EQ(sources.size(), 1);
    EXPECT_FALSE(sources.first().decoded.ok());
    const ImportPlan plan = ImportPlan::build(sources, StoreContents{});
    EXPECT_TRUE(plan.items().isEmpty());
    ASSERT_EQ(plan.problems().size(), 1);
    EXPECT_EQ(plan.problems().first().sourceName, QStringLiteral("cert.zip"));
    EXPECT_EQ(plan.importCount(), 0);
}

TEST_F(CaArchiveReaderTest, RefusesEntriesThatPointOutside)
{
    const QByteArray root = s_pki->root.cert.der();
    expectRefused(zipOf({{QStringLiteral("server.cer"), root}, {QStringLiteral("../root.cer"), root}}),
                  {"dot-dot", ErrorKind::InvalidInput, "points outside the archive"});
    expectRefused(zipOf({{QStringLiteral("certs/../../root.cer"), root}}),
                  {"nested dot-dot", ErrorKind::InvalidInput, "points outside the archive"});
    expectRefused(zipOf({{QStringLiteral("/etc/root.cer"), root}}),
                  {"absolute", ErrorKind::InvalidInput, "absolute path"});
    expectRefused(zipOf({{QStringLiteral("certs\\root.cer"), root}}),
                  {"backslash", ErrorKind::InvalidInput, "backslashes"});
    ZipEntry link{QStringLiteral("root.cer"), QByteArray("/etc/ssl/private/server.key")};
    link.symlink = true;
    expectRefused(zipOf({{QStringLiteral("uca.cer"), root}, link}),
                  {"symlink", ErrorKind::InvalidInput, "symbolic link"});
    ZipEntry locked{QStringLiteral("root.cer"), root};
    locked.encrypted = true;
    expectRefused(zipOf({locked}), {"encrypted", ErrorKind::InvalidInput, "encrypted"});
}

TEST_F(CaArchiveReaderTest, RefusesZipBombsByDeclaredAndByInflatedSize)
{
    // Declared honestly: refused before a byte is inflated.
    expectRefused(zipOf({{QStringLiteral("root.cer"), s_pki->root.cert.der()},
                         {QStringLiteral("uca.cer"), zeros(2 * 1024 * 1024)}}),
                  {"large entry", ErrorKind::TooLarge, "larger than 1024 KiB"});
    // Under the entry limit, but 900 KiB of zeros from a few hundred bytes.
    const QByteArray bomb = zipOf({{QStringLiteral("uca.cer"), zeros(900 * 1024)}});
    ASSERT_LT(bomb.size(), 8 * 1024);
    expectRefused(bomb, {"ratio", ErrorKind::TooLarge, "zip bomb"});
    // A header that claims 1,000 bytes for 4 MiB: counted while inflating.
    const QByteArray liar = withDeclaredSize(zipOf({{QStringLiteral("uca.cer"), zeros(4 * 1024 * 1024)}}), 1000);
    auto read = CaArchiveReader::read(liar, QStringLiteral("cert.zip"));
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().kind == ErrorKind::TooLarge || read.error().kind == ErrorKind::Corrupt)
        << read.error().message.toStdString();
    EXPECT_TRUE(read.error().message.contains(QLatin1String("Nothing was imported"), Qt::CaseInsensitive));
    // Many incompressible files, each allowed, too much together.
    QList<ZipEntry> many;
    for (int i = 0; i < 17; ++i)
        many << ZipEntry{QStringLiteral("part%1.cer").arg(i), randomBytes(1000 * 1024), false};
    expectRefused(zipOf(many), {"total", ErrorKind::TooLarge, "add up to more than 16 MiB"});
}

TEST_F(CaArchiveReaderTest, RefusesTooManyEmptyAndDamagedArchives)
{
    QList<ZipEntry> many;
    for (int i = 0; i <= CaArchiveReader::kMaxEntries; ++i)
        many << ZipEntry{QStringLiteral("uca_%1.cer").arg(i), s_pki->root.cert.der()};
    expectRefused(zipOf(many), {"too many", ErrorKind::TooLarge, "65 entries"});
    expectRefused(emptyZip(), {"empty", ErrorKind::InvalidInput, "is empty"});

    const QString folders = m_dir.filePath(QStringLiteral("folders.zip"));
    {
        int error = 0;
        zip_t* z = zip_open(QFile::encodeName(folders).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        ASSERT_NE(z, nullptr);
        ASSERT_GE(zip_dir_add(z, "certs", 0), 0);
        ASSERT_EQ(zip_close(z), 0);
    }
    expectRefused(readAll(folders), {"folders only", ErrorKind::InvalidInput, "only folders"});

    const QByteArray good = readAll(writeCertZip(m_dir.path(), *s_pki));
    expectRefused(good.left(good.size() / 2), {"cut off", ErrorKind::Corrupt, "not a readable zip archive"});
}

TEST_F(CaArchiveReaderTest, OtherFilesInAnArchiveAreProblemsNotRefusals)
{
    QList<ZipEntry> entries = caDeliveryEntries(s_pki->root.cert, certificatesOf(s_pki->intermediates), s_pki->leaf.cert);
    entries << ZipEntry{QStringLiteral("readme.txt"), QByteArray("Install root.cer first.\r\n")};
    entries << ZipEntry{QStringLiteral("inner.zip"), readAll(writeCertZip(m_dir.path(), *s_pki, QStringLiteral("i.zip")))};
    const QList<ImportSource> sources = ImportSource::fromBytes(QStringLiteral("cert.zip"), zipOf(entries));
    ASSERT_EQ(sources.size(), 6);
    const ImportPlan plan = ImportPlan::build(sources, StoreContents{});
    EXPECT_EQ(plan.items().size(), 4);
    ASSERT_EQ(plan.problems().size(), 2);
    EXPECT_EQ(plan.problems().at(0).sourceName, QStringLiteral("cert.zip/readme.txt"));
    EXPECT_EQ(plan.problems().at(1).sourceName, QStringLiteral("cert.zip/inner.zip"));
    EXPECT_TRUE(plan.problems().at(1).message.contains(QLatin1String("archive inside the archive")));
}

TEST_F(CaArchiveReaderTest, ReadSourcesMixesArchivesAndLooseFiles)
{
    const QString zip = writeCertZip(m_dir.path(), *s_pki);
    const QString loose = m_dir.filePath(QStringLiteral("extra.crt"));
    writeFile(loose, s_pki->intermediates[0].cert.der());
    const QString missing = m_dir.filePath(QStringLiteral("missing.cer"));
    const QList<ImportSource> sources = CaImport::readSources({zip, loose, missing});
    ASSERT_EQ(sources.size(), 6);
    EXPECT_EQ(sources.at(4).name, QStringLiteral("extra.crt"));
    EXPECT_TRUE(sources.at(4).decoded.ok());
    EXPECT_EQ(sources.at(5).name, QStringLiteral("missing.cer"));
    EXPECT_FALSE(sources.at(5).decoded.ok());
}

} // namespace
