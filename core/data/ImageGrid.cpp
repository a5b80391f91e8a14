#include "data/ImageGrid.h"
#include "util/UsageError.h"

#include <algorithm>
#include <stdexcept>

namespace layerlab {

Image composeGrid(const std::vector<Image>& tiles, int columns, int gap, float background) {
    if (tiles.empty() || columns < 1) throw UsageError("composeGrid: no tiles");
    const int h = tiles.front().height, w = tiles.front().width, ch = tiles.front().channels;
    const int count = static_cast<int>(tiles.size());
    columns = std::min(columns, count);
    const int rows = (count + columns - 1) / columns;
    Image grid(rows * h + (rows - 1) * gap, columns * w + (columns - 1) * gap, ch, background);
    for (int i = 0; i < count; ++i) {
        const Image& tile = tiles[i];
        if (tile.height != h || tile.width != w || tile.channels != ch)
            throw UsageError("composeGrid: tiles differ in size");
        const int top = (i / columns) * (h + gap), left = (i % columns) * (w + gap);
        for (int r = 0; r < h; ++r)
            std::copy_n(&tile.pixels[tile.index(r, 0, 0)], w * ch,
                        &grid.pixels[grid.index(top + r, left, 0)]);
    }
    return grid;
}

}  // namespace layerlab
