// SPDX-License-Identifier: GPL-3.0-or-later
// The digests the store relies on: thumbprints and the index's checksum,
// which is written in pieces and read back whole.

#include "ossl/Digest.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace certpilot;

TEST(DigestTest, MatchesQtsDigests)
{
    const QByteArray data = QByteArray("CertPilot ").repeated(1000);
    EXPECT_EQ(ossl::sha1(data), QCryptographicHash::hash(data, QCryptographicHash::Sha1));
    EXPECT_EQ(ossl::sha256(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    EXPECT_EQ(ossl::sha256({}).toHex(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(DigestTest, AStreamInPiecesEqualsTheWhole)
{
    QByteArray data;
    for (int i = 0; i < 100000; ++i)
        data.append(char(i * 7919 % 251));
    ossl::Sha256Stream stream;
    // Uneven pieces, an empty one among them.
    qsizetype at = 0;
    for (const qsizetype piece : {qsizetype(1), qsizetype(0), qsizetype(4095), qsizetype(65536), qsizetype(63)}) {
        stream.add(QByteArrayView(data).sliced(at, piece));
        at += piece;
    }
    stream.add(QByteArrayView(data).sliced(at));
    EXPECT_EQ(stream.result(), ossl::sha256(data));
    // A digest is given once.
    EXPECT_TRUE(stream.result().isEmpty());
}
