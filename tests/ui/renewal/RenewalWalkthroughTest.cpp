// SPDX-License-Identifier: GPL-3.0-or-later
// A renewal from start to finish against a real nginx: the old certificate is
// bound, the renewal is requested, signed by the test CA, completed, re-bound,
// seen live and the old certificate retired; a restart in the middle resumes;
// a roll-back puts the old certificate back on the site.

#include "../../unit/RequestTestSupport.h"
#include "BindingUiFixture.h"
#include "DialogRunner.h"
#include "MainWindow.h"
#include "binding/BindWorkflow.h"
#include "binding/BindingRegistry.h"
#include "binding/BindingServices.h"
#include "binding/SiteBinder.h"
#include "pemdir/PemDirStore.h"
#include "probe/OpenSslEndpointProbe.h"
#include "renewal/RenewalBanner.h"
#include "renewal/RenewalBook.h"
#include "renewal/RenewalStepRow.h"
#include "renewal/RenewalWindow.h"
#include "request/CompleteRequestDialog.h"
#include "request/CreateRequestWizard.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

using State = RenewalStepState;

// With CERTPILOT_SHOTS_DIR set, the window is saved as PNG at each stage, to look at
// (scripts/update-help-images takes the user guide's picture from here), in
// CERTPILOT_SHOTS_LANGUAGE when that is set too.
bool inEnglish()
{
    return qEnvironmentVariableIsEmpty("CERTPILOT_SHOTS_LANGUAGE");
}

void shot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CERTPILOT_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w.grab().save(dir + QStringLiteral("/renewal-") + name + QStringLiteral(".png"));
}

template <typename T> T* topLevel()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

class RenewalWalkthroughTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (e2e::NginxServer::binary().isEmpty())
            GTEST_SKIP() << "nginx is not installed (Debian package nginx; scripts/install-deps installs it)";
        world = std::make_unique<BindingUiWorld>();
        ASSERT_TRUE(world->started()) << world->startError.toStdString();
        DialogRunner::reset();
        if (!inEnglish())
            Translations::install(*qApp, qEnvironmentVariable("CERTPILOT_SHOTS_LANGUAGE"));
        bindOldCertificate();
    }
    void TearDown() override
    {
        DialogRunner::reset();
        for (QWidget* w : QApplication::topLevelWidgets())
            w->close();
        QApplication::processEvents();
    }

    const e2e::E2ePki& pki() const { return e2e::E2ePki::get(); }
    CertificateStore& store() { return world->session->store(); }

    // How the sites start: the old certificate bound to www.e2e.test through
    // the binder, so the store records who uses it.
    void bindOldCertificate()
    {
        auto binder = BindingServices::installed().makeBinder(world->server->settings());
        ASSERT_TRUE(binder);
        auto sites = binder->listSites();
        ASSERT_TRUE(sites.ok());
        const auto www = std::find_if(sites->begin(), sites->end(), [](const Site& s) {
            return s.serverNames.contains(QStringLiteral("www.e2e.test"));
        });
        ASSERT_NE(www, sites->end());
        auto request = BindWorkflow::makeRequest(store(), world->session->contents(), pki().old.cert.sha1(), *www);
        ASSERT_TRUE(request.ok()) << request.error().message.toStdString();
        auto plan = binder->planBinding(*request);
        ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
        plan->probe.host = QStringLiteral("127.0.0.1");
        plan->probe.port = world->tlsPort;
        plan->probe.sni = QStringLiteral("www.e2e.test");
        auto applied = binder->apply(*plan);
        ASSERT_TRUE(applied.ok()) << applied.error().fullText().toStdString();
        ASSERT_TRUE(BindingRegistry::recordIn(store(), applied->record).ok());
        ASSERT_EQ(served().sha1(), pki().old.cert.sha1());
    }
    Certificate served()
    {
        ProbeTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = world->tlsPort;
        t.sni = QStringLiteral("www.e2e.test");
        auto r = OpenSslEndpointProbe().probe(t);
        return r ? r->leaf() : Certificate();
    }
    std::unique_ptr<RenewalWindow> openWindow(const QString& sha1)
    {
        auto window = std::make_unique<RenewalWindow>(world->session.get(), sha1);
        window->show();
        EXPECT_TRUE(waitFor([&] { return window->isReady() && !window->isBusy(); }));
        return window;
    }
    static State state(RenewalWindow& w, RenewalStep step) { return w.row(step)->status().state; }
    static QPushButton* button(RenewalWindow& w, RenewalStep step, bool secondary = false)
    {
        return secondary ? w.row(step)->secondaryButton() : w.row(step)->primaryButton();
    }
    static void click(QPushButton* b)
    {
        ASSERT_TRUE(b->isVisible() && b->isEnabled()) << b->objectName().toStdString() << " " << b->text().toStdString();
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Steps 1-2: the request made in the real wizard, pre-filled from the old certificate.
    void requestAndSubmit(RenewalWindow& w)
    {
        ASSERT_EQ(state(w, RenewalStep::Request), State::Next);
        click(button(w, RenewalStep::Request));
        auto* wizard = topLevel<CreateRequestWizard>();
        ASSERT_NE(wizard, nullptr);
        EXPECT_EQ(wizard->findChild<QLineEdit*>(QStringLiteral("commonNameLineEdit"))->text(),
                  QStringLiteral("www.e2e.test"));
        wizard->next();
        wizard->next();
        wizard->next();   // "Create Request": the key is made off the GUI thread
        ASSERT_TRUE(waitFor([&] { return wizard->currentId() == CreateRequestWizard::ResultPageId; }));
        wizard->close();
        ASSERT_TRUE(waitFor([&] { return !w.record().requestKeyId.isEmpty(); }));
        ASSERT_TRUE(waitFor([&] { return state(w, RenewalStep::Request) == State::Done; }));
        EXPECT_EQ(state(w, RenewalStep::Submit), State::Next);
        click(button(w, RenewalStep::Submit, true));   // "Mark as Submitted"
        EXPECT_TRUE(w.record().submittedAt.isValid());
        EXPECT_EQ(state(w, RenewalStep::Wait), State::Next);
        EXPECT_EQ(state(w, RenewalStep::Complete), State::Next);
    }
    // The CA signs the request: a .cer file as CAs mail them.
    QString caResponse(const RenewalRecord& record)
    {
        const StoreEntry* pending = world->session->contents().find(StoreKind::Requests, record.requestKeyId);
        EXPECT_NE(pending, nullptr);
        const Certificate signed_ = caSigns(pending->request, pki().pki.intermediates.first(), m_ca.path());
        return writeTestFile(m_ca.path(), QStringLiteral("server.cer"), signed_.toPem());
    }
    // Steps 5-6: Complete Request with the CA's file; the chain verifies.
    void complete(RenewalWindow& w, const QString& response)
    {
        click(button(w, RenewalStep::Complete));
        auto* dialog = topLevel<CompleteRequestDialog>();
        ASSERT_NE(dialog, nullptr);
        dialog->setFiles({response});
        auto* completeButton = dialog->findChild<QPushButton*>(QStringLiteral("completePushButton"));
        ASSERT_TRUE(waitFor([&] { return !dialog->isBusy() && completeButton->isEnabled(); }));
        QTest::mouseClick(completeButton, Qt::LeftButton);
        ASSERT_TRUE(waitFor([&] { return dialog->isCompleted(); }));
        dialog->close();
        ASSERT_TRUE(waitFor([&] { return state(w, RenewalStep::Verify) == State::Done; }))
            << w.row(RenewalStep::Verify)->status().detail.toStdString();
        EXPECT_EQ(state(w, RenewalStep::InstallCa), State::Done);
        EXPECT_EQ(state(w, RenewalStep::Complete), State::Done);
        EXPECT_EQ(state(w, RenewalStep::Rebind), State::Next);
        EXPECT_EQ(state(w, RenewalStep::Retire), State::Waiting) << "not before the sites serve the new one";
    }
    void rebindAndCheck(RenewalWindow& w)
    {
        click(button(w, RenewalStep::Rebind));
        ASSERT_TRUE(waitFor([&] { return !w.isBusy(); }));
        ASSERT_EQ(state(w, RenewalStep::Rebind), State::Done) << w.row(RenewalStep::Rebind)->status().detail.toStdString();
        EXPECT_EQ(served().sha1(), w.record().newCertificate) << "nginx serves the new certificate";
        EXPECT_TRUE(world->session->contents().find(StoreKind::Personal, pki().old.cert.sha1()))
            << "the old certificate stays until the sites are checked";
        click(button(w, RenewalStep::Probe));
        ASSERT_TRUE(waitFor([&] { return !w.isBusy(); }));
        ASSERT_EQ(state(w, RenewalStep::Probe), State::Done) << w.row(RenewalStep::Probe)->status().detail.toStdString();
        ASSERT_EQ(w.record().sites.size(), 1);
        EXPECT_EQ(w.record().sites.first().state, RenewalSiteState::Serving);
    }
    RenewalRecord savedRecord(const QString& id)
    {
        auto book = RenewalBook::read(store());
        EXPECT_TRUE(book.ok());
        for (const RenewalRecord& r : book ? book->all() : QList<RenewalRecord>()) {
            if (r.id == id)
                return r;
        }
        return {};
    }

    std::unique_ptr<BindingUiWorld> world;
    QTemporaryDir m_ca;
};

