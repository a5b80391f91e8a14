#include "train/TrainingEta.h"

#include <algorithm>

namespace layerlab {

double estimateRemainingSeconds(const BatchMetrics& batch, int lastEpoch,
                                double lastEpochSeconds) {
    if (batch.step <= 0 || batch.steps <= 0) return -1;
    const double perStep = batch.secondsInEpoch / batch.step;
    const double thisEpoch = perStep * (batch.steps - batch.step);
    const double perEpoch = lastEpochSeconds > 0 ? lastEpochSeconds : perStep * batch.steps;
    return thisEpoch + perEpoch * std::max(0, lastEpoch - batch.epoch);
}

}  // namespace layerlab
