// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChainVerifier.h"
#include "StatusIcons.h"

#include <QDateTime>
#include <QFrame>

class QLabel;

namespace certpilot {

// One certificate of a certification path drawn as a card: name, issuer,
// validity with the days left, and its status with the reason in words, on a
// background tinted by status. A gap (an issuer that is not installed) is a
// dashed card naming the missing issuer. Focusable; a click, Enter or Space
// activates a certificate card (gaps have nothing to select).
class ChainCard : public QFrame {
    Q_OBJECT
    // For tests and style sheets: "ok", "warning", "error" or "gap".
    Q_PROPERTY(QString statusKind READ statusKind CONSTANT)
    Q_PROPERTY(QString sha1 READ sha1 CONSTANT)
    Q_PROPERTY(bool gap READ isGap CONSTANT)
public:
    enum class Position { Root, Intermediate, Leaf };

    // `now` is the moment the days left are counted from.
    ChainCard(const ChainNode& node, Position position, const QDateTime& now, QWidget* parent = nullptr);

    const ChainNode& node() const { return m_node; }
    QString sha1() const;
    bool isGap() const { return m_node.isGap(); }
    ChainStatus status() const { return m_node.status(); }
    StatusIcons::Kind kind() const;
    QString statusKind() const;
    // The status colour (border, stripe, status words) for `palette`.
    QColor accent() const;

    // "expires in 23 days", "expired 4 days ago", "starts in 3 days".
    static QString daysLeftText(const Certificate& certificate, const QDateTime& now);

signals:
    void activated(const QString& sha1);
    void focused();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fillTexts();
    QString roleText() const;

    ChainNode m_node;
    Position m_position;
    QDateTime m_now;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_role;
    QLabel* m_issuer;
    QLabel* m_validity;
    QLabel* m_status;
    bool m_pressed = false;
    bool m_hover = false;
};

} // namespace certpilot
