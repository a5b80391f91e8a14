#pragma once

#include "train/FitConfig.h"

namespace layerlab {

// Seconds left until the end of epoch `lastEpoch`, from the pace of this epoch's steps so far
// and, for the epochs after this one, the last whole epoch's time when known
// (`lastEpochSeconds` > 0: later epochs may be much faster, from cached features). With
// `lastEpoch` = batch.epoch it is the ETA Keras's progress bar shows; with the run's last
// epoch, the run's. Negative when nothing is known yet (no step done).
double estimateRemainingSeconds(const BatchMetrics& batch, int lastEpoch,
                                double lastEpochSeconds = 0);

}  // namespace layerlab
