// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChainVerifier.h"
#include "PrivateKey.h"
#include "Result.h"
#include "StoreEntry.h"
#include "binding/BindingRecord.h"
#include "binding/Site.h"
#include "binding/ProbeAnalysis.h"
#include "binding/ProbeResult.h"
#include "binding/ProbeTarget.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace certpilot {

// Everything the checks look at, gathered once: from the store (the entry, its
// key, the chain, the recorded bindings) and, when a host was given, from the
// live endpoint. Plain values, so the checks are pure functions and tests can
// build facts by hand.
struct DiagnosisFacts {
    StoreEntry entry;                          // the certificate diagnosed
    std::optional<Result<PrivateKey>> key;     // unset: the store lists no key
    StoreContents contents;                    // the store, for the chain and pending requests
    QList<BindingRecord> recorded;             // every binding recorded in the store
    QList<BindingRecord> bindings;             // recorded sites using this certificate
    // The SSL bindings HTTP.sys has (netsh http show sslcert), as sites whose
    // certificateFile ends with the bound hash; unset where they cannot be read
    // (not Windows).
    std::optional<QList<Site>> httpSys;
    QDateTime at;                              // when; invalid: now
    ChainResult chain;                         // filled by Diagnostician::evaluate

    // Endpoint part: unset target, no host was given.
    std::optional<ProbeTarget> target;
    QList<BindingRecord> endpointBindings;     // recorded sites checked at that host:port
    std::optional<Result<ProbeResult>> probe;  // unset: not probed (yet)
    std::optional<ProbeAnalysis> analysis;     // filled by Diagnostician::evaluate after a probe

    QDateTime when() const { return at.isValid() ? at : QDateTime::currentDateTimeUtc(); }
    bool probed() const { return probe.has_value() && probe->ok(); }
    const ProbeResult* probeResult() const { return probed() ? &probe->value() : nullptr; }
};

} // namespace certpilot
