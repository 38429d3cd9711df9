// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QProgressDialog;

namespace certpilot {

class MainWindow;

// What the command line asked for.
struct GuiOptions {
    QString storePath;   // the store to open
    bool demo = false;   // fill it with example data first
    QStringList files;   // opened once the window shows
};

// Opens the window on a store: for --demo first wipes and refills the demo
// store in the thread pool, behind a busy indicator. Errors are shown in a
// message box and end the event loop with a non-zero exit code.
class GuiStartup : public QObject {
    Q_OBJECT
public:
    explicit GuiStartup(const GuiOptions& options, QObject* parent = nullptr);
    ~GuiStartup() override;

    // Call once the event loop may run; the window opens when ready.
    void start();

    static QString cryptoLibraryVersion();

    // Files from the command line or from a second start: the window comes to
    // the front and opens them (certificates and cert.zip in the CA import,
    // PFX backups in the PFX import).
    void openFiles(const QStringList& files);

private:
    void makeDemoStore();
    void openWindow();
    void fail(const QString& title, const QString& message, const QString& detail = {});

    GuiOptions m_options;
    std::unique_ptr<MainWindow> m_window;
    QProgressDialog* m_busy = nullptr;
};

} // namespace certpilot
