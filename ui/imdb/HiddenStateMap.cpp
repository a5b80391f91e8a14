#include "imdb/HiddenStateMap.h"

#include <QPainter>
#include <algorithm>

namespace layerlab::ui {
namespace {

QRgb diverging(float value) {
    const float v = std::clamp(value, -1.0f, 1.0f);
    const int fade = static_cast<int>(255 * (1 - std::abs(v)));
    return v >= 0 ? qRgb(255, fade, fade) : qRgb(fade, fade, 255);
}

}  // namespace

HiddenStateMap::HiddenStateMap(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(80);
}

void HiddenStateMap::setStates(const std::vector<float>& values, int steps, int units) {
    image_ = QImage(steps, units, QImage::Format_RGB32);
    for (int t = 0; t < steps; ++t)
        for (int u = 0; u < units; ++u)
            image_.setPixel(t, u, diverging(values[std::size_t(t) * units + u]));
    update();
}

void HiddenStateMap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (image_.isNull()) return;
    // Nearest neighbour: every unit and step stays a crisp cell.
    painter.drawImage(rect(), image_);
}

}  // namespace layerlab::ui
