#pragma once

#include <future>
#include <optional>
#include <string>

#include "io/RunDirectory.h"
#include "train/NetworkWeights.h"

namespace layerlab {

// What one checkpoint writes: an epoch's model and optimizer state and, when the best epoch
// so far is not on disk yet, best_model.pt: this epoch's model, or the weights kept for an
// earlier epoch (checkpoints by time skip epochs).
struct CheckpointFiles {
    int epoch = 0;
    StateSnapshot model, optimizer;
    std::optional<int> bestEpoch;
    std::optional<StateSnapshot> bestModel;  // when bestEpoch is not `epoch`
};

// Writes a run's checkpoint files on a thread of its own, so that training goes on while they
// are serialised, written and synced to disk (at 224 px the lesson's head and its Adam state
// are 150 MB). Training pays only for copying the tensors. One checkpoint at a time.
class CheckpointWriter {
  public:
    explicit CheckpointWriter(RunDirectory& run) : run_(run) {}
    ~CheckpointWriter();
    CheckpointWriter(const CheckpointWriter&) = delete;
    CheckpointWriter& operator=(const CheckpointWriter&) = delete;

    // Starts serialising and writing `files`. Call wait() first.
    void start(CheckpointFiles files);
    // Until the files being written are on disk; rethrows a failure to write them.
    void wait();

  private:
    RunDirectory& run_;
    std::future<void> pending_;
};

}  // namespace layerlab
