#pragma once

#include <cstdint>
#include <vector>

namespace layerlab {

class Network;

// A many-to-one RNN reading one padded review token by token: the prediction it would make if
// the review ended at each step (its final Dense applied to the hidden state there) and the
// hidden state itself. The last step is the model's prediction for the review.
struct ReviewReading {
    std::vector<float> positive;  // P(positive) after each step
    int units = 0;
    std::vector<float> hidden;  // steps × units, row-major by step
};

// `padded` is one review as the model receives it (pad_sequences' output, word indices).
// Throws UsageError for a model that is not a one-directional many-to-one RNN
// (a Bidirectional layer's backward half has not read the review up to a step yet) or a
// review of the wrong length.
ReviewReading readReview(Network& network, const std::vector<std::int32_t>& padded);
// Throws as readReview does when `network` cannot read a review step by step.
void checkReadable(const Network& network);

}  // namespace layerlab
