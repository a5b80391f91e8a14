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
    // The last few points are where the loss explodes and the first few are the smoothing
    // warming up: fastai skips both ends too.
    const std::size_t n = points.size();
    if (n < 8) return std::nullopt;
    const std::size_t first = n / 10, last = n - std::max<std::size_t>(3, n / 20);
    // The slope over about a tenth of the sweep on each side: a wiggle between neighbours is
    // noise, not a learning rate.
    const std::size_t w = std::max<std::size_t>(1, n / 20);
    std::optional<double> best;
    double steepest = 0;
    for (std::size_t i = std::max(first, w); i + w < last; ++i) {
        const LrPoint& before = points[i - w];
        const LrPoint& after = points[i + w];
        const double drop = before.smoothedLoss - after.smoothedLoss;
        // Only a real fall counts: at least 1% of the loss across the window.
        if (!(drop > 0.01 * std::abs(before.smoothedLoss))) continue;
        const double slope = -drop / (std::log(after.learningRate) - std::log(before.learningRate));
        if (std::isfinite(slope) && slope < steepest) {
            steepest = slope;
            best = points[i].learningRate;
        }
    }
    return best;
}

}  // namespace layerlab
