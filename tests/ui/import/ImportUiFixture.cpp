// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportUiFixture.h"

#include "CaDelivery.h"
#include "import/CaImportFilesPage.h"
#include "import/CaImportResultPage.h"
#include "import/CaImportWizard.h"

#include <QTest>

#include <stdexcept>

namespace certpilot::test {

const Hierarchy& ImportUiWorld::pki()
{
    static const Hierarchy hierarchy = makeHierarchy(4, QStringLiteral("www.import.example"));
    return hierarchy;
}

ImportUiWorld::ImportUiWorld()
{
    auto opened = PemDirStore::open(temp.path());
    if (!opened)
        throw std::runtime_error(opened.error().fullText().toStdString());
    session = std::make_unique<StoreSession>(std::shared_ptr<CertificateStore>(std::move(opened).value()));
    if (!reload())
        throw std::runtime_error("the store did not load");
}

ImportUiWorld::~ImportUiWorld()
{
    if (session)
        session->waitForIdle();
}

bool ImportUiWorld::reload()
{
    session->reload();
    return waitFor([this] { return !session->isLoading() && !session->isVerifying(); });
}

QString ImportUiWorld::certZip(const QString& name) const { return writeCertZip(out.path(), pki(), name); }

QString ImportUiWorld::hostileZip(const QString& name) const
{
    const QString path = out.filePath(name);
    writeZip(path, {{QStringLiteral("root.cer"), pki().root.cert.der()},
                    {QStringLiteral("../../.ssh/authorized_keys"), QByteArray("ssh-ed25519 AAAA attacker")}});
    return path;
}

bool waitFor(const std::function<bool()>& done, int limitMs) { return QTest::qWaitFor(done, limitMs); }

bool waitUntilIdle(CaImportWizard& wizard)
{
    return waitFor([&wizard] {
        if (wizard.currentId() == CaImportWizard::FilesPageId)
            return !wizard.filesPage()->isBusy();
        if (wizard.currentId() == CaImportWizard::ResultPageId)
            return !static_cast<CaImportResultPage*>(wizard.currentPage())->isBusy();
        return true;
    });
}

void press(QWidget* button) { QTest::keyClick(button, Qt::Key_Space); }

} // namespace certpilot::test
