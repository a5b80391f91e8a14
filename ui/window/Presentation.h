#pragma once

#include <QFont>
#include <QObject>

namespace layerlab::ui {

// Presentation mode and zoom for a projector: one scale for the whole application — the zoom
// (Ctrl +/−, Ctrl+0), times 1.5 in presentation mode (F11, full screen). Applied as the
// application font; widgets that draw their own (charts) follow scaleChanged. Remembered.
class Presentation : public QObject {
    Q_OBJECT
  public:
    static constexpr double kPresentationScale = 1.5;

    explicit Presentation(QObject* parent = nullptr);

    bool enabled() const { return enabled_; }
    double zoom() const { return zoom_; }
    double scale() const { return zoom_ * (enabled_ ? kPresentationScale : 1.0); }

  public Q_SLOTS:
    void setEnabled(bool enabled);
    void zoomIn();
    void zoomOut();
    void resetZoom();

  Q_SIGNALS:
    void scaleChanged(double scale);
    void enabledChanged(bool enabled);

  private:
    void setZoom(double zoom);
    void apply();

    QFont baseFont_;
    bool enabled_ = false;
    double zoom_ = 1;
};

}  // namespace layerlab::ui
