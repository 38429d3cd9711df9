// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChainVerifier.h"
#include "StoreEntry.h"
#include "renewal/RenewalRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace certpilot {

// The steps of a renewal, in the order an administrator takes them.
enum class RenewalStep { Request, Submit, Wait, InstallCa, Complete, Verify, Rebind, Probe, Backup, Retire };

enum class RenewalStepState {
    Done,
    Next,      // can be done now
    Waiting,   // needs an earlier step (or the CA) first
    Problem,   // needs the user: the detail says what is wrong and what to do
    Skipped,   // does not apply (no site used the old certificate) or the user skipped it
};

struct RenewalStepStatus {
    RenewalStep step = RenewalStep::Request;
    RenewalStepState state = RenewalStepState::Waiting;
    QString detail;   // where it stands, in words, with the next action

    bool open() const { return state == RenewalStepState::Next || state == RenewalStepState::Problem; }
};

// Where a renewal stands, worked out from its record and what the store holds
// now. Pure: no files, no network, so the window and the tests agree.
class RenewalProgress {
    Q_DECLARE_TR_FUNCTIONS(RenewalProgress)
public:
    // `newChain`: the chain result of the new certificate, or nullptr while it is being computed.
    static QList<RenewalStepStatus> steps(const RenewalRecord& record, const StoreContents& contents,
                                          const ChainResult* newChain,
                                          const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Brings the record up to date with the store: the completed certificate
    // (a Personal certificate with its key whose public key is the request's),
    // the old certificate gone. Returns whether anything changed.
    static bool refresh(RenewalRecord& record, const StoreContents& contents);

    // The first step that is not done or skipped; Retire when all are.
    static RenewalStep current(const QList<RenewalStepStatus>& steps);

    // The old certificate may go once every site serves the new one.
    static bool canRetire(const RenewalRecord& record, const StoreContents& contents);
    // Sites on the new certificate can go back to the old one while it is still in Personal.
    static bool canRollBack(const RenewalRecord& record, const StoreContents& contents);

    static QString title(RenewalStep step);
    static QString stateText(RenewalStepState state);
};

} // namespace certpilot
