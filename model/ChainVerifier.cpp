// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainVerifier.h"

#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"
#include "ossl/SignatureMemo.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <optional>

#include <openssl/x509_vfy.h>

namespace certpilot {

namespace {

struct Recorded {
    int code;
    int depth;
};

int exDataIndex()
{
    static const int index = X509_STORE_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

// Records every error with its depth and lets verification continue, so each
// node of the path gets its own status (like Windows' Certification Path).
// The verdict stays X509_verify_cert's: any recorded error means "not trusted".
int recordErrors(int ok, X509_STORE_CTX* ctx)
{
    if (!ok) {
        auto* errors = static_cast<QList<Recorded>*>(X509_STORE_CTX_get_ex_data(ctx, exDataIndex()));
        if (errors)
            errors->append({X509_STORE_CTX_get_error(ctx), X509_STORE_CTX_get_error_depth(ctx)});
    }
    return 1;
}

X509* toX509(const Certificate& cert)
{
    const auto* p = reinterpret_cast<const unsigned char*>(cert.der().constData());
    return d2i_X509(nullptr, &p, cert.der().size());
}

bool isIpAddress(const QString& host)
{
    // Written without QtNetwork: dotted IPv4 or anything with a colon (IPv6).
    if (host.contains(QLatin1Char(':')))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString& p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v < 0 || v > 255)
            return false;
    }
    return true;
}


// X509_NAME_cmp compares canonical encodings; X509_NAME_hash_ex hashes the
// same encoding, so equal names always have equal hashes.
std::optional<unsigned long> nameHash(const X509_NAME* name)
{
    int ok = 0;
    const unsigned long h = X509_NAME_hash_ex(name, nullptr, nullptr, &ok);
    if (!ok) {
        ossl::clearErrors();
        return std::nullopt;
    }
    return h;
}

} // namespace

struct ChainVerifier::Impl {
    ossl::X509StorePtr store{X509_STORE_new()};
    ossl::X509StackPtr untrusted{sk_X509_new_null()};
    QHash<const X509*, Certificate> known;   // our certificate for each OpenSSL object
    QHash<const X509*, bool> anchors;
    VerifyOptions options;
    std::unique_ptr<ossl::SignatureMemo> memo;

    // Every CA certificate (trusted or not) by the hash of its subject, and
    // whether it is one of `untrusted` (its position there) or a root (-1).
    QMultiHash<unsigned long, QPair<X509*, int>> bySubject;
    mutable QMutex candidatesMutex;
    mutable QHash<unsigned long, std::shared_ptr<STACK_OF(X509)>> candidates;

    std::shared_ptr<STACK_OF(X509)> candidatesFor(const X509* leaf) const;
};

// The untrusted certificates X509_verify_cert could put above `leaf`: it only
// ever takes an issuer whose subject equals the issuer name of the certificate
// in hand, so every other one can be left out. They keep their order in
// `untrusted`, which decides between equally good issuers; the result is the
// same chain, found without scanning all intermediates for every leaf.
std::shared_ptr<STACK_OF(X509)> ChainVerifier::Impl::candidatesFor(const X509* leaf) const
{
    const auto start = nameHash(X509_get_issuer_name(leaf));
    if (!start)
        return {};
    QMutexLocker lock(&candidatesMutex);
    if (const auto it = candidates.constFind(*start); it != candidates.constEnd())
        return *it;
    QSet<unsigned long> seen{*start};
    QList<unsigned long> pending{*start};
    QList<int> positions;
    while (!pending.isEmpty()) {
        const unsigned long name = pending.takeLast();
        for (auto it = bySubject.constFind(name); it != bySubject.constEnd() && it.key() == name; ++it) {
            const auto [x, position] = it.value();
            if (position >= 0 && !positions.contains(position))
                positions << position;
            const auto issuer = nameHash(X509_get_issuer_name(x));
            if (!issuer)
                return {};
            if (!seen.contains(*issuer)) {
                seen.insert(*issuer);
                pending << *issuer;
            }
        }
    }
    std::sort(positions.begin(), positions.end());
    std::shared_ptr<STACK_OF(X509)> stack(sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_free(s); });
    for (int position : positions)
        sk_X509_push(stack.get(), sk_X509_value(untrusted.get(), position));
    candidates.insert(*start, stack);
    return stack;
}


