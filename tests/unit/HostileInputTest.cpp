// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input, one row per case, through the entry points users reach: the
// certpilot-cli commands (in-process, or the real binary where a resource
// limit is needed) and the model APIs the GUI calls (FileDecoder, CaImport's
// sources, Pkcs12Reader, PemDirStore). Every row checks the category of what
// the user is told and that the store is byte-for-byte what it was.

#include "CaDelivery.h"
#include "FileDecoder.h"
#include "HostileInputSupport.h"
#include "ImportPlan.h"
#include "InProcessCli.h"
#include "Permissions.h"
#include "RequestTestSupport.h"
#include "TestPki.h"
#include "pfx/Pkcs12Reader.h"
#include "pfx/Pkcs12Writer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <optional>

#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const SecureBytes kPfxPassword(QByteArray("hostile-pfx-password"));

// What the user was told.
struct Outcome {
    bool failed = false;
    std::optional<ErrorKind> kind;   // model APIs
    int exit = 0;                    // CLI
    QString text;                    // message (model) or stdout + stderr (CLI)
};

class HostileInputTest;

struct HostileCase {
    const char* name;
    const char* entryPoint;                      // for the report and failure output
    std::function<Outcome(HostileInputTest&)> run;
    bool refused = true;                         // false: handled (shown), not refused
    std::optional<ErrorKind> kind;
    QStringList words;                           // each must be in the text (case-insensitive)
    std::function<void(const Outcome&, HostileInputTest&)> extra = {};
};

// gtest prints the row's name, not its bytes.
void PrintTo(const HostileCase& c, std::ostream* os) { *os << c.name << " via " << c.entryPoint; }

template <typename T> Outcome fromResult(const Result<T>& r)
{
    Outcome o;
    o.failed = !r.ok();
    if (!r.ok()) {
        o.kind = r.error().kind;
        o.text = r.error().message;
    }
    return o;
}

Outcome fromCli(const CliRun& r) { return Outcome{r.exit != 0, std::nullopt, r.exit, r.out + r.err}; }
Outcome fromProcess(const CliResult& r)
{
    return Outcome{r.exitCode != 0, std::nullopt, r.exitCode, QString::fromUtf8(r.out + r.err)};
}

// The one refused source, or an outcome saying there was none.
Outcome fromSources(const QList<ImportSource>& sources)
{
    for (const ImportSource& s : sources)
        if (!s.decoded)
            return fromResult(s.decoded);
    return Outcome{};
}

class HostileInputTest : public ::testing::TestWithParam<HostileCase> {
public:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3, QStringLiteral("www.hostile.example"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    TempStore m_store;
    QTemporaryDir m_dir;
    QString m_outsideDir;      // files outside the store that a case must not touch

    QString storePath() const { return m_store.path(); }
    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }
    CliRun cli(const QString& command, QStringList args) { return runCliCommand(command, args, storePath()); }
    Outcome cliImport(const QString& path, const QStringList& more = {QStringLiteral("--yes")})
    {
        return fromCli(cli(QStringLiteral("import"), QStringList{path} + more));
    }
    Outcome cliImportPfx(const QString& path)
    {
        qputenv("CERTPILOT_HOSTILE_PFX_PASSWORD", kPfxPassword.view());
        return fromCli(cli(QStringLiteral("import-pfx"),
                           {path, QStringLiteral("--yes"), QStringLiteral("--password-env"),
                            QStringLiteral("CERTPILOT_HOSTILE_PFX_PASSWORD")}));
    }
    QByteArray slowKeyPem() const
    {
        auto encrypted = s_pki->leaf.key.toEncryptedPem(kPfxPassword);
        if (!encrypted)
            throw std::runtime_error("toEncryptedPem failed");
        // 2^31 - 1: OpenSSL itself refuses 2^31 (it overflows its int), so
        // this is the largest count it would run (about an hour here).
        return withEncryptedKeyIterations(*encrypted, (qint64(1) << 31) - 1);
    }
    QByteArray pfx(const Pkcs12Profile& profile = Pkcs12Profile::modern()) const
    {
        auto written = Pkcs12Writer::write({s_pki->leaf.cert, s_pki->leaf.key, {s_pki->intermediates[0].cert}, {}},
                                           kPfxPassword, profile);
        if (!written)
            throw std::runtime_error("Pkcs12Writer failed");
        return *written;
    }

protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.store) << "the temporary store did not open";
        // A store with something to lose: a root, an intermediate, a server certificate with its key.
        const QString zip = writeCertZip(m_dir.path(), *s_pki, QStringLiteral("seed.zip"));
        const QString key = file(QStringLiteral("seed.key"), s_pki->leaf.key.toPem().view());
        const CliRun seeded = cli(QStringLiteral("import"), {zip, key, QStringLiteral("--yes")});
        ASSERT_EQ(seeded.exit, 0) << seeded.err.toStdString();
        QFile::remove(zip);
        QFile::remove(key);
        m_outsideDir = m_dir.filePath(QStringLiteral("outside"));
        QDir().mkpath(m_outsideDir);
        writeFile(m_outsideDir + QStringLiteral("/target.pem"), QByteArray("not the store's file\n"));
    }
};
Hierarchy* HostileInputTest::s_pki = nullptr;

