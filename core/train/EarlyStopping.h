#pragma once

#include <functional>
#include <limits>
#include <string>

namespace layerlab {

// Keras's EarlyStopping(monitor='val_loss', patience, restore_best_weights): stop once
// val_loss has not improved for `patience` epochs in a row, and optionally go back to the
// weights of the best epoch.
class EarlyStopping {
  public:
    // patience 0 never stops.
    EarlyStopping(int patience, bool restoreBestWeights)
        : patience_(patience), restoreBestWeights_(restoreBestWeights) {}

    // After each epoch. `weights` is asked for the network's weights when this epoch is the
    // best so far and they are to be restored. True when training should stop now.
    bool stopAfter(double valLoss, const std::function<std::string()>& weights);

    int epochsWithoutImprovement() const { return sinceBest_; }
    // The best epoch's weights; empty unless restoring them.
    const std::string& bestWeights() const { return bestWeights_; }

  private:
    int patience_;
    bool restoreBestWeights_;
    double best_ = std::numeric_limits<double>::infinity();
    int sinceBest_ = 0;
    std::string bestWeights_;
};

}  // namespace layerlab
