#pragma once

#include <string>

namespace layerlab {

// One row of a run's history (Keras's History / CSVLogger): what an epoch of fit() reports and
// what history.csv keeps. Here, at the bottom of core, because both the trainer that makes it
// and the run folder that stores it need it.
struct EpochMetrics {
    int epoch = 0;
    double loss = 0, accuracy = 0, valLoss = 0, valAccuracy = 0;
    double seconds = 0;
    bool fromCache = false;  // the frozen prefix came from the feature cache
    std::string marker;      // e.g. "fine-tune" on the first epoch after a change
};

}  // namespace layerlab
