// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardFixture.h"

#include "StoreChange.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <stdexcept>

namespace certpilot::test {

DashboardStore::DashboardStore()
    : ca(makeRoot(QStringLiteral("Dashboard Test CA")))
    // Whole seconds: certificates carry no milliseconds.
    , now(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC))
{
}

Issued DashboardStore::makeExpiring(const QString& cn, int daysLeft, int validDays, const QStringList& dns)
{
    const QDateTime notAfter = now.addDays(daysLeft);
    return makeLeaf(ca, cn, dns.isEmpty() ? QStringList{cn} : dns, notAfter.addDays(-validDays), notAfter);
}

void DashboardStore::addPersonal(const QList<Issued>& leaves, const QStringList& friendlyNames)
{
    StoreChange change;
    for (int i = 0; i < leaves.size(); ++i)
        change.addCertificate(StoreKind::Personal, leaves.at(i).cert, friendlyNames.value(i));
    const Result<void> done = temp.store->commit(change);
    if (!done)
        throw std::runtime_error(done.error().fullText().toStdString());
}

std::unique_ptr<StoreSession> DashboardStore::openSession()
{
    auto store = PemDirStore::open(temp.path());
    if (!store)
        throw std::runtime_error(store.error().fullText().toStdString());
    auto session = std::make_unique<StoreSession>(std::shared_ptr<CertificateStore>(std::move(store).value()));
    session->reload();
    if (!waitUntil([&] { return !session->isLoading(); }))
        throw std::runtime_error("the store did not load");
    return session;
}

bool waitUntil(const std::function<bool()>& done, int limitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

} // namespace certpilot::test
