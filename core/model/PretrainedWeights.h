#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "model/ModelSpec.h"

namespace layerlab {

// Where a transfer run's pretrained weights come from.
struct WeightsSource {
    enum class Kind { KerasCache, None, File };
    Kind kind = Kind::KerasCache;
    std::filesystem::path file;  // Kind::File
};

// The file name Keras gives a backbone's no-top ImageNet weights, e.g.
// vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5 or
// mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_224_no_top.h5. MobileNetV2 has one per
// input size of 96, 128, 160, 192 and 224; for any other size Keras loads the 224 px file.
std::string kerasWeightsFileName(const ModelSpec& spec);

// The name Keras gives the base model, and so its row in the summary of a Sequential holding
// it: "vgg16", or MobileNetV2's f"mobilenetv2_{alpha:0.2f}_{rows}", where rows is the input
// size, or 224 when ImageNet weights (`weights`: the Keras cache) are asked for a size
// without its own file.
std::string kerasBaseName(const ModelSpec& spec, WeightsSource::Kind weights);

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
