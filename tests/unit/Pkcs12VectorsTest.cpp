// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance: PKCS#12 files made by other programs (Windows, macOS Keychain,
// Firefox, OpenSSL), from ../shared/vectors/pkcs12-foreign. Skipped when that
// folder is absent; the files are never copied into this repository.

#include "Pkcs12TestSupport.h"
#include "pfx/ImportLibraryContext.h"
#include "pfx/Pkcs12Reader.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

struct VectorRow {
    QString file;
    QString password;
    int certs = 0;
    int keys = 0;
    QString keyMatches;
    QString expected;
    QString notes;
};

QList<VectorRow> manifest(const QString& dir)
{
    QList<VectorRow> rows;
    const QList<QByteArray> lines = readAll(dir + QStringLiteral("/manifest.tsv")).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).split('\t');
        if (f.size() < 6)
            continue;
        rows.append({QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), f[2].toInt(), f[3].toInt(),
                     QString::fromUtf8(f[4]), QString::fromUtf8(f[5]),
                     f.size() > 7 ? QString::fromUtf8(f[7]) : QString()});
    }
    return rows;
}

class Pkcs12VectorsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dir = sharedVectorsDir(QStringLiteral("pkcs12-foreign"));
        if (dir.isEmpty())
            GTEST_SKIP() << "../shared/vectors/pkcs12-foreign is not present";
    }
    QString dir;
};

ErrorKind expectedKind(const QString& expected)
{
    if (expected == QLatin1String("wrong-password"))
        return ErrorKind::WrongPassword;
    return ErrorKind::Unsupported;
}

TEST_F(Pkcs12VectorsTest, EveryManifestRowHasTheExpectedOutcome)
{
    const QList<VectorRow> rows = manifest(dir);
    ASSERT_GE(rows.size(), 22);
    int ok = 0, refused = 0;
    for (const VectorRow& row : rows) {
        SCOPED_TRACE((row.file + QLatin1String(" / ") + row.notes).toStdString());
        auto r = Pkcs12Reader::readFile(dir + QLatin1Char('/') + row.file, SecureBytes(row.password.toUtf8()));
        if (row.expected == QLatin1String("ok")) {
            ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
            EXPECT_EQ(r->certificates.size(), row.certs);
            EXPECT_EQ(r->keys.size(), row.keys);
            if (row.keyMatches == QLatin1String("yes")) {
                ASSERT_FALSE(r->keys.isEmpty());
                EXPECT_GE(r->certificateFor(r->keys.first().key), 0) << "the key belongs to none of the certificates";
            }
            ++ok;
        } else {
            ASSERT_FALSE(r.ok()) << "expected " << row.expected.toStdString();
            EXPECT_EQ(r.error().kind, expectedKind(row.expected)) << r.error().fullText().toStdString();
            EXPECT_FALSE(r.error().message.isEmpty());
            ++refused;
        }
    }
    EXPECT_EQ(ok, 21);
    EXPECT_EQ(refused, 2);
}

TEST_F(Pkcs12VectorsTest, ReadBackSummaryNamesTheForeignAlgorithms)
{
    auto firefox = Pkcs12Reader::readFile(dir + QStringLiteral("/rust-ValidCertificatePathTest1EE_firefox.p12"),
                                          SecureBytes(QByteArray("password")));
    ASSERT_TRUE(firefox.ok()) << firefox.error().fullText().toStdString();
    EXPECT_EQ(firefox->info.macIterations, 600000);
    EXPECT_EQ(firefox->info.certificateProtection().scheme, QStringLiteral("pbeWithSHA1And40BitRC2-CBC"));
    EXPECT_TRUE(firefox->info.certificateProtection().needsLegacy);
    EXPECT_FALSE(firefox->warnings.isEmpty()) << "RC2-40 deserves a warning";
    EXPECT_EQ(firefox->keys.first().friendlyName, QStringLiteral("Valid Certificate Path Test1 EE"));

    auto windows = Pkcs12Reader::readFile(dir + QStringLiteral("/rust-ValidCertificatePathTest1EE_windows_aes.pfx"),
                                          SecureBytes(QByteArray("password")));
    ASSERT_TRUE(windows.ok());
    EXPECT_EQ(windows->info.macDigest, QStringLiteral("sha256"));
    EXPECT_EQ(windows->info.keyProtection().scheme, QStringLiteral("PBES2, PBKDF2, AES-256-CBC, PRF hmacWithSHA256"));
    EXPECT_EQ(windows->info.keyProtection().iterations, 2000);

    auto noMac = Pkcs12Reader::readFile(dir + QStringLiteral("/rust-example5.pfx"), SecureBytes(QByteArray("1234")));
    ASSERT_TRUE(noMac.ok());
    EXPECT_FALSE(noMac->info.hasMac);
    EXPECT_FALSE(noMac->warnings.isEmpty());
}

