#pragma once

#include <QImage>

#include "data/Image.h"

namespace layerlab::ui {

// Converts a core RGB float image to a QImage. `valueScale` maps the image's values to
// 0..255 (1 for raw pixels, 255 for images already rescaled by 1/255).
QImage toQImage(const layerlab::Image& image, float valueScale = 1.0f);

}  // namespace layerlab::ui
