// SPDX-License-Identifier: GPL-3.0-or-later
// The PEM-directory store's reader (platform/pemdir): anyone who can write to
// the store folder controls its files, their names, properties.json and the
// index (.index), so a load must survive all of them. The first byte picks:
//   0  StoreFileReader::decode (a certificate file as the store writes it)
//   1  the index: the rest is its body; the harness adds the magic and a
//      correct SHA-256, which a hostile writer can compute too; its records
//      are read as a load reads them (issuers pooled, DER read on demand)
//   2  one record of the index (Certificate::fromCacheRecord)
//   3  properties.json (StoreProperties::parse)
//   4  a whole store folder: up to 16 files, each a folder byte (personal,
//      root, intermediate, requests, top), a name (1-byte length) and content
//      (2-byte length), then PemDirStore::open and load, as the app starts

#include "FuzzSupport.h"
#include "NamePool.h"
#include "pemdir/StoreFileReader.h"
#include "pemdir/PemDirIndex.h"
#include "pemdir/PemDirStore.h"
#include "pemdir/StoreProperties.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdlib>

using namespace certpilot;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
}

QString root()
{
    static const QString dir = [] {
        const QString d = fuzz::scratchDir("pemdir");
        std::atexit([] { QDir(fuzz::scratchDir("pemdir")).removeRecursively(); });
        return d;
    }();
    return dir;
}

// A piece after a big-endian length of `lengthBytes` bytes; short input gives what is left.
QByteArray take(const QByteArray& in, qsizetype* pos, int lengthBytes, qsizetype max)
{
    qsizetype len = 0;
    for (int i = 0; i < lengthBytes && *pos < in.size(); ++i)
        len = len * 256 + quint8(in[(*pos)++]);
    const QByteArray piece = in.mid(*pos, std::min(len, max));
    *pos += piece.size();
    return piece;
}

void index(const QByteArray& body)
{
    QDir(root()).removeRecursively();
    QDir().mkpath(root());
    QByteArray file = QByteArrayLiteral("CertPilot store index\n") + body;
    file += QCryptographicHash::hash(file, QCryptographicHash::Sha256);
    writeFile(root() + QStringLiteral("/.index"), file);
    const PemDirIndex::Records records = PemDirIndex::read(root());
    // As a load reads them: the DER is read from the file again when asked for.
    NamePool issuers;
    for (const QString& path : records.paths()) {
        const PemDirIndex::Slot* slot = records.find(path);
        const auto cert = Certificate::fromCacheRecord(records.certificate(*slot), &issuers, records.derSource(),
                                                       slot->offset);
        if (cert)
            (void)fuzz::touch(cert.value());
    }
}

void store(const QByteArray& in)
{
    static const char* const folders[] = {"personal", "root", "intermediate", "requests", ""};
    QDir(root()).removeRecursively();
    for (const char* f : folders)
        QDir().mkpath(root() + QLatin1Char('/') + QLatin1String(f));
    // An existing store, so open() accepts the folder.
    writeFile(root() + QLatin1Char('/') + PemDirStore::markerFileName(), "{\"format\":1}");
    qsizetype pos = 0;
    for (int n = 0; n < 16 && pos < in.size(); ++n) {
        const int folder = quint8(in[pos++]) % 5;
        QByteArray name = take(in, &pos, 1, 40);
        // Names the file system can hold, inside their folder.
        name.replace('/', '_').replace('\0', '_');
        if (name.isEmpty() || name == "." || name == "..")
            name = "x.pem";
        const QByteArray content = take(in, &pos, 2, 8192);
        const QString dir = root() + QLatin1Char('/') + QLatin1String(folders[folder]);
        writeFile(dir + QLatin1Char('/') + QFile::decodeName(name), content);
    }
    auto opened = PemDirStore::open(root());
    if (!opened)
        return;
    const auto contents = opened.value()->load();
    if (contents)
        for (const StoreEntry& e : contents.value().entries) {
            (void)fuzz::touch(e.certificate);
            (void)fuzz::touch(e.request);
        }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 5) {
    case 0: {
        const auto decoded = StoreFileReader::decode(rest);
        if (decoded)
            for (const Certificate& c : decoded.value().certificates)
                (void)fuzz::touch(c);
        break;
    }
    case 1:
        index(rest);
        break;
    case 2: {
        const auto cert = Certificate::fromCacheRecord(rest);
        if (cert)
            (void)fuzz::touch(cert.value());
        break;
    }
    case 3: {
        StoreProperties props;
        (void)props.parse(rest);
        break;
    }
    case 4:
        store(rest);
        break;
    }
    fuzz::endInput();
    return 0;
}
