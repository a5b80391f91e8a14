#include "train/LearningRateSweep.h"

#include <cmath>

namespace layerlab {

double sweepLearningRate(const LrSweepConfig& config, int step) {
    const double fraction =
        config.steps > 1 ? static_cast<double>(step) / static_cast<double>(config.steps - 1) : 0;
    return config.startLr * std::pow(config.endLr / config.startLr, fraction);
}

double LossSmoother::add(double loss) {
    ++count_;
    average_ = beta_ * average_ + (1 - beta_) * loss;
    last_ = average_ / (1 - std::pow(beta_, count_));
    if (count_ == 1 || last_ < best_) best_ = last_;
    return last_;
}

bool LossSmoother::diverged(double divergence) const {
    return count_ > 1 && (!std::isfinite(last_) || last_ > divergence * best_);
}

std::optional<double> suggestLearningRate(const std::vector<LrPoint>& points) {
    // The last few points are where the loss explodes: fastai skips the end as well.
    const std::size_t usable = points.size() > 5 ? points.size() - 3 : points.size();
    if (usable < 3) return std::nullopt;
    std::optional<double> best;
    double steepest = 0;
    for (std::size_t i = 1; i + 1 < usable; ++i) {
        // Central difference of the smoothed loss against log(lr).
        const double slope =
            (points[i + 1].smoothedLoss - points[i - 1].smoothedLoss) /
            (std::log(points[i + 1].learningRate) - std::log(points[i - 1].learningRate));
        if (std::isfinite(slope) && slope < steepest) {
            steepest = slope;
            best = points[i].learningRate;
        }
    }
    return best;
}

}  // namespace layerlab