TEST_F(RenewalWalkthroughTest, RenewsBindsChecksAndRetiresEndToEnd)
{
    auto w = openWindow(pki().old.cert.sha1());
    EXPECT_TRUE(w->findChild<QLabel*>(QStringLiteral("titleLabel"))->text().contains(QLatin1String("www.e2e.test")));
    if (inEnglish())
        EXPECT_TRUE(w->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QLatin1String("Used by 1 site.")));
    EXPECT_EQ(state(*w, RenewalStep::Retire), State::Waiting);
    shot(*w, QStringLiteral("1-start"));
    requestAndSubmit(*w);
    shot(*w, QStringLiteral("2-waiting"));
    complete(*w, caResponse(w->record()));
    shot(*w, QStringLiteral("3-completed"));
    const QString fresh = w->record().newCertificate;
    ASSERT_FALSE(fresh.isEmpty());
    EXPECT_NE(fresh, pki().old.cert.sha1());
    rebindAndCheck(*w);
    shot(*w, QStringLiteral("4-serving"));

    auto registry = BindingRegistry::read(store());
    ASSERT_TRUE(registry.ok());
    EXPECT_EQ(registry->forCertificate(fresh).size(), 1) << "the site's binding now names the new certificate";
    EXPECT_TRUE(registry->forCertificate(pki().old.cert.sha1()).isEmpty());

    click(button(*w, RenewalStep::Backup, true));   // Skip
    EXPECT_EQ(state(*w, RenewalStep::Backup), State::Skipped);
    ASSERT_EQ(state(*w, RenewalStep::Retire), State::Next);
    DialogRunner::setNextAnswer(QMessageBox::Yes);
    click(button(*w, RenewalStep::Retire));
    ASSERT_TRUE(waitFor([&] { return !w->isBusy() && state(*w, RenewalStep::Retire) == State::Done; }));
    EXPECT_EQ(w->record().phase, RenewalPhase::Finished);
    shot(*w, QStringLiteral("5-finished"));

    auto contents = store().load();
    ASSERT_TRUE(contents.ok());
    EXPECT_EQ(contents->find(StoreKind::Personal, pki().old.cert.sha1()), nullptr) << "retired to the trash";
    const StoreEntry* renewed = contents->find(StoreKind::Personal, fresh);
    ASSERT_NE(renewed, nullptr);
    EXPECT_TRUE(renewed->hasPrivateKey);
    bool inTrash = false;
    for (const TrashItem& t : store().trash())
        inTrash = inTrash || t.contents.join(QLatin1Char(' ')).contains(QLatin1String("www.e2e.test"));
    EXPECT_TRUE(inTrash);
    ASSERT_TRUE(waitFor([&] { return savedRecord(w->record().id).phase == RenewalPhase::Finished; }));
    EXPECT_EQ(served().sha1(), fresh);
}

