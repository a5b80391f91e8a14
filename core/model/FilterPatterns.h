#pragma once

#include <functional>
#include <string>
#include <vector>

#include "data/Image.h"
#include "util/CancelToken.h"

namespace layerlab {

class Network;

// What a filter responds to most: the input that maximises its mean activation, found by
// gradient ascent from grey noise as the book's "visualising convnet filters" does. Steps
// are taken in pixel space (0..255, before the model's preprocessing) along the gradient
// divided by its RMS, so every filter moves at the same pace whatever its scale.
struct FilterPatternOptions {
    int size = 128;  // input side; the layers up to a conv layer take any size
    int steps = 40;
    double stepSize = 2.0;  // pixels per step along the normalised gradient
    unsigned seed = 0;      // the noise
};

// Called after each step of each group of filters.
using PatternProgress = std::function<void(int done, int total)>;

// One RGB image (0..255, size × size) per filter, in the order asked, contrast-stretched
// for display; empty when `cancel` was set (it is looked at before every step). Throws
// UsageError for an unknown layer, one without a spatial output, or a filter index the layer
// does not have.
std::vector<Image> filterPatterns(Network& network, const std::string& layer,
                                  const std::vector<int>& filters,
                                  const FilterPatternOptions& options,
                                  const PatternProgress& progress = {},
                                  const CancelToken& cancel = CancelToken::never());

}  // namespace layerlab
