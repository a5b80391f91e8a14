#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "model/ModelSpec.h"

namespace layerlab {

// The file name Keras gives a backbone's no-top ImageNet weights, e.g.
// vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5 or
// mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_224_no_top.h5.
std::string kerasWeightsFileName(const ModelSpec& spec);

// The first cached copy of those weights (in <cache>/models/ of cacheSearchDirs()), if any.
std::optional<std::filesystem::path> findKerasWeights(const ModelSpec& spec);

// Checks a weights file by structure, for files Keras publishes no hash for: every dataset
// readable, every layer `spec`'s backbone needs present with its shape. Throws WeightsError
// naming the file and the first layer that is missing or wrong.
void checkWeightsStructure(const std::filesystem::path& file, const ModelSpec& spec);

}  // namespace layerlab