TEST_P(HostileInputTest, RefusedOrShownSafelyAndTheStoreIsUnchanged)
{
    const HostileCase& c = GetParam();
    SCOPED_TRACE(std::string(c.name) + " via " + c.entryPoint);
    // .index is the load cache any load rewrites; it holds no user data.
    const auto before = storeSnapshot(storePath());
    const auto outsideBefore = snapshotTree(m_outsideDir);
    ASSERT_GE(before.size(), 5) << "seeded store: marker, 3 certificates and a key";

    const Outcome o = c.run(*this);

    EXPECT_EQ(o.failed, c.refused) << o.text.toStdString();
    if (c.kind) {
        ASSERT_TRUE(o.kind.has_value()) << o.text.toStdString();
        EXPECT_EQ(int(*o.kind), int(*c.kind)) << o.text.toStdString();
    }
    for (const QString& word : c.words)
        EXPECT_TRUE(o.text.contains(word, Qt::CaseInsensitive)) << "missing \"" << word.toStdString() << "\" in:\n"
                                                                << o.text.toStdString();
    if (c.extra)
        c.extra(o, *this);
    EXPECT_EQ(storeSnapshot(storePath()), before) << "the store changed";
    // Nothing outside the store was written or changed (zip traversal, symlinks).
    EXPECT_EQ(snapshotTree(m_outsideDir), outsideBefore) << "a file outside the store changed";
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("evil.cer"))));
    EXPECT_FALSE(QFileInfo::exists(QDir::temp().filePath(QStringLiteral("evil.cer"))));
}

// --- inputs -----------------------------------------------------------------

QByteArray leafPem() { return HostileInputTest::s_pki->leaf.cert.toPem(); }
QByteArray leafDer() { return HostileInputTest::s_pki->leaf.cert.der(); }

QByteArray randomBytes(int size)
{
    QByteArray out(size, '\0');
    quint32 x = 0x9E3779B9u;   // xorshift: the same "random" bytes every run
    for (char& c : out) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x & 0xFF);
    }
    return out;
}

// A 2 GB sparse file that nobody may read (mode 0): a reader that opened it
// would fail with "cannot be read"; one that checks the size first says
// "too large" without touching a byte.
QString sparse2G(HostileInputTest& t, const QString& name)
{
    const QString path = t.m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || ::ftruncate(f.handle(), 2LL * 1024 * 1024 * 1024) != 0)
        throw std::runtime_error("cannot make the sparse file");
    f.close();
    ::chmod(QFile::encodeName(path).constData(), 0);
    return path;
}

long maxRssKb()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

QByteArray hundredThousandCertificates()
{
    const QByteArray one = leafPem();
    QByteArray all;
    all.reserve(one.size() * 100000);
    for (int i = 0; i < 100000; ++i)
        all += one;
    return all;
}

