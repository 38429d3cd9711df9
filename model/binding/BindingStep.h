// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace certpilot {

// The steps of applying a binding, in order; RollBack runs only after a failure.
enum class BindingStep { WriteFiles, EditConfig, ConfigTest, Reload, Probe, RollBack };
enum class StepState { Pending, Running, Done, Failed, Skipped };

struct StepReport {
    BindingStep step = BindingStep::WriteFiles;
    StepState state = StepState::Pending;
    QString message;   // what happened, in words
    QString detail;    // the server's own output, file names
};

// Called from the thread that applies the binding, once per state change.
using StepCallback = std::function<void(const StepReport&)>;

class BindingStepText {
    Q_DECLARE_TR_FUNCTIONS(BindingStepText)
public:
    // "Write the certificate files", "Test the configuration", ...
    static QString title(BindingStep step);
    // "done", "failed", ...
    static QString stateText(StepState state);
    static QString id(BindingStep step);   // "write-files", for JSON
};

} // namespace certpilot
