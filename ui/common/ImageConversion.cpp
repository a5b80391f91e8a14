#include "common/ImageConversion.h"

#include <algorithm>
#include <cmath>

namespace layerlab::ui {

QImage toQImage(const layerlab::Image& image, float valueScale) {
    QImage out(image.width, image.height, QImage::Format_RGB888);
    for (int r = 0; r < image.height; ++r) {
        uchar* line = out.scanLine(r);
        for (int c = 0; c < image.width; ++c)
            for (int k = 0; k < 3; ++k) {
                const float v = image.at(r, c, std::min(k, image.channels - 1)) * valueScale;
                line[c * 3 + k] = static_cast<uchar>(std::clamp(std::lround(v), 0L, 255L));
            }
    }
    return out;
}

}  // namespace layerlab::ui