// Names no CSR wizard of ours would write.
const QByteArray kRtlName = QByteArray("evil") + QByteArray("\xE2\x80\xAE", 3) + "moc.elgoog";   // U+202E
const QByteArray kControlName = QByteArray("bell\x07") + "line\nbreak\x1B[31mred";
const QByteArray kBadUtf8Name = QByteArray("bad\xFF\xFE") + "utf8\xC3.example";

// Invalid UTF-8 survives parsing only where OpenSSL does not canonicalise: a
// subjectAltName's IA5String (a UTF8String subject with it does not parse at all).
Certificate weirdNames()
{
    // One certificate (one thumbprint) for every case.
    static const Certificate cert = rawNameCertificate({{"CN", kRtlName + kControlName}, {"O", kControlName}},
                                                       kBadUtf8Name);
    return cert;
}

void shownEscaped(const QString& text, bool withAltNames = true)
{
    EXPECT_FALSE(text.contains(QChar(0x202E))) << "right-to-left override interpreted";
    EXPECT_FALSE(text.contains(QChar(0x07))) << "control character passed through";
    EXPECT_FALSE(text.contains(QChar(0x1B))) << "terminal escape passed through";
    EXPECT_FALSE(text.contains(QChar(0xFFFD))) << "invalid UTF-8 replaced instead of escaped";
    EXPECT_TRUE(text.contains(QLatin1String("\\u202e"), Qt::CaseInsensitive)) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("\\x07"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("\\x1b"), Qt::CaseInsensitive)) << text.toStdString();
    if (withAltNames)
        EXPECT_TRUE(text.contains(QLatin1String("\\xff"), Qt::CaseInsensitive)) << text.toStdString();
}

// An archive written with libzip next to the inputs.
QString zipFile(HostileInputTest& t, const QString& name, const QList<ZipEntry>& entries)
{
    const QString path = t.m_dir.filePath(name);
    writeZip(path, entries);
    return path;
}

QList<ZipEntry> bombEntries()
{
    // 20 MB of zeros deflate to about 20 KB: far over the 1 MB entry limit and the 100:1 ratio.
    return {ZipEntry{QStringLiteral("root.cer"), QByteArray(20 * 1024 * 1024, '0')}};
}

