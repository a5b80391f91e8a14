#include "window/Presentation.h"

#include <QApplication>
#include <QSettings>
#include <algorithm>

namespace layerlab::ui {

Presentation::Presentation(QObject* parent)
    : QObject(parent),
      baseFont_(QApplication::font()),
      enabled_(QSettings().value("view/presentation", false).toBool()),
      zoom_(std::clamp(QSettings().value("view/zoom", 1.0).toDouble(), 0.5, 3.0)) {
    apply();
}

Presentation::~Presentation() {
    QApplication::setFont(baseFont_);
}

void Presentation::setEnabled(bool enabled) {
    if (enabled == enabled_) return;
    enabled_ = enabled;
    fit_ = 1;
    QSettings().setValue("view/presentation", enabled_);
    apply();
    Q_EMIT enabledChanged(enabled_);
}

void Presentation::zoomIn() {
    setZoom(zoom_ * 1.1);
}

void Presentation::zoomOut() {
    setZoom(zoom_ / 1.1);
}

void Presentation::resetZoom() {
    setZoom(1);
}

void Presentation::setZoom(double zoom) {
    zoom_ = std::clamp(zoom, 0.5, 3.0);
    fit_ = 1;
    QSettings().setValue("view/zoom", zoom_);
    apply();
}

bool Presentation::shrinkToFit() {
    const double normal = 1 / kPresentationScale;  // the fit that gives the normal type size
    if (!enabled_ || fit_ <= normal) return false;
    fit_ = std::max(normal, fit_ / 1.1);
    apply();
    return true;
}

void Presentation::apply() {
    QFont font = baseFont_;
    font.setPointSizeF(baseFont_.pointSizeF() * scale());
    QApplication::setFont(font);
    // A widget with a style sheet keeps the font it was polished with (Qt does not pass the
    // application's new font on to it): the sample note, the weights warnings stayed small.
    for (QWidget* widget : QApplication::allWidgets())
        if (!widget->styleSheet().isEmpty()) widget->setFont(font);
    Q_EMIT scaleChanged(scale());
}

}  // namespace layerlab::ui
