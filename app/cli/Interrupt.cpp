#include "cli/Interrupt.h"

#include <signal.h>

#include <atomic>

namespace layerlab::cli {
namespace {

// A signal handler may only touch lock-free atomics: the token it cancels (a CancelToken is one
// lock-free atomic) and the flag it reports.
std::atomic<CancelToken*> gStop{nullptr};
std::atomic<bool> gInterrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);
static_assert(std::atomic<CancelToken*>::is_always_lock_free);

bool gInstalled = false;
struct sigaction gOldInt, gOldTerm;

extern "C" void onInterrupt(int) {
    gInterrupted.store(true);
    if (CancelToken* stop = gStop.load()) stop->cancel();
}

}  // namespace

void catchInterrupts() {
    if (gInstalled) return;
    gInstalled = true;
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;  // the next one takes the default action: the process ends
    sigaction(SIGINT, &action, &gOldInt);
    sigaction(SIGTERM, &action, &gOldTerm);
}

InterruptScope::InterruptScope(CancelToken& stop) {
    catchInterrupts();
    gStop = &stop;
    if (gInterrupted.load()) stop.cancel();  // it came while the command was starting
}

InterruptScope::~InterruptScope() {
    gStop = nullptr;
    if (!gInstalled) return;
    sigaction(SIGINT, &gOldInt, nullptr);
    sigaction(SIGTERM, &gOldTerm, nullptr);
    gInstalled = false;
}

bool InterruptScope::interrupted() {
    return gInterrupted.load();
}

}  // namespace layerlab::cli
