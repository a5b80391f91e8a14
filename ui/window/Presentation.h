#pragma once

#include <QFont>
#include <QObject>

namespace layerlab::ui {

// Presentation mode and zoom for a projector: one scale for the whole application — the zoom
// (Ctrl +/−, Ctrl+0), times 1.5 in presentation mode (F11, full screen), or less where the
// screen has no room for that (shrinkToFit). Applied as the application font; widgets that
// draw their own (charts) follow scaleChanged. Zoom and mode are remembered.
class Presentation : public QObject {
    Q_OBJECT
  public:
    static constexpr double kPresentationScale = 1.5;

    explicit Presentation(QObject* parent = nullptr);
    // The application's type as it was: a window opened after this one starts from it.
    ~Presentation() override;

    bool enabled() const { return enabled_; }
    double zoom() const { return zoom_; }
    double scale() const { return zoom_ * (enabled_ ? kPresentationScale * fit_ : 1.0); }
    // Presentation mode's larger type a step smaller, for a window that does not fit its screen
    // (a 1024×768 projector). False, and nothing changes, when it is at the normal size already.
    // Not remembered: the next change of mode or zoom asks for the full size again.
    bool shrinkToFit();

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
    double fit_ = 1;  // presentation mode's factor, shrunk to fit the screen
};

}  // namespace layerlab::ui
