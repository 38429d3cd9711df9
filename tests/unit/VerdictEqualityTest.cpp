// SPDX-License-Identifier: GPL-3.0-or-later
// ChainVerifier checks each CA signature once and offers X509_verify_cert only
// the intermediates whose names can lead up from a leaf. Its verdict must stay
// exactly a plain X509_verify_cert's: same inputs, same time, same host name,
// same first error, for every certificate of a generated store and every
// x509-limbo case.

#include "ChainVerifier.h"
#include "FileDecoder.h"
#include "TestEnvironment.h"
#include "TestPki.h"
#include "ossl/Ptr.h"

#include "GeneratedStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <openssl/err.h>

using namespace certpilot;

namespace {

struct Reference {
    bool trusted = false;
    int firstError = 0;
    int chainLength = 0;
};

int referenceIndex()
{
    static const int index = X509_STORE_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

// Records the first error and carries on, as ChainVerifier's callback does, so
// the first error can be compared too; the verdict is "no error at all",
// which is what X509_verify_cert without a callback returns.
int recordFirst(int ok, X509_STORE_CTX* ctx)
{
    auto* first = static_cast<int*>(X509_STORE_CTX_get_ex_data(ctx, referenceIndex()));
    if (!ok && first && *first == 0)
        *first = X509_STORE_CTX_get_error(ctx);
    return 1;
}

X509* toX509(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return d2i_X509(nullptr, &p, der.size());
}

// An IPv6 address, or four numbers 0-255: what `verify --host` treats as an IP.
bool looksLikeIp(const QString& host)
{
    if (host.contains(QLatin1Char(':')))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString& part : parts) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (!ok || v < 0 || v > 255)
            return false;
    }
    return true;
}

// A plain X509_verify_cert over every root and every intermediate.
struct PlainVerifier {
    ossl::X509StorePtr store{X509_STORE_new()};
    ossl::X509StackPtr untrusted{sk_X509_new_null()};
    VerifyOptions options;

    PlainVerifier(const QList<Certificate>& roots, const QList<Certificate>& intermediates, const VerifyOptions& o)
        : options(o)
    {
        for (const Certificate& r : roots) {
            ossl::X509Ptr x(toX509(r.der()));
            if (x)
                X509_STORE_add_cert(store.get(), x.get());
        }
        for (const Certificate& c : intermediates) {
            if (X509* x = toX509(c.der()))
                sk_X509_push(untrusted.get(), x);
        }
        ERR_clear_error();
    }

    Reference verify(const QByteArray& leafDer, bool withCallback) const
    {
        Reference out;
        ossl::X509Ptr leaf(toX509(leafDer));
        ossl::X509StoreCtxPtr ctx(X509_STORE_CTX_new());
        if (!leaf || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
            ERR_clear_error();
            return out;
        }
        X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
        if (options.at.isValid())
            X509_VERIFY_PARAM_set_time(param, time_t(options.at.toSecsSinceEpoch()));
        if (!options.hostname.isEmpty()) {
            const QByteArray host = options.hostname.toUtf8();
            if (looksLikeIp(options.hostname)) {
                X509_VERIFY_PARAM_set1_ip_asc(param, host.constData());
            } else {
                X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS
                                                           | X509_CHECK_FLAG_NEVER_CHECK_SUBJECT);
                X509_VERIFY_PARAM_set1_host(param, host.constData(), size_t(host.size()));
            }
        }
        if (options.sslServer)
            X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
        if (options.strict) {
            X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_X509_STRICT);
            X509_VERIFY_PARAM_set_auth_level(param, 2);
        }
        int first = 0;
        if (withCallback) {
            X509_STORE_CTX_set_ex_data(ctx.get(), referenceIndex(), &first);
            X509_STORE_CTX_set_verify_cb(ctx.get(), recordFirst);
        }
        const int verdict = X509_verify_cert(ctx.get());
        out.trusted = verdict == 1 && first == 0;
        out.firstError = first != 0 ? first : (verdict == 1 ? 0 : X509_STORE_CTX_get_error(ctx.get()));
        STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
        out.chainLength = chain ? sk_X509_num(chain) : 0;
        ERR_clear_error();
        return out;
    }
};

int certificateNodes(const ChainResult& r)
{
    int n = 0;
    for (const ChainNode& node : r.nodes)
        n += node.isGap() ? 0 : 1;
    return n;
}

