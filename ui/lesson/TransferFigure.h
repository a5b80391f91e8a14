#pragma once

#include <QStringList>
#include <QWidget>

namespace layerlab::ui {

// Transfer learning in one picture: on the left VGG16 as pretrained on ImageNet, its five
// convolutional blocks and its classifier; on the right the same blocks, frozen, reused under
// the lesson's new head (Flatten, Dense 512, Dropout, Dense 1 sigmoid) for cats vs dogs.
class TransferFigure : public QWidget {
    Q_OBJECT
  public:
    explicit TransferFigure(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    // How a layer is drawn: trained on ImageNet, left out of the new model, reused frozen, or
    // new and trained on the class's data.
    enum class Look { Pretrained, Dropped, Frozen, New };
    struct Frame;
    Frame frame() const;
    QStringList layerNames(bool reused) const;
    QFont layerFont(const Frame& frame) const;
    void drawTitles(QPainter& painter, const Frame& frame) const;
    void drawColumn(QPainter& painter, const Frame& frame, bool reused) const;
    void drawSideLabels(QPainter& painter, const Frame& frame, bool reused) const;
    void drawLayer(QPainter& painter, const Frame& frame, const QRectF& box, const QString& text,
                   Look look) const;
    void drawReuseArrow(QPainter& painter, const Frame& frame) const;
};

}  // namespace layerlab::ui
