#pragma once

#include <QImage>
#include <QWidget>
#include <vector>

namespace layerlab::ui {

// A recurrent layer's hidden state as a heat map: one row per unit, one column per step,
// blue for −1, white for 0, red for +1 (tanh's range), scaled to the widget.
class HiddenStateMap : public QWidget {
    Q_OBJECT
  public:
    explicit HiddenStateMap(QWidget* parent = nullptr);

    // `values`: steps × units, row-major by step.
    void setStates(const std::vector<float>& values, int steps, int units);
    const QImage& image() const { return image_; }
    QSize sizeHint() const override { return {600, 160}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    QImage image_;  // units × steps, a pixel per value
};

}  // namespace layerlab::ui
