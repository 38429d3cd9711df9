// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "DemoData.h"
#include "StoreSession.h"
#include "pemdir/PemDirStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <stdexcept>

namespace certpilot::test {

StoreFactory pemDirFactory()
{
    return [](const QString& folder) -> Result<std::shared_ptr<CertificateStore>> {
        auto store = PemDirStore::open(folder);
        if (!store)
            return store.error();
        return std::shared_ptr<CertificateStore>(std::move(store).value());
    };
}

QString demoStoreTemplate()
{
    static QTemporaryDir dir;
    static bool made = false;
    const QString path = dir.path() + QStringLiteral("/demo");
    if (!made) {
        auto store = PemDirStore::open(path);
        if (!store)
            throw std::runtime_error(store.error().fullText().toStdString());
        auto filled = DemoData::populate(**store);
        if (!filled)
            throw std::runtime_error(filled.error().fullText().toStdString());
        made = true;
    }
    return path;
}

void copyTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (it.fileInfo().isDir())
            QDir().mkpath(target);
        else if (!QFile::copy(source, target))  // keeps the 0600 of key files
            throw std::runtime_error(("cannot copy " + source).toStdString());
    }
}

QString copyDemoStore(const QTemporaryDir& into)
{
    const QString path = into.path() + QStringLiteral("/store");
    copyTree(demoStoreTemplate(), path);
    return path;
}

bool waitFor(const std::function<bool()>& done, int timeoutMs) { return QTest::qWaitFor(done, timeoutMs); }

bool waitForIdle(MainWindow& window, int timeoutMs)
{
    return waitFor(
        [&] {
            const StoreSession* s = window.session();
            return s && !s->isLoading() && !s->isVerifying();
        },
        timeoutMs);
}

std::unique_ptr<MainWindow> openWindow(const QString& folder)
{
    auto opened = SessionOpener::open(pemDirFactory(), folder);
    if (!opened)
        throw std::runtime_error(opened.error().fullText().toStdString());
    auto window = std::make_unique<MainWindow>();
    window->setStoreFactory(pemDirFactory());
    window->setSession(std::move(opened->session), opened->writeLock);
    window->show();
    if (!waitForIdle(*window))
        throw std::runtime_error("the store did not finish loading");
    return window;
}

int rowOf(const QTableView* table, const QString& name)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

bool selectRow(QTableView* table, const QString& name)
{
    const int row = rowOf(table, name);
    if (row < 0)
        return false;
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QStringList columnTexts(const QTableView* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, column).data().toString();
    return texts;
}

QList<QTreeWidgetItem*> allItems(const QTreeWidget* tree)
{
    QList<QTreeWidgetItem*> items;
    std::function<void(QTreeWidgetItem*)> walk = [&](QTreeWidgetItem* item) {
        items << item;
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return items;
}

} // namespace certpilot::test
