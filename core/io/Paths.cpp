#include "io/Paths.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace layerlab {
namespace {

// The cache without a home: a folder shared by every user would let one plant files that
// another reads back.
std::filesystem::path privateTempCacheDir() {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("layerlab-cache-" + std::to_string(::geteuid()));
    // Made private from the start; when it exists already, mkdir fails and whoever reads from
    // it checks who owns it (FeatureStore refuses a folder another user could write).
    ::mkdir(dir.c_str(), 0700);
    return dir;
}

}  // namespace

std::filesystem::path userCacheDir() {
    if (const char* dir = std::getenv("LAYERLAB_CACHE_DIR"); dir && *dir) return dir;
    // The XDG spec: a relative path in XDG_CACHE_HOME is invalid and ignored.
    if (const char* xdg = std::getenv("XDG_CACHE_HOME");
        xdg && std::filesystem::path(xdg).is_absolute())
        return std::filesystem::path(xdg) / "layerlab";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".cache" / "layerlab";
    return privateTempCacheDir();
}

std::filesystem::path downloadCacheDir() {
    return userCacheDir() / "keras";
}

}  // namespace layerlab
