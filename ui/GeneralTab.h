// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpiryThresholds.h"

#include <QWidget>

class QLabel;

namespace certpilot {

struct ChainResult;
struct StoreEntry;

// The General tab: who the certificate is for and from, when it is valid,
// whether its private key is here, and the chain verdict in one sentence.
class GeneralTab : public QWidget {
    Q_OBJECT
public:
    explicit GeneralTab(QWidget* parent = nullptr);

    // `chain` is null while the chain is being checked.
    void setEntry(const StoreEntry& entry, const ChainResult* chain);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setChain(const ChainResult* chain);
    void applyUrgencyColor();

    Urgency m_urgency = Urgency::None;

    QLabel* m_statusIcon;
    QLabel* m_heading;
    QLabel* m_issuedTo;
    QLabel* m_issuedBy;
    QLabel* m_validFrom;
    QLabel* m_validTo;
    QLabel* m_daysLeft;
    QLabel* m_friendlyName;
    QLabel* m_keyIcon;
    QLabel* m_privateKey;
    QLabel* m_chainSummary;
};

} // namespace certpilot
