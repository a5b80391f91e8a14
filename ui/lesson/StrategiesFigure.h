#pragma once

#include <QWidget>
#include <optional>

#include "model/Summary.h"

namespace layerlab::ui {

// The lesson's four transfer strategies as a 2×2 picture: the size of the data (rows: large,
// small) by its similarity to ImageNet (columns: different, similar). Each quadrant draws
// VGG16's five blocks and the head, frozen ones grey and hatched, so the class sees what each
// strategy freezes. A quadrant is chosen by a click, by the arrow keys and Return/Space, or by
// the seed's case number 1–4 (1 large-different, 2 large-similar, 3 small-different,
// 4 small-similar: the lesson's own case).
class StrategiesFigure : public QWidget {
    Q_OBJECT
  public:
    explicit StrategiesFigure(QWidget* parent = nullptr);

    void setChosen(std::optional<Strategy> strategy);
    std::optional<Strategy> chosen() const { return chosen_; }
    // E.g. "Trainable params: 12,846,081", drawn at the foot of the chosen quadrant. The caller
    // keeps it current: choosing another quadrant does not clear it.
    void setTrainableText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  Q_SIGNALS:
    // Emitted on every click or key that chooses, even of the chosen quadrant: the user may
    // have changed the layer tree since and wants the preset applied again.
    void strategyChosen(layerlab::Strategy strategy);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    struct Frame;
    Frame frame() const;
    void choose(int quadrant);
    QString title(Strategy strategy) const;
    QString rationale(Strategy strategy) const;
    void drawAxes(QPainter& painter, const Frame& frame) const;
    void drawLegend(QPainter& painter, const Frame& frame) const;
    QRectF reasonBox(const Frame& frame, int quadrant) const;
    std::optional<QFont> reasonFont(const Frame& frame) const;
    void drawQuadrant(QPainter& painter, const Frame& frame, int quadrant) const;
    void drawTexts(QPainter& painter, const Frame& frame, int quadrant) const;
    void drawBadge(QPainter& painter, const Frame& frame, const QRectF& box, int quadrant) const;
    void drawStack(QPainter& painter, const Frame& frame, const QRectF& box,
                   Strategy strategy) const;

    std::optional<Strategy> chosen_;
    QString trainableText_;
    int focus_ = 3;  // the keyboard's quadrant; starts on the lesson's own case
};

}  // namespace layerlab::ui
