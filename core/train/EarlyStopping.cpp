#include "train/EarlyStopping.h"

namespace layerlab {

bool EarlyStopping::stopAfter(double valLoss, const std::function<std::string()>& weights) {
    if (patience_ <= 0) return false;
    if (valLoss < best_) {
        best_ = valLoss;
        sinceBest_ = 0;
        if (restoreBestWeights_) bestWeights_ = weights();
        return false;
    }
    return ++sinceBest_ >= patience_;
}

}  // namespace layerlab
