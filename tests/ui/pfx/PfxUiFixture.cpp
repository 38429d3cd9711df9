// SPDX-License-Identifier: GPL-3.0-or-later
#include "PfxUiFixture.h"

#include "pfx/Pkcs12Writer.h"

#include <QTest>

#include <stdexcept>

namespace certpilot::test {

const Hierarchy& PfxUiWorld::pki()
{
    static const Hierarchy hierarchy = makeHierarchy(4, QStringLiteral("www.pfx.example"));
    return hierarchy;
}

PfxUiWorld::PfxUiWorld(bool seeded)
{
    if (seeded) {
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, pki().root.cert)
            .addCertificate(StoreKind::Intermediate, pki().intermediates[0].cert)
            .addCertificate(StoreKind::Intermediate, pki().intermediates[1].cert)
            .addCertificateWithKey(StoreKind::Personal, pki().leaf.cert, pki().leaf.key, QStringLiteral("Web site"));
        if (!temp.store->commit(change))
            throw std::runtime_error("cannot seed the store");
    }
    auto opened = PemDirStore::open(temp.path());
    if (!opened)
        throw std::runtime_error(opened.error().fullText().toStdString());
    session = std::make_unique<StoreSession>(std::shared_ptr<CertificateStore>(std::move(opened).value()));
    if (!reload())
        throw std::runtime_error("the store did not load");
}

PfxUiWorld::~PfxUiWorld()
{
    if (session)
        session->waitForIdle();
}

bool PfxUiWorld::reload()
{
    session->reload();
    return waitFor([this] { return !session->isLoading() && !session->isVerifying(); });
}

StoreEntry PfxUiWorld::leafEntry() const
{
    const StoreEntry* e = session->contents().find(StoreKind::Personal, pki().leaf.cert.sha1());
    return e ? *e : StoreEntry();
}

QString PfxUiWorld::writePfx(const QString& name, const QString& password, bool withRoot,
                             const Pkcs12Profile& profile) const
{
    QList<Certificate> chain{pki().intermediates[1].cert, pki().intermediates[0].cert};
    if (withRoot)
        chain << pki().root.cert;
    auto pfx = Pkcs12Writer::write({pki().leaf.cert, pki().leaf.key, chain, QStringLiteral("Restored site")},
                                   SecureBytes(password.toUtf8()), profile);
    if (!pfx)
        throw std::runtime_error(pfx.error().fullText().toStdString());
    const QString path = out.filePath(name);
    writeFile(path, *pfx);
    return path;
}

void press(QWidget* button) { QTest::keyClick(button, Qt::Key_Space); }

bool waitFor(const std::function<bool()>& done, int limitMs)
{
    return QTest::qWaitFor(done, limitMs);
}

} // namespace certpilot::test