// Compares every certificate; returns how many were trusted.
int expectSameVerdicts(const QList<Certificate>& roots, const QList<Certificate>& intermediates,
                       const QList<Certificate>& subjects, const VerifyOptions& options, const QString& what)
{
    const ChainVerifier ours(roots, intermediates, options);
    const PlainVerifier plain(roots, intermediates, options);
    int trusted = 0;
    for (const Certificate& c : subjects) {
        const ChainResult r = ours.verify(c);
        const Reference withoutCallback = plain.verify(c.der(), false);
        const Reference withCallback = plain.verify(c.der(), true);
        EXPECT_EQ(r.trusted, withoutCallback.trusted) << what.toStdString() << " " << c.sha1().toStdString();
        EXPECT_EQ(r.trusted, withCallback.trusted) << what.toStdString() << " " << c.sha1().toStdString();
        EXPECT_EQ(r.opensslError, withCallback.firstError) << what.toStdString() << " " << c.sha1().toStdString();
        if (withCallback.chainLength > 0)
            EXPECT_EQ(certificateNodes(r), withCallback.chainLength) << what.toStdString();
        trusted += r.trusted ? 1 : 0;
    }
    return trusted;
}

QList<Certificate> readPem(const QString& path)
{
    auto decoded = FileDecoder::decodeFile(path);
    return decoded ? decoded->certificates : QList<Certificate>();
}

TEST(VerdictEqualityTest, EveryCertificateOfAGeneratedStore)
{
    auto generated = test::generatedStore();
    ASSERT_TRUE(generated.ok()) << generated.error().fullText().toStdString();
    auto store = PemDirStore::open(generated->path);
    ASSERT_TRUE(store.ok());
    const auto contents = (*store)->load();
    ASSERT_TRUE(contents.ok());
    QList<Certificate> roots;
    QList<Certificate> intermediates;
    QList<Certificate> all;
    for (const StoreEntry& e : contents->entries) {
        if (e.certificate.isNull())
            continue;
        all << e.certificate;
        if (e.kind == StoreKind::TrustedRoot)
            roots << e.certificate;
        else if (e.kind == StoreKind::Intermediate || (e.kind == StoreKind::Personal && e.certificate.isCa()))
            intermediates << e.certificate;
    }
    ASSERT_EQ(all.size(), 305);

    // Now (some leaves expired), later (more expired), before the leaves'
    // notBefore (not yet valid), and with the browser's checks and a host name.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int trustedNow = expectSameVerdicts(roots, intermediates, all, {}, QStringLiteral("now"));
    EXPECT_GT(trustedNow, 150);
    EXPECT_LT(trustedNow, 305);
    expectSameVerdicts(roots, intermediates, all, {now.addDays(200), {}, false, false}, QStringLiteral("+200d"));
    expectSameVerdicts(roots, intermediates, all, {now.addDays(-500), {}, false, false}, QStringLiteral("-500d"));
    expectSameVerdicts(roots, intermediates, all, {{}, QStringLiteral("host4.bench4.example"), true, true},
                       QStringLiteral("strict host"));

    // The order of the intermediates and of the store must not matter either.
    QList<Certificate> reversed(intermediates.crbegin(), intermediates.crend());
    expectSameVerdicts(roots, reversed, all, {}, QStringLiteral("reversed"));
    // Nor a missing root (every chain of that hierarchy fails the same way).
    expectSameVerdicts(roots.mid(0, 1), intermediates, all, {}, QStringLiteral("one root"));
}

TEST(VerdictEqualityTest, EveryLimboCase)
{
    const QString folder = test::vectorsDir(QStringLiteral("limbo"));
    QFile index(folder + QStringLiteral("/index.tsv"));
    if (!index.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "x509-limbo vectors not found (../shared/vectors; set CERTPILOT_VECTORS_DIR)";
    int cases = 0;
    int trusted = 0;
    const QList<QByteArray> lines = index.readAll().split('\n');
    for (const QByteArray& line : lines.mid(1)) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 8)
            continue;
        const QString dir = folder + QStringLiteral("/cases/") + QString::fromUtf8(f[0]);
        const QString id = QString::fromUtf8(f[1]);
        const QList<Certificate> roots = readPem(dir + QStringLiteral("/trusted.pem"));
        const QList<Certificate> untrusted = readPem(dir + QStringLiteral("/untrusted.pem"));
        const QList<Certificate> leaf = readPem(dir + QStringLiteral("/leaf.pem"));
        if (leaf.isEmpty())
            continue;   // a leaf no parser accepts has no verdict to compare
        VerifyOptions options;
        options.at = QDateTime::fromSecsSinceEpoch(f[4].toLongLong(), Qt::UTC);
        options.hostname = QString::fromUtf8(f[7]).trimmed();
        trusted += expectSameVerdicts(roots, untrusted, leaf, options, id);
        // The same without a host name (the certificate list), and as `verify` checks.
        expectSameVerdicts(roots, untrusted, leaf, {options.at, {}, false, false}, id + QStringLiteral(" no host"));
        expectSameVerdicts(roots, untrusted, leaf, {options.at, options.hostname, true, true},
                           id + QStringLiteral(" strict"));
        ++cases;
    }
    EXPECT_GT(cases, 150);
    EXPECT_GT(trusted, 30);
}

} // namespace
