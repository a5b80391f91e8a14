#pragma once

#include <functional>
#include <optional>
#include <vector>

namespace layerlab {

// fastai's lr_find: one training batch per step while the learning rate grows exponentially
// from startLr to endLr; the loss is smoothed (an exponential moving average with bias
// correction) and the sweep ends early once it explodes (above divergence × the best).
struct LrSweepConfig {
    double startLr = 1e-7;
    double endLr = 10.0;
    int steps = 100;
    double smoothing = 0.98;
    double divergence = 4.0;
};

struct LrPoint {
    double learningRate = 0;
    double loss = 0;          // this batch's loss
    double smoothedLoss = 0;  // what is plotted
};

// The learning rate of step `step` (0-based) of a sweep.
double sweepLearningRate(const LrSweepConfig& config, int step);

// Keeps the smoothed loss and says when the sweep should stop.
class LossSmoother {
  public:
    explicit LossSmoother(double beta) : beta_(beta) {}
    double add(double loss);  // returns the smoothed value
    bool diverged(double divergence) const;

  private:
    double beta_;
    double average_ = 0;
    double best_ = 0;
    double last_ = 0;
    int count_ = 0;
};

// The suggestion: the learning rate where the smoothed loss falls fastest against log(lr)
// (fastai's "steepest"), measured across a tenth of the sweep and ignoring both ends. None
// with fewer than eight points, or when the loss never falls by 1% across such a window.
std::optional<double> suggestLearningRate(const std::vector<LrPoint>& points);

// Called after each step.
using LrSweepProgress = std::function<void(const LrPoint& point, int step, int steps)>;

}  // namespace layerlab
