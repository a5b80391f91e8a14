#pragma once

#include <optional>
#include <string>
#include <vector>

#include "data/Image.h"

namespace layerlab {

class Network;

// Where a conv layer looked when the model chose a class (Selvaraju et al., Grad-CAM):
// the target is the class's logit (one sigmoid unit: z for class 1, −z for class 0; softmax:
// the pre-softmax logit), α_k the spatial mean of ∂target/∂A^k, the map ReLU(Σ_k α_k A^k) at
// the layer's own resolution. Not upsampled, not normalised: the raw map.
struct ClassActivationMap {
    int height = 0;
    int width = 0;
    std::vector<float> values;  // height × width, row-major
    int targetClass = 0;
    float probability = 0;  // the model's probability of targetClass for this image
};

// The default layer to explain: the base's last layer with a spatial output before pooling
// (block5_conv3 for VGG16, out_relu for MobileNetV2).
std::string defaultExplainLayer(const Network& network);

// `image` is RGB 0..255 at the model's input size; the model's preprocessing is applied.
// `targetClass` none: the predicted class. Throws UsageError for an unknown layer,
// a layer without a spatial output, or a class the model does not have.
ClassActivationMap gradCam(Network& network, const Image& image, const std::string& layer,
                           std::optional<int> targetClass = std::nullopt);

}  // namespace layerlab
