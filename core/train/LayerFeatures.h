#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/Network.h"
#include "train/FitConfig.h"

namespace layerlab {

struct LayerFeatures {
    std::vector<float> values;  // per image, the layer's output in Keras's (h, w, c) order
    std::size_t stored = 0;     // images whose output came from the store
    std::size_t computed = 0;
    std::string storeRefused;  // why the store asked for was not used (one sentence), if it was not
};

// The output of `layer` for each image file, decoded and resized as `input` says (never
// augmented). With a store, what it holds for this network up to `layer`, this input and
// these files' contents is read instead of computed, and what is computed is stored: `embed`
// shares the store with training and `prepare`. A store that cannot be used is not: everything
// is computed, and `storeRefused` says why. Throws DatasetError naming a file that cannot be
// decoded, UsageError for an unknown layer.
LayerFeatures layerFeatures(Network& network, const std::vector<std::filesystem::path>& files,
                            const std::string& layer, const ImageInputConfig& input,
                            const FeatureStoreUse& store);

}  // namespace layerlab
