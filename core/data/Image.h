#pragma once

#include <cstddef>
#include <vector>

namespace layerlab {

// An RGB image as Keras holds it after img_to_array: float32, rows × cols × channels
// (channels-last), values 0..255 until rescaled.
struct Image {
    int height = 0;
    int width = 0;
    int channels = 3;
    std::vector<float> pixels;

    Image() = default;
    Image(int h, int w, int c = 3, float fill = 0.0f)
        : height(h), width(w), channels(c), pixels(static_cast<std::size_t>(h) * w * c, fill) {}

    bool empty() const { return pixels.empty(); }
    std::size_t index(int row, int col, int channel) const {
        return (static_cast<std::size_t>(row) * width + col) * channels + channel;
    }
    float& at(int row, int col, int channel) { return pixels[index(row, col, channel)]; }
    float at(int row, int col, int channel) const { return pixels[index(row, col, channel)]; }
};

}  // namespace layerlab
