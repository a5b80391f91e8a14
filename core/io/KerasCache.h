#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/ModelSpec.h"

namespace layerlab {

// Where Keras caches downloads: $KERAS_HOME, else ~/.keras. A student who ran the notebook
// has the weights there already.
std::vector<std::filesystem::path> kerasCacheDirs();
// The Keras caches, then LayerLab's own download cache (same layout): where files are looked
// for before anything is downloaded.
std::vector<std::filesystem::path> cacheSearchDirs();

// The file name Keras gives a backbone's no-top ImageNet weights, e.g.
// vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5 or
// mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_224_no_top.h5.
std::string kerasWeightsFileName(const ModelSpec& spec);

// The first cached copy of those weights (in <cache>/models/ of cacheSearchDirs()), if any.
std::optional<std::filesystem::path> findKerasWeights(const ModelSpec& spec);

// A dataset file Keras downloaded (in <cache>/datasets/), e.g. "imdb.npz" or
// "imdb_word_index.json", if any.
std::optional<std::filesystem::path> findKerasDataset(const std::string& fileName);

}  // namespace layerlab
