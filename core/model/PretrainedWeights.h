#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "model/ModelSpec.h"

namespace layerlab {

// The file name Keras gives a backbone's no-top ImageNet weights, e.g.
// vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5 or
// mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_224_no_top.h5. MobileNetV2 has one per
// input size of 96, 128, 160, 192 and 224; for any other size Keras loads the 224 px file.
std::string kerasWeightsFileName(const ModelSpec& spec);

// Cached pretrained weights for a model: the file Keras would load or, for MobileNetV2, the
// nearest size's file of the same alpha when only that one is cached (its weights have the
// same shapes at every size). `otherSize` then says which size they were trained at.
struct CachedWeights {
    std::filesystem::path file;
    std::optional<int> otherSize;
};
// The first cached copy (in <cache>/models/ of cacheSearchDirs()), if any.
std::optional<CachedWeights> findKerasWeights(const ModelSpec& spec);

// Checks a weights file by structure, for files Keras publishes no hash for: every dataset
// readable, every layer `spec`'s backbone needs present with its shape. Throws WeightsError
// naming the file and the first layer that is missing or wrong.
void checkWeightsStructure(const std::filesystem::path& file, const ModelSpec& spec);

}  // namespace layerlab
