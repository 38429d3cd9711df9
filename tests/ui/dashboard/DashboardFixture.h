// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreSession.h"
#include "TestPki.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace certpilot::test {

// A real PEM-directory store with Personal certificates that expire a given
// number of days from a fixed "now" (the dashboard is told the same now).
struct DashboardStore {
    DashboardStore();
    TempStore temp;
    Issued ca;
    QDateTime now;

    // A leaf valid for `validDays`, ending `daysLeft` days after now (negative: expired).
    Issued makeExpiring(const QString& cn, int daysLeft, int validDays = 365, const QStringList& dns = {});
    // Adds certificates to the Personal store in one change.
    void addPersonal(const QList<Issued>& leaves, const QStringList& friendlyNames = {});
    // A StoreSession on the folder, loaded.
    std::unique_ptr<StoreSession> openSession();
};

bool waitUntil(const std::function<bool()>& done, int limitMs = 60000);

} // namespace certpilot::test
