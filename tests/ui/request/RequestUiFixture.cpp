// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestUiFixture.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>

#include <stdexcept>

namespace certpilot::test {

bool waitFor(const std::function<bool()>& done, int limitMs) { return QTest::qWaitFor(done, limitMs); }

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            QTest::keyClick(widget, Qt::Key_Return);
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

SessionOnTempStore::SessionOnTempStore()
{
    auto store = PemDirStore::open(temp.path());
    if (!store)
        throw std::runtime_error(store.error().fullText().toStdString());
    session = std::make_unique<StoreSession>(std::shared_ptr<CertificateStore>(std::move(store).value()));
    if (!reload())
        throw std::runtime_error("the store did not load");
}

SessionOnTempStore::~SessionOnTempStore()
{
    if (session)
        session->waitForIdle();
}

bool SessionOnTempStore::reload()
{
    session->reload();
    return waitFor([this] { return !session->isLoading(); });
}

} // namespace certpilot::test
