#pragma once

#include <vector>

#include "data/Image.h"

namespace layerlab {

// Tiles images of one size into rows of `columns`, separated by `gap` pixels of `background`.
Image composeGrid(const std::vector<Image>& tiles, int columns, int gap = 4,
                  float background = 255.0f);

}  // namespace layerlab
