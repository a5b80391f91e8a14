#pragma once

#include <optional>
#include <string>

#include "data/Image.h"
#include "experiment/RunModel.h"
#include "model/FilterPatterns.h"

namespace layerlab {

struct FilterGridRequest {
    std::string layer;
    int count = 16;  // the layer's first `count` filters (fewer when it has fewer)
    int columns = 8;
    FilterPatternOptions options;
};

struct FilterGrid {
    Image image;  // labelled tiles, `columns` per row
    int filters = 0;
    bool fromCache = false;
};

// The filter patterns of a run's layer as one labelled grid, cached on disk under
// <cache>/filter-patterns/ by the model's weights, the layer and the options, so a second
// look at the same run and layer costs nothing. None when `cancel` was set. Throws as
// filterPatterns does, FileError when the cache cannot be written.
std::optional<FilterGrid> filterGrid(RunModel& model, const FilterGridRequest& request,
                                     const PatternProgress& progress = {},
                                     const CancelToken& cancel = CancelToken::never());

}  // namespace layerlab
