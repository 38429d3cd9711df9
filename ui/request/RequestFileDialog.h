// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace certpilot {

class RequestView;
class StoreSession;
struct DecodedFile;
template <typename T> class Result;

// A certificate request file (.csr, .req) decoded for reading before it goes
// to the CA: subject, names, key, whether its signature holds, and whether
// this store holds its private key. `certpilot request.csr` opens it.
class RequestFileDialog : public QDialog {
    Q_OBJECT
public:
    RequestFileDialog(StoreSession* session, const QString& path, QWidget* parent = nullptr);

    // Non-modal, deleted when closed.
    static RequestFileDialog* open(QWidget* parent, StoreSession* session, const QString& path);

    // True for the names request files go by; their content decides the rest.
    static bool looksLikeRequestFile(const QString& path);

signals:
    // The file turned out to hold certificates: they belong to the import.
    void certificatesFound(const QString& path);

private:
    void decoded(const Result<DecodedFile>& file);

    StoreSession* m_session;
    QString m_path;
    QLabel* m_status;
    RequestView* m_view;
};

} // namespace certpilot
