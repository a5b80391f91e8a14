#pragma once

#include <filesystem>
#include <string>
#include <vector>

// Writes small Keras-layout .h5 files (with core's H5Writer), as Keras's save_weights does:
// root (or model_weights/<group>) attribute layer_names, a group per layer with the
// attribute weight_names, datasets at <group>/<weight name>.
namespace testh5 {

struct Weight {
    std::string name;  // e.g. "block1_conv1/kernel:0" or legacy "block1_conv1_W_1:0"
    std::vector<unsigned long long> shape;
    std::vector<float> values;
};

struct Layer {
    std::string name;
    std::vector<Weight> weights;  // empty: a layer without weights
};

// `nestedModel` non-empty writes a full-model file: model_weights/<nestedModel>/ holds every
// weight, with weight_names listing them all (as Keras does for a nested Sequential).
void write(const std::filesystem::path& path, const std::vector<Layer>& layers,
           const std::string& nestedModel = {});

// A full-size no-top VGG16 weights file (Keras's legacy layer and weight names), every kernel
// value `kernel` (another value makes another file of the same shapes).
void writeVgg16NoTop(const std::filesystem::path& path, float kernel = 0.01f);

}  // namespace testh5
