// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/BindingRecord.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace certpilot {

class ProbeReportView;
class StoreSession;

// "Check a live site": host, port and SNI name; connects off the GUI thread
// like `openssl s_client -showcerts` and reports the chain the server sent
// against the store: the bound certificate, a complete chain, trust, the host
// name, dates, protocol.
class ProbeDialog : public QDialog {
    Q_OBJECT
public:
    ProbeDialog(StoreSession* session, QWidget* parent = nullptr);
    ~ProbeDialog() override;

    // Opens the dialog (non-modal, deleted when closed), filled in; when `host`
    // is given the check starts at once. `expectedSha1`: the certificate that
    // should be served; empty: the one a recorded binding names, if any.
    static ProbeDialog* open(QWidget* parent, StoreSession* session, const QString& host = {}, int port = 443,
                             const QString& sni = {}, const QString& expectedSha1 = {});
    // For a recorded binding: its endpoint and certificate.
    static ProbeDialog* openFor(QWidget* parent, StoreSession* session, const BindingRecord& record);

    void setTarget(const QString& host, int port, const QString& sni, const QString& expectedSha1 = {});
    void startProbe();
    // True from startProbe() until the report shows, including a wait for the bindings list.
    bool isProbing() const { return m_probing || m_startWhenLoaded; }
    ProbeReportView* report() const { return m_report; }

private:
    void finished();

    StoreSession* m_session;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_sni;
    QSpinBox* m_timeout;
    QPushButton* m_probe;
    QProgressBar* m_busy;
    ProbeReportView* m_report;
    QString m_expected;
    QList<BindingRecord> m_records;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_probing = false;
    bool m_recordsLoaded = false;
    bool m_startWhenLoaded = false;   // a check asked for before the bindings were read
};

} // namespace certpilot