ChainVerifier::ChainVerifier(const QList<Certificate>& trustedRoots, const QList<Certificate>& intermediates,
                             const VerifyOptions& options)
    : d(std::make_unique<Impl>())
{
    d->options = options;
    for (const Certificate& root : trustedRoots) {
        ossl::X509Ptr x(toX509(root));
        if (!x)
            continue;
        if (X509_STORE_add_cert(d->store.get(), x.get()) == 1) {
            d->known.insert(x.get(), root);
            d->anchors.insert(x.get(), true);
        }
    }
    for (const Certificate& ca : intermediates) {
        ossl::X509Ptr x(toX509(ca));
        if (!x)
            continue;
        d->known.insert(x.get(), ca);
        if (const auto h = nameHash(X509_get_subject_name(x.get())))
            d->bySubject.insert(*h, {x.get(), sk_X509_num(d->untrusted.get())});
        sk_X509_push(d->untrusted.get(), x.release());
    }
    for (auto it = d->anchors.constBegin(); it != d->anchors.constEnd(); ++it) {
        auto* root = const_cast<X509*>(it.key());
        if (const auto h = nameHash(X509_get_subject_name(root)))
            d->bySubject.insert(*h, {root, -1});
    }
    QSet<const X509*> cas;
    for (auto it = d->known.constBegin(); it != d->known.constEnd(); ++it)
        cas.insert(it.key());
    d->memo = std::make_unique<ossl::SignatureMemo>(std::move(cas));
    ossl::clearErrors();
}

ChainVerifier::~ChainVerifier() = default;

std::unique_ptr<ChainVerifier> ChainVerifier::forStore(const StoreContents& contents, const VerifyOptions& options)
{
    QList<Certificate> roots;
    QList<Certificate> intermediates;
    for (const StoreEntry& e : contents.entries) {
        if (e.certificate.isNull())
            continue;
        if (e.kind == StoreKind::TrustedRoot)
            roots << e.certificate;
        else if (e.kind == StoreKind::Intermediate || (e.kind == StoreKind::Personal && e.certificate.isCa()))
            intermediates << e.certificate;
    }
    return std::make_unique<ChainVerifier>(roots, intermediates, options);
}

