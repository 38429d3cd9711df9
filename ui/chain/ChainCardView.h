// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChainVerifier.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace certpilot {

class ChainCard;

// The visual chain: a card per certificate from the root (top) down to the
// certificate itself (bottom), each linked to the one it issued by an arrow,
// coloured by status and saying why in words. A missing issuer is a dashed gap
// card naming it. Scrolls when the path is taller than the view; shows a
// placeholder when there is nothing to draw. GUI thread only; the caller gets
// the ChainResult (StoreSession::chainResult, InstallationCheck::Report::chain).
class ChainCardView : public QWidget {
    Q_OBJECT
public:
    explicit ChainCardView(QWidget* parent = nullptr);

    // Draws `chain`: nodes root (or gap) first, the verified certificate last.
    void showChain(const ChainResult& chain);
    // Like PathTab::setChain: null while the chain is still being checked.
    void setChain(const ChainResult* chain);
    void showChecking();
    // Nothing selected: the placeholder.
    void clear();
    void setPlaceholderText(const QString& text);
    // The moment "days left" is counted from; invalid (the default): now.
    void setReferenceTime(const QDateTime& at);

    // The cards shown, top (root) first; empty while a placeholder shows.
    const QList<ChainCard*>& cards() const { return m_cards; }
    bool isPlaceholderShown() const;
    QString placeholderText() const;

signals:
    // A certificate card was clicked or activated with Enter/Space (SHA-1 thumbprint).
    void certificateActivated(const QString& sha1);

private:
    void showMessage(const QString& text);

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QScrollArea* m_scroll;
    QList<ChainCard*> m_cards;
    QString m_placeholderText;
    QDateTime m_at;
};

} // namespace certpilot
