#pragma once

#include <chrono>
#include <cstdint>

#include "experiment/CheckpointWriter.h"
#include "io/EpochMetrics.h"
#include "train/FitConfig.h"
#include "train/Trainer.h"

namespace layerlab {

class RunDirectory;

// When a run's checkpoint and best_model.pt reach the disk: at most every `every` seconds of
// training (or after every epoch), and in any case when the run is paused, stopped, finished
// or fails. A cached epoch of the lesson's head lasts a fraction of a second; its checkpoint is
// 50–150 MB. Between checkpoints the trainer keeps the last whole epoch's state and the best
// epoch's weights in memory (Trainer::keepEpochState), so whatever checkpoint comes later is
// of a whole epoch, and best_model.pt is the best epoch's even when that epoch had none.
// history.csv is written every epoch and may run ahead of the checkpoint: a resume after a kill
// starts from the checkpoint and cuts the history back to it.
class RunCheckpoints {
  public:
    // `initialEpoch`: the epoch the run starts after (its checkpoint's, when resumed).
    RunCheckpoints(RunDirectory& run, Trainer& trainer, CheckpointInterval every, int initialEpoch);

    // After a whole epoch's history row is written. `last`: the run's last planned epoch.
    void epochEnded(const EpochMetrics& metrics, bool last);
    // Writes the last whole epoch unless its checkpoint is on disk already, and waits for it
    // (paused, stopped, finished, failed). Rethrows a failure to write.
    void settle();
    // Whether the model's weights are the last checkpoint's: the final model is then that file.
    bool modelIsCheckpoint() const;

  private:
    void write(int epoch, TrainingState state);

    Trainer& trainer_;
    CheckpointInterval every_;
    CheckpointWriter writer_;
    std::chrono::steady_clock::time_point since_;  // the last checkpoint, or the start
    int lastWhole_;                                // the last whole epoch
    int checkpointed_;                             // the last epoch whose checkpoint was written
    std::uint64_t checkpointWeights_;              // Trainer::weightsVersion() of that checkpoint
    double bestValLoss_;
    int bestEpoch_ = 0;
    bool bestOnDisk_ = true;
};

}  // namespace layerlab
