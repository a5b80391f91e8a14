#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace layerlab {

// Where Keras caches downloads: $KERAS_HOME, else ~/.keras. A student who ran the notebook
// has the weights there already.
std::vector<std::filesystem::path> kerasCacheDirs();
// The Keras caches, then LayerLab's own download cache (same layout): where files are looked
// for before anything is downloaded.
std::vector<std::filesystem::path> cacheSearchDirs();

// A model file Keras downloaded (in <cache>/models/), e.g. a backbone's no-top weights.
std::optional<std::filesystem::path> findKerasModel(const std::string& fileName);

// A dataset file Keras downloaded (in <cache>/datasets/), e.g. "imdb.npz" or
// "imdb_word_index.json", if any.
std::optional<std::filesystem::path> findKerasDataset(const std::string& fileName);

}  // namespace layerlab
