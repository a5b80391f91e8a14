#pragma once

#include <future>
#include <optional>
#include <string>

#include "io/RunDirectory.h"
#include "train/NetworkWeights.h"

namespace layerlab {

// Writes a run's epoch files (the best model, the checkpoint) on a thread of its own, so that
// the next epoch trains while they are serialised, written and synced to disk: at 224 px the
// lesson's head and its Adam state are 150 MB an epoch, which took longer than the epoch's
// training. The epoch pays only for copying the tensors. One epoch's files at a time: wait() comes
// before the next epoch's history row, so history.csv is never more than one epoch ahead of the
// checkpoint (which a resume allows).
class CheckpointWriter {
  public:
    explicit CheckpointWriter(RunDirectory& run) : run_(run) {}
    ~CheckpointWriter();
    CheckpointWriter(const CheckpointWriter&) = delete;
    CheckpointWriter& operator=(const CheckpointWriter&) = delete;

    // Starts serialising and writing epoch `epoch`'s files; `best` when the epoch is the best
    // so far (best_model.pt then gets the model's bytes). Call wait() first.
    void start(int epoch, bool best, StateSnapshot model, StateSnapshot optimizer);
    // Until the files being written are on disk; rethrows a failure to write them.
    void wait();

  private:
    RunDirectory& run_;
    std::future<void> pending_;
};

}  // namespace layerlab
