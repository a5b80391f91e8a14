#include "io/KerasCache.h"

#include <cstdlib>

#include "io/Paths.h"

namespace fs = std::filesystem;

namespace layerlab {

std::vector<fs::path> kerasCacheDirs() {
    std::vector<fs::path> dirs;
    if (const char* home = std::getenv("KERAS_HOME"); home && *home) dirs.emplace_back(home);
    if (const char* home = std::getenv("HOME"); home && *home)
        dirs.push_back(fs::path(home) / ".keras");
    return dirs;
}

std::vector<fs::path> cacheSearchDirs() {
    std::vector<fs::path> dirs = kerasCacheDirs();
    dirs.push_back(downloadCacheDir());
    return dirs;
}

namespace {

std::optional<fs::path> findCached(const std::string& folder, const std::string& name) {
    std::error_code error;
    for (const auto& dir : cacheSearchDirs())
        if (fs::is_regular_file(dir / folder / name, error)) return dir / folder / name;
    return std::nullopt;
}

}  // namespace

std::optional<fs::path> findKerasModel(const std::string& fileName) {
    return findCached("models", fileName);
}

std::optional<fs::path> findKerasDataset(const std::string& fileName) {
    return findCached("datasets", fileName);
}

}  // namespace layerlab
