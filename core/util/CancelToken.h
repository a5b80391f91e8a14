#pragma once

#include <atomic>

namespace layerlab {

// The one way to ask core's long work to stop: training, preparing features, the
// learning-rate finder, filter patterns and the experiment builders. The GUI's Stop or Cancel
// button and the CLI's Ctrl+C handler call cancel() from any thread (a lock-free store, so a
// signal handler may); the work looks at cancelled() between its batches or steps. Progress
// callbacks therefore only report progress: they cannot stop anything.
class CancelToken {
  public:
    CancelToken() = default;
    // Shared by reference between the one who cancels and the work: a copy would cancel nothing.
    CancelToken(const CancelToken&) = delete;
    CancelToken& operator=(const CancelToken&) = delete;

    void cancel() noexcept { cancelled_.store(true); }
    bool cancelled() const noexcept { return cancelled_.load(); }

    // A token nobody can cancel: the default for callers that never stop the work.
    static const CancelToken& never() {
        static const CancelToken token;
        return token;
    }

  private:
    static_assert(std::atomic<bool>::is_always_lock_free, "cancel() runs in signal handlers");
    std::atomic<bool> cancelled_{false};
};

}  // namespace layerlab
