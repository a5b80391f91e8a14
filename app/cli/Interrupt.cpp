#include "cli/Interrupt.h"

#include <signal.h>

namespace layerlab::cli {
namespace {

// A signal handler may only touch lock-free atomics: the flag it sets and the one it reports.
std::atomic<std::atomic<bool>*> gStop{nullptr};
std::atomic<bool> gInterrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);
static_assert(std::atomic<std::atomic<bool>*>::is_always_lock_free);

bool gInstalled = false;
struct sigaction gOldInt, gOldTerm;

extern "C" void onInterrupt(int) {
    gInterrupted.store(true);
    if (std::atomic<bool>* stop = gStop.load()) stop->store(true);
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

InterruptScope::InterruptScope(std::atomic<bool>& stop) {
    catchInterrupts();
    gStop = &stop;
    if (gInterrupted.load()) stop = true;  // it came while the command was starting
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
