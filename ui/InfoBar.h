// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;
class QToolButton;

namespace certpilot {

// A non-modal message strip above the content (read-only store, recovered
// changes, unreadable files): the user sees it without having to click it away.
// Tinted from the current palette, so it reads on dark themes too.
class InfoBar : public QFrame {
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit InfoBar(QWidget* parent = nullptr);

    // Shows the bar. With `details`, a "Details…" button shows them.
    void showMessage(const QString& text, Level level, const QString& details = {});
    QString text() const;
    Level level() const { return m_level; }
    // Whether the user may close it; a read-only banner stays.
    void setClosable(bool closable);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTint();

    Level m_level = Level::Information;
    QString m_details;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_detailsButton;
    QToolButton* m_closeButton;
};

} // namespace certpilot
