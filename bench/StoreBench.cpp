// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and verifying a large store, each next to a plain OpenSSL loop over
// the same files in the same process, so the ratio holds on a noisy machine:
//   Reference A: PEM_read_bio_X509, then subject, issuer, notAfter and SHA-1.
//   Reference B: X509_verify_cert per leaf (roots trusted, intermediates untrusted).

#include "ChainVerifier.h"
#include "StoreGenerator.h"
#include "pemdir/PemDirStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <cstdio>
#include <map>

using namespace certpilot;

namespace {

QString storeFor(int leaves)
{
    static std::map<int, QString> made;
    auto it = made.find(leaves);
    if (it != made.end())
        return it->second;
    const QString base = qEnvironmentVariable("CERTPILOT_BENCH_DIR", QDir::tempPath() + QStringLiteral("/certpilot-bench"));
    const QString folder = base + QStringLiteral("/store-%1").arg(leaves);
    auto generated = bench::generateStore(folder, leaves);
    if (!generated) {
        std::fprintf(stderr, "store generation failed: %s\n", qPrintable(generated.error().fullText()));
        std::abort();
    }
    made[leaves] = folder;
    return folder;
}

QStringList pemFiles(const QString& dir)
{
    QStringList out;
    for (const QString& name : QDir(dir).entryList({QStringLiteral("*.pem")}, QDir::Files))
        out << dir + QLatin1Char('/') + name;
    return out;
}

void ReferenceA_OpenSslParse(benchmark::State& state)
{
    const QString store = storeFor(int(state.range(0)));
    QStringList files;
    for (const char* sub : {"personal", "root", "intermediate"})
        files += pemFiles(store + QLatin1Char('/') + QLatin1String(sub));
    std::vector<std::string> paths;
    for (const QString& f : files)
        paths.push_back(QFile::encodeName(f).toStdString());
    for (auto _ : state) {
        size_t checksum = 0;
        for (const std::string& p : paths) {
            BIO* bio = BIO_new_file(p.c_str(), "r");
            X509* x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
            BIO_free(bio);
            if (!x)
                continue;
            char* subject = X509_NAME_oneline(X509_get_subject_name(x), nullptr, 0);
            char* issuer = X509_NAME_oneline(X509_get_issuer_name(x), nullptr, 0);
            const ASN1_TIME* notAfter = X509_get0_notAfter(x);
            unsigned char md[EVP_MAX_MD_SIZE];
            unsigned int len = 0;
            X509_digest(x, EVP_sha1(), md, &len);
            checksum += std::strlen(subject) + std::strlen(issuer) + size_t(notAfter->length) + md[0];
            OPENSSL_free(subject);
            OPENSSL_free(issuer);
            X509_free(x);
        }
        benchmark::DoNotOptimize(checksum);
    }
    state.counters["certs"] = double(paths.size());
}

void OpenAndList(benchmark::State& state)
{
    const QString store = storeFor(int(state.range(0)));
    for (auto _ : state) {
        auto opened = PemDirStore::open(store);
        auto contents = (*opened)->load();
        benchmark::DoNotOptimize(contents->entries.size());
    }
}

void ReferenceB_VerifyLoop(benchmark::State& state)
{
    const QString store = storeFor(int(state.range(0)));
    auto readAll = [](const QString& dir) {
        std::vector<X509*> out;
        for (const QString& f : pemFiles(dir)) {
            BIO* bio = BIO_new_file(QFile::encodeName(f).constData(), "r");
            if (X509* x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr))
                out.push_back(x);
            BIO_free(bio);
        }
        return out;
    };
    std::vector<X509*> roots = readAll(store + QStringLiteral("/root"));
    std::vector<X509*> cas = readAll(store + QStringLiteral("/intermediate"));
    const QStringList leafFiles = pemFiles(store + QStringLiteral("/personal"));
    for (auto _ : state) {
        X509_STORE* x509store = X509_STORE_new();
        for (X509* r : roots)
            X509_STORE_add_cert(x509store, r);
        STACK_OF(X509)* untrusted = sk_X509_new_null();
        for (X509* c : cas)
            sk_X509_push(untrusted, c);
        int trusted = 0;
        for (const QString& f : leafFiles) {
            BIO* bio = BIO_new_file(QFile::encodeName(f).constData(), "r");
            X509* leaf = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
            BIO_free(bio);
            X509_STORE_CTX* ctx = X509_STORE_CTX_new();
            X509_STORE_CTX_init(ctx, x509store, leaf, untrusted);
            trusted += X509_verify_cert(ctx) == 1;
            X509_STORE_CTX_free(ctx);
            X509_free(leaf);
        }
        sk_X509_free(untrusted);
        X509_STORE_free(x509store);
        benchmark::DoNotOptimize(trusted);
    }
    for (X509* x : roots)
        X509_free(x);
    for (X509* x : cas)
        X509_free(x);
}

void VerifyAll(benchmark::State& state)
{
    const QString store = storeFor(int(state.range(0)));
    auto opened = PemDirStore::open(store);
    const StoreContents contents = *(*opened)->load();
    for (auto _ : state) {
        const auto verifier = ChainVerifier::forStore(contents);
        int trusted = 0;
        for (const StoreEntry& e : contents.entries) {
            if (e.kind == StoreKind::Personal)
                trusted += verifier->verify(e.certificate).trusted;
        }
        benchmark::DoNotOptimize(trusted);
    }
}

void sizes(benchmark::internal::Benchmark* b)
{
    b->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
    if (qEnvironmentVariableIsSet("CERTPILOT_BENCH_100K"))
        b->Arg(100000);
}

BENCHMARK(ReferenceA_OpenSslParse)->Apply(sizes);
BENCHMARK(OpenAndList)->Apply(sizes);
BENCHMARK(ReferenceB_VerifyLoop)->Apply(sizes);
BENCHMARK(VerifyAll)->Apply(sizes);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