// The store folder read-only for this process (root included) while it lives.
struct ReadOnlyStore {
    explicit ReadOnlyStore(const QString& root) : m_root(root)
    {
        setMode(0500);
    }
    ~ReadOnlyStore() { setMode(0700); }
    void setMode(mode_t mode)
    {
        ::chmod(QFile::encodeName(m_root).constData(), mode);
        for (const QString& sub : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
            ::chmod(QFile::encodeName(m_root + QLatin1Char('/') + sub).constData(), mode);
    }
    QString m_root;
    EnforceFilePermissions m_enforce;
};

Outcome fullDiskImport(HostileInputTest& t)
{
    // A 256 KB tmpfs holding a copy of the store, filled up; without mount
    // rights the same write failure comes from RLIMIT_FSIZE (ulimit -f).
    const QString mnt = t.m_dir.filePath(QStringLiteral("tmpfs"));
    QDir().mkpath(mnt);
    const QString zip = writeCertZip(t.m_dir.path(), *HostileInputTest::s_pki, QStringLiteral("renewal.zip"));
    const QString key = t.m_dir.filePath(QStringLiteral("renewal.key"));
    writeFile(key, HostileInputTest::s_pki->leaf.key.toPem().view());
    // The seeded store has all of these already: import into a fresh store on the small disk.
    if (::geteuid() == 0 && ::mount("tmpfs", QFile::encodeName(mnt).constData(), "tmpfs", 0, "size=256k") == 0) {
        const QString store = mnt + QStringLiteral("/store");
        const CliResult created = runCliLimited({QStringLiteral("--store"), store, QStringLiteral("list")});
        QFile filler(mnt + QStringLiteral("/filler"));
        if (created.exitCode == 0 && filler.open(QIODevice::WriteOnly)) {
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            filler.close();
        }
        const auto before = snapshotTree(store);
        const CliResult r = runCliLimited({QStringLiteral("--store"), store, QStringLiteral("import"), zip, key,
                                           QStringLiteral("--yes")});
        EXPECT_EQ(snapshotTree(store), before) << "the full store changed";
        ::umount2(QFile::encodeName(mnt).constData(), MNT_DETACH);
        QDir(mnt).removeRecursively();
        return fromProcess(r);
    }
    QDir(mnt).removeRecursively();
    const QString store = t.m_dir.filePath(QStringLiteral("limited-store"));
    runCliLimited({QStringLiteral("--store"), store, QStringLiteral("list")});
    const auto before = snapshotTree(store);
    const CliResult r = runCliLimited(
        {QStringLiteral("--store"), store, QStringLiteral("import"), zip, key, QStringLiteral("--yes")}, 64);
    EXPECT_EQ(snapshotTree(store), before) << "the size-limited store changed";
    QDir(store).removeRecursively();
    return fromProcess(r);
}

const HostileCase kCases[] = {
    {"EmptyFileCli", "certpilot-cli import",
     [](HostileInputTest& t) { return t.cliImport(t.file(QStringLiteral("empty.cer"), {})); }, true, {},
     {QStringLiteral("empty"), QStringLiteral("Nothing")}},
    {"EmptyFileDecoder", "FileDecoder::decodeFile",
     [](HostileInputTest& t) { return fromResult(FileDecoder::decodeFile(t.file(QStringLiteral("empty.cer"), {}))); },
     true, ErrorKind::InvalidInput, {QStringLiteral("empty")}},
    {"RandomBytesCli", "certpilot-cli import",
     [](HostileInputTest& t) { return t.cliImport(t.file(QStringLiteral("random.cer"), randomBytes(8192))); }, true, {},
     {QStringLiteral("not a certificate file")}},
    {"RandomBytesPfx", "Pkcs12Reader::readFile",
     [](HostileInputTest& t) {
         return fromResult(Pkcs12Reader::readFile(t.file(QStringLiteral("random.pfx"), randomBytes(8192)), kPfxPassword));
     },
     true, ErrorKind::InvalidInput, {}},
    {"TruncatedDerCli", "certpilot-cli import",
     [](HostileInputTest& t) { return t.cliImport(t.file(QStringLiteral("cut.cer"), leafDer().left(200))); }, true, {},
     {QStringLiteral("ends early")}},
    {"TruncatedDerDecoder", "FileDecoder::decodeFile",
     [](HostileInputTest& t) {
         return fromResult(FileDecoder::decodeFile(t.file(QStringLiteral("cut.der"), leafDer().chopped(1))));
     },
     true, ErrorKind::Truncated, {QStringLiteral("ends early")}},
    {"TruncatedPemDecoder", "FileDecoder::decodeFile",
     [](HostileInputTest& t) {
         return fromResult(FileDecoder::decodeFile(t.file(QStringLiteral("cut.pem"), leafPem().left(300))));
     },
     true, ErrorKind::InvalidInput, {QStringLiteral("damaged PEM block")}},
    {"TruncatedPemCli", "certpilot-cli import",
     [](HostileInputTest& t) { return t.cliImport(t.file(QStringLiteral("cut.pem"), leafPem().chopped(40))); }, true,
     {}, {QStringLiteral("damaged PEM block")}},
    {"TruncatedPfxReader", "Pkcs12Reader::readFile",
     [](HostileInputTest& t) {
         return fromResult(Pkcs12Reader::readFile(t.file(QStringLiteral("cut.pfx"), t.pfx().chopped(100)), kPfxPassword));
     },
     true, ErrorKind::Truncated, {}},
    {"TruncatedPfxCli", "certpilot-cli import-pfx",
     [](HostileInputTest& t) { return t.cliImportPfx(t.file(QStringLiteral("cut.pfx"), t.pfx().left(600))); }, true, {},
     {QStringLiteral("ends")}},
    {"Sparse2GDecoder", "FileDecoder::decodeFile",
     [](HostileInputTest& t) {
         const QString path = sparse2G(t, QStringLiteral("huge.cer"));
         EnforceFilePermissions enforce;
         const long rss = maxRssKb();
         Outcome o = fromResult(FileDecoder::decodeFile(path));
         EXPECT_LT(maxRssKb() - rss, 64 * 1024) << "memory spent on a file refused by size";
         QFile::remove(path);
         return o;
     },
     true, ErrorKind::TooLarge, {QStringLiteral("2048 MB")}},
    {"Sparse2GPfxReader", "Pkcs12Reader::readFile",
     [](HostileInputTest& t) {
         const QString path = sparse2G(t, QStringLiteral("huge.pfx"));
         EnforceFilePermissions enforce;
         Outcome o = fromResult(Pkcs12Reader::readFile(path, kPfxPassword));
         QFile::remove(path);
         return o;
     },
     true, ErrorKind::TooLarge, {}},
    {"Sparse2GCli", "certpilot-cli import",
     [](HostileInputTest& t) {
         const QString path = sparse2G(t, QStringLiteral("huge.zip"));
         EnforceFilePermissions enforce;
         Outcome o = t.cliImport(path);
         QFile::remove(path);
         return o;
     },
     true, {}, {QStringLiteral("2048 MB")}},
    {"HundredThousandCertificatesCli", "certpilot-cli import",
     // 100,000 copies of one PEM (about 60 MB): refused by the 32 MB file limit before decoding.
     [](HostileInputTest& t) { return t.cliImport(t.file(QStringLiteral("many.pem"), hundredThousandCertificates())); },
     true, {}, {QStringLiteral("32 MB")}},
    {"HundredThousandCertificatesInMemory", "FileDecoder::decode",
     [](HostileInputTest&) { return fromResult(FileDecoder::decode(hundredThousandCertificates())); }, true,
     ErrorKind::TooLarge, {}},
    {"TenThousandCertificatesDecoder", "FileDecoder::decodeFile",
     // Under the size limit, so the item limit (5,000) stops the decoding.
     [](HostileInputTest& t) {
         QByteArray all;
         for (int i = 0; i < 10000; ++i)
             all += leafPem();
         return fromResult(FileDecoder::decodeFile(t.file(QStringLiteral("10k.pem"), all)));
     },
     true, ErrorKind::TooLarge, {QStringLiteral("5000 items")}},
    {"DeeplyNestedAsn1Decoder", "FileDecoder::decode",
     [](HostileInputTest&) { return fromResult(FileDecoder::decode(nestedAsn1(100000))); }, true, {},
     {}},
    {"DeeplyNestedAsn1Pfx", "Pkcs12Reader::read",
     [](HostileInputTest&) { return fromResult(Pkcs12Reader::read(nestedAsn1(100000), kPfxPassword)); }, true, {}, {}},
    {"DeeplyNestedAsn1Cli", "certpilot-cli import",
     [](HostileInputTest& t) { return t.cliImport(t.file(QStringLiteral("nested.der"), nestedAsn1(100000))); }, true,
     {}, {QStringLiteral("Nothing")}},
    {"DeeplyNestedAsn1PfxCli", "certpilot-cli import-pfx",
     [](HostileInputTest& t) { return t.cliImportPfx(t.file(QStringLiteral("nested.pfx"), nestedAsn1(100000))); },
     true, {}, {}},
    {"Subject16KBCli", "certpilot-cli import (plan only)",
     // A valid certificate with a 16 KB common name: shown in the plan, nothing installed without --yes.
     [](HostileInputTest& t) {
         const Certificate c = rawNameCertificate({{"CN", QByteArray(16 * 1024, 'A')}});
         return t.cliImport(t.file(QStringLiteral("long.cer"), c.toPem()), {});
     },
     false, {}, {QStringLiteral("AAAAAAAAAAAAAAAA"), QStringLiteral("Nothing was changed")}},
    {"Subject16KBDecoder", "FileDecoder::decodeFile",
     [](HostileInputTest& t) {
         const Certificate c = rawNameCertificate({{"CN", QByteArray(16 * 1024, 'A')}});
         auto decoded = FileDecoder::decodeFile(t.file(QStringLiteral("long.cer"), c.der()));
         if (decoded) {
             EXPECT_EQ(decoded->certificates.size(), 1);
             EXPECT_EQ(decoded->certificates.value(0).subject().commonName().size(), 16 * 1024);
         }
         return fromResult(decoded);
     },
     false, {}, {}},
    {"EscapedNamesDisplayText", "Certificate::subject().displayName/toString (DisplayText)",
     [](HostileInputTest&) {
         const Certificate c = weirdNames();
         QString text = c.subject().toString() + QLatin1Char('\n') + c.subject().displayName();
         for (const SubjectAltName& san : c.subjectAltNames())
             text += QLatin1Char('\n') + san.value;
         shownEscaped(text);
         return Outcome{false, std::nullopt, 0, text};
     },
     false, {}, {}},
    {"EscapedNamesCli", "certpilot-cli import (plan only)",
     [](HostileInputTest& t) { return t.cliImport(t.file(QStringLiteral("names.cer"), weirdNames().toPem()), {}); },
     false, {}, {QStringLiteral("\\u202E")},
     [](const Outcome& o, HostileInputTest&) { shownEscaped(o.text, false); }},
    {"InvalidUtf8SubjectDecoder", "FileDecoder::decodeFile",
     // Invalid UTF-8 in a UTF8String subject: OpenSSL refuses the whole certificate.
     [](HostileInputTest& t) {
         return fromResult(FileDecoder::decodeFile(
             t.file(QStringLiteral("badutf8.cer"), rawNameCertificateDer({{"CN", kBadUtf8Name}}))));
     },
     true, ErrorKind::InvalidInput, {}},
    {"EscapedNamesCliShow", "certpilot-cli import --yes + show + list (temporary store)",
     [](HostileInputTest& t) {
         // The real display path needs the certificate in a store: use a second one.
         TempStore other;
         const QString path = t.file(QStringLiteral("names.cer"), weirdNames().toPem());
         const CliRun imported = runCliCommand(QStringLiteral("import"), {path, QStringLiteral("--yes")}, other.path());
         EXPECT_EQ(imported.exit, 0) << imported.err.toStdString();
         const CliRun shown = runCliCommand(QStringLiteral("show"), {weirdNames().sha1()}, other.path());
         const CliRun listed = runCliCommand(QStringLiteral("list"), {}, other.path());
         Outcome o = fromCli(shown);
         o.text += listed.out + imported.out;
         shownEscaped(o.text);
         return o;
     },
     false, {}, {}},
    {"PfxIterations2Pow31Reader", "Pkcs12Reader::readFile",
     [](HostileInputTest& t) {
         const QString path = t.file(QStringLiteral("slow.pfx"), withMacIterations(t.pfx(), qint64(1) << 31));
         return fromResult(Pkcs12Reader::readFile(path, kPfxPassword));
     },
     true, ErrorKind::TooLarge, {QStringLiteral("2,147,483,648")}},
    {"PfxIterations2Pow31Cli", "certpilot-cli import-pfx",
     [](HostileInputTest& t) {
         return t.cliImportPfx(t.file(QStringLiteral("slow.pfx"), withMacIterations(t.pfx(), qint64(1) << 31)));
     },
     true, {}, {QStringLiteral("2,147,483,648")}},
    // The same 2^31 in the key bag instead (PBES2/PBKDF2, then the PKCS#12 PBE of
    // a TripleDES key bag), behind a MAC that passes: refused before deriving.
    {"PfxKeyBagPbkdf2Iterations2Pow31Reader", "Pkcs12Reader::readFile",
     [](HostileInputTest& t) {
         const QString path = t.file(QStringLiteral("slow.pfx"), withKeyBagIterations(t.pfx(), kPfxPassword.view(),
                                                                                      qint64(1) << 31));
         return fromResult(Pkcs12Reader::readFile(path, kPfxPassword));
     },
     true, ErrorKind::TooLarge, {QStringLiteral("2,147,483,648"), QStringLiteral("export it again")}},
    {"PfxKeyBagPbkdf2Iterations2Pow31Cli", "certpilot-cli import-pfx",
     [](HostileInputTest& t) {
         return t.cliImportPfx(t.file(QStringLiteral("slow.pfx"), withKeyBagIterations(t.pfx(), kPfxPassword.view(),
                                                                                       qint64(1) << 31)));
     },
     true, {}, {QStringLiteral("2,147,483,648")}},
    {"PfxLegacyKeyBagIterations2Pow31Reader", "Pkcs12Reader::readFile",
     [](HostileInputTest& t) {
         const QString path = t.file(QStringLiteral("slow.pfx"),
                                     withKeyBagIterations(t.pfx(Pkcs12Profile::legacy()), kPfxPassword.view(),
                                                          qint64(1) << 31));
         return fromResult(Pkcs12Reader::readFile(path, kPfxPassword));
     },
     true, ErrorKind::TooLarge, {QStringLiteral("2,147,483,648"), QStringLiteral("export it again")}},
    {"PfxLegacyKeyBagIterations2Pow31Cli", "certpilot-cli import-pfx",
     [](HostileInputTest& t) {
         return t.cliImportPfx(t.file(QStringLiteral("slow.pfx"),
                                      withKeyBagIterations(t.pfx(Pkcs12Profile::legacy()), kPfxPassword.view(),
                                                           qint64(1) << 31)));
     },
     true, {}, {QStringLiteral("2,147,483,648")}},
    // An encrypted PEM key asks for its rounds the same way (PBES2/PBKDF2).
    {"PemKeyIterationsIntMaxReader", "PrivateKey::fromPem",
     [](HostileInputTest& t) { return fromResult(PrivateKey::fromPem(t.slowKeyPem(), kPfxPassword)); }, true,
     ErrorKind::TooLarge, {QStringLiteral("2,147,483,647"), QStringLiteral("export it again")}},
    {"PemKeyIterationsIntMaxCli", "certpilot-cli convert --to pfx",
     [](HostileInputTest& t) {
         const QString bundle = t.file(QStringLiteral("slow-key.pem"), leafPem() + t.slowKeyPem());
         qputenv("CERTPILOT_HOSTILE_PFX_PASSWORD", kPfxPassword.view());
         return fromCli(t.cli(QStringLiteral("convert"),
                              {bundle, QStringLiteral("--to"), QStringLiteral("pfx"), QStringLiteral("--out"),
                               t.m_dir.filePath(QStringLiteral("out.pfx")), QStringLiteral("--in-password-env"),
                               QStringLiteral("CERTPILOT_HOSTILE_PFX_PASSWORD"), QStringLiteral("--password-env"),
                               QStringLiteral("CERTPILOT_HOSTILE_PFX_PASSWORD")}));
     },
     true, {}, {QStringLiteral("2,147,483,647")}},
    {"ZipBombSources", "CaImport::readSources (ImportSource::fromPath)",
     [](HostileInputTest& t) { return fromSources(ImportSource::fromPath(zipFile(t, QStringLiteral("bomb.zip"), bombEntries()))); },
     true, ErrorKind::TooLarge, {}},
    {"ZipBombLyingHeaderCli", "certpilot-cli import",
     [](HostileInputTest& t) {
         const QString path = zipFile(t, QStringLiteral("bomb.zip"), bombEntries());
         writeFile(path, withDeclaredSize(readAll(path), 1000));
         return t.cliImport(path);
     },
     true, {}, {QStringLiteral("bomb.zip")}},
    {"ZipDotDotCli", "certpilot-cli import",
     [](HostileInputTest& t) {
         return t.cliImport(zipFile(t, QStringLiteral("dotdot.zip"),
                                    {ZipEntry{QStringLiteral("../../evil.cer"), leafPem()}}));
     },
     true, {}, {QStringLiteral("..")}},
    {"ZipAbsolutePathSources", "CaImport::readSources (ImportSource::fromPath)",
     [](HostileInputTest& t) {
         return fromSources(ImportSource::fromPath(
             zipFile(t, QStringLiteral("absolute.zip"), {ZipEntry{t.m_outsideDir + QStringLiteral("/evil.cer"), leafPem()}})));
     },
     true, {}, {QStringLiteral("absolute path")}},
    {"ZipSymlinkCli", "certpilot-cli import",
     [](HostileInputTest& t) {
         return t.cliImport(zipFile(t, QStringLiteral("link.zip"),
                                    {ZipEntry{QStringLiteral("root.cer"), QByteArray("/etc/passwd"), true, true}}));
     },
     true, {}, {QStringLiteral("symbolic link")}},
    {"SymlinkInStoreCli", "certpilot-cli list + import --yes",
     [](HostileInputTest& t) {
         // root/<thumbprint>.pem links to a file outside: it is skipped when listing,
         // and importing that certificate neither follows nor replaces the link.
         const Issued other = makeRoot(QStringLiteral("Outside Root"));
         const QString target = t.m_outsideDir + QStringLiteral("/target.pem");
         const QString link = t.storePath() + QStringLiteral("/root/") + other.cert.sha1().toUpper()
             + QStringLiteral(".pem");
         EXPECT_TRUE(QFile::link(target, link));
         const auto withLink = storeSnapshot(t.storePath());
         const CliRun listed = t.cli(QStringLiteral("list"), {});
         EXPECT_EQ(listed.exit, 0);
         EXPECT_TRUE(listed.err.contains(QLatin1String("symbolic link"))) << listed.err.toStdString();
         Outcome o = t.cliImport(t.file(QStringLiteral("other.cer"), other.cert.toPem()),
                                 {QStringLiteral("--yes"), QStringLiteral("--as"), QStringLiteral("root")});
         EXPECT_EQ(storeSnapshot(t.storePath()), withLink);
         EXPECT_EQ(readAll(target), QByteArray("not the store's file\n"));
         QFile::remove(link);
         return o;
     },
     true, {}, {QStringLiteral("exists")}},
    {"ReadOnlyStoreCli", "certpilot-cli import --yes, then list",
     [](HostileInputTest& t) {
         const Issued other = makeRoot(QStringLiteral("Read-only Root"));
         const QString path = t.file(QStringLiteral("ro.cer"), other.cert.toPem());
         ReadOnlyStore ro(t.storePath());
         Outcome o = t.cliImport(path);
         const CliRun listed = t.cli(QStringLiteral("list"), {});
         EXPECT_EQ(listed.exit, 0) << "reading a read-only store still works";
         EXPECT_TRUE(listed.out.contains(QLatin1String("www.hostile.example"))) << listed.out.toStdString();
         return o;
     },
     true, {}, {QStringLiteral("read-only")}},
    {"ReadOnlyStoreModel", "PemDirStore::commit",
     [](HostileInputTest& t) {
         const Issued other = makeRoot(QStringLiteral("Read-only Root 2"));
         ReadOnlyStore ro(t.storePath());
         auto store = PemDirStore::open(t.storePath());
         EXPECT_TRUE(store.ok());
         if (!store)
             return fromResult(store);
         EXPECT_FALSE((*store)->isWritable());
         StoreChange change;
         change.addCertificate(StoreKind::TrustedRoot, other.cert);
         return fromResult((*store)->commit(change));
     },
     true, ErrorKind::ReadOnly, {QStringLiteral("read-only")}},
    {"FullDiskCli", "certpilot-cli import --yes (real binary; tmpfs or RLIMIT_FSIZE)", fullDiskImport, true, {},
     {QStringLiteral("no space left")}},
};

INSTANTIATE_TEST_SUITE_P(Cases, HostileInputTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<HostileCase>& info) { return std::string(info.param.name); });

} // namespace
