// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsUiFixture.h"

#include "StoreChange.h"
#include "binding/PlatformBindingServices.h"

#include <QGridLayout>
#include <QTest>

#include <stdexcept>

namespace certpilot::test {

DiagnosticsStore::DiagnosticsStore()
    : pki(makeHierarchy(3, QStringLiteral("www.diag.example")))
{
    // Check Site needs the platform's probe, as the application installs it at start-up.
    installPlatformBindingServices();
}

void DiagnosticsStore::install(const Issued& leaf, bool withKey, bool withIntermediate)
{
    StoreChange change;
    change.addCertificate(StoreKind::TrustedRoot, pki.root.cert);
    if (withIntermediate)
        change.addCertificate(StoreKind::Intermediate, pki.intermediates[0].cert);
    if (withKey)
        change.addCertificateWithKey(StoreKind::Personal, leaf.cert, leaf.key, QStringLiteral("Shop"));
    else
        change.addCertificate(StoreKind::Personal, leaf.cert);
    if (!temp.store->commit(change))
        throw std::runtime_error("cannot install");
}

std::unique_ptr<StoreSession> DiagnosticsStore::openSession()
{
    auto store = PemDirStore::open(temp.path());
    if (!store)
        throw std::runtime_error(store.error().fullText().toStdString());
    auto session = std::make_unique<StoreSession>(std::shared_ptr<CertificateStore>(std::move(store).value()));
    session->reload();
    if (!waitFor([&] { return !session->isLoading(); }))
        throw std::runtime_error("the store did not load");
    return session;
}

QMap<QString, CheckRow> rowsOf(DiagnosticsDialog& dialog)
{
    QMap<QString, CheckRow> rows;
    for (QLabel* l : dialog.findChildren<QLabel*>()) {
        const QString id = l->property("check").toString();
        if (id.isEmpty())
            continue;
        CheckRow& r = rows[id];
        r.verdict = l->property("verdict").toString();
        if (l->objectName() == QLatin1String("checkTitleLabel"))
            r.title = l->text();
        else if (l->objectName() == QLatin1String("checkReasonLabel"))
            r.reason = l->text();
        else if (l->objectName() == QLatin1String("checkFixLabel"))
            r.fix = l->property("plainText").toString();
    }
    return rows;
}

QStringList rowOrder(DiagnosticsDialog& dialog)
{
    QStringList order;
    auto* grid = qobject_cast<QGridLayout*>(find<QWidget>(&dialog, "checksWidget")->layout());
    for (int row = 0; grid && row < grid->rowCount(); ++row) {
        QLayoutItem* item = grid->itemAtPosition(row, 1);
        if (item && item->widget())
            order << item->widget()->property("check").toString();
    }
    return order;
}

bool waitFor(const std::function<bool()>& done, int limitMs) { return QTest::qWaitFor(done, limitMs); }

} // namespace certpilot::test
