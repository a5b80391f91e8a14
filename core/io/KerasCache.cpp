#include "io/KerasCache.h"

#include <cstdio>
#include <cstdlib>

#include "io/ResourceCatalogue.h"

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

std::string kerasWeightsFileName(const ModelSpec& spec) {
    if (spec.backbone == Backbone::Vgg16)
        return "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5";
    // keras.applications.mobilenet_v2: alpha printed with str(float), sizes 96..224.
    char alpha[16];
    std::snprintf(alpha, sizeof alpha, "%g", spec.alpha);
    std::string text = alpha;
    if (text.find('.') == std::string::npos) text += ".0";
    return "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_" + text + "_" +
           std::to_string(spec.inputSize) + "_no_top.h5";
}

namespace {

std::optional<fs::path> findCached(const std::string& folder, const std::string& name) {
    std::error_code error;
    for (const auto& dir : cacheSearchDirs())
        if (fs::is_regular_file(dir / folder / name, error)) return dir / folder / name;
    return std::nullopt;
}

}  // namespace

std::optional<fs::path> findKerasWeights(const ModelSpec& spec) {
    return findCached("models", kerasWeightsFileName(spec));
}

std::optional<fs::path> findKerasDataset(const std::string& fileName) {
    return findCached("datasets", fileName);
}

}  // namespace layerlab
