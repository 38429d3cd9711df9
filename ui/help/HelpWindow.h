// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace certpilot {

// The bundled user guide (resources/help, embedded), in the interface's
// language, English where a page has no translation. Works offline. One
// window for the application: asking again brings it forward on the page.
class HelpWindow : public QWidget {
    Q_OBJECT
public:
    // Shows `page` ("request", "troubleshooting#case-3", ...; empty: the index).
    static HelpWindow* showPage(const QString& page = {});

    // F1 anywhere in the application opens the page for the window in front
    // (HelpTopic); call once, after the QApplication exists.
    static void installF1();

    // The resource path of a page in `language`, or in English without one.
    static QString pageUrl(const QString& page, const QString& language);

    QString currentPage() const;

private:
    explicit HelpWindow(QWidget* parent = nullptr);
    void open(const QString& page);

    QTextBrowser* m_browser = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
};

} // namespace certpilot
