// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "request/RequestDraft.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace certpilot {

class FieldMessageLabel;

// Subject Alternative Names, which IIS cannot add: the names browsers actually
// check. The common name is always included; more host names, wildcards and
// IP addresses go one per line.
class RequestNamesPage : public QWizardPage {
    Q_OBJECT
public:
    RequestNamesPage(RequestDraft* draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    // Next is disabled while a field is wrong; wizard().next() from code is refused too.
    bool validatePage() override { return isComplete(); }

    // "example.com" for www.example.com and the reverse: the other name users type.
    static QString companionName(const QString& commonName);

private:
    void namesEdited();
    void updateSuggestion();

    RequestDraft* m_draft;
    QLabel* m_included;
    QPlainTextEdit* m_names;
    FieldMessageLabel* m_message;
    QPushButton* m_suggest;
};

} // namespace certpilot
