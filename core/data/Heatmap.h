#pragma once

#include <vector>

#include "data/Image.h"

namespace layerlab {

// A map of non-negative values (a Grad-CAM map, a feature map) at its own resolution.
struct ValueMap {
    int height = 0;
    int width = 0;
    std::vector<float> values;  // height × width, row-major
};

// The map scaled to 0..1 by its maximum (all zero stays zero), resized bilinearly to
// height × width, coloured with the jet scale (blue 0 → red 1) and laid over `image` with
// `opacity`. Throws UsageError for an empty map.
Image overlayHeatmap(const Image& image, const ValueMap& map, float opacity = 0.45f);

// The jet scale as an RGB image, low on the left: the legend beside an overlay.
Image colourScale(int height, int width);

// Tiles in rows of `columns`, each labelled with its number (first + its position) in the
// top-left corner: feature maps and filter patterns.
Image labelledGrid(std::vector<Image> tiles, int columns, int first = 0);

// Every channel of one layer output (h × w × c, channels last, as Network::layerOutput gives
// it) as a grey tile, each standardised on its own as the book shows them, scaled up to
// `tile` pixels and labelled with its channel number; `columns` tiles per row.
Image featureMapGrid(const std::vector<float>& output, int height, int width, int channels,
                     int columns, int tile);

}  // namespace layerlab
