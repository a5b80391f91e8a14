#include "io/Paths.h"

#include <cstdlib>

namespace layerlab {

std::filesystem::path userCacheDir() {
    if (const char* dir = std::getenv("LAYERLAB_CACHE_DIR"); dir && *dir) return dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "layerlab";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".cache" / "layerlab";
    return std::filesystem::temp_directory_path() / "layerlab-cache";
}

std::filesystem::path downloadCacheDir() {
    return userCacheDir() / "keras";
}

}  // namespace layerlab
