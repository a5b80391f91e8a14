#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "util/Message.h"

namespace layerlab {

// A problem with a weights file, worded for the user (file, layer, shapes).
class WeightsError : public Failure {
  public:
    using Failure::Failure;
};

struct WeightArray {
    std::string
        name;  // as stored in weight_names, e.g. "block1_conv1/kernel:0" or "block1_conv1_W_1:0"
    std::vector<std::int64_t> shape;  // Keras/TensorFlow layout
    std::vector<float> values;        // row-major
    // "kernel", "bias", "gamma", … from a name with a '/', else empty (legacy names).
    std::string role() const;
};

// Every weight of a Keras HDF5 file, grouped by layer name in file order. Reads weights-only
// files (root `layer_names`) and full models (`model_weights/`, nested models included).
struct KerasWeights {
    std::filesystem::path source;
    std::string checksum;  // fnv64Hex of the file's bytes: runs refer to the file by it
    bool fullModel = false;
    std::string kerasVersion;
    std::map<std::string, std::vector<WeightArray>> byLayer;
    std::vector<std::string> layerOrder;  // layers with weights, in the file's order
};

// Throws WeightsError: not HDF5, truncated, unreadable, or no Keras weights inside.
KerasWeights readKerasH5(const std::filesystem::path& path);

// Whether `path` is a regular file that LayerLab's Keras export wrote (an HDF5 file with its
// layerlab_classes attribute): the one kind of existing file an export may replace.
bool isLayerLabKerasExport(const std::filesystem::path& path);

}  // namespace layerlab