TEST_F(RenewalWalkthroughTest, ARestartResumesAtTheStepItLeft)
{
    QString id;
    {
        auto w = openWindow(pki().old.cert.sha1());
        requestAndSubmit(*w);
        id = w->record().id;
        ASSERT_TRUE(waitFor([&] { return savedRecord(id).submittedAt.isValid(); }));
    }
    // The application closes: the session and its store go; a new one opens the same folder.
    const QString path = world->store.temp.path();
    world->session.reset();
    auto reopened = PemDirStore::open(path);
    ASSERT_TRUE(reopened.ok());
    world->session = std::make_unique<StoreSession>(std::shared_ptr<CertificateStore>(std::move(reopened).value()));

    MainWindow main;
    main.setSession(std::move(world->session), Result<void>());
    auto* banner = main.findChild<RenewalBanner*>(QStringLiteral("renewalBanner"));
    ASSERT_NE(banner, nullptr);
    main.show();
    ASSERT_TRUE(waitFor([&] { return banner->isVisible(); }));
    EXPECT_EQ(banner->text(), QStringLiteral("Renewal of www.e2e.test in progress. Next step: Wait for the CA."));
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("continueRenewalPushButton")), Qt::LeftButton);
    RenewalWindow* w = nullptr;
    ASSERT_TRUE(waitFor([&] { return (w = topLevel<RenewalWindow>()) && w->isReady() && !w->isBusy(); }));
    EXPECT_EQ(w->record().id, id) << "the same renewal, read back from the store";
    EXPECT_EQ(state(*w, RenewalStep::Request), State::Done);
    EXPECT_EQ(state(*w, RenewalStep::Submit), State::Done);
    EXPECT_EQ(state(*w, RenewalStep::Wait), State::Next);
    EXPECT_EQ(state(*w, RenewalStep::Complete), State::Next);
    EXPECT_TRUE(w->row(RenewalStep::Wait)->frameShape() != QFrame::NoFrame) << "drawn as the current step";
    shot(main, QStringLiteral("0-banner"));
    w->close();
    main.close();
}

TEST_F(RenewalWalkthroughTest, RollBackBindsTheOldCertificateAgain)
{
    auto w = openWindow(pki().old.cert.sha1());
    requestAndSubmit(*w);
    complete(*w, caResponse(w->record()));
    const QString fresh = w->record().newCertificate;
    rebindAndCheck(*w);
    auto* rollBack = w->findChild<QPushButton*>(QStringLiteral("rollBackPushButton"));
    DialogRunner::setNextAnswer(QMessageBox::Yes);
    click(rollBack);
    ASSERT_TRUE(waitFor([&] { return !w->isBusy(); }));
    EXPECT_EQ(served().sha1(), pki().old.cert.sha1()) << "nginx serves the old certificate again";
    EXPECT_EQ(w->record().sites.first().state, RenewalSiteState::RolledBack);
    EXPECT_EQ(state(*w, RenewalStep::Rebind), State::Next);
    EXPECT_TRUE(w->row(RenewalStep::Rebind)->status().detail.contains(QLatin1String("Rolled back")));
    EXPECT_EQ(state(*w, RenewalStep::Retire), State::Waiting);
    EXPECT_FALSE(rollBack->isEnabled());
    shot(*w, QStringLiteral("6-rolled-back"));
    auto registry = BindingRegistry::read(store());
    ASSERT_TRUE(registry.ok());
    EXPECT_EQ(registry->forCertificate(pki().old.cert.sha1()).size(), 1);
    EXPECT_TRUE(registry->forCertificate(fresh).isEmpty());
    // Both certificates are still there: nothing was retired.
    EXPECT_NE(world->session->contents().find(StoreKind::Personal, fresh), nullptr);
    EXPECT_NE(world->session->contents().find(StoreKind::Personal, pki().old.cert.sha1()), nullptr);
}

} // namespace
