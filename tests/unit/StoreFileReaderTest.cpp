// SPDX-License-Identifier: GPL-3.0-or-later
// The store's fast file steps must answer exactly what the general ones do.

#include "FileDecoder.h"
#include "TestPki.h"
#include "pemdir/StoreFileReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

void expectSameDecoding(const QByteArray& bytes, const std::string& what)
{
    const auto fast = StoreFileReader::decode(bytes);
    const auto general = FileDecoder::decode(bytes);
    ASSERT_EQ(fast.ok(), general.ok()) << what;
    if (!fast.ok()) {
        EXPECT_EQ(fast.error().message, general.error().message) << what;
        return;
    }
    ASSERT_EQ(fast->certificates.size(), general->certificates.size()) << what;
    for (qsizetype i = 0; i < fast->certificates.size(); ++i)
        EXPECT_EQ(fast->certificates[i].der(), general->certificates[i].der()) << what;
    EXPECT_EQ(fast->requests.size(), general->requests.size()) << what;
    EXPECT_EQ(fast->keys.size(), general->keys.size()) << what;
}

TEST(StoreFileReaderTest, DecodesLikeTheFileDecoder)
{
    const Hierarchy h = makeHierarchy(3);
    QList<Certificate> certs{h.root.cert, h.intermediates.first().cert, h.leaf.cert};
    // DER lengths of every remainder modulo 3, so every base64 padding case is
    // met. Serials and signatures are random, so lengths are too: add leaves
    // with growing names until all three remainders are present.
    QSet<int> remainders;
    for (const Certificate& c : certs)
        remainders.insert(int(c.der().size() % 3));
    for (int i = 0; remainders.size() < 3 && i < 60; ++i) {
        const Certificate leaf = makeLeaf(h.intermediates.first(),
                                          QStringLiteral("pad%1.example").arg(QString(i % 7, QLatin1Char('x'))),
                                          {QStringLiteral("pad%1.example").arg(i)}).cert;
        remainders.insert(int(leaf.der().size() % 3));
        certs << leaf;
    }
    for (const Certificate& c : certs) {
        const QByteArray pem = c.toPem();
        expectSameDecoding(pem, "canonical");
        QByteArray crlf = pem;
        expectSameDecoding(crlf.replace("\n", "\r\n"), "crlf");
        expectSameDecoding(pem.chopped(1), "no final newline");
        expectSameDecoding("text before\n" + pem, "text before");
        expectSameDecoding(pem + pem, "two blocks");
        expectSameDecoding(pem + "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "key after");
        QByteArray wide = "-----BEGIN CERTIFICATE-----\n";
        const QByteArray b64 = c.der().toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 76)
            wide += b64.mid(i, 76) + '\n';
        expectSameDecoding(wide + "-----END CERTIFICATE-----\n", "76 columns");
        QByteArray damaged = pem;
        damaged[40] = '*';
        expectSameDecoding(damaged, "bad character");
        QByteArray early = pem;
        early[60] = '=';
        expectSameDecoding(early, "padding inside");
        QByteArray flipped = pem;
        flipped[100] = flipped[100] == 'A' ? 'B' : 'A';
        expectSameDecoding(flipped, "different bytes");
        expectSameDecoding(pem.left(pem.size() / 2) + "\n-----END CERTIFICATE-----\n", "truncated");
    }
    EXPECT_EQ(remainders.size(), 3);
    expectSameDecoding(h.leaf.cert.der(), "DER");
    expectSameDecoding(QByteArray(), "empty");
}

TEST(StoreFileReaderTest, ListsWhatQDirLists)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString d = dir.path();
    writeFile(d + QStringLiteral("/b.pem"), "x");
    writeFile(d + QStringLiteral("/a.key"), "x");
    writeFile(d + QStringLiteral("/.hidden.pem"), "x");
    writeFile(d + QStringLiteral("/Z.pem"), "x");
    QDir(d).mkdir(QStringLiteral("sub.pem"));
    QFile::link(d + QStringLiteral("/b.pem"), d + QStringLiteral("/link.pem"));
    QFile::link(d + QStringLiteral("/sub.pem"), d + QStringLiteral("/dirlink.pem"));
    QFile::link(d + QStringLiteral("/missing"), d + QStringLiteral("/broken.pem"));

    const auto fast = StoreFileReader::list(d);
    const auto infos = QDir(d).entryInfoList(QDir::Files | QDir::System, QDir::Name);
    ASSERT_EQ(fast.size(), infos.size());
    for (qsizetype i = 0; i < fast.size(); ++i) {
        EXPECT_EQ(fast[i].name, infos[i].fileName());
        EXPECT_EQ(fast[i].type == StoreFileReader::Type::SymLink, infos[i].isSymLink()) << infos[i].fileName().toStdString();
        EXPECT_EQ(fast[i].type == StoreFileReader::Type::Regular, infos[i].isFile() && !infos[i].isSymLink());
    }
}

TEST(StoreFileReaderTest, RefusesLargeFilesBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/big.pem");
    writeFile(path, QByteArray(2048, 'A'));
    const auto refused = StoreFileReader::read(path, 1024);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::TooLarge);
    const auto read = StoreFileReader::read(path, 4096);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->size(), 2048);
    EXPECT_FALSE(StoreFileReader::read(dir.path() + QStringLiteral("/none"), 10).ok());
}

} // namespace
