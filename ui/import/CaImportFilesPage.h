// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace certpilot {

class CaImportWizard;
class ImportPlan;

// The files the CA sent: added with a button or dropped on the page. Every
// change reads all of them again on the store's thread (archives opened,
// hostile ones refused) and plans the import; the list shows what each file
// and archive entry holds, and what could not be read, in words. Next is
// enabled once there is something to install.
class CaImportFilesPage : public QWizardPage {
    Q_OBJECT
public:
    CaImportFilesPage(CaImportWizard* wizard, const QStringList& files);
    ~CaImportFilesPage() override;

    void addFiles(const QStringList& files);
    const QStringList& files() const { return m_files; }
    bool isBusy() const { return m_busy; }
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browse();
    void removeSelected();
    void replan();
    void showRead(const QStringList& sourceNames, const ImportPlan& plan);

    CaImportWizard* m_wizard;
    QStringList m_files;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QProgressBar* m_busyBar;
    QLabel* m_status;
    QLabel* m_problems;
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace certpilot
