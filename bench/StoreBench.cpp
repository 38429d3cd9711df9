// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and verifying a large store, each next to a plain OpenSSL loop over
// the same files in the same process, so the ratio holds on a noisy machine:
//   Reference A: PEM_read_bio_X509, then subject, issuer, notAfter and SHA-1.
//   Reference B: X509_verify_cert per leaf (roots trusted, intermediates untrusted).
// Also the table's filter keystroke and column sorts over every leaf, and
// (--check-verdicts N) that every chain status equals plain X509_verify_cert's.

#include "CertificateFilterProxy.h"
#include "CertificateTableModel.h"
#include "ChainVerifier.h"
#include "StoreGenerator.h"
#include "StoreSession.h"
#include "pemdir/PemDirStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

#include <benchmark/benchmark.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <cstdio>
#include <cstring>
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

// The store's index (a cache of every file's fields) decides cold or warm.
void removeIndex(const QString& store)
{
    QFile::remove(store + QLatin1Char('/') + PemDirStore::indexFileName());
}

void OpenAndList_Cold(benchmark::State& state)
{
    const QString store = storeFor(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        removeIndex(store);
        state.ResumeTiming();
        auto opened = PemDirStore::open(store);
        auto contents = (*opened)->load();
        benchmark::DoNotOptimize(contents->entries.size());
    }
}

void OpenAndList_Warm(benchmark::State& state)
{
    const QString store = storeFor(int(state.range(0)));
    {
        auto opened = PemDirStore::open(store);
        (*opened)->load();   // writes the index
    }
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

// What the window does: StoreSession checks every chain on its workers and
// delivers the results in batches; timed from `loaded` to `verificationFinished`.
void VerifyAll(benchmark::State& state)
{
    const QString store = storeFor(int(state.range(0)));
    auto opened = PemDirStore::open(store);
    StoreSession session(std::shared_ptr<CertificateStore>(std::move(opened).value()));
    int results = 0;
    QObject::connect(&session, &StoreSession::chainResultsReady,
                     [&](const QStringList& ids) { results += int(ids.size()); });
    for (auto _ : state) {
        QEventLoop loop;
        QElapsedTimer timer;
        auto started = QObject::connect(&session, &StoreSession::loaded, [&] { timer.start(); });
        auto finished = QObject::connect(&session, &StoreSession::verificationFinished, &loop, &QEventLoop::quit);
        results = 0;
        session.reload();
        loop.exec();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        QObject::disconnect(started);
        QObject::disconnect(finished);
    }
    state.counters["certs"] = double(results);
}

// The certificate table over every leaf, as the window builds it.
struct Table {
    explicit Table(const QString& store)
        : session(std::shared_ptr<CertificateStore>(std::move(PemDirStore::open(store)).value()))
        , model(&session)
    {
        QEventLoop loop;
        QObject::connect(&session, &StoreSession::verificationFinished, &loop, &QEventLoop::quit);
        session.reload();
        loop.exec();
        proxy.setSourceModel(&model);
    }
    StoreSession session;
    CertificateTableModel model;
    CertificateFilterProxy proxy;
};

// One keystroke at a time, as a user types "host12" and deletes it again.
void FilterKeystroke(benchmark::State& state)
{
    Table table(storeFor(int(state.range(0))));
    const QString word = QStringLiteral("host12.bench");
    QStringList typed;
    for (qsizetype i = 1; i <= word.size(); ++i)
        typed << word.left(i);
    for (qsizetype i = word.size() - 1; i >= 0; --i)
        typed << word.left(i);
    qsizetype k = 0;
    for (auto _ : state) {
        table.proxy.setFilterWords(typed[k++ % typed.size()]);
        benchmark::DoNotOptimize(table.proxy.rowCount());
    }
    // One counter name for every benchmark: the CSV reporter needs its header from the first run.
    state.counters["certs"] = double(table.model.rowCount());
}

// Sorting by one column (range 1), alternating the order as a header click does.
void SortColumn(benchmark::State& state)
{
    Table table(storeFor(int(state.range(0))));
    const int column = int(state.range(1));
    bool ascending = true;
    for (auto _ : state) {
        table.proxy.sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        ascending = !ascending;
        benchmark::DoNotOptimize(table.proxy.rowCount());
    }
    state.counters["certs"] = double(table.model.rowCount());
}

void sizes(benchmark::internal::Benchmark* b)
{
    b->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
    if (qEnvironmentVariableIsSet("CERTPILOT_BENCH_100K"))
        b->Arg(100000);
}

void manualSizes(benchmark::internal::Benchmark* b)
{
    b->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseManualTime();
    if (qEnvironmentVariableIsSet("CERTPILOT_BENCH_100K"))
        b->Arg(100000);
}

void columns(benchmark::internal::Benchmark* b)
{
    b->Unit(benchmark::kMillisecond)->UseRealTime();
    for (int column = 0; column < CertificateTableModel::ColumnCount; ++column)
        b->Args({10000, column});
}

BENCHMARK(ReferenceA_OpenSslParse)->Apply(sizes);
BENCHMARK(OpenAndList_Cold)->Apply(sizes);
BENCHMARK(OpenAndList_Warm)->Apply(sizes);
BENCHMARK(ReferenceB_VerifyLoop)->Apply(sizes);
BENCHMARK(VerifyAll)->Apply(manualSizes);
BENCHMARK(FilterKeystroke)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(SortColumn)->Apply(columns);

// Every certificate of the store: ChainVerifier's verdict against a plain
// X509_verify_cert over the same roots and intermediates, at the same time.
int checkVerdicts(int leaves)
{
    const QString path = storeFor(leaves);
    auto opened = PemDirStore::open(path);
    const StoreContents contents = *(*opened)->load();
    const auto ours = ChainVerifier::forStore(contents);
    X509_STORE* store = X509_STORE_new();
    STACK_OF(X509)* untrusted = sk_X509_new_null();
    auto toX509 = [](const Certificate& c) {
        const auto* p = reinterpret_cast<const unsigned char*>(c.der().constData());
        return d2i_X509(nullptr, &p, c.der().size());
    };
    for (const StoreEntry& e : contents.entries) {
        if (e.kind == StoreKind::TrustedRoot) {
            X509* x = toX509(e.certificate);
            X509_STORE_add_cert(store, x);
            X509_free(x);
        } else if (e.kind == StoreKind::Intermediate || (e.kind == StoreKind::Personal && e.certificate.isCa())) {
            sk_X509_push(untrusted, toX509(e.certificate));
        }
    }
    int checked = 0;
    int trusted = 0;
    int differ = 0;
    for (const StoreEntry& e : contents.entries) {
        X509* leaf = toX509(e.certificate);
        X509_STORE_CTX* ctx = X509_STORE_CTX_new();
        X509_STORE_CTX_init(ctx, store, leaf, untrusted);
        const bool plain = X509_verify_cert(ctx) == 1;
        X509_STORE_CTX_free(ctx);
        X509_free(leaf);
        const bool mine = ours->verify(e.certificate).trusted;
        ++checked;
        trusted += plain ? 1 : 0;
        differ += plain != mine ? 1 : 0;
    }
    sk_X509_pop_free(untrusted, X509_free);
    X509_STORE_free(store);
    std::printf("verdicts %d: checked %d, trusted %d, differ %d\n", leaves, checked, trusted, differ);
    return differ == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--check-verdicts") == 0)
        return checkVerdicts(std::atoi(argv[2]));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
