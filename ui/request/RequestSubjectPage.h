// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "request/RequestDraft.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QFormLayout;
class QLineEdit;

namespace certpilot {

class FieldMessageLabel;

// "Distinguished Name Properties", as IIS calls it: common name, organization,
// unit, city, state and country, each checked as it is typed, the reason shown
// under the field. Next stays disabled while a field is wrong.
class RequestSubjectPage : public QWizardPage {
    Q_OBJECT
public:
    RequestSubjectPage(RequestDraft* draft, QWidget* parent = nullptr);
    bool isComplete() const override;
    // Next is disabled while a field is wrong; wizard().next() from code is refused too.
    bool validatePage() override { return isComplete(); }

private:
    struct Field {
        RequestField field;
        QString RequestDraft::*value;
        QLineEdit* edit;
        FieldMessageLabel* message;
        bool touched;
    };
    void addField(QFormLayout* form, RequestField field, QString RequestDraft::*value, const QString& name,
                  const QString& label, const QString& placeholder, const QString& hint);
    void revalidate();

    RequestDraft* m_draft;
    QList<Field> m_fields;
    QLabel* m_countryName;
};

} // namespace certpilot
