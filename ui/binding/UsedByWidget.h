// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/BindingRecord.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace certpilot {

class StoreSession;

// "Used by": the sites a certificate is bound to, from the bindings kept with
// the store, with buttons to check a site live or bind it to another. For the
// details pane.
class UsedByWidget : public QWidget {
    Q_OBJECT
public:
    explicit UsedByWidget(StoreSession* session, QWidget* parent = nullptr);

    // Shows the bindings of this certificate (read on the store's thread); empty: none.
    void setCertificate(const QString& sha1);
    const QList<BindingRecord>& records() const { return m_records; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded();

private:
    void showRecords(const QList<BindingRecord>& records);
    void checkSelected();

    StoreSession* m_session;
    QString m_sha1;
    QLabel* m_empty;
    QTreeWidget* m_list;
    QPushButton* m_check;
    QPushButton* m_bind;
    QList<BindingRecord> m_records;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace certpilot