ChainResult ChainVerifier::verify(const Certificate& certificate) const
{
    ChainResult result;
    ossl::X509Ptr leaf(toX509(certificate));
    ossl::X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    // A name whose hash cannot be computed falls back to every intermediate.
    const std::shared_ptr<STACK_OF(X509)> candidates = leaf ? d->candidatesFor(leaf.get()) : nullptr;
    STACK_OF(X509)* untrusted = candidates ? candidates.get() : d->untrusted.get();
    if (!leaf || !ctx || X509_STORE_CTX_init(ctx.get(), d->store.get(), leaf.get(), untrusted) != 1) {
        ossl::clearErrors();
        result.status = ChainStatus::Malformed;
        result.nodes.append(ChainNode{certificate, {}, {{ChainStatus::Malformed, 0, {}}}, false});
        return result;
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    if (d->options.at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(d->options.at.toSecsSinceEpoch()));
    if (!d->options.hostname.isEmpty()) {
        const QByteArray host = d->options.hostname.toUtf8();
        if (isIpAddress(d->options.hostname)) {
            X509_VERIFY_PARAM_set1_ip_asc(param, host.constData());
        } else {
            // Browsers ignore the subject CN and partial wildcards ("ba*.example.com").
            X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS
                                                       | X509_CHECK_FLAG_NEVER_CHECK_SUBJECT);
            X509_VERIFY_PARAM_set1_host(param, host.constData(), size_t(host.size()));
        }
    }
    if (d->options.sslServer)
        X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
    if (d->options.strict) {
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_X509_STRICT);
        X509_VERIFY_PARAM_set_auth_level(param, 2);
    }
    QList<Recorded> errors;
    X509_STORE_CTX_set_ex_data(ctx.get(), exDataIndex(), &errors);
    X509_STORE_CTX_set_verify_cb(ctx.get(), recordErrors);
    d->memo->install(ctx.get());
    const int verdict = X509_verify_cert(ctx.get());
    ossl::clearErrors();
    result.trusted = verdict == 1 && errors.isEmpty();
    result.opensslError = errors.isEmpty() ? (verdict == 1 ? 0 : X509_STORE_CTX_get_error(ctx.get()))
                                           : errors.first().code;

    // The path OpenSSL built, leaf first; we show it root first.
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
    const int depth = chain ? sk_X509_num(chain) : 0;
    QList<ChainNode> nodes;
    for (int i = 0; i < depth; ++i) {
        X509* x = sk_X509_value(chain, i);
        ChainNode node;
        node.certificate = i == 0 ? certificate : d->known.value(x);
        if (node.certificate.isNull()) {
            // Not one of ours (cannot happen with a private X509_STORE); parse it.
            int len = i2d_X509(x, nullptr);
            QByteArray der(len > 0 ? len : 0, Qt::Uninitialized);
            auto* p = reinterpret_cast<unsigned char*>(der.data());
            if (len > 0 && i2d_X509(x, &p) == len)
                node.certificate = Certificate::fromDer(der).ok() ? *Certificate::fromDer(der) : Certificate();
        }
        node.trustAnchor = d->anchors.contains(x);
        nodes.append(node);
    }
    if (nodes.isEmpty())
        nodes.append(ChainNode{certificate, {}, {}, false});
    for (const Recorded& e : errors) {
        ChainStatus status = ChainStatusText::fromOpenSslError(e.code);
        const int at = std::clamp(e.depth, 0, int(nodes.size()) - 1);
        // A self-signed CA that is not a trust anchor is an untrusted root, not a self-signed server certificate.
        if (status == ChainStatus::SelfSignedLeaf && nodes[at].certificate.isCa())
            status = ChainStatus::RootNotTrusted;
        const ChainProblem problem{status, e.code, QString::fromLatin1(X509_verify_cert_error_string(e.code))};
        if (status == ChainStatus::IssuerMissing && at == nodes.size() - 1) {
            // A gap above the top certificate, naming who is missing.
            const Certificate& top = nodes.last().certificate;
            bool hasGap = false;
            for (const ChainNode& n : nodes)
                hasGap = hasGap || n.isGap();
            nodes[at].problems.append(problem);
            if (!hasGap && !top.isNull()) {
                ChainNode gap;
                gap.missingIssuer = top.issuer().toString();
                gap.problems.append(problem);
                nodes.append(gap);
            }
            continue;
        }
        nodes[at].problems.append(problem);
    }
    if (verdict != 1 && errors.isEmpty()) {
        const int code = X509_STORE_CTX_get_error(ctx.get());
        nodes.first().problems.append({ChainStatusText::fromOpenSslError(code), code,
                                       QString::fromLatin1(X509_verify_cert_error_string(code))});
    }
    std::reverse(nodes.begin(), nodes.end());
    result.nodes = nodes;

    result.status = ChainStatus::Ok;
    int best = ChainStatusText::priority(ChainStatus::Ok);
    for (const ChainNode& n : result.nodes) {
        for (const ChainProblem& p : n.problems) {
            if (ChainStatusText::priority(p.status) < best) {
                best = ChainStatusText::priority(p.status);
                result.status = p.status;
            }
        }
    }
    if (!result.trusted && result.status == ChainStatus::Ok)
        result.status = ChainStatus::Other;
    return result;
}

ChainStatus ChainNode::status() const
{
    ChainStatus out = ChainStatus::Ok;
    int best = ChainStatusText::priority(ChainStatus::Ok);
    for (const ChainProblem& p : problems) {
        if (ChainStatusText::priority(p.status) < best) {
            best = ChainStatusText::priority(p.status);
            out = p.status;
        }
    }
    return out;
}

QString ChainNode::explanation() const
{
    if (isGap())
        return ChainVerifier::tr("Issuer not found: %1. Install the intermediate certificate from your CA.")
            .arg(missingIssuer);
    if (problems.isEmpty())
        return ChainStatusText::explanation(ChainStatus::Ok);
    QStringList sentences;
    for (const ChainProblem& p : problems) {
        const QString s = ChainStatusText::explanation(p.status);
        if (!sentences.contains(s))
            sentences << s;
    }
    return sentences.join(QLatin1Char(' '));
}

QString ChainResult::summary() const
{
    if (trusted)
        return ChainStatusText::explanation(ChainStatus::Ok);
    for (const ChainNode& n : nodes) {
        if (n.isGap())
            return n.explanation();
    }
    return ChainStatusText::explanation(status);
}

} // namespace certpilot
