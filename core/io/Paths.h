#pragma once

#include <filesystem>

namespace layerlab {

// $XDG_CACHE_HOME/layerlab, else ~/.cache/layerlab (LAYERLAB_CACHE_DIR overrides both, which
// tests use to stay out of a user's home).
std::filesystem::path userCacheDir();

}  // namespace layerlab
