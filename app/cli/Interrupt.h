#pragma once

#include "util/CancelToken.h"

namespace layerlab::cli {

// The exit status of a command stopped by Ctrl+C or SIGTERM, as shells report a SIGINT death.
inline constexpr int kInterruptedExit = 130;

// Installs the handlers below at once: main calls it first thing for the commands that honour
// Ctrl+C, so that one pressed while LibTorch starts or the data is scanned is not lost (the
// InterruptScope that follows finds it and stops at once).
void catchInterrupts();

// While alive, Ctrl+C (SIGINT) and SIGTERM stop a long command the way the GUI's Stop does:
// `stop` is cancelled, the trainer ends within one batch, the run stays on disk and resumable, and
// the command returns kInterruptedExit. A second Ctrl+C kills at once (the default action),
// for a student who really wants out.
class InterruptScope {
  public:
    explicit InterruptScope(CancelToken& stop);
    ~InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;

    // Whether a signal arrived while this scope was alive.
    static bool interrupted();
};

}  // namespace layerlab::cli
