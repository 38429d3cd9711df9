// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QDialog;

namespace certpilot {

// Every modal dialog of the GUI is run through here, so a test can answer it
// instead of a person: a nested event loop waiting for a click would hang the
// test. Production code just gets QDialog::exec().
class DialogRunner {
public:
    // Receives the built, not yet shown dialog; returns what exec() would.
    using Handler = std::function<int(QDialog& dialog)>;

    // Shows `dialog` modally, or hands it to the test's answer.
    static int exec(QDialog& dialog);

    // Tests: the next dialog returns `result` without being shown. Answers
    // queue up and are used before the handler.
    static void setNextAnswer(int result);
    // Tests: every dialog without a queued answer goes to `handler`; an empty
    // handler shows dialogs again.
    static void setHandler(Handler handler);
    // Tests: forgets queued answers and the handler.
    static void reset();
};

} // namespace certpilot
