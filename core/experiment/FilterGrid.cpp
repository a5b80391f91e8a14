#include "experiment/FilterGrid.h"

#include <algorithm>
#include <numeric>

#include "data/Heatmap.h"
#include "data/ImageDecoder.h"
#include "io/FileIO.h"
#include "io/Paths.h"
#include "model/Network.h"

namespace fs = std::filesystem;

namespace layerlab {

std::optional<FilterGrid> filterGrid(RunModel& model, const FilterGridRequest& request,
                                     const PatternProgress& progress, const CancelToken& cancel) {
    Network& network = *model.network;
    const auto maps = network.featureMaps(request.layer);
    const int available = maps ? maps->channels : 0;
    const FilterPatternOptions& o = request.options;
    FilterGrid grid;
    grid.filters = std::min(std::max(request.count, 1), std::max(available, 1));
    const fs::path cached = userCacheDir() / "filter-patterns" /
                            (model.weightsChecksum + "-" + request.layer + "-" +
                             std::to_string(grid.filters) + "-" + std::to_string(request.columns) +
                             "-" + std::to_string(o.size) + "-" + std::to_string(o.steps) + "-" +
                             std::to_string(o.stepSize) + "-" + std::to_string(o.seed) + ".png");
    std::error_code error;
    if (fs::is_regular_file(cached, error)) {
        DecodedImage decoded = decodeImageFile(cached);
        if (decoded.ok()) {
            grid.image = std::move(decoded.image);
            grid.fromCache = true;
            return grid;
        }
    }
    std::vector<int> filters(static_cast<std::size_t>(grid.filters));
    std::iota(filters.begin(), filters.end(), 0);
    std::vector<Image> patterns =
        filterPatterns(network, request.layer, filters, o, progress, cancel);
    if (patterns.empty()) return std::nullopt;
    grid.image = labelledGrid(std::move(patterns), request.columns);
    fs::create_directories(cached.parent_path(), error);
    writeImageFile(grid.image, cached);
    return grid;
}

}  // namespace layerlab
