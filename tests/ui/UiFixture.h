// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fresh copy of the demo store per test, a window on it, and dialogs that
// never block: a dialog no test expects is recorded, answered "reject", and
// fails the test.

#include "DialogRunner.h"
#include "MainWindow.h"
#include "StoreEntry.h"
#include "StoreSession.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QDialog>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace certpilot::test {

class UiFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = copyDemoStore(m_dir);
        DialogRunner::reset();
        DialogRunner::setHandler([this](QDialog& dialog) {
            m_unexpected << describe(dialog);
            return int(QDialog::Rejected);
        });
    }
    void TearDown() override
    {
        m_window.reset();
        DialogRunner::reset();
        EXPECT_TRUE(m_unexpected.isEmpty()) << "unexpected dialogs: " << m_unexpected.join(QLatin1String(" | ")).toStdString();
    }

    static QString describe(const QDialog& dialog)
    {
        if (const auto* box = qobject_cast<const QMessageBox*>(&dialog))
            return box->text() + QLatin1Char(' ') + box->informativeText();
        return dialog.objectName();
    }

    MainWindow& open()
    {
        m_window = openWindow(m_store);
        return *m_window;
    }
    template <typename T> T* find(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    QTableView* table() const { return find<QTableView>("certificateTableView"); }
    QAction* action(const char* name) const { return find<QAction>(name); }

    const StoreEntry& entry(StoreKind kind, const QString& commonName) const
    {
        for (const StoreEntry& e : m_window->session()->contents().entries) {
            if (e.kind == kind && !e.certificate.isNull() && e.certificate.subject().commonName() == commonName)
                return e;
        }
        throw std::runtime_error(("no entry " + commonName).toStdString());
    }

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_unexpected;
};

} // namespace certpilot::test