TEST_F(Pkcs12VectorsTest, WrongPasswordOnFilesWithAndWithoutMac)
{
    for (const char* file : {"rust-example5.pfx", "rust-example14.pfx", "rust-ValidCertificatePathTest1EE_macos.p12",
                             "rust-ValidCertificatePathTest1EE_windows_tdes.pfx"}) {
        SCOPED_TRACE(file);
        auto r = Pkcs12Reader::readFile(dir + QLatin1Char('/') + QLatin1String(file), SecureBytes(QByteArray("nope")));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::WrongPassword) << r.error().fullText().toStdString();
    }
}

TEST_F(Pkcs12VectorsTest, BlakeMacIsUnsupportedNotWrongPassword)
{
    auto r = Pkcs12Reader::readFile(dir + QStringLiteral("/rust-example11.pfx"), SecureBytes(QByteArray("1234")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Unsupported);
    EXPECT_TRUE(r.error().message.contains(QLatin1String("blake2b512"))) << r.error().message.toStdString();
}

TEST_F(Pkcs12VectorsTest, MissingLegacyModuleIsSaidInWords)
{
    QTemporaryDir noModules;
    ImportLibraryContext withoutLegacy(noModules.path());
    ASSERT_TRUE(withoutLegacy.isValid());
    ASSERT_FALSE(withoutLegacy.legacyAvailable());
    Pkcs12Reader::Options options;
    options.context = &withoutLegacy;
    auto rc2 = Pkcs12Reader::readFile(dir + QStringLiteral("/rust-ValidCertificatePathTest1EE_macos.p12"),
                                      SecureBytes(QByteArray("password")), options);
    ASSERT_FALSE(rc2.ok());
    EXPECT_EQ(rc2.error().kind, ErrorKind::Unsupported);
    EXPECT_TRUE(rc2.error().message.contains(QLatin1String("legacy"))) << rc2.error().message.toStdString();
    EXPECT_TRUE(rc2.error().message.contains(QLatin1String("RC2"))) << rc2.error().message.toStdString();

    // AES and TripleDES need no legacy module.
    auto aes = Pkcs12Reader::readFile(dir + QStringLiteral("/rust-ValidCertificatePathTest1EE_windows_aes.pfx"),
                                      SecureBytes(QByteArray("password")), options);
    EXPECT_TRUE(aes.ok());
    auto tdes = Pkcs12Reader::readFile(dir + QStringLiteral("/rust-ValidCertificatePathTest1EE_windows_tdes.pfx"),
                                       SecureBytes(QByteArray("password")), options);
    EXPECT_TRUE(tdes.ok());
}

TEST_F(Pkcs12VectorsTest, IterationLimitRefusesBeforeDeriving)
{
    Pkcs12Reader::Options options;
    options.maxIterations = 100000;
    auto r = Pkcs12Reader::readFile(dir + QStringLiteral("/rust-example10.pfx"), SecureBytes(QByteArray("1234")),
                                    options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::TooLarge);
    EXPECT_TRUE(r.error().message.contains(QLatin1String("600"))) << r.error().message.toStdString();
}

} // namespace
