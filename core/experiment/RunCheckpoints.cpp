#include "experiment/RunCheckpoints.h"

#include <algorithm>
#include <cmath>

#include "io/RunDirectory.h"

namespace layerlab {

using Clock = std::chrono::steady_clock;

RunCheckpoints::RunCheckpoints(RunDirectory& run, Trainer& trainer, CheckpointInterval every,
                               int initialEpoch)
    : trainer_(trainer),
      every_(every),
      writer_(run),
      since_(Clock::now()),
      lastWhole_(initialEpoch),
      checkpointed_(initialEpoch),
      checkpointWeights_(trainer.weightsVersion()),
      bestValLoss_(INFINITY) {
    // A resumed run's best epoch is on disk already (best_model.pt is written with checkpoints
    // only, and the history was cut back to the checkpoint).
    for (const auto& row : run.history()) bestValLoss_ = std::min(bestValLoss_, row.valLoss);
}

void RunCheckpoints::epochEnded(const EpochMetrics& m, bool last) {
    const bool best = m.valLoss < bestValLoss_;  // ModelCheckpoint(save_best_only), val_loss
    if (best) {
        bestValLoss_ = m.valLoss;
        bestEpoch_ = m.epoch;
        bestOnDisk_ = false;
    }
    if (last || every_.afterEveryEpoch() || Clock::now() - since_ >= every_.seconds) {
        write(m.epoch, trainer_.currentState());
    } else {
        trainer_.keepEpochState();
        if (best) trainer_.keepBestWeights();
    }
    lastWhole_ = m.epoch;  // only now: settle() writes what was kept for it
}

void RunCheckpoints::settle() {
    if (lastWhole_ > checkpointed_) write(lastWhole_, trainer_.keptEpochState());
    writer_.wait();
}

bool RunCheckpoints::modelIsCheckpoint() const {
    return checkpointed_ > 0 && trainer_.weightsVersion() == checkpointWeights_;
}

void RunCheckpoints::write(int epoch, TrainingState state) {
    writer_.wait();  // one checkpoint at a time
    CheckpointFiles files{epoch, std::move(state.model), std::move(state.optimizer), {}, {}};
    if (!bestOnDisk_) {
        files.bestEpoch = bestEpoch_;
        if (bestEpoch_ != epoch) files.bestModel = trainer_.keptBestWeights();
    }
    writer_.start(std::move(files));
    bestOnDisk_ = true;
    checkpointed_ = epoch;
    checkpointWeights_ = state.weightsVersion;
    since_ = Clock::now();
}

}  // namespace layerlab
