// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiStartup.h"

#include "DemoData.h"
#include "MainWindow.h"
#include "StoreLocation.h"
#include "StoreSession.h"
#include "pemdir/PemDirStore.h"
#include "store/StoreLocator.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

// The About box shows the OpenSSL the model runs on. The model has no call
// for it yet, so the app, which wires everything, asks the library itself.
#include <openssl/crypto.h>

namespace certpilot {

namespace {

// A folder, or the Windows certificate stores (StoreLocator).
Result<std::shared_ptr<CertificateStore>> openStore(const QString& location)
{
    auto store = StoreLocator::open(location);
    if (!store)
        return store.error();
    return std::shared_ptr<CertificateStore>(std::move(store).value());
}

// The demo store is ours alone; still, never wipe a folder that is not a store.
Result<void> wipeDemoStore(const QString& folder)
{
    QDir dir(folder);
    if (!dir.exists())
        return {};
    const bool isStore = QFileInfo::exists(dir.filePath(PemDirStore::markerFileName()));
    if (!isStore && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return makeError(ErrorKind::InvalidInput,
                         GuiStartup::tr("The demo folder %1 holds files that are not a CertPilot store, so it was "
                                        "left alone. Move them away and try again.")
                             .arg(QDir::toNativeSeparators(folder)));
    if (!dir.removeRecursively())
        return makeError(ErrorKind::Io, GuiStartup::tr("The old demo store in %1 could not be removed.")
                                            .arg(QDir::toNativeSeparators(folder)));
    return {};
}

Result<void> buildDemoStore(const QString& folder, bool wipe)
{
    if (wipe) {
        auto wiped = wipeDemoStore(folder);
        if (!wiped)
            return wiped;
    }
    auto store = PemDirStore::open(folder);
    if (!store)
        return store.error();
    return DemoData::populate(**store);
}

} // namespace

GuiStartup::GuiStartup(const GuiOptions& options, QObject* parent) : QObject(parent), m_options(options) {}

GuiStartup::~GuiStartup() = default;

QString GuiStartup::cryptoLibraryVersion() { return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)); }

void GuiStartup::start()
{
    if (m_options.demo)
        makeDemoStore();
    else
        openWindow();
}

void GuiStartup::makeDemoStore()
{
    m_busy = new QProgressDialog(tr("Creating example certificates…"), QString(), 0, 0);
    m_busy->setObjectName(QStringLiteral("demoProgressDialog"));
    m_busy->setWindowTitle(tr("CertPilot"));
    m_busy->setMinimumDuration(0);
    m_busy->setWindowModality(Qt::ApplicationModal);
    m_busy->show();

    // Only the demo store's own folder is wiped; a folder given with --store
    // was checked to be new or empty.
    const bool wipe = m_options.storePath == demoStorePath();
    auto* watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        delete m_busy;
        m_busy = nullptr;
        const Result<void> made = watcher->result();
        if (!made) {
            fail(tr("Example Store"), made.error().message, made.error().detail);
            return;
        }
        openWindow();
    });
    watcher->setFuture(QtConcurrent::run(buildDemoStore, m_options.storePath, wipe));
}

void GuiStartup::openWindow()
{
    auto opened = SessionOpener::open(openStore, m_options.storePath);
    if (!opened) {
        fail(tr("Open Store"), opened.error().message, opened.error().detail);
        return;
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setStoreFactory(openStore);
    m_window->setCryptoLibraryVersion(cryptoLibraryVersion());
    m_window->setSession(std::move(opened->session), opened->writeLock);
    m_window->show();
    if (!m_options.files.isEmpty())
        openFiles(m_options.files);
}

void GuiStartup::openFiles(const QStringList& files)
{
    if (!m_window) {
        m_options.files = files;
        return;
    }
    m_window->raise();
    m_window->activateWindow();
    if (!files.isEmpty())
        m_window->importFiles(files);
}

void GuiStartup::fail(const QString& title, const QString& message, const QString& detail)
{
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Close);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    box.exec();
    QCoreApplication::exit(1);
}

} // namespace certpilot
