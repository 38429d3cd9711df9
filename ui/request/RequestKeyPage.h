// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "request/RequestDraft.h"

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace certpilot {

// Key type and size and the signature hash (IIS's "Cryptographic Service
// Provider Properties"), with a last look at the names. The request is made
// when the user leaves this page: it is the wizard's commit page.
class RequestKeyPage : public QWizardPage {
    Q_OBJECT
public:
    RequestKeyPage(RequestDraft* draft, QWidget* parent = nullptr);
    void initializePage() override;

private:
    void keyChosen();
    void hashChosen();

    RequestDraft* m_draft;
    QComboBox* m_key;
    QComboBox* m_hash;
    QLabel* m_keyNote;
    QLabel* m_review;
};

} // namespace certpilot
