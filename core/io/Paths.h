#pragma once

#include <filesystem>

namespace layerlab {

// $XDG_CACHE_HOME/layerlab, else ~/.cache/layerlab, else <temporary folder>/layerlab-cache-<uid>
// created with mode 0700 (LAYERLAB_CACHE_DIR overrides all, which tests use to stay out of a
// user's home).
std::filesystem::path userCacheDir();

// Where LayerLab keeps what it downloads, laid out as Keras's cache (models/, datasets/):
// <user cache>/keras. Searched after the Keras caches themselves.
std::filesystem::path downloadCacheDir();

}  // namespace layerlab
