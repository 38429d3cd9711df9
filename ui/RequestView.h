// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace certpilot {

struct StoreEntry;

// A pending request in the Requests store: what was asked of the CA, and the
// request text to send it. Its private key waits here for the CA's answer.
class RequestView : public QWidget {
    Q_OBJECT
public:
    explicit RequestView(QWidget* parent = nullptr);
    void setEntry(const StoreEntry& entry);
    // Replaces the words about the private key (a request read from a file
    // may have been made elsewhere).
    void setKeyNote(const QString& note);

private:
    QLabel* m_subject;
    QLabel* m_names;
    QLabel* m_key;
    QLabel* m_requested;
    QLabel* m_privateKey;
    QPlainTextEdit* m_pem;
};

} // namespace certpilot
