#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace layerlab {

// A folder LayerLab generates once into its cache (the built-in samples): returns
// cacheDir/name, first calling `write(staging)` to fill a staging folder that is then renamed
// into place, so an interrupted generation never leaves a half-written folder behind. A
// folder whose LAYERLAB_SAMPLE.txt does not start with `version` is regenerated.
// Throws FileError.
std::filesystem::path ensureCachedFolder(
    const std::filesystem::path& cacheDir, const std::string& name, const std::string& version,
    const std::string& note, const std::function<void(const std::filesystem::path&)>& write);

}  // namespace layerlab
